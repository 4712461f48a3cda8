import { describe, expect, it } from "vitest";
import { formatTable, measure, precision, recall } from "./accuracy.ts";
import { collectionNamed } from "./collections.ts";
import { expectedFindings } from "./corpus.ts";

/**
 * Issue 17's blind sets, written in December 2026 by someone who read docs/method.md and the guide
 * but not the coach's code. They are never used to tune a rule: this file only measures them, so
 * docs/coach.md can report the figures for OKRs the coach has not seen. The floors are the last
 * measurement (rounded down; it was taken once, after the change, never to steer one): they catch
 * a change that makes the coach worse on text it was not written for, and say nothing about
 * whether it is good enough (issue 17 asks for 0.95 both).
 */
const sets = [
  // Set A, issue 17 point 1. First look 91.9 % / 80.3 % and 90.2 % / 74.3 %; after the eighth round
  // 95.6 % / 91.5 % and 92.9 % / 87.8 %; after the ninth 93.0 % / 93.0 % and 90.4 % / 89.2 %; after
  // the tenth 95.8 % / 95.8 % and 89.5 % / 91.9 %; after the eleventh 93.2 % / 95.8 % and 88.3 % /
  // 91.9 % (three K6 false alarms more in English: docs/coach.md, "After the eleventh round"); after
  // the twelfth's first part 94.4 % / 95.8 % and 88.2 % / 90.5 % (the learned K6 reading, which found
  // one in Chinese, no longer passes its threshold rule); after the twelfth and thirteenth the same; after
  // the fourteenth 93.2 % / 95.8 % and 88.2 % / 90.5 % (a K7 false alarm from its second part); after
  // the fifteenth 94.4 % / 95.8 % and 88.2 % / 90.5 % (a K6 false alarm fewer in English); after the sixteenth
  // 93.2 % / 95.8 % and 88.2 % / 90.5 % (a Q4 false alarm more in English, from round 16's Q4 decision); after the seventeenth
  // 91.9 % / 95.8 % and 87.0 % / 90.5 % (a K4 false alarm more in each, from the round's K4 rules).
  { collection: collectionNamed("blind-2026-12-en"), precision: 0.91, recall: 0.95 },
  { collection: collectionNamed("blind-2026-12-zh"), precision: 0.87, recall: 0.9 },
  // Set C (blind-2026-12-c-*) was measured here until the sixth round made it a tuning set
  // (README.md): it now counts in accuracy.test.ts with the other tuning collections.
  // Set D, a fourth writer: first look (before the fifth round) 96.3 % / 72.0 % and 95.7 % / 71.8 %;
  // after the eighth 97.4 % / 82.4 % and 95.3 % / 75.5 %; after the ninth 94.6 % / 86.8 % and
  // 95.2 % / 84.6 %; after the tenth 98.8 % / 88.5 % and 97.5 % / 84.6 %; after the eleventh
  // 98.2 % / 87.9 % and 97.1 % / 87.8 %; after the twelfth 98.2 % / 89.0 % and 97.1 % / 88.3 %; after
  // the thirteenth 98.2 % / 89.0 % and 96.5 % / 88.3 % (a K4 false alarm from its third part); after the
  // fourteenth 98.2 % / 90.1 % and 96.5 % / 88.8 %; after the fifteenth 98.2 % / 90.7 % and 96.5 % / 88.8 %;
  // after the sixteenth 98.8 % / 90.7 % and 97.1 % / 88.8 %; after the seventeenth the same and 96.5 % / 88.8 %
  // (a K3 false alarm more in Chinese, from the neighbour reading's new K3).
  { collection: collectionNamed("blind-2026-12-d-en"), precision: 0.98, recall: 0.9 },
  { collection: collectionNamed("blind-2026-12-d-zh"), precision: 0.96, recall: 0.88 },
  // Set E, a fifth writer: first look (before the sixth round) 95.4 % / 57.9 % and 97.6 % / 57.1 %;
  // after the eighth 94.8 % / 68.1 % and 97.3 % / 65.4 %; after the ninth 94.8 % / 75.5 % and
  // 95.4 % / 76.0 %; after the tenth 96.6 % / 77.8 % and 92.9 % / 72.8 %; after the eleventh
  // 96.7 % / 80.6 % and 93.8 % / 76.0 %; after the twelfth 96.7 % / 80.6 % and 93.0 % / 80.2 %;
  // after the thirteenth 96.7 % / 81.9 % and 92.6 % / 80.6 % (a K3 false alarm more in Chinese); after
  // the fourteenth 95.7 % / 82.9 % and 93.2 % / 81.6 % (two K7 false alarms more in English); after
  // the fifteenth 96.3 % / 83.3 % and 93.2 % / 82.0 %; after the sixteenth 95.8 % / 84.7 % and 92.1 % / 81.1 %
  // (in Chinese three K7 finds lost and two K5 false alarms more); after the seventeenth 96.3 % / 84.3 % and
  // 91.2 % / 81.6 %.
  // Rounds trade precision for
  // recall on some sets, and the floors follow the measurement (docs/coach.md, "After the ninth
  // round", "After the tenth round": E zh lost the learned K7 reading and gained K3 false alarms).
  { collection: collectionNamed("blind-2026-12-e-en"), precision: 0.96, recall: 0.84 },
  { collection: collectionNamed("blind-2026-12-e-zh"), precision: 0.91, recall: 0.81 },
  // Set N, a fourteenth writer (2026-12-07, weighted as a real quarter's coaching): first look,
  // after the tenth round, 89.1 % / 75.7 % and 92.6 % / 83.3 %; after the eleventh 90.3 % / 77.9 %
  // and 89.8 % / 84.3 % (new K3 readings raise false alarms in Chinese); after the twelfth
  // 89.9 % / 79.2 % and 90.1 % / 87.1 % (its second part's learned K7 reading with word vectors had
  // found 4 more and raised 2; retrained after the third part, it no longer passes its threshold rule);
  // after the thirteenth 89.8 % / 81.4 % and 91.6 % / 88.6 % (the neighbour reading finds 4 more
  // for one false alarm in English); after the fourteenth 89.0 % / 82.7 % and 91.3 % / 90.0 % (K7 and
  // K3 raise three more false alarms in English, docs/coach.md "After the fourteenth round"); after the
  // fifteenth 89.95 % / 83.2 % and 90.4 % / 89.5 % (in Chinese a Q4 and a K2 find lost and a K2 and a K3
  // false alarm more, from the small rules' readings: docs/coach.md, "Issue 17, fifteenth round"); after the
  // sixteenth 90.8 % / 83.2 % and 91.7 % / 89.0 %; after the seventeenth 90.9 % / 84.1 % and 91.2 % / 89.0 %.
  { collection: collectionNamed("blind-2026-12-n-en"), precision: 0.9, recall: 0.84 },
  { collection: collectionNamed("blind-2026-12-n-zh"), precision: 0.91, recall: 0.89 },
];

