// The schemas of every file in data/: the single source of truth for types, validation and the
// data dictionary (data/README.md is generated from these).
import { z } from "zod";
import * as c from "./columns";

const regionCode = /^MA-(0[1-9]|1[0-2])$/;
const provinceCode = /^MA-[A-Z]{3}$/;
export const itemStatuses = ["named", "partly-described", "not-published"] as const;

const notes = {
  note_fr: c.textOrEmpty("a note in French for readers", "Chiffre provisoire."),
  note_ar: c.textOrEmpty("the same note in Arabic", "رقم مؤقت."),
  note_en: c.textOrEmpty("the same note in English", "Preliminary figure."),
};
const names = (what: string, fr: string, ar: string, en: string) => ({
  name_fr: c.textOrEmpty(`${what} in French, or empty if not published`, fr),
  name_ar: c.textOrEmpty(`${what} in Arabic, or empty if not published`, ar),
  name_en: c.textOrEmpty(`${what} in English, or empty if not published`, en),
});
const descriptions = {
  description_fr: c.textOrEmpty("what sources say of it, in French", "…"),
  description_ar: c.textOrEmpty("the same in Arabic", "…"),
  description_en: c.textOrEmpty("the same in English", "…"),
};

/** What kind of publisher a source is; the sources page shows it next to every source. */
export const sourceKinds = ["official", "news-agency", "press", "statistics", "study", "reference", "wiki"] as const;
/** Why a source has no publication date. */
export const dateUnknownReasons = ["not-shown", "not-recorded", "continuously-updated"] as const;

/** Hosts that serve copies of a page (a CMS origin, a webmail mirror), never the page readers should cite. */
const copyHost = (host: string) => /(^|\.)arc-cdn\.net$/.test(host) || /^origin(-web)?\./.test(host) || /^mail\./.test(host);
/**
 * Sites that republish other outlets' articles (news aggregators, copies of Morocco World News, wiki mirrors):
 * a page there is cited only when the original could not be found, and then says so (url_kind).
 */
export const mirrorHosts = [
  "maghress.com",
  "djazairess.com",
  "mk-venture.com",
  "daily8.com",
  "wikimili.com",
  "defzone.net",
  "qa.edu.vn",
  "amplifyapp.com",
] as const;
const mirrorHost = (host: string) => mirrorHosts.some((m) => host === m || host.endsWith(`.${m}`));
/** Paths of listing pages (a category, a tag, a numbered page of headlines) rather than one article. */
const listingPath = (u: URL) =>
  /\/(categorie|category|categories|tag|tags)\/[^/]+\/?$/i.test(u.pathname) ||
  /\/(categorie|category|categories|tag|tags)\/.*\/page\/\d+\/?$/i.test(u.pathname) ||
  /(^|&)page=\d+(&|$)/.test(u.search.replace(/^\?/, ""));

/** What a source address is: the original article, or a copy kept because the original could not be found. */
export const urlKinds = ["original", "original-not-reachable"] as const;

/** Why an address is not one readers should cite, or null when it is: a copy host, a known mirror or a listing page. */
export function nonCanonicalReason(raw: string): { en: string; fr: string } | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (copyHost(u.hostname)) {
    return {
      en: `"${u.hostname}" serves copies of pages (a CMS origin or mail mirror): give the address readers see on the publisher's own site`,
      fr: `"${u.hostname}" sert des copies de pages (serveur d'origine d'un CMS ou miroir mail) : donnez l'adresse que les lecteurs voient sur le site de l'éditeur`,
    };
  }
  if (mirrorHost(u.hostname)) {
    return {
      en: `"${u.hostname}" republishes other outlets' articles: give the original article's address, or, if the original cannot be found, write original-not-reachable in url_kind and the original publisher in copy_of`,
      fr: `"${u.hostname}" republie les articles d'autres médias : donnez l'adresse de l'article original ou, si l'original est introuvable, écrivez original-not-reachable dans url_kind et l'éditeur d'origine dans copy_of`,
    };
  }
  if (listingPath(u)) {
    return {
      en: `"${raw}" is a listing of articles (category, tag or page of headlines), which changes over time: give the address of the article itself`,
      fr: `"${raw}" est une liste d'articles (rubrique, mot-clé ou page de titres), qui change avec le temps : donnez l'adresse de l'article lui-même`,
    };
  }
  return null;
}

