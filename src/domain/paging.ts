import { AppError } from "./errors.ts";

// Cursor paging (docs/api.md, "Paging and sync"). A cursor is opaque to the client: base64url
// JSON of the last row's key, which the next page continues after. Nothing here reads a clock or
// a database; the keyset queries that use it live with their services.

/** Rows per page when `limit` is not given, and the most a page may ask for. */
export const DEFAULT_PAGE_LIMIT = 100;
export const MAX_PAGE_LIMIT = 1000;

export interface PageRequest {
  limit: number;
  /** The `nextCursor` of the page before; absent for the first page. */
  cursor?: string | undefined;
}

export interface Page<T> {
  rows: T[];
  /** What to pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

type KeyPart = string | number;
type KeyShape = readonly ("string" | "number")[];
type KeyOf<S extends KeyShape> = { [I in keyof S]: S[I] extends "number" ? number : string };

export function encodeCursor(key: readonly KeyPart[]): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** The key a cursor carries, of the shape the list's keys have; a cursor of any other shape is a 400 naming `cursor`. */
export function decodeCursor<const S extends KeyShape>(cursor: string, shape: S): KeyOf<S> {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badCursor();
  }
  const fits =
    Array.isArray(key) &&
    key.length === shape.length &&
    key.every((part, i) => typeof part === shape[i] && (typeof part !== "number" || Number.isFinite(part)));
  if (!fits) throw badCursor();
  return key as KeyOf<S>;
}

export function badCursor(): AppError {
  return new AppError("validation_failed", "The cursor is not one this list gave", [
    { field: "cursor", rule: "cursor", message: "pass the nextCursor of the page before, unchanged" },
  ]);
}

/**
 * One page from the rows a keyset query read: it asks for `limit + 1` rows in key order after
 * the cursor's key, so a row beyond the page says that there is a next one, which continues
 * after the page's last key.
 */
export function pageFrom<T>(rows: readonly T[], limit: number, keyOf: (row: T) => readonly KeyPart[]): Page<T> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}

/**
 * One page of a list read whole in its own order (the lists bounded by the organisation, not
 * paged by a keyset query). The cursor names the page's last row and its position: the next
 * page starts after that row wherever it now is, so rows added or removed elsewhere during a
 * walk shift nothing; if that row itself was removed (or rows have no id: ""), the next page
 * starts at its position.
 */
export function pageInOrder<T>(all: readonly T[], request: PageRequest, idOf: (row: T) => string): Page<T> {
  let start = 0;
  if (request.cursor !== undefined) {
    const [id, position] = decodeCursor(request.cursor, ["string", "number"]);
    if (!Number.isInteger(position) || position < 1) throw badCursor();
    const at = id === "" ? -1 : all.findIndex((row) => idOf(row) === id);
    start = at >= 0 ? at + 1 : Math.min(position - 1, all.length);
  }
  const rows = all.slice(start, start + request.limit);
  const last = rows.at(-1);
  const more = start + request.limit < all.length && last !== undefined;
  return { rows, nextCursor: more ? encodeCursor([idOf(last), start + rows.length]) : null };
}

const instantShape = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The key of a keyset list ordered by a stored time and the row's id: the time as the database
 * keeps it, to the microsecond (a JavaScript Date would round it to the millisecond and repeat a
 * row), in UTC, `YYYY-MM-DDTHH:MM:SS.ffffffZ`. A cursor whose key is not a real instant and a
 * uuid is a 400 naming `cursor`, never a database error.
 */
export function decodeTimeKey(cursor: string): { at: string; id: string } {
  const [at, id] = decodeCursor(cursor, ["string", "string"]);
  const toMs = `${at.slice(0, 23)}Z`;
  const real = instantShape.test(at) && !Number.isNaN(Date.parse(toMs)) && new Date(toMs).toISOString() === toMs;
  if (!real || !uuidShape.test(id)) throw badCursor();
  return { at, id };
}

/**
 * The key of a list paged in its own order by the database (the dashboard's lists): the last
 * row's id, a uuid, and its place in the list, from 1. Any other cursor is a 400 naming `cursor`.
 */
export function decodePlaceKey(cursor: string): { id: string; position: number } {
  const [id, position] = decodeCursor(cursor, ["string", "number"]);
  if (!uuidShape.test(id) || !Number.isInteger(position) || position < 1) throw badCursor();
  return { id, position };
}

/** The cursor after a row of such a list, when the list goes on beyond it. */
export function placeCursor(last: { id: string; position: number } | undefined, total: number): string | null {
  return last !== undefined && last.position < total ? encodeCursor([last.id, last.position]) : null;
}