/**
 * A secondary figure (issue 17, sixteenth round): copies of the four blind sets
 * (blind-relabelled/README.md) with their labels changed by the README's label decisions and
 * nothing else, by a helper who never saw the coach's output. The originals above stay the primary
 * measure; the copies say how much of the gap to 0.95 is the writers' conventions and how much is
 * the coach. Their floors are the last measurement, rounded down, as above.
 */
const copy = (name: string) => collectionNamed(`blind-relabelled/${name}`);
const relabelledSets = (
  [
    // Made in the sixteenth round, brought up to rounds 17 and 17b; figures at the seventeenth round's end
    // (docs/coach.md, "Issue 17, seventeenth round").
    ["blind-2026-12-en", 0.94, 0.95],
    ["blind-2026-12-zh", 0.88, 0.9],
    ["blind-2026-12-d-en", 0.98, 0.91],
    ["blind-2026-12-d-zh", 0.97, 0.89],
    ["blind-2026-12-e-en", 0.96, 0.83],
    ["blind-2026-12-e-zh", 0.91, 0.81],
    ["blind-2026-12-n-en", 0.91, 0.84],
    ["blind-2026-12-n-zh", 0.94, 0.9],
  ] as const
).map(([name, precision, recall]) => ({ collection: copy(name), precision, recall }));

describe.each([
  ["the blind sets of December 2026 (never tuned on)", sets],
  ["the blind sets relabelled by the label decisions (a secondary figure)", relabelledSets],
])("coach accuracy on %s", (_, measured) => {
  it.each(measured)("$collection.name is as large as issue 17 asks", ({ collection }) => {
    expect(collection.units.length).toBeGreaterThanOrEqual(40);
    expect(expectedFindings(collection).length).toBeGreaterThanOrEqual(60);
  });

  // Reviews some 500 KRs through the English tagger: seconds of CPU, more on a shared machine.
  it.each(measured)(
    "$collection.name keeps its last measured figures",
    { timeout: 60_000 },
    ({ collection, precision: p, recall: r }) => {
      const accuracy = measure([collection]);
      // Aggregates only: a listed miss would invite tuning on a set that must stay blind.
      console.log(formatTable(accuracy, { cases: false }));
      expect(precision(accuracy.overall)).toBeGreaterThanOrEqual(p);
      expect(recall(accuracy.overall)).toBeGreaterThanOrEqual(r);
    },
  );
});
