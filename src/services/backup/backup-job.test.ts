import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backupFileName, backupSlot, pruneBackups } from "./backup-job.ts";

describe("scheduled backups' slots and retention", () => {
  it("counts slots from midnight UTC, so one a day starts at 00:00 and six hours at 06:00", () => {
    const at = new Date("2026-12-06T07:13:42.500Z");
    expect(backupSlot(at, 86_400_000)).toBe("2026-12-06T00:00:00Z");
    expect(backupSlot(at, 6 * 3_600_000)).toBe("2026-12-06T06:00:00Z");
    expect(backupSlot(at, 1000)).toBe("2026-12-06T07:13:42Z");
    expect(backupFileName("2026-12-06T06:00:00Z")).toBe("grove-backup-20261206T060000Z.ndjson.gz");
  });

  const dir = mkdtempSync(join(tmpdir(), "grove-prune-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps the newest backups and never touches another file", () => {
    const slots = ["2026-12-01T00:00:00Z", "2026-12-03T00:00:00Z", "2026-12-02T00:00:00Z", "2026-12-04T00:00:00Z"];
    for (const slot of slots) writeFileSync(join(dir, backupFileName(slot)), "");
    writeFileSync(join(dir, "notes.txt"), "");
    writeFileSync(join(dir, "grove-backup-20261201T000000Z.ndjson.gz.partial-12"), "");
    expect(pruneBackups(dir, 2)).toEqual([
      "grove-backup-20261201T000000Z.ndjson.gz",
      "grove-backup-20261202T000000Z.ndjson.gz",
    ]);
    expect(readdirSync(dir).sort()).toEqual([
      "grove-backup-20261201T000000Z.ndjson.gz.partial-12",
      "grove-backup-20261203T000000Z.ndjson.gz",
      "grove-backup-20261204T000000Z.ndjson.gz",
      "notes.txt",
    ]);
  });
});
