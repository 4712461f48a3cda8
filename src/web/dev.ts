import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createServer } from "vite";

// `npm run dev`: the Grove API on :3000 and Vite with hot reload on :5173, proxying /api to it.
const root = fileURLToPath(new URL("../..", import.meta.url));
const api = spawn(process.execPath, ["bin/grove", "serve"], { cwd: root, stdio: "inherit" });
const vite = await createServer({ configFile: fileURLToPath(new URL("./vite.config.ts", import.meta.url)) });
await vite.listen();
vite.printUrls();

const stop = async () => {
  api.kill("SIGTERM");
  await vite.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
api.on("exit", (code) => {
  if (code) process.stderr.write(`grove serve exited with ${code}\n`);
});
