/** True for a UUID as Grove's ids are written; a period or unit can also be named by its name. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** The ids of these rows, in their order (to read what belongs to them in one query). */
export function idsOf(rows: readonly { id: string }[]): string[] {
  return rows.map((row) => row.id);
}