/** A web address (http or https); whether it is canonical is checked with url_kind on the whole row. */
function webAddress(description: string) {
  return c.column<string>(
    { description, example: "https://www.yabiladi.com/articles/details/167616/maroc-lancement-officiel-feuille-route.html", required: true },
    (raw) => {
      if (raw === "") return { ok: false, en: `is empty (expected ${description})`, fr: `est vide (attendu : l'adresse web de la source)` };
      let u: URL;
      try {
        u = new URL(raw);
      } catch {
        return {
          ok: false,
          en: `"${raw}" is not a web address (it must start with https:// or http://)`,
          fr: `"${raw}" n'est pas une adresse web (elle doit commencer par https:// ou http://)`,
        };
      }
      if (u.protocol !== "https:" && u.protocol !== "http:") {
        return {
          ok: false,
          en: `"${raw}" is not a web address (it must start with https:// or http://)`,
          fr: `"${raw}" n'est pas une adresse web (elle doit commencer par https:// ou http://)`,
        };
      }
      return { ok: true, value: raw };
    },
  );
}

/** A publication date as precise as the source gives it: YYYY-MM-DD, YYYY-MM or YYYY. */
function publicationDate(description: string) {
  const full = c.dateOrEmpty(description);
  return c.column<string | null>(
    { description, example: "2025-05-28 (or 2025-05, or 2025)", unit: "YYYY-MM-DD, YYYY-MM or YYYY", kind: "date", partialDate: true, required: false },
    (raw) => {
      if (raw === "") return { ok: true, value: null };
      const partial = /^(\d{4})(-(\d{2}))?$/.exec(raw);
      if (partial) {
        const [y, m] = [Number(partial[1]), partial[3] ? Number(partial[3]) : 1];
        if (y >= 1990 && y <= 2040 && m >= 1 && m <= 12) return { ok: true, value: raw };
      }
      const result = full.safeParse(raw);
      if (result.success) return { ok: true, value: result.data };
      const issue = result.error.issues[0] as { message: string; params?: { fr?: string } };
      return {
        ok: false,
        en: `${issue.message}; a month (2025-05) or a year (2025) alone is accepted when the source gives no day`,
        fr: `${issue.params?.fr ?? issue.message} ; un mois (2025-05) ou une année (2025) seuls sont acceptés quand la source ne donne pas le jour`,
      };
    },
  );
}

/** The columns sources.csv had before url_kind and translated notes (issue 12), as release snapshots keep them. */
const sourceColumnsV2 = {
  source_id: c.id("a short stable id for the source", "yabiladi-167616"),
  title: c.text(
    "the title of the page or document, in its language, as the page gives it",
    "Maroc : lancement officiel de la feuille de route du commerce extérieur 2025-2027",
  ),
  publisher: c.text("who published it", "Yabiladi"),
  url: webAddress(
    "the canonical address of the article or document: no CMS origin (*.arc-cdn.net, origin-web.*), mail.* mirror, site that republishes other outlets (maghress.com, djazairess.com, mk-venture.com, daily8.com, wiki mirrors) or listing page, unless url_kind says the original cannot be found",
  ),
  published_on: publicationDate("the publication date as precise as the page gives it, or empty with a reason in date_unknown_reason"),
  date_unknown_reason: c.oneOfOrEmpty(
    "empty when published_on is filled; otherwise why the date is unknown: not-shown (the page gives no date), not-recorded (not noted when the page was read; to check), continuously-updated (a wiki, map or dataset without one date)",
    dateUnknownReasons,
  ),
  language: c.code("the language of the source, as a two-letter code (fr, ar, en, …)", /^[a-z]{2}$/, "fr"),
  kind: c.oneOf(
    "what kind of source it is: official (a government body), news-agency (MAP, Reuters, Anadolu), press, statistics (a statistics office), study (an analyst, think tank or research note), reference (an unofficial dataset or map), wiki (a wiki or a copy of one)",
    sourceKinds,
  ),
  copy_of: c.textOrEmpty(
    "when this page reprints another outlet's article and the original could not be found: the original publisher; empty when this is the original",
    "Morocco World News",
  ),
  notes: c.textOrEmpty("anything a reader should know about this source, in English", "MAP wire wording."),
};

