import type { ReactNode } from "react";
import { Card } from "../../ui/Card.tsx";
import { RuleId } from "../../ui/RuleId.tsx";

interface Props {
  /** The card's id (a link's #anchor); its title's is this with "-title". */
  id: string;
  title: string;
  /** The method's rule the card shows (M7, K4), beside its title. */
  rule: string;
  /** What the card is for, in a line under the title. */
  hint: string;
  /** Controls after the rule in the header ("Declare a dependency"). */
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A card of the dependencies feature: its title with its rule, the hint that says what it is for, then its content. */
export function RuleCard({ rule, hint, actions, children, ...card }: Props) {
  return (
    <Card
      {...card}
      titleId={`${card.id}-title`}
      aside={
        <>
          <RuleId id={rule} />
          {actions}
        </>
      }
    >
      <div className="card__body">
        <p className="subtle">{hint}</p>
        {children}
      </div>
    </Card>
  );
}
