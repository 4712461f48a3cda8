// `npm install` / `npm ci` run this (package.json "prepare"). A development install builds the
// web app when its sources changed; a production install (`npm ci --omit=dev`) has no build
// tools and keeps the dist/ that `npm run build` made before it (docs/operations.md).
import { spawnSync } from "node:child_process";

function installed(name) {
  try {
    import.meta.resolve(name);
    return true;
  } catch {
    return false;
  }
}

if (installed("vite") && installed("tsx")) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/web/build.ts", "--if-needed"], {
    stdio: "inherit",
  });
  process.exitCode = result.status ?? 1;
} else {
  process.stdout.write("prepare: no build tools installed (production install): using the built dist/\n");
}
