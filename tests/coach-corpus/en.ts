import { type Collection, kr, objective, PERIOD, unit } from "./corpus.ts";

/** English OKRs from product companies: the guide's examples, tricky good ones, and bad ones. */
export const english: Collection = {
  name: "en",
  period: PERIOD,
  units: [
    // The guide's good examples (docs/method.md, "Worked examples").
    unit("Cookware", [
      objective("Become home cooks' trusted cookware supplier", [
        kr("Reduce refund rate from 0.5% to 0.2%", 0.5, 0.2),
        kr("Raise repeat purchase rate from 5% to 15%", 5, 15),
        kr("Raise preferred-brand awareness from 10% to 25%", 10, 25),
      ]),
    ]),
    unit("Product leadership", [
      objective("Become customers' trusted technology partner", [
        kr("Raise average completed workflows per user per month from 3.2 to 4.0", 3.2, 4),
        // Misaligned with a workflow-depth objective (K3), which no text rule can judge.
        kr("Increase monthly active users from 12,000 to 14,000", 12000, 14000),
        kr("Increase number of product integrations from 8 to 12", 8, 12),
      ]),
    ]),
    unit("Workflow director", [
      objective("Help users complete more of their workflows", [
        kr("Run 8 A/B tests on the workflow builder", 2, 8),
        kr("Run 6 usability tests with customers", 0, 6),
        kr("Cut workflow completion time from 12 to 9 minutes", 12, 9),
      ]),
    ]),
    unit("Agent CRM app", [
      objective("Enable real-estate agents to drive more home sales with less effort", [
        kr("Increase lead conversion rate from 30% to 34%", 30, 34),
        kr("Increase average monthly home sales per agent from 1.5 to 1.8", 1.5, 1.8),
        kr("Improve home value estimate accuracy from 85% to 90%", 85, 90),
      ]),
    ]),

    // Good OKRs a naive keyword matcher would flag.
    unit("Onboarding", [
      objective("Help new teams reach first value in their first week", [
        kr("Reduce time to first value from 10 days to 3 days", 10, 3),
        kr("Increase share of users who complete onboarding from 40% to 55%", 40, 55),
        kr("Raise share of trial teams that invite a teammate in week one from 22% to 30%", 22, 30),
      ]),
    ]),
    unit("Trial research", [
      objective("Understand why small agencies leave during the trial", [
        kr("Complete 20 customer interviews with churned trial agencies", 0, 20),
        kr("Increase share of churn reasons classified from 35% to 80%", 35, 80),
        kr("Run 4 experiments on trial length", 0, 4),
      ]),
    ]),
    unit("Invoicing", [
      objective("Make invoicing something finance teams never have to think about", [
        kr("Keep invoice delivery success at 99.9%", 99.9, 99.9),
        kr("Reduce failed payment retries from 6% to 3%", 6, 3),
        kr("Cut invoice-related support tickets from 420 to 250 per month", 420, 250),
      ]),
    ]),
    unit("Checkout", [
      objective("Remove friction from checkout for returning buyers", [
        kr("Raise checkout completion rate for returning buyers from 62% to 70%", 62, 70),
        kr("Reduce page views needed to finish checkout from 7 to 4", 7, 4),
        kr("Reduce login failure rate at checkout from 3% to 1%", 3, 1),
      ]),
    ]),
    unit("Marketplace sellers", [
      objective("Make first-time sellers successful on the marketplace", [
        kr("Raise share of new sellers with a sale within 30 days from 18% to 26%", 18, 26),
        kr("Reduce median time to first listing approval from 48 to 12 hours", 48, 12),
        kr("Increase seller 90-day retention from 55% to 62%", 55, 62),
        kr("Raise average seller satisfaction from 7.1 to 7.8", 7.1, 7.8),
      ]),
    ]),
    unit("Payments API", [
      objective("Make our API the easiest way for developers to accept payments", [
        kr("Reduce median time from API key to first successful charge from 45 to 15 minutes", 45, 15),
        kr("Raise share of integrations that pass certification on the first try from 50% to 70%", 50, 70),
        kr("Lower API error rate from 0.8% to 0.3%", 0.8, 0.3),
      ]),
    ]),
    unit("Physio app", [
      objective("Help patients stick with their physiotherapy plans", [
        kr("Raise share of patients completing 80% of prescribed sessions from 38% to 50%", 38, 50),
        kr("Reduce no-show rate for video appointments from 14% to 8%", 14, 8),
        kr("Increase average patient-reported pain improvement from 1.2 to 2.0 points", 1.2, 2),
      ]),
    ]),
    unit("Learning", [
      objective("Help learners finish the courses they start", [
        kr("Raise course completion rate from 12% to 18%", 12, 18),
        kr("Increase share of learners who return in week two from 35% to 45%", 35, 45),
        kr("Complete 15 interviews with learners who dropped out", 0, 15),
      ]),
    ]),
    unit("Support", [
      objective("Give customers answers without waiting", [
        kr("Reduce median first response time from 6 hours to 1 hour", 6, 1),
        kr("Raise self-service resolution rate from 25% to 40%", 25, 40),
        kr("Raise CSAT from 82% to 88%", 82, 88),
      ]),
    ]),
    unit("CRM data", [
      objective("Make sure agents trust the numbers in their pipeline", [
        kr("Raise share of deals with a complete close date from 60% to 90%", 60, 90),
        kr("Reduce duplicate contact records from 8% to 2%", 8, 2),
        kr("Raise pipeline forecast accuracy from 70% to 85%", 70, 85),
      ]),
    ]),
    unit("Sales", [
      objective("Grow revenue from customers who stay with us", [
        kr("Reduce monthly churn of qualified customers from 3% to 2%", 3, 2),
        kr("Increase conversations with new qualified customers from 40 to 60 per month", 40, 60),
        kr("Raise net revenue retention from 102% to 108%", 102, 108),
      ]),
    ]),
    unit("Growth", [
      objective("Turn more visitors into successful trial teams", [
        kr("Raise visitor-to-trial conversion from 2% to 3%", 2, 3),
        kr("Grow weekly sign-ups from 2,000 to 2,600", 2000, 2600),
        kr("Raise trial-to-paid conversion from 4% to 6%", 4, 6),
      ]),
    ]),
    unit("Mobile", [
      objective("Make the mobile app dependable on slow networks", [
        kr("Reduce crash rate from 1.2% to 0.4%", 1.2, 0.4),
        kr("Cut median screen load time on 3G from 4.5 s to 2 s", 4.5, 2),
        kr("Raise app store rating from 3.9 to 4.4", 3.9, 4.4),
      ]),
    ]),
    unit("Platform", [
      objective("Let product teams ship changes safely and often", [
        kr("Reduce time to ship a fix from 5 days to 2 days", 5, 2),
        kr("Lower change failure rate from 18% to 10%", 18, 10),
        kr("Reduce mean time to restore service from 4 hours to 1 hour", 4, 1),
      ]),
    ]),
    unit("Search", [
      objective("Help buyers find the right product on the first search", [
        kr("Raise share of searches followed by an add-to-cart from 21% to 27%", 21, 27),
        kr("Reduce zero-result searches from 9% to 4%", 9, 4),
        kr("Keep median search latency below 200 ms", 180, 180),
      ]),
    ]),

    // The guide's bad examples and other anti-patterns.
    unit("Spain", [
      objective(
        "Become the market leader in Spain",
        [
          kr("Raise brand awareness in Spain from 2% to 10%", 2, 10),
          kr("Reach 5% market share in Spain", null, 5, ["K1"]),
          kr("Grow total app downloads in Spain from 1,000 to 50,000", 1000, 50000, ["K5"]),
        ],
        ["Q1"],
      ),
    ]),
    unit("Margin", [
      objective(
        "Sunset least-used features to raise margin",
        [
          kr("Raise gross margin from 62% to 68%", 62, 68),
          kr("Reduce maintenance cost per month from $40k to $30k", 40, 30),
          kr("Remove 5 least-used features", 0, 5, ["K7"]),
        ],
        ["Q2"],
      ),
    ]),
    unit("Competitive", [
      objective(
        "Close the feature gap with competitors",
        [
          kr("Ship 12 features competitors already have", 0, 12, ["K7"]),
          kr("Raise win rate against Competitor X from 20% to 30%", 20, 30),
          kr("Increase number of features from 40 to 55", 40, 55, ["K7"]),
        ],
        ["Q3"],
      ),
    ]),
    unit("Content", [
      objective("Make our content the go-to resource for product managers", [
        kr("Grow total views from 1M to 2M", 1, 2, ["K5"]),
        kr("Increase total user accounts from 40,000 to 50,000", 40000, 50000, ["K5"]),
        kr("Raise share of readers who subscribe after an article from 1.5% to 3%", 1.5, 3),
      ]),
    ]),
    unit("Planning", [
      objective("Help teams plan their quarter in one place", [
        kr("Increase number of logins from 20,000 to 30,000 per week", 20000, 30000, ["K6"]),
        kr("Raise page views per visit from 3 to 5", 3, 5, ["K6"]),
        kr("Raise share of teams that publish a full quarterly plan from 30% to 50%", 30, 50),
      ]),
    ]),
    unit("Reporting", [
      objective("Make month-end reporting effortless for finance teams", [
        kr("Launch the new reporting dashboard", null, null, ["K1", "K7"]),
        kr("Ship CSV export by February 15", 0, 1, ["K7"], { deadline: "2027-02-15" }),
        kr("Reduce time to build the month-end report from 3 days to 1 day", 3, 1),
      ]),
    ]),
    unit("Sizing", [
      objective("Help shoppers find the right size the first time", [
        kr("Reduce size-related returns from 18% to 24%", 18, 24, ["K1"]),
        kr("Raise fit-finder usage to 40%", null, 40, ["K1"]),
        kr("Raise share of orders kept without exchange from 70% to 75%", 75, 75, ["K1"]),
      ]),
    ]),
    unit("Payouts", [
      objective("Make payouts predictable for freelancers", [
        kr("Raise share of payouts on the promised day from 88% to 97%", 88, 97, ["K2"], { deadline: null }),
        kr("Reduce payout disputes from 2.1% to 1%", 2.1, 1, ["K2"], { deadline: "2027-05-15" }),
        kr("Cut payout support tickets from 300 to 150 a month", 300, 150, ["K2"], { deadline: "end of Q1" }),
      ]),
    ]),
    unit(
      "Agent CRM split",
      [
        objective("Enable real-estate agents to collaborate through our product", [
          kr("Raise share of deals with two or more agents collaborating from 10% to 18%", 10, 18),
          kr("Reduce time to hand over a client between agents from 3 days to 1 day", 3, 1),
          kr("Raise agent satisfaction with shared listings from 6.5 to 7.5", 6.5, 7.5),
        ]),
        objective("Strengthen real-estate agents' online presence", [
          kr("Raise share of agents with a complete public profile from 45% to 70%", 45, 70),
          kr("Increase leads per agent profile from 2.0 to 2.8 per month", 2, 2.8),
          kr("Raise profile-to-contact conversion from 3% to 5%", 3, 5),
        ]),
        objective("Automate as many low-value processes as possible", [
          kr("Cut time spent on paperwork per sale from 5 hours to 2 hours", 5, 2),
          kr("Raise share of contracts signed electronically from 50% to 80%", 50, 80),
          kr("Reduce manual data entry errors from 6% to 2%", 6, 2),
        ]),
      ],
      ["M1"],
    ),
    unit("Enterprise", [
      objective(
        "Keep our enterprise customers for the long run",
        [kr("Raise gross retention from 90% to 94%", 90, 94)],
        ["M2"],
      ),
    ]),
    unit("Analytics", [
      objective(
        "Give product teams insight they act on",
        [
          kr("Raise share of teams that act on a weekly insight from 20% to 35%", 20, 35),
          kr("Reduce time to answer a product question from 2 days to 4 hours", 48, 4),
          kr("Raise insight usefulness score from 3.4 to 4.0", 3.4, 4),
          kr("Increase share of dashboards reviewed weekly from 30% to 45%", 30, 45),
          kr("Raise share of experiments with a pre-set success metric from 50% to 90%", 50, 90),
          kr("Reduce broken tracking events from 7% to 2%", 7, 2),
        ],
        ["M2"],
      ),
    ]),
    unit("Partnerships", [objective("Become the partner agencies recommend first", [], ["M4"])]),
    unit("Finance", [
      objective(
        "Grow revenue by 20%",
        [
          kr("Raise average contract value from $8k to $9.5k", 8, 9.5),
          kr("Reduce discounting from 18% to 12% of list price", 18, 12),
          kr("Raise expansion revenue share from 22% to 28%", 22, 28),
        ],
        ["Q4"],
      ),
    ]),
    unit("SMB", [
      objective(
        "Dominate the SMB accounting market",
        [
          kr("Raise SMB trial-to-paid conversion from 5% to 7%", 5, 7),
          kr("Reduce SMB churn from 4% to 3% per month", 4, 3),
          kr("Increase average time spent in app from 6 to 9 minutes", 6, 9, ["K6"]),
        ],
        ["Q1"],
      ),
    ]),
    unit("Startups", [
      objective(
        "Be the #1 OKR tool for startups",
        [
          kr("Raise share of startups that finish their first quarter plan from 35% to 50%", 35, 50),
          kr("Reach 100k cumulative app downloads", 60000, 100000, ["K5"]),
          kr("Grow registered users from 8,000 to 12,000", 8000, 12000, ["K5"]),
        ],
        ["Q1"],
      ),
    ]),
    unit("Mobile launch", [
      objective(
        "Launch the new mobile app",
        [
          kr("Release version 2.0 of the mobile app", 0, 1, ["K7"]),
          kr("Raise mobile share of completed check-ins from 10% to 25%", 10, 25),
          kr("Grow website visits from 10k to 15k a month", 10, 15, ["K6"]),
        ],
        ["Q2"],
      ),
    ]),
    unit("Integrations", [
      objective(
        "Build a Salesforce integration",
        [
          kr("Complete the Salesforce connector project", null, null, ["K1", "K7"]),
          kr("Raise share of enterprise deals with CRM sync from 20% to 45%", 20, 45),
          kr("Increase features shipped per quarter from 6 to 10", 6, 10, ["K7"]),
        ],
        ["Q2"],
      ),
    ]),
    unit("Collaboration", [
      objective(
        "Reach feature parity with Asana",
        [
          kr("Raise share of teams using shared boards weekly from 25% to 40%", 25, 40),
          kr("Reduce churn to Asana from 1.5% to 1%", 1.5, 1),
          kr("New timeline view goes live", 0, 1, ["K7"]),
        ],
        ["Q3"],
      ),
    ]),
    unit("Search rebuild", [
      objective(
        "Replace our legacy search with Elasticsearch",
        [
          kr("Cut median search latency from 900 ms to 300 ms", 900, 300),
          kr("Raise search success rate from 60% to 72%", 60, 72),
          kr("Migrate all indexes to the new cluster", 0, 100, ["K7"]),
        ],
        ["Q2"],
      ),
    ]),
    unit("Design", [
      objective(
        "Copy Figma's multiplayer editing so designers stop leaving",
        [
          kr("Reduce designer churn from 5% to 3% per month", 5, 3),
          kr("Raise share of files edited by two or more people from 12% to 20%", 12, 20),
          kr("Interview 12 designers who left in the last quarter", 0, 12),
        ],
        ["Q3"],
      ),
    ]),
  ],
};
