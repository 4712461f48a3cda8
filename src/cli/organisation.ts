import type { ServiceContext } from "../services/context.ts";
import type { Organisation } from "../services/organisations.ts";
import { findOrganisation, firstOrganisations } from "../services/organisations.ts";
import { UsageError } from "../usage-error.ts";

/**
 * The organisation a command works in: the one `--org` names, or the only one the database
 * holds. With several and no `--org`, guessing could write into the wrong one, so it asks.
 * Null when `--org` names one that does not exist (apply creates it; export refuses).
 */
export async function chooseOrganisation(ctx: ServiceContext, slug: string | undefined): Promise<Organisation | null> {
  if (slug !== undefined) return findOrganisation(ctx, slug);
  const orgs = await firstOrganisations(ctx, 20);
  if (orgs.length === 1) return orgs[0] as Organisation;
  if (orgs.length === 0) throw new UsageError("this database has no organisation yet: pass --org SLUG");
  const listed = orgs.map((org) => org.slug).join(", ");
  throw new UsageError(
    `this database has several organisations: pass --org SLUG (${listed}${orgs.length === 20 ? ", ..." : ""})`,
  );
}

export const orgFlag = ["--org <slug>", "organisation (default: the only one in the database)"] as const;
export const dataDirFlag = [
  "-d, --data-dir <dir>",
  "embedded database directory (env GROVE_DATA_DIR, default ./data; DATABASE_URL for PostgreSQL)",
] as const;
