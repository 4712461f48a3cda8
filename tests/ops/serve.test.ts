import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { demoSession, freePort, runGrove, waitForStart } from "./grove-process.ts";

// The server as an operator runs it: a real `grove serve` process on the embedded database.
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "grove-ops-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

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
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = runGrove(["serve", "--port", String(port), "--data-dir", dataDir, "--host", "127.0.0.1"]);
    await waitForStart(first);
    // A first start loads both demo organisations and says where each is and who signs in.
    await expect
      .poll(() => first.output())
      .toContain(`http://localhost:${port}/orgs/demo-zh (sign in as wang.fang@demo-zh.grove.dev,`);
    expect(first.output()).toContain("/orgs/demo (sign in as amara@demo.grove.dev, password: grove-demo-okrs)");
    expect((await (await fetch(`${base}/api/health`)).json()).status).toBe("ok");
    const kr = await firstKeyResult(base);
    const before = (await checkIns(base, kr)).length;
    const writes = Array.from({ length: 20 }, (_, i) =>
      fetch(`${base}/api/v1/orgs/demo/key-results/${kr}/check-ins`, {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({ value: 0.3 + i / 1000 }),
      }).then((r) => r.status),
    );
    await new Promise((r) => setTimeout(r, 20));
    first.child.kill("SIGTERM");
    const statuses = await Promise.allSettled(writes);
    expect(await first.exited).toBe(0);
    const acknowledged = statuses.filter((s) => s.status === "fulfilled" && s.value === 201).length;
    expect(acknowledged).toBeGreaterThan(0);

    const second = runGrove(["serve", "--port", String(port), "--data-dir", dataDir, "--host", "127.0.0.1"]);
    await waitForStart(second);
    auth = await demoSession(base);
    expect((await checkIns(base, kr)).length).toBeGreaterThanOrEqual(before + acknowledged);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  });

  it("says clearly when the port is taken", { timeout: 60_000 }, async () => {
    const blocker = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, "127.0.0.1", () => resolve((blocker.address() as { port: number }).port)),
    );
    const proc = runGrove(["serve", "--port", String(port), "--host", "127.0.0.1", "--data-dir", tempDir()]);
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
