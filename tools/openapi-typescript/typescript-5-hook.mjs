import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const typescript5 = pathToFileURL(createRequire(import.meta.url).resolve("typescript")).href;

/** The generator's `typescript` is TypeScript 5; every other import resolves as usual. */
export async function resolve(specifier, context, next) {
  if (specifier === "typescript" && context.parentURL?.includes("/node_modules/@hey-api/")) {
    return { url: typescript5, format: "commonjs", shortCircuit: true };
  }
  return next(specifier, context);
}
