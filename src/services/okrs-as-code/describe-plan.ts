import type { PlanStep } from "./plan-apply.ts";

// The plan of `grove apply` in words, one line per step: the same text whether the CLI applied
// the file to a local data directory or the server did it for `grove apply --server`.

/** One line per step: + creates, ~ changes. */
export function formatPlan(steps: PlanStep[]): string {
  return steps.map((step) => `${describeStep(step)}\n`).join("");
}

const q = (text: string) => JSON.stringify(text);
const value = (v: string | number | null) =>
  v === null || v === "" ? "(none)" : typeof v === "string" ? q(v) : String(v);

export function describeStep(step: PlanStep): string {
  switch (step.kind) {
    case "createOrganisation":
      return `+ organisation ${step.slug}`;
    case "createPeriod":
      return `+ period ${step.name}`;
    case "createUnit":
      return `+ unit ${q(step.name)}${step.parent ? ` under ${q(step.parent)}` : ""}`;
    case "moveUnit":
      return `~ unit ${q(step.name)}: moves from ${step.from ? `under ${q(step.from)}` : "the top level"} to under ${q(step.to)}`;
    case "createObjective": {
      const krs = `${step.keyResults.length} key result${step.keyResults.length === 1 ? "" : "s"}`;
      const status = step.status === "active" ? "active" : `draft, ${step.why}`;
      return `+ objective ${q(step.unit)} / ${q(step.title)} (${status}; ${krs})`;
    }
    case "updateObjective":
      return `~ objective ${q(step.unit)} / ${q(step.title)}: description ${value(step.description.before)} -> ${value(step.description.after)}`;
    case "createKeyResult":
      return `+ key result ${q(step.unit)} / ${q(step.objective)} / ${q(step.keyResult.title)}`;
    case "updateKeyResult": {
      const changes = Object.entries(step.changes)
        .map(([field, change]) => `${field} ${value(change.before)} -> ${value(change.after)}`)
        .join(", ");
      return `~ key result ${q(step.unit)} / ${q(step.objective)} / ${q(step.title)}: ${changes}`;
    }
    case "setOwner":
      return `~ key result ${q(step.unit)} / ${q(step.objective)} / ${q(step.title)}: owner ${value(step.owner.before)} -> ${value(step.owner.after)}`;
    case "recordReadings": {
      const readings = step.readings.map((reading) => `${reading.value} on ${reading.date}`).join(", ");
      return `+ check-in${step.readings.length === 1 ? "" : "s"} ${q(step.unit)} / ${q(step.objective)} / ${q(step.title)}: ${readings}`;
    }
  }
}

export function summarisePlan(steps: PlanStep[], dryRun: boolean): string {
  if (steps.length === 0) return "No changes: the organisation already matches the file.";
  const created = steps.filter((step) => step.kind.startsWith("create") || step.kind === "recordReadings").length;
  const changed = steps.length - created;
  return dryRun
    ? `Dry run: would create ${created} and change ${changed}; nothing was written.`
    : `Applied: created ${created}, changed ${changed}.`;
}
