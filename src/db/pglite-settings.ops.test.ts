import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { createDb, type Db } from "./create-db.ts";
import { PGLITE_MEMORY_SETTINGS } from "./pglite-settings.ts";

// The embedded database's memory settings (docs/operations.md, "The embedded database's memory";
// docs/performance.md, "Memory"): a real PGlite, opened as the server opens it, runs with the
// defaults, or with what the environment says.

let db: Db | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

async function shown(open: Db, name: string): Promise<string> {
  const result = await open.pglite?.query<Record<string, string>>(`show ${name}`);
  return result?.rows[0]?.[name] as string;
}

describe("the embedded database's memory settings", () => {
  it("runs with Grove's defaults, and its WebAssembly memory stays at its initial 128 MiB", async () => {
    db = await createDb(loadConfig({ dataDir: "memory://" }, {}).db);
    for (const { name, fallback } of PGLITE_MEMORY_SETTINGS)
      expect([name, await shown(db, name)]).toEqual([name, fallback]);
    // With PostgreSQL's own shared_buffers (128MB) it had grown to 189 MiB before the first query.
    expect(db.embeddedMemoryBytes()).toBe(128 * 1024 * 1024);
  });

  it("takes each size from its environment variable", async () => {
    const env = {
      GROVE_PGLITE_SHARED_BUFFERS: "24MB",
      GROVE_PGLITE_WORK_MEM: "2MB",
      GROVE_PGLITE_TEMP_BUFFERS: "1024kB",
      GROVE_PGLITE_MAINTENANCE_WORK_MEM: "16MB",
      GROVE_PGLITE_EFFECTIVE_CACHE_SIZE: "512MB",
    };
    db = await createDb(loadConfig({ dataDir: "memory://" }, env).db);
    expect({
      shared_buffers: await shown(db, "shared_buffers"),
      work_mem: await shown(db, "work_mem"),
      temp_buffers: await shown(db, "temp_buffers"),
      maintenance_work_mem: await shown(db, "maintenance_work_mem"),
      effective_cache_size: await shown(db, "effective_cache_size"),
    }).toEqual({
      shared_buffers: "24MB",
      work_mem: "2MB",
      temp_buffers: "1MB", // PostgreSQL shows it in the largest whole unit
      maintenance_work_mem: "16MB",
      effective_cache_size: "512MB",
    });
  });
});
