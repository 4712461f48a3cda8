import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
const [,, file, out, y, h] = process.argv;
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const p = await b.newPage({ viewport: { width: 390, height: Number(h) } });
const data = readFileSync(file).toString("base64");
await p.setContent(`<body style="margin:0"><img src="data:image/png;base64,${data}" style="display:block;margin-top:-${y}px"></body>`);
await p.screenshot({ path: out });
await b.close();
