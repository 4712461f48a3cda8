import { describe, expect, it } from "vitest";
import { type GettingStartedStepId, gettingStarted, type OrganisationFacts } from "./getting-started.ts";

const fresh: OrganisationFacts = {
  periods: 0,
  unitsBelowTop: 0,
  otherPeople: 0,
  invitations: 0,
  objectivesWithKeyResults: 0,
  checkIns: 0,
};

describe("gettingStarted", () => {
  it.each<[string, Partial<OrganisationFacts>, GettingStartedStepId[], GettingStartedStepId | null]>([
    ["a new organisation has done nothing yet", {}, [], "period"],
    ["a period ticks the first step", { periods: 1 }, ["period"], "units"],
    ["a unit below the top ticks the unit tree", { periods: 1, unitsBelowTop: 1 }, ["period", "units"], "people"],
    ["an invitation not yet accepted ticks people", { invitations: 1 }, ["people"], "period"],
    ["a person added without an invitation ticks people", { otherPeople: 1 }, ["people"], "period"],
    [
      "an objective with 3 key results ticks the objective (M2)",
      { periods: 1, unitsBelowTop: 2, invitations: 1, objectivesWithKeyResults: 1 },
      ["period", "units", "people", "objective"],
      "checkIn",
    ],
    ["a reading alone ticks the check-in; next is still the first gap", { checkIns: 1 }, ["checkIn"], "period"],
    [
      "everything done: complete, nothing next",
      { periods: 2, unitsBelowTop: 5, otherPeople: 3, invitations: 0, objectivesWithKeyResults: 1, checkIns: 9 },
      ["period", "units", "people", "objective", "checkIn"],
      null,
    ],
  ])("%s", (_name, facts, done, next) => {
    const checklist = gettingStarted({ ...fresh, ...facts });
    expect(checklist.steps.map((step) => step.id)).toEqual(["period", "units", "people", "objective", "checkIn"]);
    expect(checklist.steps.filter((step) => step.done).map((step) => step.id)).toEqual(done);
    expect(checklist.next).toBe(next);
    expect(checklist.complete).toBe(next === null);
  });
});
