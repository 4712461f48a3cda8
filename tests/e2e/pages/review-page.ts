import type { Locator } from "playwright-core";
import { AppPage } from "./app-page.ts";

/** A unit's review (S4): its key results with their band's questions, decisions and learnings. */
export class ReviewPage extends AppPage {
  keyResult(title: string): Locator {
    return this.page.locator("article.review-kr").filter({ has: this.page.getByRole("heading", { name: title }) });
  }

  /** Starts the review, unless someone has already (its answers are open then). */
  async start(): Promise<void> {
    const start = this.page.getByRole("button", { name: /^(Start the review|开始复盘)$/ });
    const answers = this.page.locator("article.review-kr textarea").first();
    await start.or(answers).first().waitFor();
    if (await start.isVisible()) await start.click();
    await answers.waitFor();
  }

  /** The labels of the reflection questions shown for a KR (S2). */
  async questions(title: string): Promise<string[]> {
    return this.keyResult(title).locator(".review-questions .field__label").allTextContents();
  }

  async answer(title: string, question: string, text: string): Promise<void> {
    await this.keyResult(title).getByLabel(question).fill(text);
  }

  async saveAnswers(title: string): Promise<void> {
    const kr = this.keyResult(title);
    await kr.getByRole("button", { name: /^(Save answers|保存回答)$/ }).click();
    await kr
      .getByRole("status")
      .filter({ hasText: /Saved|已保存/ })
      .waitFor();
  }

  async revise(title: string, target: string, reason: string): Promise<void> {
    const kr = this.keyResult(title);
    await kr.getByRole("radio", { name: /Revise the target|修改目标值/ }).check();
    await kr.getByLabel(/New target|新目标值/).fill(target);
    await kr.getByLabel(/^(Reason|原因)/).fill(reason);
    await kr.getByRole("button", { name: /Record the decision|记录决定/ }).click();
    await kr.locator(".review-decision").waitFor();
  }

  async addLearning(text: string, about?: string): Promise<void> {
    const form = this.page.locator("form.learning-form").first();
    await form.getByLabel(/^(A learning|一条经验)$/).fill(text);
    if (about) await form.getByLabel(/^(About|关于)$/).selectOption({ label: about });
    await form.getByRole("button", { name: /Add the learning|添加经验/ }).click();
    await this.page.locator(".learning__body", { hasText: text }).waitFor();
  }
}
