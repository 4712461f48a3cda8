import type { Kysely } from "kysely";
import { type CopyReport, copyDatabase, installationSize } from "../db/copy-database.ts";
import type { Database } from "../db/schema.ts";
import { upgradeDatabase } from "./database.ts";

/** The tables a move leaves behind unless asked: signed-in sessions (people sign in again). */
export const SESSION_TABLES = ["sessions"] as const;

export class TargetNotEmpty extends Error {}

/**
 * Moves a whole installation (`grove move`, docs/operations.md "Moving to PostgreSQL"): brings
 * both databases to this version's schema, refuses a target that already holds organisations or
 * accounts, then copies every row in one transaction on the target.
 */
export async function moveInstallation(
  from: Kysely<Database>,
  to: Kysely<Database>,
  options: { sessions: boolean },
): Promise<CopyReport> {
  await upgradeDatabase(from);
  await upgradeDatabase(to);
  const held = await installationSize(to);
  if (held.organisations > 0 || held.users > 0) {
    throw new TargetNotEmpty(
      `the target database already holds ${held.organisations} organisation(s) and ${held.users} account(s): ` +
        "grove move copies into an empty database only (create a new one, or drop this one's tables)",
    );
  }
  return copyDatabase(from, to, options.sessions ? [] : SESSION_TABLES);
}
