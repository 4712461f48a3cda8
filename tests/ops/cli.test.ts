import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dataDirFrom } from "../support/data-dirs.ts";
import { groveBin, runGrove } from "./grove-process.ts";

const version = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version;

describe("grove command line", () => {
  // bin/grove itself, as a development checkout runs it (the sources through tsx); the other
  // tests run the grove compiled for the run.
  it("prints its version", async () => {
    const proc = runGrove(["--version"], {}, groveBin);
    expect(await proc.exited).toBe(0);
    expect(proc.output().trim()).toBe(version);
  });

  it("lists its commands in --help", async () => {
    const proc = runGrove(["--help"], {}, groveBin);
    expect(await proc.exited).toBe(0);
    for (const command of ["serve", "migrate", "demo", "lint"]) expect(proc.output()).toContain(command);
  });

  it("refuses unknown flags and bad values with exit code 2 and a clear message", async () => {
    const unknown = runGrove(["serve", "--bogus"]);
    expect(await unknown.exited).toBe(2);
    expect(unknown.output()).toContain("unknown option '--bogus'");
    const badPort = runGrove(["serve", "--port", "eighty"]);
    expect(await badPort.exited).toBe(2);
    expect(badPort.output()).toContain('--port / PORT must be a whole number from 0 to 65535 (got "eighty")');
  });

  it("rebuilds the stored scores of every period of the demo (grove rescore)", { timeout: 120_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "grove-rescore-"));
    try {
      const demo = runGrove(["demo", "--data-dir", dataDir]);
      expect(await demo.exited).toBe(0);
      expect(demo.output()).toContain('Loaded the demo organisations "demo" and "demo-zh".');
      const proc = runGrove(["rescore", "--data-dir", dataDir]);
      expect(await proc.exited).toBe(0);
      expect(proc.output()).toMatch(/Rescored (\d+) of \1 periods\./);
      expect(proc.output()).not.toContain("Rescored 0 ");
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("prints a single-use password reset link for an account (grove reset-link)", { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "grove-reset-link-"));
    // The demo as `grove demo` loaded it once for the run (the test above runs `grove demo` itself).
    const dataDir = dataDirFrom("demo", join(dir, "data"));
    try {
      const env = { GROVE_PUBLIC_URL: "https://okrs.example.com" };
      const proc = runGrove(["reset-link", "Amara@demo.grove.dev", "--data-dir", dataDir], env);
      expect(await proc.exited).toBe(0);
      expect(proc.output()).toMatch(/^https:\/\/okrs\.example\.com\/reset-password\/pwr_[\w-]+$/m);
      expect(proc.output()).toContain("Works once, until");
      const nobody = runGrove(["reset-link", "nobody@example.com", "--data-dir", dataDir], env);
      expect(await nobody.exited).toBe(1);
      expect(nobody.output()).toContain("No account has the email nobody@example.com");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a DATABASE_URL that is not PostgreSQL", async () => {
    const proc = runGrove(["migrate"], { DATABASE_URL: "mysql://localhost/grove" });
    expect(await proc.exited).toBe(2);
    expect(proc.output()).toContain("DATABASE_URL must be a postgres:// or postgresql:// URL");
  });
});
