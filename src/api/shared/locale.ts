import type { Context } from "hono";
import type { Locale } from "../../domain/coach/index.ts";

/** The language asked for: `?locale=` first, then the best English or Chinese in Accept-Language. */
export function localeOf(c: Context, explicit: Locale | undefined): Locale {
  if (explicit) return explicit;
  const ranked = (c.req.header("accept-language") ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = Number(params.find((p) => p.trim().startsWith("q="))?.split("=")[1] ?? 1);
      return { tag, q: Number.isNaN(q) ? 0 : q };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  const first = ranked.find(({ tag }) => tag.startsWith("zh") || tag.startsWith("en"));
  return first?.tag.startsWith("zh") ? "zh" : "en";
}
