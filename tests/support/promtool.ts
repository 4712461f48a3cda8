import { spawnSync } from "node:child_process";

/** Debian's promtool (package prometheus), or null when it is not installed. */
export function promtoolPath(): string | null {
  const found = spawnSync("sh", ["-c", "command -v promtool"], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** `promtool check metrics` on `text`: its exit code and what it said (lint problems, if any). */
export function promtoolCheck(promtool: string, text: string): { status: number | null; said: string } {
  const run = spawnSync(promtool, ["check", "metrics"], { input: text, encoding: "utf8" });
  return { status: run.status, said: `${run.stdout}${run.stderr}`.trim() };
}

/** The value of one series in Prometheus' text format, e.g. `name{a="b"}`; undefined when absent. */
export function seriesValue(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}
