import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { EditorPage } from "../pages/editor-page.ts";
import { TeamPage } from "../pages/team-page.ts";
import { apiAs } from "../support/api.ts";

/** The demo's product manager of Onboarding (its lead): the PM of the walk. */
export const DEMO_PM_EMAIL = "priya@demo.grove.dev";

export interface K7Walk {
  /** The output the PM wrote as a KR, now an initiative. */
  initiative: string;
  /** The outcome KR it moves, written in the same dialog. */
  outcome: string;
  unitId: string;
  team: TeamPage;
}

/**
 * A PM's walk from the coach's K7 finding to an initiative (issue 16, "Done when"), in steps
 * another test can chain (it ends on the team page), as the Onboarding PM `context` is signed in
 * as (DEMO_PM_EMAIL): writes an output as a KR ("Launch the new onboarding checklist"), sees the
 * coach's K7 finding in the editor, turns it into an initiative under a new outcome KR in one
 * dialog, and sees the initiative under that KR and on the team page. It adds its KR after
 * whatever KRs the objective has, so it does not depend on what other tests gave it.
 */
export async function walkFromK7FindingToInitiative(
  context: BrowserContext,
  page: Page,
  baseUrl: string,
): Promise<K7Walk> {
  const initiative = "Launch the new onboarding checklist";
  const outcome = "Raise checklist completion from 20% to 60%";
  const { units } = await apiAs<{ units: { id: string; name: string }[] }>(context, baseUrl, "GET", "/orgs/demo/units");
  const unitId = units.find((u) => u.name === "Onboarding")?.id as string;
  const team = new TeamPage(page, baseUrl);
  const editor = new EditorPage(page, baseUrl);

  // 1. The PM writes the delivery as a key result, as teams often do.
  await team.open(`/orgs/demo/units/${unitId}`);
  await team.editObjective();
  await editor.keyResultGroup(0).waitFor();
  const added = await editor.keyResultCount();
  await editor.addKeyResult();
  await editor.fillKeyResult(added, {
    title: initiative,
    metric: "checklist launched",
    unit: "",
    baseline: "0",
    target: "1",
  });
  await editor.save();

  // 2. The coach says it is an output (K7) and offers to turn it into an initiative.
  await team.editObjective();
  const finding = editor.keyResultFinding(added, "K7");
  await finding.waitFor();
  expect(await finding.textContent()).toMatch(/output/);
  await finding.getByRole("button", { name: `Turn ${initiative} into an initiative` }).click();
  const dialog = page.getByRole("dialog", { name: "Turn an output into an initiative" });
  await dialog.waitFor();
  expect(await dialog.textContent()).toMatch(/K7.*A key result is an outcome/);

  // 3. One dialog: the work becomes a feature, under a new outcome KR of the same objective.
  expect(await dialog.getByLabel("Title", { exact: true }).inputValue()).toBe(initiative);
  await dialog.getByLabel(/^Feature/).check();
  await dialog.getByLabel(/^Write a new outcome key result/).check();
  await dialog.getByLabel("Outcome", { exact: true }).fill(outcome);
  await dialog.getByLabel("Metric", { exact: true }).fill("checklist completion");
  await dialog.getByLabel("Unit", { exact: true }).fill("%");
  await dialog.getByLabel("Baseline", { exact: true }).fill("20");
  await dialog.getByLabel("Target", { exact: true }).fill("60");
  await dialog.getByRole("button", { name: "Turn into an initiative" }).click();
  await page.waitForURL(/\/units\/[^/]+\?/);
  await team.settled();

  // 4. The output KR is gone; the initiative sits under the outcome KR and on the team page.
  await expect.poll(() => team.keyResult(initiative).count()).toBe(0);
  const underKr = team.keyResult(outcome).locator(".kr-initiatives");
  await expect.poll(() => underKr.locator(".initiative__title").allTextContents()).toEqual([initiative]);
  const section = page.getByRole("region", { name: /Initiatives/ }).filter({ has: page.locator("#initiatives-title") });
  const planned = section.locator(".initiatives__group").filter({ hasText: "Planned" });
  await expect.poll(() => planned.locator(".initiative__title").allTextContents()).toContain(initiative);
  expect(await planned.locator(".initiative").filter({ hasText: initiative }).textContent()).toContain(outcome);
  return { initiative, outcome, unitId, team };
}