export const sourceSchema = z
  .object({
    ...sourceColumnsV2,
    url_kind: c.oneOf(
      "original when url is the article on its publisher's own site; original-not-reachable when it is a copy (a mirror, an aggregator) kept because the original could not be found, with the original publisher in copy_of",
      urlKinds,
    ),
    notes_fr: c.textOrEmpty("the same note in French (a faithful translation of notes, no new facts)", "Formulation de la dépêche MAP."),
    notes_ar: c.textOrEmpty("the same note in Arabic (a faithful translation of notes, no new facts)", "صياغة قصاصة وكالة المغرب العربي للأنباء."),
  })
  .superRefine((row, ctx) => {
    if (row.published_on === null && row.date_unknown_reason === null) {
      ctx.addIssue({
        code: "custom",
        path: ["date_unknown_reason"],
        message: `is empty while published_on is empty too: give the publication date (2025-05-28, or 2025-05 when the page gives only the month), or say why it is unknown (${dateUnknownReasons.join(", ")})`,
        params: {
          fr: `est vide alors que published_on l'est aussi : donnez la date de publication (2025-05-28, ou 2025-05 si la page ne donne que le mois), ou dites pourquoi elle est inconnue (${dateUnknownReasons.join(", ")})`,
        },
      });
    }
    if (row.published_on !== null && row.date_unknown_reason !== null) {
      ctx.addIssue({
        code: "custom",
        path: ["date_unknown_reason"],
        message: `says "${row.date_unknown_reason}" but published_on gives a date (${row.published_on}): empty one of the two`,
        params: { fr: `indique « ${row.date_unknown_reason} » mais published_on donne une date (${row.published_on}) : videz l'une des deux cellules` },
      });
    }
    const notCanonical = nonCanonicalReason(row.url);
    if (notCanonical && row.url_kind !== "original-not-reachable") {
      ctx.addIssue({ code: "custom", path: ["url"], message: notCanonical.en, params: { fr: notCanonical.fr } });
    }
    if (row.url_kind === "original-not-reachable" && row.copy_of === "") {
      ctx.addIssue({
        code: "custom",
        path: ["copy_of"],
        message: "is empty while url_kind says the address is a copy: name the outlet that published the original article",
        params: { fr: "est vide alors que url_kind indique une copie : nommez le média qui a publié l'article original" },
      });
    }
    if (row.url_kind === "original" && row.copy_of !== "") {
      ctx.addIssue({
        code: "custom",
        path: ["url_kind"],
        message: `says original while copy_of names another publisher (${row.copy_of}): write original-not-reachable, or empty copy_of if this is the original`,
        params: {
          fr: `indique original alors que copy_of nomme un autre éditeur (${row.copy_of}) : écrivez original-not-reachable, ou videz copy_of s'il s'agit de l'original`,
        },
      });
    }
    for (const [column, language] of [
      ["notes_fr", "French"],
      ["notes_ar", "Arabic"],
    ] as const) {
      if (row.notes !== "" && row[column] === "") {
        ctx.addIssue({
          code: "custom",
          path: [column],
          message: `is empty while notes has a note: translate it into ${language} (the ${language} pages show this column)`,
          params: {
            fr: `est vide alors que notes contient une note : traduisez-la en ${language === "French" ? "français" : "arabe"} (les pages en ${language === "French" ? "français" : "arabe"} affichent cette colonne)`,
          },
        });
      }
    }
  });

export const goalSchema = z.object({
  goal_id: c.oneOf("which of the three goals", ["jobs", "new-exporters", "exports"]),
  target_value: c.num({ description: "the target number", example: "76000", min: 0, max: 10_000_000 }),
  target_unit: c.oneOf("the unit of the target", ["jobs", "firms", "mad_bn"]),
  horizon_year: c.year("the year by which the target is to be met", "2027"),
  per_year: c.bool("true if the target is repeated every year, false if it is reached once by the horizon"),
  baseline_value: c.numOrEmpty({ description: "the starting value, or empty if none was published", example: "455", min: 0, max: 10_000_000 }),
  baseline_unit: c.textOrEmpty("the unit of the baseline (jobs, firms, mad_bn)", "mad_bn"),
  baseline_year: c.yearOrEmpty("the year of the baseline", "2024"),
  wording_announced: c.text("the wording as announced, quoted from the source", "création de quelque 76.000 postes d'emploi nouveaux"),
  wording_language: c.oneOf("the language of that wording", ["fr", "ar", "en"]),
  source_ids: c.sourceIds(),
  ...notes,
});

export const tradeAnnualSchema = z.object({
  year: c.year("the calendar year", "2024"),
  exports_mad_bn: c.num({ description: "merchandise exports in billions of MAD", unit: "billions of MAD", example: "455.0", min: 0, max: 5000 }),
  imports_mad_bn: c.num({ description: "merchandise imports in billions of MAD", unit: "billions of MAD", example: "761.45", min: 0, max: 5000 }),
  exports_qualifier: c.oneOfOrEmpty('how the source states exports: exact (or empty), about ("environ") or more-than ("plus de", a lower bound)', [
    "exact",
    "about",
    "more-than",
  ]),
  imports_qualifier: c.oneOfOrEmpty('how the source states imports: exact (or empty), about ("environ") or more-than ("plus de", a lower bound)', [
    "exact",
    "about",
    "more-than",
  ]),
  vintage: c.oneOf("whether the figures are preliminary, revised, or a mix of both", ["preliminary", "revised", "mixed"]),
  source_ids: c.sourceIds(),
  ...notes,
});

export const sectorSchema = z.object({
  sector_id: c.id("a stable id for the sector", "automotive"),
  name_fr: c.text("the sector's name in French", "Automobile"),
  name_ar: c.text("the sector's name in Arabic", "السيارات"),
  name_en: c.text("the sector's name in English", "Automotive"),
  source_ids: c.sourceIds(),
});

