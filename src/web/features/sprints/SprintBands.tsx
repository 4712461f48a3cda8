import { useTranslation } from "react-i18next";
import { dayStart } from "../../../domain/sprints.ts";
import type { ScoredKeyResult } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { RuleId } from "../../ui/RuleId.tsx";
import type { Sprint } from "./queries.ts";
import { movementText } from "./sprint-text.ts";
import "./sprints.css";

const DAY = 86_400_000;

interface BandsProps {
  sprints: Sprint[];
  keyResultId: string;
  unit: string;
  /** The chart's x position of an instant (ms), clamped to its plot. */
  x: (at: number) => number;
  top: number;
  bottom: number;
}

/**
 * P3: the sprints that serve a KR as bands on its chart's time axis, each named, so a sprint
 * review sees what the KR's readings did during each sprint.
 */
export function SprintBands({ sprints, keyResultId, unit, x, top, bottom }: BandsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <g className="sprint-bands">
      {sprints.map((sprint, i) => {
        const left = x(dayStart(sprint.startsOn));
        const right = x(dayStart(sprint.endsOn) + DAY);
        const width = right - left;
        if (width <= 0) return null;
        const served = sprint.keyResults.find((k) => k.id === keyResultId);
        const label = t("sprints.chart.band", {
          name: sprint.name,
          from: format.shortDate(sprint.startsOn),
          to: format.shortDate(sprint.endsOn),
          goal: sprint.goal || t("sprints.noGoal"),
          movement: served ? movementText(t, format, served.movement, unit) : "",
        });
        // Room for about one character per 4.6 units of width at the label's size.
        const room = Math.max(0, Math.floor((width - 4) / 4.6));
        const name = sprint.name.length > room ? `${sprint.name.slice(0, Math.max(room - 1, 0))}…` : sprint.name;
        return (
          // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG band named for screen readers (its name, dates, goal and the KR's movement)
          <g key={sprint.id} role="img" aria-label={label}>
            <title>{label}</title>
            <rect
              x={left}
              y={top}
              width={width}
              height={bottom - top}
              className={`sprint-band sprint-band--${i % 2 === 0 ? "even" : "odd"}`}
            />
            {room >= 2 && (
              <text x={left + 2} y={top + 7} className="sprint-band__name">
                {name}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** Under a KR's chart: each sprint serving it, with its goal and the KR's value at its start and end (P3). */
export function KeyResultSprints({ sprints, keyResult }: { sprints: Sprint[]; keyResult: ScoredKeyResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (sprints.length === 0) return null;
  return (
    <div className="kr-sprints">
      <p className="kr-sprints__title subtle">
        <RuleId id="P3" /> {t("sprints.chart.title")}
      </p>
      <ul className="kr-sprints__list stack stack--lines">
        {sprints.map((sprint) => {
          const served = sprint.keyResults.find((k) => k.id === keyResult.id);
          return (
            <li key={sprint.id} className="kr-sprints__item">
              <span className="kr-sprints__name user-text">{sprint.name}</span>{" "}
              <span className="subtle">
                {format.shortDate(sprint.startsOn)}–{format.shortDate(sprint.endsOn)}
              </span>{" "}
              {served && <span className="num">{movementText(t, format, served.movement, keyResult.unit)}</span>}
              {sprint.goal && <span className="kr-sprints__goal user-text">{sprint.goal}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
