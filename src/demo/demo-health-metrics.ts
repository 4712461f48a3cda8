import type { ServiceContext } from "../services/context.ts";
import { setGuardrails } from "../services/health-metrics/key-result-guardrails.ts";
import { createHealthMetric } from "../services/health-metrics/manage-health-metrics.ts";
import { recordHealthReadings } from "../services/health-metrics/record-health-readings.ts";
import type { Scope } from "../services/write.ts";
import { inLanguage, type LoadedDemo } from "./loaded-demo.ts";

// The health metrics of the demos (docs/health-metrics.md): the numbers two teams watch outside
// their OKRs, the guardrails their stretch KRs must not break. Cutting refunds must not cost the
// cookware margin, and the support backlog has already left its range (the dashboard's alert);
// the workflow team's uptime and page speed hold while it runs its A/B tests.

interface DemoHealthMetric {
  unit: string;
  name: string;
  unitOfMeasure: string;
  rangeLow?: number;
  rangeHigh?: number;
  description: string;
  /** Weekly readings, oldest first; the last one is this week's. */
  readings: number[];
  /** The title of the KR this metric guards: it must not be pushed out of range. */
  guards?: string;
}

const english: DemoHealthMetric[] = [
  {
    unit: "Cookware",
    name: "Gross margin",
    unitOfMeasure: "%",
    rangeLow: 38,
    description: "Cutting refunds with free replacements must not eat the margin that pays for the next pan.",
    readings: [41.2, 40.8, 40.5, 40.1, 39.9, 39.6, 39.4, 39.5],
    guards: "Reduce refund rate from 0.5% to 0.2%",
  },
  {
    unit: "Cookware",
    name: "Support tickets open over 24 hours",
    unitOfMeasure: "tickets",
    rangeHigh: 20,
    description: "Home cooks who wait a day for an answer ask for a refund instead.",
    readings: [12, 14, 13, 16, 18, 21, 24, 26],
  },
  {
    unit: "Workflow Experience",
    name: "Workflow service uptime",
    unitOfMeasure: "%",
    rangeLow: 99.5,
    description: "A/B tests on the workflow must never cost customers a working workflow.",
    readings: [99.95, 99.9, 99.97, 99.8, 99.92, 99.96, 99.9, 99.94],
  },
  {
    unit: "Workflow Experience",
    name: "p95 page load",
    unitOfMeasure: "ms",
    rangeHigh: 800,
    description: "Faster completion must not come from pages that load slower.",
    readings: [640, 655, 700, 690, 720, 710, 705, 730],
  },
];

const chinese: DemoHealthMetric[] = [
  {
    unit: "炊具事业部",
    name: "毛利率",
    unitOfMeasure: "%",
    rangeLow: 38,
    description: "用免费换货降低退款率，不能吃掉支撑下一口锅的毛利。",
    readings: [41.2, 40.8, 40.5, 40.1, 39.9, 39.6, 39.4, 39.5],
    guards: "将退款率从 0.5% 降低到 0.2%",
  },
  {
    unit: "炊具事业部",
    name: "超过 24 小时未处理的客服工单",
    unitOfMeasure: "张",
    rangeHigh: 20,
    description: "等了一天还没得到答复的家庭厨师，会直接申请退款。",
    readings: [12, 14, 13, 16, 18, 21, 24, 26],
  },
  {
    unit: "工作流程体验组",
    name: "工作流程服务可用性",
    unitOfMeasure: "%",
    rangeLow: 99.5,
    description: "在工作流程上做 A/B 测试，绝不能让客户的工作流程用不了。",
    readings: [99.95, 99.9, 99.97, 99.8, 99.92, 99.96, 99.9, 99.94],
  },
];

/**
 * Adds a demo's health metrics to its units, each watched by its unit's lead, with weekly
 * readings, and names them as guardrails of the KRs they guard (`keyResults` by title).
 */
export async function loadDemoHealthMetrics(ctx: ServiceContext, scope: Scope, loaded: LoadedDemo): Promise<void> {
  const week = 7 * 86_400_000;
  for (const metric of inLanguage(loaded, { en: english, zh: chinese })) {
    const unitId = loaded.units.get(metric.unit);
    if (!unitId) continue;
    const created = await createHealthMetric(ctx, scope, unitId, {
      name: metric.name,
      unit: metric.unitOfMeasure,
      rangeLow: metric.rangeLow ?? null,
      rangeHigh: metric.rangeHigh ?? null,
      ownerId: loaded.leads.get(metric.unit) ?? null,
      description: metric.description,
    });
    const last = ctx.now().getTime() - 3_600_000;
    const readings = metric.readings.map((value, i) => ({
      value,
      readAt: new Date(last - (metric.readings.length - 1 - i) * week).toISOString(),
    }));
    await recordHealthReadings(ctx, scope, created.id, readings);
    const guarded = metric.guards && loaded.keyResults.get(metric.guards);
    if (guarded) await setGuardrails(ctx, scope, guarded, [created.id]);
  }
}
