import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SERVER_BUILD, sourceHash, stamp } from "./build-stamp.ts";
import { compileServer } from "./compile-server.ts";

// Compiles the server and CLI (src/, without the web app and the tests) to JavaScript in
// dist/server, so production runs plain Node with no TypeScript loader (docs/operations.md), and
// stamps it with the hash of its sources (build-stamp.ts).

const root = fileURLToPath(new URL("..", import.meta.url));
const started = performance.now();
const hash = sourceHash(SERVER_BUILD);
compileServer(join(root, SERVER_BUILD.outDir));
stamp(SERVER_BUILD, hash);
process.stdout.write(`server: compiled to dist/server in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
