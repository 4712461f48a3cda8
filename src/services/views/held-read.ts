import { readTenant, type ServiceContext, type Tx } from "../context.ts";

/** A tenant read transaction kept open across awaits of its caller (a response written in slices). */
export interface HeldRead {
  tx: Tx;
  /**
   * Ends the transaction: committed (it only read) when `failure` is undefined, rolled back
   * otherwise. Idempotent; resolves once the connection is given back.
   */
  end(failure?: unknown): Promise<void>;
}

/**
 * Opens the tenant's transaction (row-level security and the organisation set, as `readTenant`
 * does) and hands it out instead of running one callback in it: every read of a document written
 * in slices goes through the same transaction, and the caller says when it is over. The caller
 * must call `end`, or the connection stays taken.
 */
export async function holdTenantRead(ctx: ServiceContext, orgId: string): Promise<HeldRead> {
  let release: (failure: { error?: unknown }) => void = () => {};
  const released = new Promise<{ error?: unknown }>((resolve) => {
    release = resolve;
  });
  let opened: (tx: Tx) => void = () => {};
  const open = new Promise<Tx>((resolve) => {
    opened = resolve;
  });
  const finished = readTenant(ctx, orgId, async (tx) => {
    opened(tx);
    const { error } = await released;
    if (error !== undefined) throw error;
  });
  // A `begin` that fails rejects `finished` before the transaction opened.
  const tx = await Promise.race([open, finished.then(() => open)]);
  let ending: Promise<void> | null = null;
  return {
    tx,
    end(failure?: unknown) {
      if (ending === null) {
        release(failure === undefined ? {} : { error: failure });
        ending = finished.catch(() => undefined);
      }
      return ending;
    },
  };
}
