import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileServer } from "./compile-server.ts";

// Compiles the server and CLI (src/, without the web app and the tests) to JavaScript in
// dist/server, so production runs plain Node with no TypeScript loader (docs/operations.md).

const root = fileURLToPath(new URL("..", import.meta.url));
const started = performance.now();
compileServer(join(root, "dist/server"));
process.stdout.write(`server: compiled to dist/server in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
