import { z } from "@hono/zod-openapi";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { AppError } from "../../domain/errors.ts";
import { CreateCheckIn } from "../../schemas/check-ins.ts";
import { Uuid } from "../../schemas/scalars.ts";
import { recordCheckIn } from "../../services/check-ins/record-check-in.ts";
import { reviewDraftObjective } from "../../services/coach/review-okrs.ts";
import type { ServiceContext } from "../../services/context.ts";
import { listPeriods } from "../../services/periods.ts";
import { listUnits } from "../../services/units.ts";
import { DEFAULT_LIST_LIMIT, getAttentionPage } from "../../services/views/leader-dashboard.ts";
import { getUnitOkrs } from "../../services/views/okr-tree.ts";
import type { KeyResultView, ObjectiveView } from "../../services/views/period-scores.ts";
import type { Scope } from "../../services/write.ts";
import { packageVersion } from "../../version.ts";
import { DraftObjective } from "../coach/schema.ts";

// Grove's tools for AI assistants over the Model Context Protocol (docs/mcp.md). One server per
// caller, built here for both transports: `grove mcp` (stdio) and POST /mcp (Streamable HTTP).
// Every tool calls the service the HTTP API calls with the caller's Scope, so the same roles,
// token scopes, tenant checks and method rules apply; nothing here reads the database itself.

/** What a tool call that went wrong is told to log (an unexpected error; refusals are answers). */
export type McpErrorLog = (error: unknown, tool: string) => void;

const Period = z.string().min(1).max(100).describe('The period\'s name ("2027-Q1") or id; list_periods names them');

/** A Grove MCP server acting as `scope` in its organisation. */
export function createGroveMcpServer(services: ServiceContext, scope: Scope, logError: McpErrorLog): McpServer {
  const server = new McpServer(
    { name: "grove", version: packageVersion() },
    {
      instructions:
        "Grove holds an organisation's OKRs (objectives and key results). Method rules are cited by ID " +
        "(M1 one active objective per unit and period, K1 metric + baseline + target, S1 progress, S2 bands, " +
        "S3 never rank people). Find a unit with list_units and a period with list_periods first.",
    },
  );
  const tool = toolRegistrar(server, logError);

  /** A tool that lists the organisation's rows of one kind, each cut to what an assistant needs of it. */
  const listTool = <Row>(
    name: string,
    description: string,
    key: string,
    list: (services: ServiceContext, scope: Scope) => Promise<Row[]>,
    fields: (row: Row) => Record<string, unknown>,
  ) => tool(name, description, {}, async () => ({ [key]: (await list(services, scope)).map(fields) }));

  listTool(
    "list_units",
    "The organisation's units (company, departments, teams), each with its parent: the tree OKRs cascade down (M5).",
    "units",
    listUnits,
    ({ id, name, kind, parentId, private: hidden }) => ({ id, name, kind, parentId, private: hidden }),
  );
  listTool(
    "list_periods",
    "The organisation's periods (quarters by default), oldest first, with their dates and status.",
    "periods",
    listPeriods,
    ({ id, name, startsOn, endsOn, status }) => ({ id, name, startsOn, endsOn, status }),
  );

  tool(
    "read_unit_okrs",
    "A unit's objectives of a period, each with its key results: metric, baseline, target, current value, " +
      "progress (S1, 0 to 1, unclamped), last confidence, pace and band (S2: below 0.6 not achieved, 0.6-0.8 met, above exceeded). " +
      "A unit has one active objective per period (M1).",
    { unitId: Uuid.describe("The unit's id (list_units)"), period: Period },
    async ({ unitId, period }) => {
      const okrs = await getUnitOkrs(services, scope, unitId, period);
      return {
        unit: { id: okrs.unit.id, name: okrs.unit.name, kind: okrs.unit.kind },
        period: {
          id: okrs.period.id,
          name: okrs.period.name,
          startsOn: okrs.period.startsOn,
          endsOn: okrs.period.endsOn,
        },
        objectives: okrs.objectives.map(objectiveOf),
      };
    },
  );

  tool(
    "find_key_results_at_risk",
    "The key results behind or at risk in a period, as the leader dashboard lists them (docs/pace-and-forecast.md): " +
      "more than 10 progress points under the straight line from baseline to target, a forecast below the 60 % band (S2), " +
      "or the team's latest confidence below 0.5. " +
      "Each names its unit and objective, never its owner (S3). Optionally only one unit and the units below it.",
    {
      period: Period,
      unitId: Uuid.optional().describe("Only this unit and the units below it"),
      limit: z.number().int().min(1).max(200).optional().describe("At most this many (default 50)"),
    },
    async ({ period, unitId, limit }) => {
      const page = await getAttentionPage(services, scope, period, {
        list: "at_risk",
        unitId,
        limit: limit ?? DEFAULT_LIST_LIMIT,
      });
      return {
        total: page.total,
        keyResults: page.items.map((kr) => ({
          keyResultId: kr.keyResultId,
          title: kr.title,
          unit: { id: kr.unitId, name: kr.unitName },
          objective: { id: kr.objectiveId, title: kr.objectiveTitle },
          progress: kr.progress,
          expectedProgress: kr.expectedProgress,
          confidence: kr.confidence,
          pace: kr.pace,
          band: kr.band,
          reasons: kr.reasons,
          daysWithoutCheckIn: kr.daysWithoutCheckIn,
        })),
      };
    },
    { readOnlyHint: true },
  );

  tool(
    "record_check_in",
    "Record a check-in on a key result: a dated reading of its metric with an optional confidence (0 to 1) and comment. " +
      "The caller records their own readings; a unit's lead or an admin may record for others. A read-only token is refused; " +
      "a closed period is frozen. Progress (S1) and the roll-up (M5) follow at once.",
    {
      keyResultId: Uuid.describe("The key result's id (read_unit_okrs)"),
      value: CreateCheckIn.shape.value,
      confidence: CreateCheckIn.shape.confidence,
      comment: CreateCheckIn.shape.comment,
      checkedInAt: CreateCheckIn.shape.checkedInAt,
    },
    async ({ keyResultId, ...reading }) => {
      const { checkIn, keyResult } = await recordCheckIn(services, scope, keyResultId, reading);
      return {
        checkIn: {
          id: checkIn.id,
          value: checkIn.value,
          confidence: checkIn.confidence,
          checkedInAt: checkIn.checkedInAt,
        },
        keyResult: { id: keyResult.id, currentValue: keyResult.currentValue, progress: keyResult.progress },
      };
    },
    { readOnlyHint: false, destructiveHint: false },
  );

  tool(
    "review_draft_objective",
    "Ask Grove's coach about a draft objective and its key results before it is saved; nothing is stored. " +
      "Findings cite the method's rules: Q1-Q4 on the objective (achievable, no mandated outputs, no feature parity, qualitative), " +
      "K1-K7 on key results (metric + baseline + target, SMART, aligned, 60-80 % stretch, no vanity metrics, customer value, outcomes), " +
      "M2 (three to five KRs) and M8 (serves a strategy).",
    {
      objective: DraftObjective,
      period: Period.optional().describe("The period it is for, so deadlines can be checked (K2)"),
      locale: z.enum(["en", "zh"]).optional().describe("Language of the findings (default en)"),
    },
    async ({ objective, period, locale }) => ({
      findings: await reviewDraftObjective(services, scope, { objective, period }, locale ?? "en"),
    }),
  );

  return server;
}

