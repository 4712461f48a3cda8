import { cpSync, existsSync } from "node:fs";
import { inject } from "vitest";

export type DataDirTemplate = "migrated" | "demo";

/**
 * A copy of a template data directory at `dir` (which must not exist yet), returned: migrated,
 * and with the demo organisations loaded for "demo" (as a server finds them on its second start).
 */
export function dataDirFrom(template: DataDirTemplate, dir: string): string {
  if (existsSync(dir)) throw new Error(`${dir} exists: a template is copied to a new directory`);
  cpSync(inject("dataDirTemplates")[template], dir, { recursive: true });
  return dir;
}
