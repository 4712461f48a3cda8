import type { Context, Next } from "hono";
import { AppError, type FieldIssue } from "../../domain/errors.ts";

// Text that PostgreSQL cannot store, or would store as something else, is refused at the door
// with a 400 naming the field instead of failing in the database (a 500) or being silently
// changed: a NUL character (text columns cannot hold U+0000) and a lone UTF-16 surrogate (it
// would be written as U+FFFD). Path and query values must also be valid percent-encoded UTF-8.

const NUL = "\u0000";
// Without the u flag a regex sees UTF-16 code units: a high surrogate with no low one after it,
// or a low one with no high one before it (String#isWellFormed is ES2024, past our lib).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first string in `value` (keys included) that cannot be stored as sent, as a field issue. */
export function illFormedText(value: unknown, path: (string | number)[] = []): FieldIssue | null {
  if (typeof value === "string") return textIssue(value, path);
  if (Array.isArray(value)) {
    for (const [n, item] of value.entries()) {
      const issue = illFormedText(item, [...path, n]);
      if (issue) return issue;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const issue = textIssue(key, [...path, key]) ?? illFormedText(item, [...path, key]);
      if (issue) return issue;
    }
  }
  return null;
}

function textIssue(text: string, path: (string | number)[]): FieldIssue | null {
  const field = path.join(".");
  if (text.includes(NUL)) return { field, rule: "no_nul", message: "remove the NUL character (U+0000)" };
  if (LONE_SURROGATE.test(text)) {
    return { field, rule: "well_formed", message: "the text holds a lone surrogate: it is not valid Unicode" };
  }
  return null;
}

/** Refuses validated input (body, path or query) holding text that cannot be stored as sent. */
export function assertWellFormed(data: unknown, where: string): void {
  const issue = illFormedText(data);
  if (issue) {
    throw new AppError("validation_failed", `The request ${where} is not valid`, [
      { ...issue, field: issue.field || where },
    ]);
  }
}

/**
 * The raw path and query, before the router decodes them: Hono leaves a bad escape such as
 * `%FF` undecoded, so a schema would see the three characters instead of refusing them.
 */
export async function requireWellFormedUrl(c: Context, next: Next): Promise<void> {
  const url = new URL(c.req.url);
  const issues: FieldIssue[] = [];
  for (const segment of url.pathname.split("/")) {
    const issue = rawIssue(segment, "path");
    if (issue) {
      issues.push(issue);
      break;
    }
  }
  for (const pair of url.search.slice(1).split("&")) {
    if (pair === "") continue;
    const [rawKey = "", ...rest] = pair.split("=");
    const key = decoded(rawKey);
    const field = key !== null && textIssue(key, []) === null ? key : "query";
    const issue = rawIssue(rawKey, "query") ?? rawIssue(rest.join("="), field);
    if (issue) issues.push(issue);
  }
  if (issues.length > 0) throw new AppError("validation_failed", "The request URL is not valid", issues);
  await next();
}

function rawIssue(raw: string, field: string): FieldIssue | null {
  const text = decoded(raw);
  if (text === null) return { field, rule: "utf8", message: "percent-encode valid UTF-8 only" };
  return textIssue(text, [field]);
}

function decoded(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replaceAll("+", " "));
  } catch {
    return null;
  }
}