export const sectorExportSchema = z.object({
  sector_id: c.id("the sector (an id from data/sectors.csv)", "automotive"),
  year: c.year("the calendar year", "2024"),
  exports_mad_bn: c.numOrEmpty({
    description: "the sector's exports in billions of MAD, or empty if unknown",
    unit: "billions of MAD",
    example: "157.6",
    min: 0,
    max: 2000,
  }),
  vintage: c.oneOfOrEmpty("whether the figure is preliminary or revised, or empty when there is no figure", ["preliminary", "revised", "mixed"]),
  source_ids: c.sourceIds(),
  ...notes,
});

export const exporterCountSchema = z.object({
  year: c.year("the calendar year", "2019"),
  definition: c.oneOf("which firms are counted: all exporters, or active ones (average export turnover above 1 million MAD)", ["all", "active"]),
  count: c.num({ description: "the number of exporting firms", example: "7092", min: 0, max: 100_000, integer: true }),
  source_ids: c.sourceIds(),
  ...notes,
});

export const regionSchema = z.object({
  region_code: c.code("the ISO 3166-2 code of the region", regionCode, "MA-06"),
  name_fr: c.text("the region's name in French", "Casablanca-Settat"),
  name_ar: c.text("the region's name in Arabic", "الدار البيضاء-سطات"),
  name_en: c.text("the region's name in English", "Casablanca-Settat"),
  capital_fr: c.text("the capital in French", "Casablanca"),
  capital_ar: c.text("the capital in Arabic", "الدار البيضاء"),
  capital_en: c.text("the capital in English", "Casablanca"),
  capital_lat: c.num({ description: "the capital's latitude in decimal degrees", unit: "degrees north", example: "33.5731", min: 20, max: 36.5 }),
  capital_lon: c.num({
    description: "the capital's longitude in decimal degrees",
    unit: "degrees east (negative is west)",
    example: "-7.5898",
    min: -17.5,
    max: -0.5,
  }),
  population_2014: c.num({ description: "population at the 2014 census", unit: "people", example: "6861739", min: 1, max: 20_000_000, integer: true }),
  source_ids: c.sourceIds(),
});

export const provinceSchema = z.object({
  province_code: c.code("the code of the prefecture or province", provinceCode, "MA-CAS"),
  region_code: c.code("the region it belongs to (a code from data/regions.csv)", regionCode, "MA-06"),
  kind: c.oneOf("prefecture or province", ["prefecture", "province"]),
  name_fr: c.text("its name in French", "Casablanca"),
  name_ar: c.text("its name in Arabic", "الدار البيضاء"),
  source_ids: c.sourceIds(),
});

export const newExportersByRegionSchema = z.object({
  region_code: c.code("the region (a code from data/regions.csv)", regionCode, "MA-06"),
  period_start: c.year("first year of the period", "2011"),
  period_end: c.year("last year of the period", "2019"),
  new_active_exporters: c.num({
    description: "new active exporters over the period, as the source reports them (entrants, not net growth)",
    unit: "firms",
    example: "1895",
    min: 0,
    max: 100_000,
    integer: true,
  }),
  source_ids: c.sourceIds(),
});

const leverLike = {
  number: c.num({ description: "its number, 1 to 6", example: "1", min: 1, max: 6, integer: true }),
  status: c.oneOf("what is publicly known of it", itemStatuses),
  ...names("its name", "…", "…", "…"),
  ...descriptions,
  source_ids: c.sourceIds(),
  ...notes,
};

export const leverSchema = z.object({
  lever_id: c.id("a stable id", "lever-1"),
  ...leverLike,
});

export const reformSchema = z.object({
  reform_id: c.id("a stable id", "reform-1"),
  ...leverLike,
  description_is_area: c.bool("true when the description is only an area of reform that a source lists, not the reform's own title; the site says so"),
});

export const measureSchema = z.object({
  measure_id: c.id("a stable id", "export-insurance"),
  reform_id: c.idOrEmpty("the reform it serves (an id from data/reforms.csv), or empty if no source says", "reform-1"),
  ...names("its name", "Assurance à l'export", "تأمين الصادرات", "Export insurance"),
  value: c.numOrEmpty({ description: "its headline figure, or empty", example: "100", min: 0, max: 1_000_000 }),
  unit: c.textOrEmpty("the unit of that figure (percent, mad_million, …)", "mad_million"),
  announced_on: c.dateOrEmpty("when it was announced"),
  effective_on: c.dateOrEmpty("when it took effect", "2025-06-16"),
  source_ids: c.sourceIds(),
  ...notes,
});

export const officeSchema = z.object({
  office_id: c.id("a stable id", "office-ma-12"),
  region_code: c.code("the region (a code from data/regions.csv)", regionCode, "MA-12"),
  status: c.oneOf("what is known of the office", ["announced", "reported-opened", "opened", "unknown"]),
  announced_on: c.dateOrEmpty("when it was announced, or empty"),
  opened_on: c.dateOrEmpty("when it opened, or empty if unknown"),
  place: c.textOrEmpty("its city or address, or empty if unknown", "Dakhla"),
  source_ids: c.sourceIds(),
  ...notes,
});

