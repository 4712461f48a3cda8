import { z } from "@hono/zod-openapi";
import { AppError } from "../../domain/errors.ts";
import { formatFileError, parseOkrFile, toYaml } from "../../okr-file/index.ts";
import { PeriodQuery } from "../../schemas/query.ts";
import type { ServiceContext } from "../../services/context.ts";
import { applyOkrFile, refusedStep } from "../../services/okrs-as-code/apply-okr-file.ts";
import { describeStep, summarisePlan } from "../../services/okrs-as-code/describe-plan.ts";
import { exportOkrSet } from "../../services/okrs-as-code/export-okr-file.ts";
import type { Scope } from "../../services/write.ts";
import { PlanSteps } from "../import-export/schema.ts";
import type { Api } from "../shared/env.ts";
import { orgRoutes } from "../shared/org-route.ts";

// OKRs as code against a server (docs/okr-as-code.md): what `grove apply --server` and
// `grove export --server` send. The same service as the local commands plans and applies the
// file in one transaction; the plan comes back in the words the CLI prints.

const ApplyOkrFile = z
  .strictObject({
    file: z.string().trim().min(1).max(500).default("okrs.yaml").openapi({
      description: "The file's name, used in messages and in the default reason",
    }),
    yaml: z.string().min(1).openapi({ description: "The OKR file's text (docs/okr-as-code.md)" }),
    dryRun: z.boolean().default(false).openapi({
      description: "Run every step, meet every refusal a real run would, then roll it all back",
    }),
    reason: z.string().trim().max(500).optional().openapi({
      description: "Why (S7), kept in the history of every changed objective and key result",
    }),
  })
  .openapi("ApplyOkrFile");

const OkrFilePlan = z
  .object({
    organisation: z.string().openapi({ description: "The organisation's slug" }),
    period: z.string(),
    steps: PlanSteps,
    summary: z.string(),
    written: z.boolean().openapi({ description: "False for a dry run and when nothing had to change" }),
  })
  .openapi("OkrFilePlan");

const OkrFile = z
  .object({
    yaml: z.string().openapi({ description: "The period's OKRs as an OKR file" }),
    notes: z.array(z.string()).openapi({ description: "What the file format cannot hold, said once per case" }),
  })
  .openapi("OkrFile");

export function registerOkrFileRoutes(api: Api): void {
  const routes = orgRoutes(api, ["OKRs as code"]);
  routes.post("/orgs/{org}/okr-file/apply", {
    operationId: "applyOkrFile",
    summary: "Plan, or apply in one transaction, a period's OKRs from an OKR file",
    description:
      "What `grove apply --server` sends. Admins, and an admin's `write` API token (a team's CI on merge); " +
      "a read or check-ins token is refused (403). A method rule that refuses any step (K1 on an active " +
      "objective's key result, M1 on a second active objective) leaves the organisation as it was: the " +
      "refusal's details name the step first (field `step`).",
    body: ApplyOkrFile,
    responds: [200, OkrFilePlan, "The plan, applied unless dryRun"],
    run: ({ services, scope, param, json }) => applyText(services, scope, param.org, json),
  });
  routes.get("/orgs/{org}/okr-file", {
    operationId: "exportOkrFile",
    summary: "A period's OKRs as an OKR file",
    description: "What `grove export --server` prints; any token may read it.",
    query: PeriodQuery.extend({
      unit: z.string().min(1).max(200).optional().openapi({ description: "Only this unit and the units below it" }),
    }),
    responds: [200, OkrFile, "The OKR file"],
    run: async ({ services, scope, query }) => {
      const { set, notes } = await exportOkrSet(services, scope, query);
      return { yaml: toYaml(set), notes };
    },
  });
}

async function applyText(ctx: ServiceContext, scope: Scope, slug: string, input: z.output<typeof ApplyOkrFile>) {
  const parsed = parseOkrFile(input.yaml, input.file);
  if (!parsed.ok) {
    throw new AppError(
      "validation_failed",
      "The OKR file is not valid",
      parsed.errors.map((error) => ({ field: "yaml", rule: "okr_file", message: formatFileError(error) })),
    );
  }
  try {
    const result = await applyOkrFile(ctx, scope, parsed.set, {
      dryRun: input.dryRun,
      reason: input.reason || `grove apply ${input.file}`,
    });
    return {
      organisation: slug,
      period: parsed.set.period?.name ?? "",
      steps: result.steps.map((step) => ({ kind: step.kind, description: describeStep(step) })),
      summary: summarisePlan(result.steps, input.dryRun),
      written: result.written,
    };
  } catch (error) {
    const step = error instanceof AppError ? refusedStep(error) : null;
    if (step) (error as AppError).details.unshift({ field: "step", rule: "refused", message: describeStep(step) });
    throw error;
  }
}
