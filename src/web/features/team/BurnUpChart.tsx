import { useTranslation } from "react-i18next";
import { useCheckIns } from "../../api/queries.ts";
import type { Period, ScoredKeyResult } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";

const WIDTH = 320;
const HEIGHT = 150;
const PAD = { top: 12, right: 12, bottom: 22, left: 48 };
const DAY = 86_400_000;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`).getTime();

/**
 * A KR's check-ins over the period against the straight line from its baseline at the period's
 * start to its target at the deadline. Drawn as plain SVG: no chart library in the bundle.
 */
export function BurnUpChart({ keyResult: kr, period }: { keyResult: ScoredKeyResult; period: Period }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org } = useOrg();
  const checkIns = useCheckIns(org, kr.id);

  const start = day(period.startsOn);
  const end = day(period.endsOn) + DAY;
  const deadline = kr.deadline ? day(kr.deadline) + DAY : end;
  const readings = (checkIns.data ?? []).map((c) => ({ at: new Date(c.checkedInAt).getTime(), value: c.value }));
  const numbers = [kr.baseline, kr.target, kr.rangeLow, kr.rangeHigh, ...readings.map((r) => r.value)].filter(
    (v): v is number => v != null,
  );
  const label = t("chart.label", {
    title: kr.title,
    count: readings.length,
    latest: format.value(kr.currentValue, kr.unit),
    target: format.value(kr.kind === "range" ? kr.rangeHigh : kr.target, kr.unit),
  });

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

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} className="chart__svg">
        {axisValues.map((v, i) =>
          v == null ? null : (
            <g key={i === 0 ? "from" : "to"}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} className="chart__grid" />
              <text x={PAD.left - 6} y={y(v) + 4} className="chart__tick" textAnchor="end">
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
        {readings.map((r) => (
          <circle
            key={r.at}
            cx={x(r.at)}
            cy={y(r.value)}
            r={2.6}
            className={`chart__dot chart__dot--${kr.band ?? "none"}`}
          />
        ))}
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
      </figcaption>
    </figure>
  );
}
