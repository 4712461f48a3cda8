import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "./Card.tsx";
import { type Loadable, LoadError, loadFailed } from "./LoadError.tsx";
import { PageSkeleton } from "./Skeleton.tsx";

interface Props<T> {
  query: Loadable & { data?: T };
  /** The heading's id, for a card something links to (see Card). */
  titleId?: string;
  /** The heading (how many there are), from the results. */
  title: (data: T) => string;
  rule: string;
  hint?: ReactNode;
  /** The card's body: the results, or the empty state. */
  children: (data: T) => ReactNode;
}

/**
 * A search's or a log's results on its page (the decision log, the learning library, the audit
 * log): its load failure (with retry), the page's skeleton while it loads, then a card headed by
 * how many there are, busy while it searches again (issue 19: written once).
 */
export function ResultsCard<T>({ query, titleId, title, rule, hint, children }: Props<T>) {
  const { t } = useTranslation();
  if (loadFailed(query)) return <LoadError queries={[query]} />;
  if (query.data === undefined) return <PageSkeleton label={t("common.loading")} />;
  return (
    <Card titleId={titleId} title={title(query.data)} rule={rule} hint={hint} busy={query.isFetching}>
      <div className="card__body">{children(query.data)}</div>
    </Card>
  );
}
