import { uncancelledObjectives } from "../db/repositories/okrs.ts";
import { tenantRows } from "../db/repositories/tenant-rows.ts";
import {
  type GettingStarted,
  gettingStarted,
  KEY_RESULTS_FOR_A_FIRST_OBJECTIVE,
  type OrganisationFacts,
} from "../domain/getting-started.ts";
import { authorize } from "../domain/policies.ts";
import { readTenant, type ServiceContext, type Tx } from "./context.ts";
import type { Scope } from "./write.ts";

export interface GettingStartedAnswer extends GettingStarted {
  /** The unit of the first objective with its key results: where its first check-in is recorded. */
  objectiveUnitId: string | null;
}

/**
 * A new organisation's checklist (docs/getting-started.md). Admins only: four of the five steps
 * are theirs to do (periods, units and invitations are `manageOrganisation`), and the answer
 * speaks of the whole organisation, private units included, which members may not read.
 */
export async function getGettingStarted(ctx: ServiceContext, scope: Scope): Promise<GettingStartedAnswer> {
  authorize(scope.actor, { do: "manageOrganisation" });
  return readTenant(ctx, scope.orgId, async (tx) => {
    const { facts, objectiveUnitId } = await organisationFacts(tx, scope.orgId);
    return { ...gettingStarted(facts), objectiveUnitId };
  });
}

/**
 * Each fact is a query that stops at the first row it needs (LIMIT, on an index), so the
 * checklist costs the same for 10 units as for 10,000. The one that can walk further is the
 * objective's: it tries objectives until one has a third key result, each try at most three
 * index entries; an organisation with many objectives has such one among its first.
 */
async function organisationFacts(
  tx: Tx,
  orgId: string,
): Promise<{ facts: OrganisationFacts; objectiveUnitId: string | null }> {
  const periods = await firstRows(tenantRows("periods").ids(tx, orgId));
  const unitsBelowTop = await firstRows(tenantRows("units").ids(tx, orgId).where("parentId", "is not", null));
  // Two rows tell "the first admin alone" from "someone else too".
  const people = await firstRows(tenantRows("people").ids(tx, orgId), 2);
  const invitations = await firstRows(tenantRows("invitations").ids(tx, orgId));
  const objective = await uncancelledObjectives(tx, orgId)
    .select("o.unitId")
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("keyResults as k")
          .select("k.id")
          .whereRef("k.orgId", "=", "o.orgId")
          .whereRef("k.objectiveId", "=", "o.id")
          .orderBy("k.position")
          // M2: there is a third key result.
          .offset(KEY_RESULTS_FOR_A_FIRST_OBJECTIVE - 1)
          .limit(1),
      ),
    )
    .limit(1)
    .executeTakeFirst();
  const checkIns = await firstRows(tenantRows("checkIns").ids(tx, orgId).where("withdrawnAt", "is", null));
  return {
    facts: {
      periods,
      unitsBelowTop,
      otherPeople: Math.max(0, people - 1),
      invitations,
      objectivesWithKeyResults: objective ? 1 : 0,
      checkIns,
    },
    objectiveUnitId: objective?.unitId ?? null,
  };
}

/** How many rows the query finds, reading no more than `atMost` of them. */
async function firstRows(query: { limit(atMost: number): { execute(): Promise<unknown[]> } }, atMost = 1) {
  return (await query.limit(atMost).execute()).length;
}
