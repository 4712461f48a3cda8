// The guide's worked examples (METHOD.md section 7) as the English demo organisation (the
// Chinese one, in the guide's own words, is demo-data-zh.ts). `progress` is
// where each KR stands today as a fraction of the way from baseline to target; check-ins walk
// there week by week. Units with `parentKr` show the cascade of M5: a KR of the parent unit
// becomes the child's objective, and progress rolls back up.

import type { DemoOrganisation, DemoPerson, DemoUnit } from "./demo-types.ts";

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

const demoUnits: DemoUnit[] = [
  { name: "Demo Company", kind: "company", lead: "amara@demo.grove.dev" },
  {
    name: "Cookware",
    kind: "department",
    parent: "Demo Company",
    lead: "sofia@demo.grove.dev",
    members: ["tom@demo.grove.dev"],
    objective: {
      title: "Become home cooks' trusted cookware supplier",
      description: "Home cooks should reach for our pans first and come back for the next one.",
      keyResults: [
        {
          title: "Reduce refund rate from 0.5% to 0.2%",
          metric: "refund rate",
          unit: "%",
          baseline: 0.5,
          target: 0.2,
          progress: 0.55,
          confidence: 0.7,
        },
        {
          title: "Raise repeat purchase rate from 5% to 15%",
          metric: "repeat purchase rate",
          unit: "%",
          baseline: 5,
          target: 15,
          progress: 0.42,
          confidence: 0.35,
        },
        {
          title: "Raise preferred-brand awareness from 10% to 25%",
          metric: "preferred-brand awareness",
          unit: "%",
          baseline: 10,
          target: 25,
          progress: 0.6,
          confidence: 0.8,
        },
      ],
    },
    // Not "Become the market leader in Spain" (Q1): what one quarter can learn.
    queued: {
      title: "Learn whether home cooks in Spain want our cookware",
      keyResults: [
        {
          title: "Hold 30 interviews with home cooks in Spain (from 0)",
          metric: "customer interviews",
          unit: "interviews",
          baseline: 0,
          target: 30,
        },
        {
          title: "Raise pre-order conversion on the Spanish test page from 0% to 3%",
          metric: "pre-order conversion",
          unit: "%",
          baseline: 0,
          target: 3,
        },
        {
          title: "Run 5 market experiments on channel, price and delivery (from 0)",
          metric: "market experiments",
          unit: "experiments",
          baseline: 0,
          target: 5,
        },
      ],
    },
  },
  {
    name: "Product",
    kind: "department",
    parent: "Demo Company",
    lead: "li.wei@demo.grove.dev",
    objective: {
      title: "Become customers' trusted technology partner",
      description: "Customers build their daily work on our product because it carries their workflows end to end.",
      keyResults: [
        {
          title: "Raise completed workflows per user per month from 4 to 6",
          metric: "completed workflows per user per month",
          unit: "workflows",
          baseline: 4,
          target: 6,
          progress: 0.5,
          confidence: 0.7,
        },
        {
          title: "Grow monthly active users from 12,000 to 15,000",
          metric: "monthly active users",
          unit: "users",
          baseline: 12000,
          target: 15000,
          progress: 0.7,
          confidence: 0.75,
        },
        {
          title: "Grow product integrations in use from 8 to 12",
          metric: "integrations in use",
          unit: "integrations",
          baseline: 8,
          target: 12,
          progress: 0.75,
          confidence: 0.8,
        },
      ],
    },
  },
  {
    name: "Workflow Experience",
    kind: "team",
    parent: "Product",
    lead: "jonas@demo.grove.dev",
    members: ["priya@demo.grove.dev"],
    objective: {
      title: "Make completing a workflow effortless",
      description: "Cascaded from Product's workflow key result: users finish what they start.",
      parentKr: "Raise completed workflows per user per month from 4 to 6",
      keyResults: [
        {
          title: "Run 12 A/B tests on workflow steps (from 2)",
          metric: "A/B tests completed",
          unit: "tests",
          baseline: 2,
          target: 12,
          progress: 0.7,
          confidence: 0.8,
        },
        {
          title: "Run 8 usability tests with customers (from 0)",
          metric: "usability tests",
          unit: "tests",
          baseline: 0,
          target: 8,
          progress: 0.5,
          confidence: 0.6,
          staleDays: 19,
        },
        {
          title: "Cut median workflow completion time from 10 to 7 minutes",
          metric: "median completion time",
          unit: "min",
          baseline: 10,
          target: 7,
          progress: 0.3,
          confidence: 0.4,
        },
      ],
    },
  },
  {
    name: "Onboarding",
    kind: "team",
    parent: "Workflow Experience",
    lead: "priya@demo.grove.dev",
    objective: {
      title: "Help new users finish their first workflow on day one",
      description: "Cascaded from Workflow Experience's completion-time key result.",
      parentKr: "Cut median workflow completion time from 10 to 7 minutes",
      keyResults: [
        {
          title: "Raise day-one workflow completion from 35% to 55%",
          metric: "day-one workflow completion",
          unit: "%",
          baseline: 35,
          target: 55,
          progress: 0.4,
          confidence: 0.5,
        },
        {
          title: "Cut first-workflow time from 14 to 8 minutes",
          metric: "first-workflow time",
          unit: "min",
          baseline: 14,
          target: 8,
          progress: 0.35,
          confidence: 0.45,
        },
        {
          title: "Hold 20 interviews with users who abandoned onboarding (from 0)",
          metric: "customer interviews",
          unit: "interviews",
          baseline: 0,
          target: 20,
          progress: 0.65,
          confidence: 0.85,
        },
      ],
    },
  },
  {
    name: "Real-estate CRM",
    kind: "team",
    parent: "Product",
    lead: "chen.jing@demo.grove.dev",
    objective: {
      title: "Enable real-estate agents to drive more home sales with less effort",
      description:
        "One objective for the team: collaboration, online presence and automation all serve it as KRs and initiatives.",
      keyResults: [
        {
          title: "Raise lead conversion from 30% to 34%",
          metric: "lead conversion",
          unit: "%",
          baseline: 30,
          target: 34,
          progress: 0.85,
          confidence: 0.9,
        },
        {
          title: "Raise average monthly home sales per agent from 1.5 to 1.8",
          metric: "home sales per agent per month",
          unit: "sales",
          baseline: 1.5,
          target: 1.8,
          progress: 0.65,
          confidence: 0.7,
        },
        {
          title: "Raise home value estimate accuracy from 85% to 90%",
          metric: "estimate accuracy",
          unit: "%",
          baseline: 85,
          target: 90,
          progress: 0.8,
          confidence: 0.75,
        },
      ],
    },
  },
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
  name: "Demo Company",
  label: "Demo organisation",
  people: demoPeople,
  units: demoUnits,
  strategy: demoStrategy,
  checkInComment: "Latest reading from the weekly metrics review.",
};
