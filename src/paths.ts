import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package's root directory (where package.json is). The same code runs from the sources
 * (src/) and compiled to JavaScript (dist/server/, docs/operations.md), one level deeper, so paths
 * to the web app and package.json are found from here rather than counted up from each module.
 */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("package.json not found above the Grove sources");
    dir = parent;
  }
  return dir;
}

export const packageRoot = findPackageRoot();
