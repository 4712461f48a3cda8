// The English demo organisation: the guide's worked examples (docs/method.md, "Worked examples")
// in the units both demos share (demo-units.ts), with its own people and words (the Chinese one,
// in the guide's own words, is demo-data-zh.ts).

import type { DemoOrganisation, DemoPerson } from "./demo-types.ts";
import { COMPANY, demoUnitsIn } from "./demo-units.ts";

// Amara administers the organisation; Henrik only reads (a board member, say).
const demoPeople: DemoPerson[] = [
  { name: "Amara Okafor", email: "amara@demo.grove.dev", role: "admin" },
  { name: "Li Wei", email: "li.wei@demo.grove.dev", role: "member" },
  { name: "Sofia Martins", email: "sofia@demo.grove.dev", role: "member" },
  { name: "Jonas Berg", email: "jonas@demo.grove.dev", role: "member" },
  { name: "Priya Raman", email: "priya@demo.grove.dev", role: "member" },
  { name: "Chen Jing", email: "chen.jing@demo.grove.dev", role: "member" },
  { name: "Tom Becker", email: "tom@demo.grove.dev", role: "member" },
  { name: "Henrik Lund", email: "henrik@demo.grove.dev", role: "viewer" },
];

const demoStrategy: DemoOrganisation["strategy"] = {
  vision: {
    title: "Every team we serve does its best work with less effort",
    body: "Our products carry people's real work from start to finish, so they spend their time on what matters.",
  },
  strategy: {
    title: "Win on workflow depth, not feature count",
    body: "We grow by making the workflows customers already run complete and effortless, not by matching competitors feature for feature.",
  },
};

export const englishDemo: DemoOrganisation = {
  slug: "demo",
  name: COMPANY.en,
  label: "Demo organisation",
  people: demoPeople,
  units: demoUnitsIn("en"),
  strategy: demoStrategy,
  checkInComment: "Latest reading from the weekly metrics review.",
};