export const milestoneSchema = z.object({
  milestone_id: c.id("a stable id", "launch-casablanca"),
  date: c.date("when it happened (for a month, use the first day and set date_precision to month)"),
  date_precision: c.oneOf("how precise the date is", ["day", "month"]),
  kind: c.oneOf("what kind of event", ["consultation", "review", "launch", "follow-up", "measure", "tour", "forum", "appointment"]),
  region_code: c.codeOrEmpty("the region where it took place, or empty", regionCode, "MA-06"),
  place_fr: c.textOrEmpty("the place in French", "Casablanca"),
  place_ar: c.textOrEmpty("the place in Arabic", "الدار البيضاء"),
  place_en: c.textOrEmpty("the place in English", "Casablanca"),
  title_fr: c.text("what happened, in French", "Lancement officiel"),
  title_ar: c.text("what happened, in Arabic", "الإطلاق الرسمي"),
  title_en: c.text("what happened, in English", "Official launch"),
  source_ids: c.sourceIds(),
});

export const claimSchema = z.object({
  claim_id: c.id("a stable id", "exports-84bn"),
  question_fr: c.text("the question sources disagree on, in French", "84 milliards par an ou d'ici 2027 ?"),
  question_ar: c.text("the same question in Arabic", "…"),
  question_en: c.text("the same question in English", "…"),
  best_reading_id: c.idOrEmpty("the reading best supported by the sources (a reading_id), or empty if unresolved", "total-by-2027"),
  explanation_fr: c.text("why, in French", "…"),
  explanation_ar: c.text("why, in Arabic", "…"),
  explanation_en: c.text("why, in English", "…"),
});

export const claimReadingSchema = z.object({
  claim_id: c.id("the claim (an id from data/claims.csv)", "exports-84bn"),
  reading_id: c.id("a stable id for this reading", "total-by-2027"),
  reading_fr: c.text("the reading in French", "…"),
  reading_ar: c.text("the reading in Arabic", "…"),
  reading_en: c.text("the reading in English", "…"),
  support: c.oneOf("how well sources support it", ["best-supported", "weaker", "unresolved"]),
  source_ids: c.sourceIds(),
});

export const personSchema = z.object({
  person_id: c.id("a stable id", "aziz-akhannouch"),
  name: c.text("the person's name", "Aziz Akhannouch"),
  name_ar: c.text("the person's name in Arabic script, as an Arabic-language source in source_ids writes it", "عزيز أخنوش"),
  role_fr: c.text("role in French", "Chef du gouvernement"),
  role_ar: c.text("role in Arabic", "رئيس الحكومة"),
  role_en: c.text("role in English", "Head of Government"),
  presence: c.oneOf("whether sources confirm the person was there", ["confirmed", "spoke", "not-confirmed"]),
  milestone_id: c.id("the event (an id from data/milestones.csv)", "launch-casablanca"),
  source_ids: c.sourceIds(),
  ...notes,
});

export const firmConcentrationSchema = z.object({
  figure_id: c.id("a stable id", "opinion-2pct"),
  year: c.yearOrEmpty(),
  share_of_firms_pct: c.num({ description: "share of exporting firms", unit: "percent", example: "2", min: 0, max: 100 }),
  share_of_exports_pct: c.num({ description: "share of exports they make", unit: "percent", example: "70", min: 0, max: 100 }),
  claim_id: c.idOrEmpty("the disputed claim it belongs to (an id from data/claims.csv), or empty", "firm-concentration"),
  source_ids: c.sourceIds(),
  ...notes,
});

export const pastPlanSchema = z.object({
  plan_id: c.id("a stable id for the plan", "maroc-export-plus"),
  metric: c.id("what is measured", "new-exporters"),
  target_value: c.numOrEmpty({ description: "the target", example: "200", min: 0, max: 10_000_000 }),
  result_value: c.numOrEmpty({ description: "the result reached, or empty if unknown", example: "405496", min: 0, max: 10_000_000 }),
  unit: c.textOrEmpty("the unit (firms, jobs, mad_bn)", "firms"),
  period_start: c.yearOrEmpty("first year of the plan"),
  period_end: c.yearOrEmpty("last year of the plan"),
  per_year: c.bool("true if the target is per year"),
  source_ids: c.sourceIds(),
  ...notes,
});

export const releaseSchema = z.object({
  release_id: c.id("a stable id for the data release", "2026-11-29-first"),
  published_on: c.date("the date the data was released", "2026-11-29"),
  title_fr: c.text("its name in French", "Première publication"),
  title_ar: c.text("its name in Arabic", "النشر الأول"),
  title_en: c.text("its name in English", "First release"),
});

