import type { Locator } from "playwright-core";
import { AppPage } from "./app-page.ts";

/** The getting-started checklist (`/orgs/{slug}/getting-started`). */
export class GettingStartedPage extends AppPage {
  get checklist(): Locator {
    return this.page.locator("section.checklist");
  }

  /** "2 of 5 steps done" (or its Chinese). */
  progress(): Promise<string | null> {
    return this.checklist.locator("#checklist-title").textContent();
  }

  step(id: "period" | "units" | "people" | "objective" | "checkIn"): Locator {
    return this.checklist.locator(`[data-step="${id}"]`);
  }

  /** The ids of the steps shown as done, in order. */
  doneSteps(): Promise<string[]> {
    return this.checklist
      .locator(".checklist__step--done")
      .evaluateAll((steps) => steps.map((step) => step.getAttribute("data-step") ?? ""));
  }

  sidebarEntry(): Locator {
    return this.navigation.getByRole("link", { name: /getting started|入门指南/i });
  }
}
