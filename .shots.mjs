import { chromium } from "playwright-core";
const url = process.argv[2];
const out = "/tmp/shots-experiments";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const runs = [
  { lang: "en", locale: "en-GB", org: "demo", email: "priya@demo.grove.dev", running: "Workflow Experience", ended: "Onboarding" },
  { lang: "zh", locale: "zh-CN", org: "demo-zh", email: "liu.yang@demo-zh.grove.dev", running: "工作流程体验组", ended: "新用户上手组" },
];
const settle = (page) => page.waitForFunction(() => document.querySelector("#root > *") && !document.querySelector(".skeleton, .page-skeleton, [aria-busy='true']"), undefined, { timeout: 20000 }).catch(() => {});
for (const run of runs) {
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 844 }, locale: run.locale, timezoneId: "UTC" });
    const page = await context.newPage();
    await page.goto(`${url}/sign-in`);
    await page.getByLabel(/email|邮箱/i).fill(run.email);
    await page.getByLabel(/password|密码/i).fill("grove-demo-okrs");
    await page.getByRole("button", { name: /^(sign in|登录)$/i }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
    const units = (await (await page.request.get(`${url}/api/v1/orgs/${run.org}/units`)).json()).units;
    const id = (name) => units.find((u) => u.name === name)?.id;
    const shot = async (name) => { await settle(page); await page.screenshot({ path: `${out}/${run.lang}-${width}-${name}.png`, fullPage: true }); };
    await page.goto(`${url}/orgs/${run.org}/units/${id(run.running)}/experiments`); await shot("list");
    const list = (await (await page.request.get(`${url}/api/v1/orgs/${run.org}/experiments?unit=${id(run.running)}`)).json()).experiments;
    const running = list.find((e) => e.status === "running");
    await page.goto(`${url}/orgs/${run.org}/experiments/${running.id}`); await page.locator(".metric__actions").first().waitFor(); await shot("running");
    const endedList = (await (await page.request.get(`${url}/api/v1/orgs/${run.org}/experiments?unit=${id(run.ended)}`)).json()).experiments;
    await page.goto(`${url}/orgs/${run.org}/experiments/${endedList[0].id}`); await shot("interview-ended");
    await page.goto(`${url}/orgs/${run.org}/experiments/${running.id}`); await settle(page);
    await page.locator(".metric__actions button").first().click();
    await page.getByRole("dialog").getByLabel(/threshold|阈值/i).fill("55");
    await page.getByRole("dialog").locator("button[type=submit]").click();
    await page.waitForTimeout(1500);
    await page.getByRole("dialog").screenshot({ path: `${out}/${run.lang}-${width}-change-dialog.png` });
    await page.keyboard.press("Escape");
    await page.goto(`${url}/orgs/${run.org}/units/${id(run.running)}/experiments`); await settle(page);
    await page.locator(".page-header__actions button").first().click();
    await page.waitForTimeout(500);
    await page.getByRole("dialog").screenshot({ path: `${out}/${run.lang}-${width}-new-dialog.png` });
    await page.keyboard.press("Escape");
    await page.goto(`${url}/orgs/${run.org}/units/${id(run.running)}`); await shot("team");
    await page.goto(`${url}/orgs/${run.org}/learnings`); await shot("learnings");
    await context.close();
  }
}
await browser.close();
