import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./shared/env.ts";

/** Serves the built web app, and its index.html for every client-side route (SPA fallback). */
export function serveWebApp(app: OpenAPIHono<AppEnv>, webRoot: string): void {
  const indexFile = join(webRoot, "index.html");
  app.use("/assets/*", serveStatic({ root: webRoot }));
  app.use("*", serveStatic({ root: webRoot }));
  app.get("*", (c) => {
    if (!existsSync(indexFile)) {
      return c.text("The web app is not built yet: run `npm run build:web`.", 503);
    }
    return c.html(readFileSync(indexFile, "utf8"));
  });
}
