// Records a check-in on a key result with an API token, through @grove-okr/client
// (docs/api.md, "Client"). A check-in is a dated reading of the key result's metric (S1).
//
//   GROVE_SERVER=https://grove.example.org GROVE_TOKEN=<token> GROVE_ORG=acme \
//   KEY_RESULT_ID=<id> VALUE=42.5 node record-check-in.js
//
// The token needs the `check_ins` (or `write`) scope in that organisation. tests/ops/client-package.test.ts
// compiles this file as it is with `tsc --strict` and runs it against a real `grove serve`.
import { client, recordCheckIn } from "@grove-okr/client";

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name} (see the top of this file)`);
  return value;
}

const token = setting("GROVE_TOKEN");
client.setConfig({
  baseUrl: setting("GROVE_SERVER"),
  // Every operation of an organisation takes the token as a bearer token.
  auth: (scheme) => (scheme.scheme === "bearer" ? token : undefined),
});

const { data, error, response } = await recordCheckIn({
  path: { org: setting("GROVE_ORG"), id: setting("KEY_RESULT_ID") },
  body: { value: Number(setting("VALUE")), comment: process.env.COMMENT ?? "Recorded by a script" },
  // A retry with the same key after a timeout records the reading once (docs/api-retries.md).
  headers: { "Idempotency-Key": crypto.randomUUID() },
});

if (error) {
  // Every error has one body: a code (a rule ID such as S6 where the method refused), a message
  // and the fields at fault (docs/api.md, "Errors").
  const fields = error.error.details.map((detail) => `${detail.field}: ${detail.message}`).join("; ");
  process.stderr.write(
    `${response?.status ?? "no answer"} ${error.error.code}: ${error.error.message}${fields ? ` (${fields})` : ""}\n`,
  );
  process.exit(1);
}
process.stdout.write(`recorded check-in ${data.checkIn.id}: ${data.checkIn.value} on ${data.checkIn.checkedInAt}\n`);
