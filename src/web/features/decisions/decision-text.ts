import type { Decision, DecisionChanges } from "./queries.ts";

/** The decision form's fields as typed: options and links one per line, readings by id (P4). */
export interface DecisionText {
  title: string;
  context: string;
  options: string;
  evidence: string;
  readings: string[];
  links: string;
  decision: string;
  decidedById: string;
  decidedOn: string;
  revisitOn: string;
  status: Decision["status"];
}

/** The non-blank lines of a text area, trimmed. */
export function linesOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The form's fields for a decision that exists, or empty ones for a new decision. */
export function draftOf(decision: Decision | undefined): DecisionText {
  const refs = decision?.evidenceRefs ?? [];
  return {
    title: decision?.title ?? "",
    context: decision?.context ?? "",
    options: (decision?.options ?? []).join("\n"),
    evidence: decision?.evidence ?? "",
    readings: refs.filter((ref) => ref.kind === "check_in").map((ref) => ref.ref),
    links: refs
      .filter((ref) => ref.kind !== "check_in")
      .map((ref) => ref.ref)
      .join("\n"),
    decision: decision?.decision ?? "",
    decidedById: decision?.decidedById ?? "",
    decidedOn: decision?.decidedOn ?? "",
    revisitOn: decision?.revisitOn ?? "",
    status: decision?.status ?? "active",
  };
}

/**
 * What the API is sent. Links that are not web addresses are sent as typed so the API names
 * the line that is wrong; an experiment's id (a UUID on its own line) is cited as an experiment.
 */
export function requestOf(
  text: DecisionText,
  /** What a cited reading showed (its value and day), kept with the reference. */
  readingLabel: (id: string) => string = () => "",
): Omit<DecisionChanges, "keyResultId"> & Required<Pick<DecisionChanges, "title" | "options" | "evidenceRefs">> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  return {
    title: text.title.trim(),
    context: text.context,
    options: linesOf(text.options),
    evidence: text.evidence,
    evidenceRefs: [
      ...text.readings.map((ref) => ({ kind: "check_in" as const, ref, label: readingLabel(ref) || undefined })),
      ...linesOf(text.links).map((ref) => ({
        kind: uuid.test(ref) ? ("experiment" as const) : ("link" as const),
        ref,
      })),
    ],
    decision: text.decision,
    decidedById: text.decidedById || null,
    decidedOn: text.decidedOn || undefined,
    revisitOn: text.revisitOn || null,
    status: text.status,
  };
}
