import type { Locale } from "../../domain/coach/index.ts";
import type { ServiceContext } from "../context.ts";

/**
 * The language of the messages Grove sends this user (users.locale, docs/notifications.md): the
 * web app's language switch saves it while they are signed in.
 */
export async function setUserLocale(ctx: ServiceContext, userId: string, locale: Locale): Promise<void> {
  await ctx.db.updateTable("users").set({ locale }).where("id", "=", userId).execute();
}
