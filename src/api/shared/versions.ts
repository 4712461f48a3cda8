import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AppError } from "../../domain/errors.ts";
import type { AppEnv } from "./env.ts";

// Updates require the version they were made from (docs/api-retries.md): a PATCH or PUT of a
// versioned row sends `version` in its body, or the ETag its read returned in If-Match.

/**
 * The ETag of a versioned row's read: the version, then a hash of the body (json-reads.ts), so a
 * 304 still needs the very same body (a check-in moves an objective's progress, not its version)
 * while If-Match needs only the version: `"v7-<hash>"`.
 */
export function versionedEtag(version: number, bodyHash: string): string {
  return `"v${version}-${bodyHash}"`;
}

/**
 * The version an If-Match header names: one entity tag of Grove's form. A weak tag (`W/`, as a
 * proxy that compresses may make it) is read the same way: Grove compares the version, not the bytes.
 */
export function versionOfIfMatch(header: string): number {
  const match = /^\s*(?:W\/)?"v(\d{1,9})(?:-[^"]*)?"\s*$/.exec(header);
  if (!match) {
    throw new AppError("validation_failed", "If-Match does not hold an ETag of this row", [
      { field: "If-Match", rule: "etag", message: 'send the ETag the row\'s GET returned, e.g. "v7-…"' },
    ]);
  }
  return Number(match[1]);
}

/**
 * The update's body with the version it was made from: its own `version`, or the one If-Match
 * names. Neither is 428; both, naming different versions, is 400.
 */
export function withRequiredVersion<B extends { version?: number }>(c: Context<AppEnv>, json: B): B {
  const ifMatch = c.req.header("if-match");
  const fromHeader = ifMatch === undefined ? undefined : versionOfIfMatch(ifMatch);
  if (json.version === undefined && fromHeader === undefined) {
    throw new AppError("precondition_required", "Say which version you changed: send `version` or If-Match", [
      {
        field: "version",
        rule: "required",
        message: "send the version you last read in the body, or its ETag in the If-Match header",
      },
    ]);
  }
  if (json.version !== undefined && fromHeader !== undefined && json.version !== fromHeader) {
    throw new AppError("validation_failed", "The body's version and If-Match name different versions", [
      { field: "If-Match", rule: "same_version", message: "send one version, or the same in both" },
    ]);
  }
  return { ...json, version: json.version ?? fromHeader };
}

/** A body schema of a versioned row's update: it has a `version` field. */
export function isVersioned(body: unknown): boolean {
  return body instanceof z.ZodObject && "version" in body.shape;
}
