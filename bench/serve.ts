// The server the benchmark measures: `grove serve` without its one-off web build step, so a run
// never spends its time in Vite. Flags: --port, --data-dir; DATABASE_URL selects PostgreSQL.
import { loadConfig } from "../src/config.ts";
import { startServer } from "../src/server.ts";

const flag = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const config = loadConfig({ port: flag("port"), dataDir: flag("data-dir"), host: "127.0.0.1", demo: false });
const server = await startServer(config);
process.once("SIGTERM", () => {
  server.close().then(() => process.exit(0));
});
