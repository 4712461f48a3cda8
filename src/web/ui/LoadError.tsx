import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { failureOf, isTransient } from "../api/failure.ts";
import { failureText } from "../features/editor/errors.ts";
import { RetryButton } from "./RetryButton.tsx";

/** The parts of a TanStack query a failed page needs. */
export interface Loadable {
  isError: boolean;
  error: unknown;
  /** The last attempt's error while TanStack Query is still retrying (the query is pending). */
  failureReason: unknown;
  data?: unknown;
  isFetching: boolean;
  refetch: () => Promise<unknown>;
}

/**
 * A query failed with nothing to show, or is trying again after a failure (a retry puts a query
 * without data back to pending: the message stays instead of flickering to a skeleton). A failed
 * background refetch keeps the page it had: a dialog open on it, and what was typed there, must
 * not vanish because the server blinked.
 */
const failed = (q: Loadable) => q.data === undefined && (q.isError || q.failureReason != null);
export const loadFailed = (...queries: Loadable[]) => queries.some(failed);

// Tries again on its own after 2 s, then doubling, at most every 20 s, while the page is shown.
const FIRST_DELAY = 2_000;
const LONGEST_DELAY = 20_000;
export const retryDelay = (attempt: number) => Math.min(FIRST_DELAY * 2 ** attempt, LONGEST_DELAY);

/**
 * One page's (or one card's) failed load: what happened, a retry now, and recovery on its own
 * once Grove answers again (this polling, plus TanStack Query's refetch on focus and reconnect).
 */
export function LoadError({ queries, compact = false }: { queries: Loadable[]; compact?: boolean }) {
  const { t } = useTranslation();
  const failing = queries.filter(failed);
  const error = failing[0]?.error ?? failing[0]?.failureReason;
  const transient = isTransient(failureOf(error));
  const fetching = queries.some((q) => q.isFetching);
  const latest = useRef(failing);
  latest.current = failing;
  const [attempt, setAttempt] = useState(0);
  const retry = () => {
    for (const query of latest.current) void query.refetch();
  };

  useEffect(() => {
    if (!transient || fetching) return;
    const timer = setTimeout(() => {
      setAttempt((n) => n + 1);
      for (const query of latest.current) void query.refetch();
    }, retryDelay(attempt));
    return () => clearTimeout(timer);
  }, [transient, fetching, attempt]);

  const text = failureText(t, error, "load") ?? t("errors.loadFailed");
  return (
    <div
      className={compact ? "empty load-error load-error--compact" : "empty load-error"}
      role="alert"
      aria-busy={fetching}
    >
      {!compact && <h2>{t("failure.loadTitle")}</h2>}
      <p>{text}</p>
      {transient && <RetryButton busy={fetching} onClick={retry} />}
    </div>
  );
}
