import { Fragment, type ReactNode, useId } from "react";
import { CardTitleContext } from "./cardTitle.ts";
import { RuleId } from "./RuleId.tsx";

interface Props {
  /**
   * The heading's id, for a card something links to (`/people#units-title`); without it the card
   * gets one of React's own. Either way the card is named by its heading (aria-labelledby).
   */
  titleId?: string;
  title: ReactNode;
  /** The method's rules the whole card is about, named in the heading after the title (RuleIds). */
  titleRules?: string[];
  /** The method's rule the card shows or keeps, named in the header (a RuleId). */
  rule?: string;
  /** The header's one line of help after the rule: what the rule means here. */
  hint?: ReactNode;
  /** What else stands in the header after the title, instead of a rule and hint. */
  aside?: ReactNode;
  className?: string;
  id?: string;
  busy?: boolean;
  /**
   * What the card is for, in a muted line opening its body: the body is then one column
   * (`card__body stack stack--4`) with this class, the line first and the children after it.
   */
  intro?: { className: string; text: ReactNode };
  children: ReactNode;
}

/** A card named by its header's heading (issue 19: the card's frame written once). */
export function Card({ titleId, title, titleRules, rule, hint, aside, className, id, busy, intro, children }: Props) {
  const ownId = useId();
  const headingId = titleId ?? ownId;
  return (
    <section className={className ? `card ${className}` : "card"} id={id} aria-labelledby={headingId} aria-busy={busy}>
      <div className="card__header">
        <h2 id={headingId}>
          {title}
          {titleRules?.map((ruleId) => (
            <Fragment key={ruleId}>
              {" "}
              <RuleId id={ruleId} />
            </Fragment>
          ))}
        </h2>
        {aside ?? <RuleHint rule={rule} hint={hint} />}
      </div>
      <CardTitleContext.Provider value={headingId}>
        {intro ? (
          <div className={`card__body ${intro.className} stack stack--4`}>
            <p className="muted">{intro.text}</p>
            {children}
          </div>
        ) : (
          children
        )}
      </CardTitleContext.Provider>
    </section>
  );
}

/** A card header's rule, with its line of help when it has one. */
function RuleHint({ rule, hint }: { rule?: string; hint?: ReactNode }) {
  if (hint === undefined) return rule ? <RuleId id={rule} /> : null;
  return (
    <span className="subtle">
      {rule && (
        <>
          <RuleId id={rule} />{" "}
        </>
      )}
      {hint}
    </span>
  );
}