// Craft (artisanat) and social and solidarity economy exports (issue 18). Figures are in millions of
// MAD, as the crafts department publishes them; a partial-year figure keeps its scope so it is never
// read as an annual total.
const craftPeriodId = c.id("the period (a period_id from data/craft_exports.csv)", "2024");

export const craftExportSchema = z.object({
  period_id: c.id(
    "a stable id for the period and reading: the year for a full year (2024), year-ytd-month for January to that month (2022-ytd-11)",
    "2022-ytd-11",
  ),
  year: c.year("the calendar year", "2022"),
  months: c.num({
    description: 'how many months from January the figure covers: 12 for a full year, 11 for "fin novembre"',
    unit: "months",
    example: "11",
    min: 1,
    max: 12,
    integer: true,
  }),
  scope: c.oneOf("calendar-year (January to December, months = 12) or year-to-date (January to the month given in months, fewer than 12)", [
    "calendar-year",
    "year-to-date",
  ]),
  exports_mad_m: c.numOrEmpty({
    description: "craft exports over the period in millions of MAD, or empty if only a growth rate was published",
    unit: "millions of MAD",
    example: "928.66",
    min: 0,
    max: 100000,
  }),
  value_qualifier: c.oneOfOrEmpty('how the source states the value: exact, more-than ("plus de") or about; empty when there is no value', [
    "exact",
    "more-than",
    "about",
  ]),
  change_pct: c.numOrEmpty({
    description: "change on the same period of the previous year, as published, or empty",
    unit: "percent",
    example: "15",
    min: -100,
    max: 1000,
  }),
  reading: c.oneOf("main for the figure the site uses; alternative for a conflicting figure shown beside it", ["main", "alternative"]),
  source_ids: c.sourceIds(),
  ...notes,
});

export const craftExportByProductSchema = z.object({
  period_id: craftPeriodId,
  family_id: c.id("a stable id for the product family", "pottery-stone"),
  ...names("the family's name", "Poterie et pierre", "الفخار والحجر", "Pottery and stone"),
  share_pct: c.numOrEmpty({ description: "the family's share of craft exports over the period, or empty", unit: "percent", example: "36", min: 0, max: 100 }),
  exports_mad_m: c.numOrEmpty({
    description: "the family's exports over the period in millions of MAD, or empty",
    unit: "millions of MAD",
    example: "288.33",
    min: 0,
    max: 100000,
  }),
  source_ids: c.sourceIds(),
});

export const craftExportByDestinationSchema = z.object({
  period_id: craftPeriodId,
  destination_id: c.id("a stable id for the market", "united-states"),
  kind: c.oneOf("a single country or a group the source reports together", ["country", "group"]),
  ...names("the market's name", "États-Unis", "الولايات المتحدة", "United States"),
  share_pct: c.numOrEmpty({ description: "the market's share of craft exports over the period, or empty", unit: "percent", example: "44", min: 0, max: 100 }),
  exports_mad_m: c.numOrEmpty({
    description: "exports to that market over the period in millions of MAD, or empty",
    unit: "millions of MAD",
    example: "217.31",
    min: 0,
    max: 100000,
  }),
  source_ids: c.sourceIds(),
});

export const craftExportByRegionSchema = z.object({
  region_code: c.code("the region (a code from data/regions.csv)", regionCode, "MA-07"),
  year: c.year("the calendar year (full year only)", "2024"),
  exports_mad_m: c.num({ description: "craft exports reported for the region over the year", unit: "millions of MAD", example: "458.5", min: 0, max: 100000 }),
  change_pct: c.numOrEmpty({ description: "change on the previous year, as published, or empty", unit: "percent", example: "41", min: -100, max: 1000 }),
  source_ids: c.sourceIds(),
  ...notes,
});

export const craftExportMeasureSchema = z.object({
  measure_id: c.id("a stable id", "craft-export-convention-2025"),
  ...names("its name", "Convention pour les exportations de l'artisanat", "اتفاقية لتطوير صادرات الصناعة التقليدية", "Craft export agreement"),
  budget_mad_m: c.numOrEmpty({ description: "its announced budget in millions of MAD, or empty", unit: "millions of MAD", example: "30", min: 0, max: 100000 }),
  period_start: c.yearOrEmpty("first year it covers"),
  period_end: c.yearOrEmpty("last year it covers"),
  signed_on: c.dateOrEmpty("when it was signed or announced"),
  covers_cooperatives: c.bool("true if sources say cooperatives (ESS) are among those it supports"),
  source_ids: c.sourceIds(),
  ...notes,
});

/**
 * Earlier versions of a table's columns, to read release snapshots written before a change: a
 * snapshot is immutable history, so it is read with the columns it was written with, then upgraded
 * to today's row shape. data/ itself is always read with today's schema.
 */
export interface OlderVersion<Row> {
  schema: z.ZodObject;
  upgrade(row: Record<string, unknown>): Row;
}

