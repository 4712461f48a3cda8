import { describe, expect, it } from "vitest";
import { hundredKeyResults } from "../../../../tests/support/okrs-100.ts";
import { reviewOkrSet } from "../review.ts";
import { taggerUse } from "./english.ts";

// `grove lint` stays under a second on 100 KRs (issue 17): the tagger is the coach's one costly
// part (about 0.4 s of CPU to load, a few milliseconds a sentence), so these count what it does
// instead of timing it. The unit project shares one module cache between files, so each check
// reads the counters before and after.
const titles = (language: "en" | "zh") =>
  hundredKeyResults(language).units.flatMap((u) =>
    u.objectives.flatMap((o) => [o.title, ...o.keyResults.map((k) => k.title)]),
  );

describe("the English tagger's cost on 100 key results", () => {
  it("is not paid at all for Chinese OKRs: no sentence is tagged, the tagger is not loaded for them", () => {
    const before = taggerUse();
    const findings = reviewOkrSet(hundredKeyResults("zh"), { locale: "zh" });
    expect(findings.length).toBeGreaterThan(20);
    const after = taggerUse();
    expect(after.requests - before.requests).toBe(0);
    expect(after.loads).toBe(before.loads);
  });

  it("asks for fewer sentences than there are titles (the stem prefilters), tags each once and loads the tagger once", () => {
    const set = hundredKeyResults("en");
    const before = taggerUse();
    const findings = reviewOkrSet(set, { locale: "en" });
    expect(findings.length).toBeGreaterThan(20);
    const first = taggerUse();
    // Ten wording rules on 133 titles: without the prefilters each would tag every title.
    expect(first.requests - before.requests).toBeGreaterThan(0);
    expect(first.requests - before.requests).toBeLessThan(titles("en").length);
    expect(first.loads).toBe(1);

    reviewOkrSet(set, { locale: "en" });
    const second = taggerUse();
    expect(second.sentences - first.sentences).toBe(0);
    expect(second.loads).toBe(1);
  });
});
