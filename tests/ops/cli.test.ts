import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runGrove } from "./grove-process.ts";

const version = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version;

describe("grove command line", () => {
  it("prints its version", async () => {
    const proc = runGrove(["--version"]);
    expect(await proc.exited).toBe(0);
    expect(proc.output().trim()).toBe(version);
  });

  it("lists its commands in --help", async () => {
    const proc = runGrove(["--help"]);
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

  it("refuses a DATABASE_URL that is not PostgreSQL", async () => {
    const proc = runGrove(["migrate"], { DATABASE_URL: "mysql://localhost/grove" });
    expect(await proc.exited).toBe(2);
    expect(proc.output()).toContain("DATABASE_URL must be a postgres:// or postgresql:// URL");
  });
});