/** sources.csv before sources were dated or explained, kinds were renamed and copies named (issue 12). */
const sourceSchemaV1 = z.object({
  source_id: c.id("a short stable id for the source", "yabiladi-167616"),
  title: c.text("the title of the page or document, in its language", "Lancement officiel de la feuille de route"),
  publisher: c.text("who published it", "Yabiladi"),
  url: c.url("the address where it can be read"),
  published_on: c.dateOrEmpty("the publication date, or empty if the page does not give it"),
  language: c.code("the language of the source, as a two-letter code (fr, ar, en, …)", /^[a-z]{2}$/, "fr"),
  kind: c.oneOf("what kind of source it is", ["official", "wire", "press", "study", "dataset", "wiki"]),
  notes: c.textOrEmpty("anything a reader should know about this source", "Reprise d'une dépêche MAP."),
});
const renamedKinds: Record<string, (typeof sourceKinds)[number]> = { wire: "news-agency", dataset: "reference" };

/** A table before columns were added: today's columns without them, upgraded by filling them in. */
function withoutColumns<S extends z.ZodObject, Row>(schema: S, added: Record<string, unknown>): OlderVersion<Row> {
  const omit = Object.fromEntries(Object.keys(added).map((k) => [k, true])) as Record<string, true>;
  return { schema: schema.omit(omit as never) as unknown as z.ZodObject, upgrade: (row) => ({ ...row, ...added }) as Row };
}

export const olderVersions: {
  sources: OlderVersion<z.output<typeof sourceSchema>>[];
  reforms: OlderVersion<z.output<typeof reformSchema>>[];
  people: OlderVersion<z.output<typeof personSchema>>[];
  tradeAnnual: OlderVersion<z.output<typeof tradeAnnualSchema>>[];
} = {
  sources: [
    {
      schema: sourceSchemaV1,
      upgrade: (row) => {
        const v1 = row as z.output<typeof sourceSchemaV1>;
        return {
          ...v1,
          kind: renamedKinds[v1.kind] ?? (v1.kind as (typeof sourceKinds)[number]),
          date_unknown_reason: v1.published_on ? null : "not-recorded",
          copy_of: "",
          url_kind: "original",
          notes_fr: "",
          notes_ar: "",
        };
      },
    },
    {
      // Before url_kind and translated notes: a named copy was a copy whose original could not be found.
      schema: z.object(sourceColumnsV2),
      upgrade: (row) => {
        const v2 = row as z.output<z.ZodObject<typeof sourceColumnsV2>>;
        return { ...v2, url_kind: v2.copy_of ? "original-not-reachable" : "original", notes_fr: "", notes_ar: "" };
      },
    },
  ],
  // Columns added by issue 12: the reform-area flag, people's names in Arabic and notes.
  reforms: [withoutColumns(reformSchema, { description_is_area: false })],
  people: [withoutColumns(personSchema, { name_ar: "", note_fr: "", note_ar: "", note_en: "" })],
  // Added by issue 12: how the source states a value ("environ", "plus de").
  tradeAnnual: [withoutColumns(tradeAnnualSchema, { exports_qualifier: null, imports_qualifier: null })],
};

/** The older version of table `name` whose columns are exactly `header`, if any. */
export function olderVersionFor(name: string, header: string[]): OlderVersion<unknown> | undefined {
  const versions = (olderVersions as Record<string, OlderVersion<unknown>[]>)[name] ?? [];
  return versions.find((v) => {
    const columns = Object.keys(v.schema.shape);
    return columns.length === header.length && columns.every((c) => header.includes(c));
  });
}

