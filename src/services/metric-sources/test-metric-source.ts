import { notFound } from "../../domain/errors.ts";
import { syncNowTime } from "../../domain/metric-sources.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import { findRow } from "../tenant-reads.ts";
import type { Scope } from "../write.ts";
import { editableKeyResult } from "./manage-metric-sources.ts";
import { DEFAULT_SYNC_TIMEOUT_MS, failureReason, loadSource, readValue } from "./sync-metric-source.ts";

/** What a test of a source found: the number a sync would record now, or why it would record none. */
export type SourceTest = { ok: true; value: number; at: Date } | { ok: false; error: string; at: Date };

/**
 * "Test": reads the source as a sync now would (the same allowed hosts, timeout and
 * read-only query) and says what it found, writing nothing: no reading, no error on the source,
 * no failure counted. Only those who may change the source (M3) test it, since a test reaches
 * out of the server on their word.
 */
export async function testMetricSource(
  ctx: ServiceContext,
  scope: Scope,
  id: string,
  timeoutMs = DEFAULT_SYNC_TIMEOUT_MS,
): Promise<SourceTest> {
  await readTenant(ctx, scope.orgId, async (tx) => {
    const row = await findRow(tx, scope.orgId, "metricSources", id, "Metric source");
    await editableKeyResult(tx, scope, row.keyResultId);
  });
  const loaded = await loadSource(ctx, scope.orgId, id);
  if (!loaded) throw notFound("Metric source");
  const at = syncNowTime(ctx.now());
  try {
    return { ok: true, value: await readValue(loaded, at, timeoutMs), at };
  } catch (error) {
    return { ok: false, error: failureReason(error), at };
  }
}
