import type { Executor } from "../../db/executor.ts";
import { AppError } from "../../domain/errors.ts";

/** What a refusal of a one-time link says: the message, then the detail on its `token` field. */
type Words = readonly [message: string, detail: string];

/**
 * A link mailed to an account (a password reset, an address to verify) works once, until it
 * expires. The link as read by its token's hash, or a refusal in the link's own words: 400 for a
 * token Grove never made, 410 for one used already or expired.
 */
export function usableLink<Link extends { usedAt: Date | null; expiresAt: Date }>(
  link: Link | undefined,
  now: Date,
  words: { unknown: Words; used: Words; expired: Words },
): Link {
  if (!link) throw refusal("validation_failed", "unknown", words.unknown);
  if (link.usedAt) throw refusal("gone", "used", words.used);
  if (link.expiresAt.getTime() <= now.getTime()) throw refusal("gone", "expired", words.expired);
  return link;
}

function refusal(code: "validation_failed" | "gone", rule: string, [message, detail]: Words): AppError {
  return new AppError(code, message, [{ field: "token", rule, message: detail }]);
}

/**
 * Marks used every link of this kind the account has not used yet: once one has done its work (a
 * password set, an address verified), the others mailed before it stop working too.
 */
export async function markLinksUsed(
  db: Executor,
  links: "passwordResets" | "emailVerifications",
  userId: string,
  now: Date,
): Promise<void> {
  await db.updateTable(links).set({ usedAt: now }).where("userId", "=", userId).where("usedAt", "is", null).execute();
}
