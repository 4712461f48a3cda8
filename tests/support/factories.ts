import { randomUUID } from "node:crypto";
import type { ServiceContext } from "../../src/services/context.ts";
import type { KeyResultInput } from "../../src/services/key-results/key-result-input.ts";
import { type CreateObjectiveInput, createObjective } from "../../src/services/objectives/create-objective.ts";
import { createOrganisation } from "../../src/services/organisations.ts";
import { createPerson } from "../../src/services/people.ts";
import { createPeriod, listPeriods } from "../../src/services/periods.ts";
import { createUnit, type UnitInput } from "../../src/services/units.ts";

// Factories take overrides, create what is missing and use unique keys, so tests never truncate.

export async function buildOrg(s: ServiceContext) {
  const slug = `org-${randomUUID().slice(0, 8)}`;
  return createOrganisation(s, { slug, name: `Test ${slug}` });
}

export async function buildUnit(s: ServiceContext, orgId: string, overrides: Partial<UnitInput> = {}) {
  return createUnit(s, orgId, { name: `Unit ${randomUUID().slice(0, 8)}`, kind: "team", ...overrides });
}

/** The organisation's period of that name, created when it does not exist yet. */
export async function buildPeriod(s: ServiceContext, orgId: string, name = "2027-Q1") {
  const existing = (await listPeriods(s, orgId)).find((p) => p.name === name);
  return existing ?? createPeriod(s, orgId, { name, status: "active" });
}

export async function buildPerson(s: ServiceContext, orgId: string) {
  const key = randomUUID().slice(0, 8);
  return createPerson(s, orgId, { name: `Person ${key}`, email: `${key}@example.test` });
}

/** A KR that satisfies K1, in the period 2027-Q1. */
export function goodKeyResult(overrides: Partial<KeyResultInput> = {}): KeyResultInput {
  return {
    title: "Raise trial-to-paid conversion from 4% to 6%",
    metric: "trial conversion",
    unit: "%",
    baseline: 4,
    target: 6,
    deadline: "2027-03-31",
    ...overrides,
  };
}

export async function buildObjective(s: ServiceContext, orgId: string, overrides: Partial<CreateObjectiveInput> = {}) {
  const unitId = overrides.unitId ?? (await buildUnit(s, orgId)).id;
  const periodId = overrides.periodId ?? (await buildPeriod(s, orgId)).id;
  return createObjective(
    s,
    { orgId, actorId: null },
    {
      title: "Help teams finish their planning with confidence",
      status: "active",
      keyResults: [
        goodKeyResult(),
        goodKeyResult({ title: "Cut churn from 3% to 2%", metric: "churn", baseline: 3, target: 2 }),
        goodKeyResult({ title: "Raise NPS from 20 to 35", metric: "NPS", unit: "", baseline: 20, target: 35 }),
      ],
      ...overrides,
      unitId,
      periodId,
    },
  );
}
