// @hey-api/openapi-ts prints its code with TypeScript's compiler API, which TypeScript 7 (the
// project's) no longer ships. npm hoists the generator to the root, where `typescript` is 7, so
// this hook (node --import) sends the generator's `import "typescript"` to this workspace's
// TypeScript 5, pinned in the lockfile like openapi-typescript's.
import { register } from "node:module";

register(new URL("./typescript-5-hook.mjs", import.meta.url));
