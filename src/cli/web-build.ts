import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { Logger } from "../logger.ts";
import { packageRoot } from "../paths.ts";

const root = `${packageRoot}/`;

/**
 * Builds the web app on first start when the install did not (e.g. scripts were skipped), so
 * `npm install && npm start` is all it takes. Does nothing once dist/web exists.
 */
export async function ensureWebBuild(logger: Logger): Promise<void> {
  if (existsSync(`${root}dist/web/index.html`) || !existsSync(`${root}src/web/index.html`)) return;
  logger.info("building the web app once (dist/web is missing)");
  const result = spawnSync("npm", ["run", "build:web"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) logger.warn("the web app build failed; the API still runs");
}
