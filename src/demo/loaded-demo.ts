import type { Period } from "../db/schema.ts";
import type { DemoOrganisation } from "./demo-types.ts";

/**
 * What load-demo.ts has made when the demo's additions run (initiatives, health metrics,
 * dependencies, sprints, decisions, experiments): each finds its ids here by the names the demo's
 * data uses, instead of asking the database again.
 */
export interface LoadedDemo {
  demo: DemoOrganisation;
  locale: "en" | "zh";
  /** This quarter, active. */
  period: Period;
  /** This quarter's strategy statement (M8). */
  strategyId: string;
  /** Unit ids by name. */
  units: Map<string, string>;
  /** Person ids by email. */
  people: Map<string, string>;
  /** This quarter's KR ids by title (an addition that adds KRs adds them here too). */
  keyResults: Map<string, string>;
  /** Each unit's lead's person id, by unit name. */
  leads: Map<string, string | null>;
}

/** The id of a name the demo's data uses; a name the demo lacks fails the load (a typo in the data). */
export function idOf(ids: ReadonlyMap<string, string>, name: string): string {
  const id = ids.get(name);
  if (!id) throw new Error(`The demo's data names "${name}", which the demo does not have`);
  return id;
}

/** The demo's data in its language. */
export function inLanguage<T>(loaded: Pick<LoadedDemo, "locale">, data: { en: T; zh: T }): T {
  return data[loaded.locale];
}
