import type { ReactNode } from "react";
import { Icon, type IconName } from "./Icon.tsx";

interface Props {
  /** The visible words ("Remove"). */
  children: ReactNode;
  /** The accessible name, which says which row it acts on ("Remove Ana Lima"). */
  named?: string;
  icon?: IconName;
  /** A quiet button: the row's removing or secondary step, behind its louder ones. */
  quiet?: boolean;
  className?: string;
  disabled?: boolean;
  /** The id of the sentence that says why it is not offered. */
  describedBy?: string;
  expanded?: boolean;
  onClick?: () => void;
}

/**
 * A small button on a row of a list (edit, remove, withdraw) whose accessible name names the row's
 * thing, so a screen reader's list of buttons is not ten "Remove"s (issue 19: written once).
 */
export function RowAction({
  children,
  named,
  icon,
  quiet,
  className,
  disabled,
  describedBy,
  expanded,
  onClick,
}: Props) {
  const classes = ["btn btn--small", quiet && "btn--ghost", className].filter(Boolean).join(" ");
  return (
    <button
      type="button"
      className={classes}
      aria-label={named}
      aria-describedby={describedBy}
      aria-expanded={expanded}
      disabled={disabled}
      onClick={onClick}
    >
      {icon && <Icon name={icon} />}
      {children}
    </button>
  );
}
