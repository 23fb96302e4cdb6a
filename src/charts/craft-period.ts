// Words for craft-export periods and values, shared by the three craft charts: a January-to-month
// figure always carries its months in its label ("janvier–novembre 2022"), so it cannot be read as
// a full year, and a value published as "plus de …" keeps its "more than".
import { formatNumber, formatYear } from "../core/i18n/format";
import { intlTag, type Locale } from "../core/i18n/locales";
import { t } from "../core/i18n";
import type { CraftExport } from "../data/schema";

type Period = Pick<CraftExport, "year" | "months" | "scope">;

function monthName(month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTag(locale), { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** "2024" for a full year; "janvier 2023" for January alone; "janvier–novembre 2022" otherwise. */
export function periodLabel(period: Period, locale: Locale): string {
  const year = formatYear(period.year, locale);
  if (period.scope === "calendar-year") return year;
  if (period.months === 1) return `${monthName(1, locale)} ${year}`;
  return `${monthName(1, locale)}–${monthName(period.months, locale)} ${year}`;
}

/** Millions of MAD with at most two decimals, e.g. 928.66 → "928,66". */
export function formatMadM(value: number, locale: Locale): string {
  return formatNumber(value, locale, { maximumFractionDigits: 2 });
}

/** A value as the source states it: "plus de 1 110", "environ 95", or the bare number. */
export function qualifiedMadM(value: number, qualifier: CraftExport["value_qualifier"], locale: Locale): string {
  const n = formatMadM(value, locale);
  return qualifier === "more-than" || qualifier === "about" ? t(locale, `value.${qualifier}`, { value: n }) : n;
}
