import type { Page } from "playwright-core";
import { expect } from "vitest";
import { AppPage } from "../pages/app-page.ts";

// A discovery experiment's walk (P2, S6), in steps another test can chain: tests/e2e/experiments
// runs it on the demo's Workflow Experience, tests/e2e/initiatives after the K7 walk.

export interface ExperimentWalk {
  org: string;
  unitName: string;
  keyResultTitle: string;
  title: string;
  learning: string;
}

export const workflowExperiment: ExperimentWalk = {
  org: "demo",
  unitName: "Workflow Experience",
  keyResultTitle: "Cut median workflow completion time from 10 to 7 minutes",
  title: "Templates before the first choice",
  learning: "Showing three templates before the first choice lifts completion; ship it to everyone",
};

/**
 * The walk, as the signed-in person (a lead or member of `unitName`): from the team page to a
 * started experiment, a metric change with its reason, the result, and the learning in the library.
 */
export async function walkAnExperiment(page: Page, baseUrl: string, walk: ExperimentWalk = workflowExperiment) {
  const app = new AppPage(page, baseUrl);
  const units = (await (await page.request.get(`${baseUrl}/api/v1/orgs/${walk.org}/units`)).json()).units as {
    id: string;
    name: string;
  }[];
  const unit = units.find((u) => u.name === walk.unitName);
  await app.open(`/orgs/${walk.org}/units/${unit?.id}`);
  // The team page leads to the team's experiments; the KR card shows its own.
  await page
    .getByRole("link", { name: /^experiments$/i })
    .first()
    .click();
  await app.settled();
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain(walk.unitName);

  // Written in draft, with its success metrics set before it starts (S6).
  await page.getByRole("button", { name: /new experiment/i }).click();
  const form = page.getByRole("dialog");
  await form.getByLabel("Title", { exact: true }).fill(walk.title);
  await form
    .getByLabel("Hypothesis")
    .fill(
      "We believe showing three templates before the first choice will raise completion, measured by completion rate",
    );
  await form.getByLabel("Key result it should move").selectOption({ label: walk.keyResultTitle });
  await form.getByLabel("Metric", { exact: true }).fill("Completion rate");
  await form.getByLabel("Threshold").fill("30");
  await form.getByLabel("Unit", { exact: true }).fill("%");
  await form.getByRole("button", { name: /add a metric/i }).click();
  await form.getByLabel("Metric", { exact: true }).nth(1).fill("Support tickets");
  await form.getByLabel("Direction").nth(1).selectOption("at_most");
  await form.getByLabel("Threshold").nth(1).fill("20");
  await form.getByRole("button", { name: /create draft/i }).click();
  await page.waitForURL(/\/experiments\/[0-9a-f-]{36}/);
  await app.settled();
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(walk.title);

  await page.getByRole("button", { name: /start experiment/i }).click();
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /start experiment/i })
    .click();
  await expect.poll(() => page.locator(".status--running").count()).toBe(1);

  // After the start a threshold changes only with a reason: without one the dialog asks for it.
  await page.getByRole("button", { name: /change metric completion rate/i }).click();
  const change = page.getByRole("dialog");
  await change.getByLabel("Threshold").fill("25");
  await change.getByRole("button", { name: /save change/i }).click();
  const reason = change.getByLabel(/why does it change after the start/i);
  await expect.poll(() => reason.getAttribute("aria-invalid")).toBe("true");
  expect(await change.locator(".field__error").first().textContent()).toMatch(/say why.*S6/i);
  await reason.fill("Half the traffic went to a broken variant in week one");
  await change.getByRole("button", { name: /save change/i }).click();
  await expect.poll(() => page.getByRole("dialog").isVisible()).toBe(false);
  // The change and the original side by side, with the reason.
  const metric = page.locator(".metric").filter({ hasText: "Completion rate" });
  expect(await metric.locator(".metric__now").textContent()).toMatch(/at least 25\s?%/);
  expect(await metric.locator(".metric__original").textContent()).toMatch(/at the start.*at least 30\s?%/i);
  expect(await metric.textContent()).toContain("Half the traffic went to a broken variant in week one");
  expect(await page.locator(".metric-change").count()).toBe(1);

  // The result: every metric observed, and a learning for the library.
  await page.getByRole("button", { name: /end with a result/i }).click();
  const end = page.getByRole("dialog");
  await end.getByLabel(/supported/i).check();
  await end.getByLabel(/^completion rate/i).fill("31");
  await end.getByLabel(/^support tickets/i).fill("18");
  await end.getByLabel(/what did the team learn/i).fill(walk.learning);
  await end.getByRole("button", { name: /^end experiment$/i }).click();
  await expect.poll(() => page.locator(".experiment-result").count()).toBe(1);
  const result = (await page.locator("main").textContent()) ?? "";
  expect(result).toContain("Supported");
  // The full metric set with the result (S6): both metrics, each with its observed value.
  expect(await page.locator(".metric__result").allTextContents()).toEqual([
    expect.stringMatching(/observed 31.*met/i),
    expect.stringMatching(/observed 18.*met/i),
  ]);

  await page.getByRole("link", { name: /in the learnings library/i }).click();
  await app.settled();
  await page.getByLabel(/search learnings/i).fill("three templates");
  const found = page.locator(".learning").filter({ hasText: walk.learning });
  await expect.poll(() => found.count(), { timeout: 10_000 }).toBe(1);
  await found.getByRole("link", { name: new RegExp(`from the experiment ${walk.title}`, "i") }).click();
  await page.waitForURL(/\/experiments\//);
  await app.settled();
}
