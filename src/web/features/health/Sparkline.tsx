import { useId } from "react";

const WIDTH = 120;
const HEIGHT = 32;
const PAD = 3;

interface Props {
  values: number[];
  rangeLow: number | null;
  rangeHigh: number | null;
  /** The latest reading is out of the range (the API's state): its point is marked. */
  out: boolean;
  /** Read by screen readers instead of the drawing. */
  label: string;
}

/**
 * A metric's latest readings as a small line over its healthy range (the shaded band), plain
 * SVG like the KR charts. The last point is marked, red when it is out of range.
 */
export function Sparkline({ values, rangeLow, rangeHigh, out, label }: Props) {
  const clip = useId();
  const bounds = [...values, ...(rangeLow === null ? [] : [rangeLow]), ...(rangeHigh === null ? [] : [rangeHigh])];
  let min = Math.min(...bounds);
  let max = Math.max(...bounds);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const span = max - min;
  // Room above and below, so a one-sided range still shows where its open side goes.
  const lo = min - span * 0.15;
  const hi = max + span * 0.15;
  const y = (v: number) => PAD + (HEIGHT - 2 * PAD) * (1 - (v - lo) / (hi - lo));
  const x = (i: number) => (values.length < 2 ? WIDTH / 2 : PAD + ((WIDTH - 2 * PAD) * i) / (values.length - 1));
  const bandTop = y(rangeHigh ?? hi);
  const bandBottom = y(rangeLow ?? lo);
  const last = values.at(-1);
  return (
    <svg className="sparkline" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <clipPath id={clip}>
        <rect x="0" y="0" width={WIDTH} height={HEIGHT} />
      </clipPath>
      <rect className="sparkline__band" x="0" y={bandTop} width={WIDTH} height={Math.max(0, bandBottom - bandTop)} />
      {values.length > 1 && (
        <polyline
          className="sparkline__line"
          clipPath={`url(#${clip})`}
          points={values.map((v, i) => `${x(i)},${y(v)}`).join(" ")}
        />
      )}
      {last !== undefined && (
        <circle
          className={out ? "sparkline__last sparkline__last--out" : "sparkline__last"}
          cx={x(values.length - 1)}
          cy={y(last)}
          r="2.5"
        />
      )}
    </svg>
  );
}
