/**
 * The ILIKE pattern for "contains this text": `%`, `_` and `\` typed by a reader are literal
 * characters, not wildcards (PostgreSQL's default escape character is `\`).
 */
export function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
