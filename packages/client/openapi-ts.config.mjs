// @hey-api/openapi-ts's settings for @grove-okr/client; generate.mjs runs it with the document and
// the output folder when the package is packed or built.
export default {
  plugins: ["@hey-api/typescript", "@hey-api/sdk", { name: "@hey-api/client-fetch", includeInEntry: true }],
};