/** Every CSV in data/, with its schema, what makes a row unique, and what the file holds. */
export const tables = {
  sources: { file: "sources.csv", schema: sourceSchema, key: ["source_id"], about: "One row per source: every fact on the site names one or more of these." },
  goals: { file: "goals.csv", schema: goalSchema, key: ["goal_id"], about: "The roadmap's three goals, as announced." },
  tradeAnnual: {
    file: "trade_annual.csv",
    schema: tradeAnnualSchema,
    key: ["year"],
    about: "Merchandise exports and imports per year. Balance and coverage rate are computed, never typed in.",
  },
  sectors: { file: "sectors.csv", schema: sectorSchema, key: ["sector_id"], about: "The main export sectors and their names." },
  sectorExports: {
    file: "sector_exports.csv",
    schema: sectorExportSchema,
    key: ["sector_id", "year"],
    about: "Exports by main sector and year; an empty value means unknown.",
  },
  exporters: { file: "exporters.csv", schema: exporterCountSchema, key: ["year", "definition"], about: "Number of exporting firms by year and definition." },
  regions: { file: "regions.csv", schema: regionSchema, key: ["region_code"], about: "The 12 regions (2015 division)." },
  provinces: { file: "provinces.csv", schema: provinceSchema, key: ["province_code"], about: "The 75 prefectures and provinces." },
  newExportersByRegion: {
    file: "new_exporters_by_region.csv",
    schema: newExportersByRegionSchema,
    key: ["region_code", "period_start", "period_end"],
    about: "New active exporters by region over a period, as reported (entrants; not net of exits).",
  },
  levers: { file: "levers.csv", schema: leverSchema, key: ["lever_id"], about: "The four levers of action: what is public of each." },
  reforms: { file: "reforms.csv", schema: reformSchema, key: ["reform_id"], about: "The six transversal reforms: what is public of each." },
  measures: { file: "measures.csv", schema: measureSchema, key: ["measure_id"], about: "Measures announced under the roadmap." },
  offices: { file: "offices.csv", schema: officeSchema, key: ["office_id"], about: "The regional foreign-trade support offices, as far as sources tell." },
  milestones: { file: "milestones.csv", schema: milestoneSchema, key: ["milestone_id"], about: "Dated events of the roadmap." },
  claims: { file: "claims.csv", schema: claimSchema, key: ["claim_id"], about: "Questions on which sources disagree." },
  claimReadings: {
    file: "claim_readings.csv",
    schema: claimReadingSchema,
    key: ["claim_id", "reading_id"],
    about: "Each reading of a disputed claim, with its sources.",
  },
  people: { file: "people.csv", schema: personSchema, key: ["person_id", "milestone_id"], about: "Officials named at roadmap events." },
  firmConcentration: {
    file: "firm_concentration.csv",
    schema: firmConcentrationSchema,
    key: ["figure_id"],
    about: "How concentrated exports are among firms, figure by figure.",
  },
  pastPlans: { file: "past_plans.csv", schema: pastPlanSchema, key: ["plan_id", "metric"], about: "Targets and results of earlier plans, for comparison." },
  releases: {
    file: "releases.csv",
    schema: releaseSchema,
    key: ["release_id"],
    about: 'Named, dated releases of the data; the latest one is the site\'s "data as of" date.',
  },
  craftExports: {
    file: "craft_exports.csv",
    schema: craftExportSchema,
    key: ["period_id"],
    about: "Craft (artisanat) exports per period as the crafts department publishes them: full years and January-to-month figures, each with its scope.",
  },
  craftExportsByProduct: {
    file: "craft_exports_by_product.csv",
    schema: craftExportByProductSchema,
    key: ["period_id", "family_id"],
    about: "Craft exports by product family for the periods published.",
  },
  craftExportsByDestination: {
    file: "craft_exports_by_destination.csv",
    schema: craftExportByDestinationSchema,
    key: ["period_id", "destination_id"],
    about: "Craft exports by market for the periods published.",
  },
  craftExportsByRegion: {
    file: "craft_exports_by_region.csv",
    schema: craftExportByRegionSchema,
    key: ["region_code", "year"],
    about: "Craft exports reported by regional directorates, full years only.",
  },
  craftExportMeasures: {
    file: "craft_export_measures.csv",
    schema: craftExportMeasureSchema,
    key: ["measure_id"],
    about: "Programmes and agreements for craft and social-economy (cooperative) exports.",
  },
} as const;

export type TableName = keyof typeof tables;
/** The validated rows of every table. */
export type Datasets = { [K in TableName]: z.output<(typeof tables)[K]["schema"]>[] };

export type Source = z.output<typeof sourceSchema>;
export type Goal = z.output<typeof goalSchema>;
export type TradeYear = z.output<typeof tradeAnnualSchema>;
export type Sector = z.output<typeof sectorSchema>;
export type SectorExport = z.output<typeof sectorExportSchema>;
export type ExporterCount = z.output<typeof exporterCountSchema>;
export type Region = z.output<typeof regionSchema>;
export type Province = z.output<typeof provinceSchema>;
export type Lever = z.output<typeof leverSchema>;
export type Reform = z.output<typeof reformSchema>;
export type Measure = z.output<typeof measureSchema>;
export type Office = z.output<typeof officeSchema>;
export type Milestone = z.output<typeof milestoneSchema>;
export type Claim = z.output<typeof claimSchema>;
export type ClaimReading = z.output<typeof claimReadingSchema>;
export type Person = z.output<typeof personSchema>;
export type FirmConcentration = z.output<typeof firmConcentrationSchema>;
export type PastPlan = z.output<typeof pastPlanSchema>;
export type Release = z.output<typeof releaseSchema>;
export type CraftExport = z.output<typeof craftExportSchema>;
export type CraftExportByProduct = z.output<typeof craftExportByProductSchema>;
export type CraftExportByDestination = z.output<typeof craftExportByDestinationSchema>;
export type CraftExportByRegion = z.output<typeof craftExportByRegionSchema>;
export type CraftExportMeasure = z.output<typeof craftExportMeasureSchema>;
