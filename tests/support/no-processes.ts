import childProcess from "node:child_process";
import { syncBuiltinESMExports } from "node:module";

// Setup file of the `unit` project: unit tests run in seconds because they start no process.
// A test that spawns `grove`, PostgreSQL, npm or biome belongs in the `ops` project (name it
// *.ops.test.ts or put it in tests/ops); this makes such a test fail here instead of slowing
// every run down.
const methods = ["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"] as const;
for (const method of methods) {
  Object.assign(childProcess, {
    [method]: () => {
      throw new Error(
        `unit tests start no processes (child_process.${method}): move this test to the ops project (*.ops.test.ts)`,
      );
    },
  });
}
syncBuiltinESMExports();
