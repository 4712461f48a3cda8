import { z } from "@hono/zod-openapi";
import { parseJsonPath, SCHEDULES, SOURCE_KINDS } from "../domain/metric-sources.ts";

// A KR's metric source as its team writes it (docs/metric-sources.md; K1, K2): the API validates
// it, the services take its types.

const Url = z
  .string()
  .trim()
  .max(2000)
  .regex(/^(https?|postgres(ql)?):\/\/[^\s]+$/, { message: "use an http(s):// address, or postgresql:// for sql" })
  .refine((url) => URL.canParse(url), { message: "use an http(s):// address, or postgresql:// for sql" })
  .openapi({
    description:
      "http_json and csv: the http(s) address to GET. sql: the PostgreSQL connection string (its password is stored encrypted and never returned; an update without one keeps the stored one)",
    example: "https://metrics.example.com/api/signups.json",
  });

// RFC 9110's token characters; values may not break a line (no header injection).
const HeaderName = z
  .string()
  .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/, { message: "a header name: letters, digits and -, at most 100" });
const HeaderValue = z
  .string()
  .max(4000)
  .regex(/^[^\r\n\0]*$/, { message: "a header value on one line" });

export const SourceHeaderInput = z
  .strictObject({
    name: HeaderName.openapi({ example: "Authorization" }),
    value: HeaderValue.optional().openapi({
      description:
        "The value. For a secret header it is stored encrypted and never returned; leave it out on an update to keep the stored one",
    }),
    secret: z.boolean().default(false).openapi({ description: "Keep the value encrypted and never show it again" }),
  })
  .openapi("SourceHeaderInput");

const JsonPath = z
  .string()
  .trim()
  .max(500)
  .refine((path) => parseJsonPath(path) !== null, {
    message: 'a path such as data.total, $.series[-1].value or ["a key"].n',
  })
  .openapi({ description: "Where the number is in the JSON answer (docs/metric-sources.md)", example: "data.total" });

export const SourceScheduleInput = z
  .strictObject({
    every: z.enum(SCHEDULES).openapi({ description: "hourly, daily or weekly" }),
    at: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "a time of day HH:MM (UTC)" })
      .default("00:00")
      .openapi({ description: "UTC time of day HH:MM; for hourly only the minutes count", example: "06:30" }),
    weekday: z
      .number()
      .int()
      .min(1)
      .max(7)
      .default(1)
      .openapi({ description: "For weekly: the ISO weekday, 1 = Monday to 7 = Sunday" }),
  })
  .openapi("SourceScheduleInput");

const fields = {
  kind: z
    .enum(SOURCE_KINDS)
    .openapi({ description: "http_json: a number in a JSON answer; csv: a cell of a CSV file" }),
  url: Url,
  headers: z.array(SourceHeaderInput).max(20).optional().openapi({ description: "Sent with each request, at most 20" }),
  jsonPath: JsonPath.optional(),
  column: z.string().trim().min(1).max(200).optional().openapi({ description: "csv: the column holding the number" }),
  row: z
    .enum(["last", "date"])
    .optional()
    .openapi({ description: "csv: the last row (default), or the row whose date column holds the reading's date" }),
  dateColumn: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: "csv with row 'date': the date column" }),
  query: z.string().trim().min(1).max(10_000).optional().openapi({
    description: "sql: one statement answering one row of one number, run read-only with a statement timeout",
    example: "select count(*) from signups where created_at > now() - interval '7 days'",
  }),
  schedule: SourceScheduleInput,
};

export const CreateMetricSource = z.strictObject(fields).openapi("CreateMetricSource");
export const UpdateMetricSource = z
  .strictObject({
    ...fields,
    kind: fields.kind.optional(),
    url: Url.optional(),
    schedule: SourceScheduleInput.optional(),
  })
  .openapi("UpdateMetricSource");
export type CreateMetricSource = z.infer<typeof CreateMetricSource>;
export type UpdateMetricSource = z.infer<typeof UpdateMetricSource>;

const Host = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9.:-]{1,253}$/, { message: "a host name or IP address, without scheme, port or path" });

export const SetMetricSourceHosts = z
  .strictObject({ hosts: z.array(Host).max(200).openapi({ description: "The hosts sources may fetch from" }) })
  .openapi("SetMetricSourceHosts");
export type SetMetricSourceHosts = z.infer<typeof SetMetricSourceHosts>;
