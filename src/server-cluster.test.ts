import { describe } from "vitest";
import { itMaps } from "../tests/support/table-cases.ts";
import { restartDelayMs } from "./server-cluster.ts";

// A dead worker is started again after a delay that doubles while it keeps dying (docs/operations.md, "All cores").
describe("restartDelayMs", () => {
  itMaps("after %i deaths in a row waits %i ms", restartDelayMs, [
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
    [5, 16_000],
    [6, 30_000],
    [40, 30_000],
  ]);
});
