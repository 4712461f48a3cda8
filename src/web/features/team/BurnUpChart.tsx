import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useUnitReadings } from "../../api/queries.ts";
import type { Period, ScoredKeyResult } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { useSprints } from "../sprints/queries.ts";
import { KeyResultSprints, SprintBands } from "../sprints/SprintBands.tsx";
import "./kr-history.css";

const WIDTH = 320;
const HEIGHT = 150;
// Value labels sit inside the plot, above their grid lines, so no label is ever cut at the edge.
const PAD = { top: 14, right: 12, bottom: 22, left: 10 };
const DAY = 86_400_000;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`).getTime();

/**
 * A KR's check-ins over the period against the straight line from its baseline at the period's
 * start to its target at the deadline. Drawn as plain SVG: no chart library in the bundle.
 */
export function BurnUpChart({
  keyResult: kr,
  unitId,
  period,
}: {
  keyResult: ScoredKeyResult;
  /** The KR's own unit: its cards share one request for their readings. */
  unitId: string;
  period: Period;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org } = useOrg();
  const checkIns = useUnitReadings(org, unitId, period.id, kr.id, `${period.startsOn}T00:00:00Z`);
  // P3: the sprints whose goal serves this KR, drawn as bands along its readings.
  const sprints = (useSprints(org, { keyResultUnit: unitId }).data ?? []).filter((sprint) =>
    sprint.keyResults.some((served) => served.id === kr.id),
  );
  const [active, setActive] = useState<number | null>(null);

  const start = day(period.startsOn);
  const end = day(period.endsOn) + DAY;
  const deadline = kr.deadline ? day(kr.deadline) + DAY : end;
  const readings = (checkIns.data ?? []).map((c) => ({
    id: c.id,
    at: new Date(c.checkedInAt).getTime(),
    value: c.value,
    label:
      c.confidence == null
        ? t("krHistory.chartPoint", { date: format.date(c.checkedInAt), value: format.value(c.value, kr.unit) })
        : t("krHistory.chartPointConfidence", {
            date: format.date(c.checkedInAt),
            value: format.value(c.value, kr.unit),
            confidence: format.percent(c.confidence),
          }),
  }));
  const numbers = [kr.baseline, kr.target, kr.rangeLow, kr.rangeHigh, ...readings.map((r) => r.value)].filter(
    (v): v is number => v != null,
  );
  const label = t("chart.label", {
    title: kr.title,
    count: readings.length,
    latest: format.value(kr.currentValue, kr.unit),
    target: format.value(kr.kind === "range" ? kr.rangeHigh : kr.target, kr.unit),
  });

  const rolledUpFigure = rolledUpValue(kr);
  if (rolledUpFigure !== null) numbers.push(rolledUpFigure);
  if (numbers.length === 0) {
    return <div className="chart chart--empty subtle">{t("chart.noData")}</div>;
  }
  let low = Math.min(...numbers);
  let high = Math.max(...numbers);
  const margin = (high - low || Math.abs(high) || 1) * 0.12;
  low -= margin;
  high += margin;

  const x = (at: number) =>
    PAD.left + ((Math.min(Math.max(at, start), end) - start) / (end - start)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - (value - low) / (high - low)) * (HEIGHT - PAD.top - PAD.bottom);
  const now = Date.now();

  const actual =
    kr.baseline != null && kr.kind === "metric" ? [{ at: start, value: kr.baseline }, ...readings] : readings;
  const actualPath = actual
    .map((p, i) => `${i === 0 ? "M" : "L"}${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join("");
  const axisValues = kr.kind === "range" ? [kr.rangeLow, kr.rangeHigh] : [kr.baseline, kr.target];
  // M5: a cascaded KR's progress comes from the objectives below; shown today on the value scale.
  const rolledUpAt = rolledUpValue(kr);
  const rolledUp = rolledUpAt === null ? null : { at: Math.min(Math.max(now, start), end), value: rolledUpAt };
  const tip = active === null ? null : readings[active];

  return (
    <figure className="chart">
      {/* A named group, not one image: its points are images of their own, reachable by Tab. */}
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG chart has no HTML element for a group */}
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={label} className="chart__svg">
        <SprintBands
          sprints={sprints}
          keyResultId={kr.id}
          unit={kr.unit}
          x={x}
          top={PAD.top - 10}
          bottom={HEIGHT - PAD.bottom}
        />
        {axisValues.map((v, i) =>
          v == null ? null : (
            <g key={i === 0 ? "from" : "to"}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} className="chart__grid" />
              <text x={PAD.left + 2} y={y(v) - 3} className="chart__tick">
                {format.value(v, kr.unit)}
              </text>
            </g>
          ),
        )}
        {kr.kind === "range" && kr.rangeLow != null && kr.rangeHigh != null && (
          <rect
            x={PAD.left}
            width={WIDTH - PAD.left - PAD.right}
            y={y(kr.rangeHigh)}
            height={y(kr.rangeLow) - y(kr.rangeHigh)}
            className="chart__range"
          />
        )}
        {kr.kind === "metric" && kr.baseline != null && kr.target != null && (
          <line x1={x(start)} y1={y(kr.baseline)} x2={x(deadline)} y2={y(kr.target)} className="chart__ideal" />
        )}
        {now > start && now < end && (
          <line x1={x(now)} x2={x(now)} y1={PAD.top} y2={HEIGHT - PAD.bottom} className="chart__today" />
        )}
        {actual.length > 1 && <path d={actualPath} className={`chart__actual chart__actual--${kr.band ?? "none"}`} />}
        {readings.map((r, i) => (
          // Each point is reachable with Tab and names its reading; the tooltip shows on focus or hover.
          // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG point named for screen readers and reachable by keyboard
          <g
            key={r.id}
            tabIndex={0}
            role="img"
            aria-label={r.label}
            className="chart__point"
            onFocus={() => setActive(i)}
            onBlur={() => setActive(null)}
            onMouseEnter={() => setActive(i)}
            onMouseLeave={() => setActive(null)}
          >
            <circle cx={x(r.at)} cy={y(r.value)} r={9} className="chart__hit" />
            <circle
              cx={x(r.at)}
              cy={y(r.value)}
              r={active === i ? 4 : 2.6}
              className={`chart__dot chart__dot--${kr.band ?? "none"}`}
            />
          </g>
        ))}
        {rolledUp && (
          <g>
            <title>{t("krHistory.chartRolledUp", { progress: format.progress(kr.progress) })}</title>
            <rect
              x={x(rolledUp.at) - 4}
              y={y(rolledUp.value) - 4}
              width={8}
              height={8}
              transform={`rotate(45 ${x(rolledUp.at)} ${y(rolledUp.value)})`}
              className="chart__rolled-up"
            />
          </g>
        )}
        {tip && <Tooltip x={x(tip.at)} y={y(tip.value)} text={tip.label} />}
        <text x={PAD.left} y={HEIGHT - 6} className="chart__tick">
          {format.shortDate(period.startsOn)}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 6} className="chart__tick" textAnchor="end">
          {format.shortDate(period.endsOn)}
        </text>
      </svg>
      <figcaption className="chart__legend">
        <span className={`chart__key chart__key--actual chart__key--${kr.band ?? "none"}`}>{t("chart.checkIns")}</span>
        {kr.kind === "metric" && <span className="chart__key chart__key--ideal">{t("chart.ideal")}</span>}
        {rolledUp && (
          <span className="chart__key chart__key--rolled-up">
            {t("krHistory.chartRolledUp", { progress: format.progress(kr.progress) })}
          </span>
        )}
        {sprints.length > 0 && <span className="chart__key chart__key--sprint">{t("sprints.chart.key")}</span>}
      </figcaption>
      <KeyResultSprints sprints={sprints} keyResult={kr} />
    </figure>
  );
}

function rolledUpValue(kr: ScoredKeyResult): number | null {
  if (!kr.rolledUp || kr.progress == null || kr.kind !== "metric" || kr.baseline == null || kr.target == null)
    return null;
  return kr.baseline + kr.progress * (kr.target - kr.baseline);
}

/** A reading's date and value next to its point, kept inside the chart. */
function Tooltip({ x, y, text }: { x: number; y: number; text: string }) {
  const width = Math.min(WIDTH - 8, text.length * 5.6 + 12);
  const left = Math.min(Math.max(x - width / 2, 4), WIDTH - width - 4);
  const top = y - 28 < 2 ? y + 10 : y - 28;
  return (
    <g className="chart__tooltip">
      <rect x={left} y={top} width={width} height={18} rx={4} />
      <text x={left + width / 2} y={top + 12.5} textAnchor="middle">
        {text}
      </text>
    </g>
  );
}
