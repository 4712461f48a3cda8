import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dataDirFrom } from "../support/data-dirs.ts";
import { tempDirsOfFile } from "../support/temp-dirs.ts";
import { demoSession, runGrove, waitForStart } from "./grove-process.ts";

// The server as an operator runs it: a real `grove serve` process on the embedded database.
const tempDir = tempDirsOfFile("grove-ops-");

let auth: Record<string, string> = {};

async function firstKeyResult(base: string): Promise<string> {
  auth = await demoSession(base);
  const tree = await (
    await fetch(`${base}/api/v1/orgs/demo/tree?period=${currentQuarter()}`, { headers: auth })
  ).json();
  const unit = tree.units.find((u: { name: string }) => u.name === "Cookware");
  return unit.objectives[0].keyResults[0].id;
}

function currentQuarter(): string {
  const now = new Date();
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
}

async function checkIns(base: string, keyResultId: string): Promise<number[]> {
  const body = await (
    await fetch(`${base}/api/v1/orgs/demo/key-results/${keyResultId}/check-ins`, { headers: auth })
  ).json();
  return body.checkIns.map((c: { value: number }) => c.value);
}

describe("grove serve", () => {
  it("finishes in-flight requests on SIGTERM, then reopens the same data", { timeout: 120_000 }, async () => {
    const dataDir = tempDir();
    const args = ["serve", "--port", "0", "--data-dir", dataDir, "--host", "127.0.0.1"];
    const first = runGrove(args);
    const base = await waitForStart(first);
    const port = new URL(base).port;
    // A first start loads both demo organisations and says where each is and who signs in.
    await expect
      .poll(() => first.output())
      .toContain(`http://localhost:${port}/orgs/demo-zh (sign in as wang.fang@demo-zh.grove.dev,`);
    expect(first.output()).toContain("/orgs/demo (sign in as amara@demo.grove.dev, password: grove-demo-okrs)");
    expect((await (await fetch(`${base}/api/health`)).json()).status).toBe("ok");
    const kr = await firstKeyResult(base);
    const before = (await checkIns(base, kr)).length;
    // Four writers keep check-ins in flight until the server goes away; the signal comes once
    // writes are being acknowledged, so it always lands while requests are open.
    let signalled = false;
    const answeredAfterSignal: number[] = [];
    const acknowledged: number[] = [];
    const failures: string[] = [];
    let next = 0;
    const writers = Array.from({ length: 4 }, async () => {
      while (!signalled) {
        const value = 7000 + next++;
        const res = await fetch(`${base}/api/v1/orgs/demo/key-results/${kr}/check-ins`, {
          method: "POST",
          headers: { ...auth, "content-type": "application/json" },
          body: JSON.stringify({ value }),
        }).catch(() => null); // refused once the server stopped accepting: never acknowledged
        if (!res) return;
        if (res.status === 201) acknowledged.push(value);
        else failures.push(`${res.status} ${await res.text()}`);
        if (signalled) answeredAfterSignal.push(res.status);
      }
    });
    await expect.poll(() => acknowledged.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(5);
    signalled = true;
    first.child.kill("SIGTERM");
    await Promise.all(writers);
    expect(await first.exited).toBe(0);
    // Requests open when the signal came were answered, and none of them failed.
    expect(answeredAfterSignal.length).toBeGreaterThan(0);
    expect(failures).toEqual([]);

    const second = runGrove(args);
    const base2 = await waitForStart(second);
    auth = await demoSession(base2);
    const stored = await checkIns(base2, kr);
    expect(stored.length).toBeGreaterThanOrEqual(before + acknowledged.length);
    expect(acknowledged.filter((value) => !stored.includes(value))).toEqual([]);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  });

  // The port is bound after the database is migrated: a migrated directory, no demo to load
  // first, and headroom for a busy machine.
  it("says clearly when the port is taken", { timeout: 120_000 }, async () => {
    const blocker = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, "127.0.0.1", () => resolve((blocker.address() as { port: number }).port)),
    );
    const proc = runGrove([
      "serve",
      "--port",
      String(port),
      "--host",
      "127.0.0.1",
      "--data-dir",
      dataDirFrom("migrated", join(tempDir(), "data")),
      "--no-demo",
    ]);
    expect(await proc.exited).toBe(1);
    expect(proc.output()).toContain(`Port ${port} is already in use`);
    blocker.close();
  });

  it("says clearly when the data directory cannot be written", { timeout: 30_000 }, async () => {
    const file = join(tempDir(), "not-a-directory");
    writeFileSync(file, "");
    const proc = runGrove(["serve", "--data-dir", join(file, "data")]);
    expect(await proc.exited).toBe(1);
    expect(proc.output()).toContain(`The data directory ${join(file, "data")} is not writable`);
  });
});
