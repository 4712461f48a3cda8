// @hey-api/openapi-ts's settings for @grove-okr/client; `npm run generate:client` runs it with the
// document and the output folder (src/api/client/generate.ts).
export default {
  plugins: ["@hey-api/typescript", "@hey-api/sdk", { name: "@hey-api/client-fetch", includeInEntry: true }],
};
