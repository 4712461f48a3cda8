// A number typed by a person (a corrected reading): the decimal comma of many locales counts.

/** "52,5" and "52.5" are both 52.5: people type the decimal separator of their locale. */
export function parseDecimal(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, "").replace(",", ".");
  if (cleaned === "" || !/^-?\d*\.?\d+$/.test(cleaned)) return null;
  return Number(cleaned);
}
