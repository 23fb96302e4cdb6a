// The colour tokens as CSS, generated from the same module the charts use.
import type { APIRoute } from "astro";
import { themeCss } from "../core/theme/tokens";

export const GET: APIRoute = () => new Response(themeCss(), { headers: { "Content-Type": "text/css; charset=utf-8" } });
