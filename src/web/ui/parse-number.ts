/**
 * What a person typed into a number field, read as the number they meant, or refused with why.
 *
 * English and Chinese both write 52.5, yet many people type 52,5 (a European keyboard, a habit,
 * a spreadsheet). Both are 52.5 in every locale Grove speaks. A typed value is never silently
 * changed into another number: where a comma could be a decimal or a thousands separator
 * (`1,234`: 1234 or 1.234?) the field asks instead of guessing.
 */
export type ParsedNumber =
  | { ok: true; value: number }
  | { ok: false; reason: "empty" }
  | { ok: false; reason: "notANumber" }
  /** One comma then exactly three digits: both readings are numbers a person might mean. */
  | { ok: false; reason: "ambiguous"; readings: [thousands: number, decimal: number] };

// Full-width digits and punctuation (a Chinese input method) become ASCII under NFKC; the other
// dashes a keyboard or a copied text may hold become a minus.
const normalise = (text: string) =>
  text
    .normalize("NFKC")
    .replace(/[\u2212\u2012\u2013\uFE63]/g, "-")
    .replace(/[\u00A0\u202F\u2009]/g, " ")
    .trim();

/** Digits with optional groups of three behind a separator (`1,234,567`, `1 234`). */
const grouped = (digits: string, separator: string) => {
  const escaped = separator === "." ? "\\." : separator;
  return new RegExp(`^\\d{1,3}((${escaped}| )\\d{3})+$`).test(digits);
};

export function parseNumber(text: string): ParsedNumber {
  const typed = normalise(text);
  if (typed === "") return { ok: false, reason: "empty" };
  const match = /^([+-]?)\s*([\d., ]+)$/.exec(typed);
  if (!match) return { ok: false, reason: "notANumber" };
  const sign = match[1] === "-" ? "-" : "";
  const body = match[2] ?? "";
  const commas = body.split(",").length - 1;
  const dots = body.split(".").length - 1;

  // Which mark ends the whole part: the last one when both are used; a single one otherwise.
  let decimal: "," | "." | null = null;
  let group: "," | "." | null = null;
  if (commas && dots) {
    decimal = body.lastIndexOf(",") > body.lastIndexOf(".") ? "," : ".";
    group = decimal === "," ? "." : ",";
    if (body.split(decimal).length > 2) return { ok: false, reason: "notANumber" };
  } else if (commas === 1 || dots === 1) {
    decimal = commas ? "," : ".";
  } else if (commas || dots) {
    group = commas ? "," : ".";
  }

  const at = decimal ? body.lastIndexOf(decimal) : -1;
  const whole = at >= 0 ? body.slice(0, at) : body;
  const fraction = at >= 0 ? body.slice(at + 1) : "";
  if (!/^\d*$/.test(fraction)) return { ok: false, reason: "notANumber" };
  if (whole === "" && fraction === "") return { ok: false, reason: "notANumber" };
  let digits = whole;
  if (/[^\d]/.test(whole)) {
    if (!grouped(whole, group ?? " ")) return { ok: false, reason: "notANumber" };
    digits = whole.replace(/[^\d]/g, "");
  }
  const value = Number(`${sign}${digits || "0"}.${fraction || "0"}`);
  if (!Number.isFinite(value)) return { ok: false, reason: "notANumber" };

  // `1,234` alone: a thousands separator in English and Chinese, a decimal comma elsewhere.
  if (decimal === "," && !group && /^[1-9]\d{0,2}$/.test(whole) && fraction.length === 3) {
    return { ok: false, reason: "ambiguous", readings: [Number(`${sign}${whole}${fraction}`), value] };
  }
  return { ok: true, value };
}

/** The text a number field starts with: what the API holds, written the way the parser reads it. */
export const numberText = (value: number | null | undefined) => (value == null ? "" : String(value));