/**
 * registerTool with Grove's answer shape: the result as JSON text, and a refusal (AppError) as a tool error carrying its code, reason and fields, so the
 * assistant sees why (e.g. `forbidden (token_read_only)`). An unexpected error is logged and
 * reported without its internals, as the HTTP API does with a 500.
 */
function toolRegistrar(server: McpServer, logError: McpErrorLog) {
  return <Shape extends z.ZodRawShape>(
    name: string,
    description: string,
    shape: Shape,
    run: (input: z.infer<z.ZodObject<Shape>>) => Promise<Record<string, unknown>>,
    annotations: { readOnlyHint?: boolean; destructiveHint?: boolean } = { readOnlyHint: true },
  ) => {
    // Strict, as the HTTP API's bodies are: an argument the tool does not know is an error.
    const inputSchema = z.strictObject(shape);
    server.registerTool(name, { description, inputSchema, annotations }, async (input: unknown) => {
      try {
        // The SDK validated the arguments already; parsing again gives them their type without a cast.
        const result = await run(inputSchema.parse(input));
        return { content: [{ type: "text", text: JSON.stringify(result, null, 1) }] };
      } catch (error) {
        return toolError(error, name, logError);
      }
    });
  };
}

function toolError(error: unknown, tool: string, logError: McpErrorLog): CallToolResult {
  if (!(error instanceof AppError)) {
    logError(error, tool);
    return {
      isError: true,
      content: [{ type: "text", text: "internal_error: Grove could not do this; its log says why" }],
    };
  }
  const code = error.reason ? `${error.code} (${error.reason})` : error.code;
  const fields = error.details.map((d) => `\n- ${d.field}: ${d.message} (${d.rule})`).join("");
  return { isError: true, content: [{ type: "text", text: `${code}: ${error.message}${fields}` }] };
}

function objectiveOf(objective: ObjectiveView) {
  const { id, title, status, progress, band } = objective;
  return { id, title, status, progress, band, keyResults: objective.keyResults.map(keyResultOf) };
}

function keyResultOf(kr: KeyResultView) {
  const { id, title, kind, metric, unit, baseline, target, rangeLow, rangeHigh, deadline } = kr;
  const { currentValue, currentConfidence: confidence, lastCheckInAt, progress, pace, band } = kr;
  return {
    id,
    title,
    kind,
    metric,
    unit,
    baseline,
    target,
    rangeLow,
    rangeHigh,
    deadline,
    currentValue,
    confidence,
    lastCheckInAt,
    progress,
    pace,
    band,
  };
}
