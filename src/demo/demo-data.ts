// The guide's worked examples (docs/method.md, "Worked examples") as the English demo organisation (the
// Chinese one, in the guide's own words, is demo-data-zh.ts). `progress` is
// where each KR stands today as a fraction of the way from baseline to target; check-ins walk
// there week by week. Units with `parentKr` show the cascade of M5: a KR of the parent unit
// becomes the child's objective, and progress rolls back up.

import { type DemoOrganisation, type DemoPerson, type DemoUnit, keep } from "./demo-types.ts";

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
    previous: {
      objective: {
        title: "Make our pans arrive as good as they look",
        description: "Home cooks judge us on the first unboxing: no dents, no scratches, no waiting.",
        keyResults: [
          {
            title: "Cut damaged-on-arrival orders from 4% to 1%",
            metric: "damaged-on-arrival orders",
            unit: "%",
            baseline: 4,
            target: 1,
            progress: 0.9,
            confidence: 0.8,
          },
          {
            title: "Raise average product rating from 4.1 to 4.5 stars",
            metric: "average product rating",
            unit: "stars",
            baseline: 4.1,
            target: 4.5,
            progress: 0.7,
            confidence: 0.7,
          },
          {
            title: "Raise repeat purchase rate (baseline 3%)",
            metric: "repeat purchase rate",
            unit: "%",
            baseline: 3,
            target: 8,
            progress: 0.5,
            confidence: 0.4,
          },
        ],
      },
      checkpoint: {
        answers: [
          {
            kr: 0,
            question: "ambitious_enough",
            answer: "Probably not: the new corner protectors did most of the work in three weeks.",
          },
          {
            kr: 1,
            question: "what_worked",
            answer:
              "Answering every review under 4 stars within a day; several customers raised their rating afterwards.",
          },
          {
            kr: 2,
            question: "target_realistic",
            answer:
              "No. People buy a pan and come back months later; a quarter sees only the first cohort's earliest repeat buyers.",
          },
        ],
        decisions: [
          ...keep(0, 1),
          {
            kr: 2,
            decision: "revise",
            target: 6,
            reason: "A pan is bought again after months, not weeks: 8% cannot show inside one quarter",
          },
        ],
        learnings: [
          {
            kr: 2,
            body: "Repeat purchase of cookware has a cycle of months; a quarterly KR on it needs a target sized to the first cohort.",
          },
        ],
      },
      end: {
        answers: [
          {
            kr: 0,
            question: "ambitious_enough",
            answer:
              "No. Packaging alone got us most of the way; next time the target should ask for a change in the warehouse too.",
          },
          {
            kr: 0,
            question: "what_made_it_easy",
            answer: "The carrier shared its damage photos, so we saw in a week which corners broke.",
          },
          {
            kr: 0,
            question: "raise_the_bar",
            answer: "Refunds are the next layer: the current quarter's refund-rate KR takes it on.",
          },
          { kr: 1, question: "what_worked", answer: "Replying to low ratings fast, and the care card in the box." },
          {
            kr: 1,
            question: "could_be_better",
            answer: "We changed the care card and the replies at once, so we cannot tell which one moved the rating.",
          },
          {
            kr: 1,
            question: "what_surprised_us",
            answer: "Most low ratings were about the handle getting hot, not about the pan itself.",
          },
          {
            kr: 2,
            question: "what_blocked_us",
            answer: "No reason to come back yet: we sell one pan size and no lids.",
          },
          {
            kr: 2,
            question: "what_we_change",
            answer:
              "Offer the matching lid by email two weeks after delivery, and measure repeat purchase over two quarters.",
          },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [
          {
            kr: 0,
            body: "Damage photos from the carrier showed the breakage in a week; asking partners for their data beat guessing from refund notes.",
          },
          {
            kr: 1,
            body: "Changing two things at once (care card and review replies) left us unable to say which worked; change one thing per month.",
          },
          {
            kr: 1,
            body: "Surprise: low ratings were mostly about hot handles, a design issue our survey never asked about.",
          },
          {
            body: "Packaging was the cheapest lever we had; damaged deliveries fell from 4% to 1.3% with no change to the product.",
          },
        ],
      },
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
    previous: {
      objective: {
        title: "Make our product the place where customers' workflows run",
        description: "Customers should run whole workflows in the product, not hop between tools to finish them.",
        keyResults: [
          {
            title: "Raise weekly active teams from 800 to 1,000",
            metric: "weekly active teams",
            unit: "teams",
            baseline: 800,
            target: 1000,
            progress: 0.62,
            confidence: 0.7,
          },
          {
            title: "Grow product integrations in use from 5 to 8",
            metric: "integrations in use",
            unit: "integrations",
            baseline: 5,
            target: 8,
            progress: 1,
            confidence: 0.9,
          },
          {
            title: "Raise completed workflows per user per month from 3.4 to 4.2",
            metric: "completed workflows per user per month",
            unit: "workflows",
            baseline: 3.4,
            target: 4.2,
            progress: 0.72,
            confidence: 0.7,
          },
          {
            title: "Raise net promoter score from 30 to 40",
            metric: "net promoter score",
            unit: "points",
            baseline: 30,
            target: 40,
            progress: 0.2,
            confidence: 0.3,
          },
        ],
      },
      checkpoint: {
        answers: [
          {
            kr: 1,
            question: "raise_the_bar",
            answer: "Eight integrations will be reached early; the next quarter should ask for twelve.",
          },
          {
            kr: 3,
            question: "what_blocked_us",
            answer:
              "NPS moved with our release calendar and a pricing email, not with anything the teams did on workflows.",
          },
          {
            kr: 3,
            question: "what_we_change",
            answer: "Measure what customers finish in the product instead: completed workflows already does that.",
          },
        ],
        decisions: [
          ...keep(0, 1, 2),
          {
            kr: 3,
            decision: "drop",
            reason:
              "NPS followed releases and pricing news, not workflows; completed workflows measures the objective better",
          },
        ],
        learnings: [
          {
            body: "A sentiment score we cannot move with our own work is a poor KR; we dropped NPS at the checkpoint and kept it as a health metric.",
          },
        ],
      },
      end: {
        answers: [
          {
            kr: 0,
            question: "what_worked",
            answer: "Team invitations from inside a workflow brought whole teams in, not single users.",
          },
          {
            kr: 0,
            question: "what_surprised_us",
            answer: "Small teams of three to five grew fastest; we had aimed at large ones.",
          },
          {
            kr: 1,
            question: "ambitious_enough",
            answer: "No: two integrations were built by partners without our help.",
          },
          {
            kr: 1,
            question: "raise_the_bar",
            answer: "This quarter asks for twelve, and for integrations customers use weekly.",
          },
          {
            kr: 2,
            question: "what_worked",
            answer: "Cascading this KR to Workflow Experience: their tests found the steps where people gave up.",
          },
          {
            kr: 2,
            question: "could_be_better",
            answer:
              "We started measuring per-step drop-off only in week five; a baseline from day one would have saved a month.",
          },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [
          {
            kr: 0,
            body: "Invitations sent from inside a workflow brought in whole teams; invitations from the settings page almost never did.",
          },
          {
            kr: 1,
            body: "Partners built two integrations on their own once the API docs had examples: documentation was the cheapest way to grow integrations.",
          },
          {
            kr: 2,
            body: "Instrument a KR before the quarter starts: a month without per-step data was a month of guessing.",
          },
        ],
      },
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
    previous: {
      objective: {
        title: "Find out where users give up on their workflows",
        description: "Before making workflows faster, learn which steps people abandon and why.",
        keyResults: [
          {
            title: "Run 6 usability tests with customers (from 0)",
            metric: "usability tests",
            unit: "tests",
            baseline: 0,
            target: 6,
            progress: 1,
            confidence: 0.9,
          },
          {
            title: "Instrument 10 workflow steps with drop-off events (from 2)",
            metric: "instrumented workflow steps",
            unit: "steps",
            baseline: 2,
            target: 10,
            progress: 0.875,
            confidence: 0.8,
          },
          {
            title: "Run 6 A/B tests on workflow steps (from 0)",
            metric: "A/B tests completed",
            unit: "tests",
            baseline: 0,
            target: 6,
            progress: 0.33,
            confidence: 0.4,
          },
        ],
      },
      checkpoint: {
        answers: [
          {
            kr: 0,
            question: "what_made_it_easy",
            answer: "Customer success booked the sessions for us from their weekly calls.",
          },
          {
            kr: 2,
            question: "what_blocked_us",
            answer:
              "Each A/B test waits for enough traffic on one step; we have too few users per step to finish one a fortnight.",
          },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [
          { kr: 2, body: "A/B tests on low-traffic steps take four weeks each; test the busiest steps first." },
        ],
      },
      end: {
        answers: [
          {
            kr: 0,
            question: "ambitious_enough",
            answer: "Six was easy with customer success booking for us; eight is this quarter's bar.",
          },
          { kr: 1, question: "what_made_it_easy", answer: "The events library the platform team shipped in July." },
          {
            kr: 2,
            question: "what_blocked_us",
            answer: "Traffic: most steps see a few hundred users a week, too few for a test in two weeks.",
          },
          {
            kr: 2,
            question: "target_realistic",
            answer: "Not for our traffic. Two finished tests was what the quarter could hold.",
          },
          {
            kr: 2,
            question: "what_we_change",
            answer: "Pool similar steps into one test, and run usability tests where traffic is thin.",
          },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [
          {
            kr: 0,
            body: "Five of six usability tests stalled at the same step: choosing a template. One interview session told us more than a month of event data.",
          },
          {
            kr: 2,
            body: "Size an A/B test KR from traffic first: with a few hundred users per step, two tests a quarter is the ceiling.",
          },
          {
            body: "Surprise: people did not give up on long workflows, they gave up on the first screen that asked them to choose.",
          },
        ],
      },
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
    previous: {
      objective: {
        title: "Learn why new users leave before their first workflow",
        description: "Talk to the people who signed up and left, then fix what they ran into first.",
        keyResults: [
          {
            title: "Hold 15 interviews with users who abandoned onboarding (from 0)",
            metric: "customer interviews",
            unit: "interviews",
            baseline: 0,
            target: 15,
            progress: 17 / 15,
            confidence: 0.9,
          },
          {
            title: "Raise day-one workflow completion (baseline 30%)",
            metric: "day-one workflow completion",
            unit: "%",
            baseline: 30,
            target: 45,
            progress: 0.5,
            confidence: 0.4,
          },
          {
            title: "Cut first-workflow time from 18 to 14 minutes",
            metric: "first-workflow time",
            unit: "min",
            baseline: 18,
            target: 14,
            progress: 1,
            confidence: 0.85,
          },
        ],
      },
      checkpoint: {
        answers: [
          {
            kr: 0,
            question: "raise_the_bar",
            answer: "We will reach fifteen early; keep interviewing, the later ones explain the numbers.",
          },
          {
            kr: 1,
            question: "target_realistic",
            answer: "No: half the drop-off happens in account setup that customers' IT controls.",
          },
          {
            kr: 1,
            question: "what_we_change",
            answer: "Aim at the part we own and ask IT admins into the next interviews.",
          },
        ],
        decisions: [
          ...keep(0),
          {
            kr: 1,
            decision: "revise",
            target: 40,
            reason:
              "Interviews showed half the drop-off is single sign-on setup owned by customers' IT, outside our reach this quarter",
          },
          ...keep(2),
        ],
        learnings: [
          {
            kr: 1,
            body: "Half of day-one drop-off is single sign-on setup owned by the customer's IT; interview IT admins, not only end users.",
          },
        ],
      },
      end: {
        answers: [
          {
            kr: 0,
            question: "what_made_it_easy",
            answer: "A one-line question in the cancellation email; people were glad to be asked.",
          },
          {
            kr: 0,
            question: "ambitious_enough",
            answer: "Yes for a first round; the value came from the last five interviews, so we keep going.",
          },
          {
            kr: 1,
            question: "what_blocked_us",
            answer: "Single sign-on: teams waited days for their IT to switch it on.",
          },
          {
            kr: 1,
            question: "what_we_change",
            answer: "Let a team start with email sign-in and move to single sign-on later.",
          },
          {
            kr: 2,
            question: "what_made_it_easy",
            answer: "Prefilled sample data: users saw a finished workflow before building their own.",
          },
          { kr: 2, question: "raise_the_bar", answer: "This quarter aims at 8 minutes." },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [
          {
            kr: 0,
            body: "A single question in the cancellation email got us 17 interviews; asking at the moment people leave works.",
          },
          {
            kr: 2,
            body: "Sample data did more for first-workflow time than any tooltip: people copy a finished example.",
          },
          {
            body: "The blocker we did not see in the data was outside the product: customers' IT and their single sign-on queue.",
          },
        ],
      },
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
    previous: {
      objective: {
        title: "Give agents one place to manage their listings",
        description: "Agents should stop keeping listings in spreadsheets beside the CRM.",
        keyResults: [
          {
            title: "Move 60% of active listings into the CRM (from 20%)",
            metric: "listings managed in the CRM",
            unit: "%",
            baseline: 20,
            target: 60,
            progress: 0.45,
            confidence: 0.4,
          },
          {
            title: "Raise weekly active agents from 150 to 250",
            metric: "weekly active agents",
            unit: "agents",
            baseline: 150,
            target: 250,
            progress: 0.5,
            confidence: 0.45,
          },
          {
            title: "Raise lead conversion from 27% to 31%",
            metric: "lead conversion",
            unit: "%",
            baseline: 27,
            target: 31,
            progress: 0.75,
            confidence: 0.7,
          },
        ],
      },
      checkpoint: {
        answers: [
          {
            kr: 0,
            question: "what_blocked_us",
            answer: "The spreadsheet import breaks on agencies' own column names.",
          },
          { kr: 2, question: "what_worked", answer: "Reminders to call back a lead within an hour." },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [
          {
            kr: 0,
            body: "Every agency names its spreadsheet columns differently; an import has to let people map columns.",
          },
        ],
      },
      end: {
        answers: [
          {
            kr: 0,
            question: "what_blocked_us",
            answer: "The import: column mapping shipped only in the last two weeks.",
          },
          {
            kr: 0,
            question: "target_realistic",
            answer:
              "Yes, had the import worked from the start; the target stays for the agencies still on spreadsheets.",
          },
          {
            kr: 1,
            question: "what_blocked_us",
            answer: "Agents only come back weekly once their listings are in; this KR waited on the first one.",
          },
          {
            kr: 1,
            question: "what_we_change",
            answer: "Stop counting active agents separately; it follows from the listings.",
          },
          { kr: 2, question: "what_worked", answer: "Call-back reminders and the lead's history on one screen." },
          {
            kr: 2,
            question: "what_surprised_us",
            answer: "Leads from open houses converted twice as well as web leads.",
          },
        ],
        decisions: [...keep(0, 1, 2)],
        learnings: [
          {
            kr: 0,
            body: "We planned the listings KR on an import that did not work yet; check that a KR's first step is in place before the quarter starts.",
          },
          {
            kr: 1,
            body: "Weekly active agents followed listings moved in, with a lag; two KRs on one cause split our attention.",
          },
          { kr: 2, body: "Open-house leads convert twice as well as web leads; agents want them in the CRM first." },
        ],
      },
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
