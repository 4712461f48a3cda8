/**
 * Blind labelled collection, English, December 2026 (issue 17, point 1: measurement).
 *
 * Written on 2026-12-05 by a helper engineer of session s7 on branch coach-blind2, WITHOUT reading
 * the coach's code, its docs or the earlier collections' cases. Sources: /work/shared/METHOD.md (the
 * only source for labels), the guide seed/okr-product-guide.zh.txt, and corpus.ts for the format.
 * The teams and OKRs are invented, in the way real product teams write them.
 *
 * NEVER use this collection to tune a rule, a word list or a threshold: it exists to measure the
 * coach on text it has never seen. If a case looks mislabelled, discuss it in the issue; do not
 * change a label to match what a program says.
 *
 * Labelling conventions (from METHOD.md, applied the same way in every case):
 * - M1 on the unit when it has more than one objective; M2 on the objective when it has fewer than 3
 *   or more than 5 KRs, or two KRs on the same metric; M4 (not M2) on an objective with no KR.
 * - K1 when a part of the KR is missing: baseline or target has no value.
 * - K2 when the KR has no deadline, or when the numbers are there but nothing can be read: no
 *   metric named and no unit, so "from 2 to 4" measures nothing.
 * - Default deadline is the end of 2027-Q1 (the period) unless the KR says otherwise.
 * - Comments marked TRAP explain why a sentence that looks like a finding is clean.
 */
import { type Collection, kr, objective, PERIOD, unit } from "./corpus.ts";

export const blindDecemberEn: Collection = {
  name: "blind-2026-12-en",
  period: PERIOD,
  units: [
    unit("Invoicing (B2B SaaS)", [
      objective("Make getting paid effortless for small agencies", [
        kr("Raise share of invoices paid on time from 61% to 72%", 61, 72),
        kr("Cut median days-to-payment from 18 to 12 days", 18, 12),
        // TRAP: names a feature, but measures the share of invoices paid through it: an outcome (K7).
        kr("Increase % of invoices paid via the new autopay from 9% to 20%", 9, 20),
        kr("Reduce payment-related tickets per 100 accounts from 7.5 to 5", 7.5, 5),
      ]),
    ]),
    unit("Grocery delivery app", [
      objective("Turn first-time shoppers into weekly regulars", [
        kr("Raise week-4 repeat order rate from 22% to 30%", 22, 30),
        // K6: "Logins and page views are rarely good KRs: a login or a view delivers no value yet."
        kr("Increase app opens per user per week from 3.1 to 4.5", 3.1, 4.5, ["K6"]),
        // K5: "Totals that grow by themselves over time ('total user accounts') are not results."
        kr("Grow total registered accounts from 410k to 520k", 410_000, 520_000, ["K5"]),
        kr("Lift average basket size from €38 to €42", 38, 42),
      ]),
    ]),
    unit("Payments risk", [
      objective("Keep fraud low without punishing honest buyers", [
        // TRAP: a keep-within-range KR; K1 says the direction may be "keep within a range".
        kr("Hold chargeback rate at or below 0.4%", 0.4, 0.4),
        kr("Cut false-positive declines from 2.8% to 1.9%", 2.8, 1.9),
        kr("Resolve 80% of flagged orders within 1 hour (today 55%)", 55, 80),
      ]),
    ]),
    unit("iOS platform", [
      // Q2: "An objective must not dictate a specific solution."
      objective(
        "Rewrite the iOS app in SwiftUI",
        [
          // K7: "A KR is a change in a metric, not the delivery of a feature or a project."
          kr("Migrate all 42 screens to SwiftUI", 0, 42, ["K7"]),
          kr("Raise crash-free sessions from 99.1% to 99.6%", 99.1, 99.6),
          kr("Cut cold start on iPhone 11 from 2.4s to 1.5s", 2.4, 1.5),
        ],
        ["Q2"],
      ),
    ]),
    // M1: "A team pursues exactly one active objective in a period."
    unit(
      "Fitness band companion app",
      [
        objective("Help new wearers build a habit in their first month", [
          kr("Raise % of new wearers syncing on 20+ of their first 30 days from 34% to 45%", 34, 45),
          kr("Increase day-30 retention of new devices from 58% to 66%", 58, 66),
          kr("Cut pairing failures in the first session from 11% to 5%", 11, 5),
        ]),
        objective("Make sleep insights something people act on", [
          kr("Raise % of users who move bedtime after a sleep tip from 8% to 15%", 8, 15),
          kr("Increase share of users who set a sleep goal from 5% to 10%", 5, 10),
          kr("Lift sleep-insight usefulness rating (in-app, 1-5) from 3.4 to 3.9", 3.4, 3.9),
        ]),
      ],
      ["M1"],
    ),
    unit("Marketplace search", [
      objective("Help buyers find the right handmade item fast", [
        kr("Raise search-to-purchase conversion from 2.1% to 2.6%", 2.1, 2.6),
        kr("Cut zero-result searches from 9% to 4%", 9, 4),
        // TRAP: a count, but of purchases in a week, not a total that grows by itself (K5).
        kr("Increase weekly orders that started from search from 18,400 to 21,000", 18_400, 21_000),
        kr("Reduce median time from first search to add-to-cart from 6.5 min to 4 min", 6.5, 4),
      ]),
    ]),
    unit("New markets (payroll)", [
      // Q1: "Avoid objectives no team can make meaningful progress on in one quarter."
      objective(
        "Become the market leader for payroll in Germany, where we have no customers yet",
        [
          kr("Signed letters of intent from German accounting firms: 0 to 8", 0, 8),
          kr("Raise German landing page signup rate from 0.5% to 3%", 0.5, 3),
          kr("German design partners running a test payroll: 0 to 5", 0, 5),
        ],
        ["Q1"],
      ),
    ]),
    unit("Classroom app (edtech)", [
      // TRAP: a scoped learning objective, as Q1 recommends ("learn whether we can ...").
      objective("Learn whether teachers in Brazil would pay for classroom packs", [
        // TRAP: customer interviews are "a strong KR because they find unmet pain" (K6).
        kr("Complete 25 interviews with Brazilian teachers", 0, 25),
        kr("Reach 4% paid conversion on the classroom-pack fake door, from 0%", 0, 4),
        kr("Raise share of pilot classes using a pack weekly from 10% to 40%", 10, 40),
      ]),
    ]),
    unit("Agent CRM (real estate)", [
      objective("Help agents close more deals with less busywork", [
        kr("Lift lead-to-appointment conversion from 30% to 34%", 30, 34),
        kr("Average monthly closings per agent: 1.5 → 1.8", 1.5, 1.8),
        kr("Improve home value estimate accuracy from 85% to 90%", 85, 90),
      ]),
    ]),
    unit("Live-ops (mobile RPG)", [
      objective("Make the mid-game feel rewarding so players stay past level 20", [
        kr("Raise % of players reaching level 30 from 31% to 38%", 31, 38),
        // K6: sessions are activity, "a login or a view delivers no value yet".
        kr("Increase daily sessions per player from 2.3 to 3", 2.3, 3, ["K6"]),
        kr("Raise D30 retention from 9% to 12%", 9, 12),
        kr("Cut quits during levels 20-25 from 18% to 12% of players", 18, 12),
      ]),
    ]),
    unit("Checkout (fashion e-commerce)", [
      objective("Make paying feel safe and fast on mobile", [
        // K7: "not the delivery of a feature or a project (that is an initiative under a KR)".
        kr("Launch Apple Pay and Google Pay", 0, 1, ["K7"]),
        // K7: delivering a redesign is an output, not a change in a metric.
        kr("Ship the redesigned one-page checkout", 0, 1, ["K7"]),
        kr("Raise mobile checkout completion from 48% to 56%", 48, 56),
        kr("Cut payment-step abandonment from 21% to 15%", 21, 15),
      ]),
    ]),
    unit("Data platform (internal)", [
      objective("Let analysts trust the numbers without asking us", [
        kr("Cut data-quality incidents reaching dashboards from 14 to 5 a month", 14, 5),
        kr("Raise core tables meeting their freshness SLO from 72% to 95%", 72, 95),
        kr("Reduce 'is this number right?' questions in #data from 30 to 12 a week", 30, 12),
        kr("Analyst trust score (quarterly survey, 1-5): 3.1 → 3.8", 3.1, 3.8),
      ]),
    ]),
    unit("Telehealth follow-ups", [
      // M2: "fewer than 3 loses coverage."
      objective(
        "Make follow-up visits easy for patients with chronic conditions",
        [
          kr("Raise % of chronic patients booking a follow-up within 30 days from 41% to 55%", 41, 55),
          kr("Cut follow-up no-show rate from 17% to 11%", 17, 11),
        ],
        ["M2"],
      ),
    ]),
    unit("Clinician tools", [
      objective("Give clinicians back time in every visit", [
        kr("Reduce median charting time per visit from 9 min to 6 min", 9, 6),
        kr("Raise visit notes finalised the same day from 64% to 85%", 64, 85),
        kr("Clinician satisfaction with the notes tool (1-5) from 3.0 to 3.7", 3.0, 3.7),
      ]),
    ]),
    unit("Messaging app", [
      objective("Build deeper conversations between close friends", [
        // K3: "'monthly active users' for 'build deeper workflows for users'" -- same shape here.
        kr("Increase MAU from 3.2M to 3.6M", 3_200_000, 3_600_000, ["K3"]),
        kr("Raise % of chats with 10+ messages in a day from 14% to 19%", 14, 19),
        kr("Grow share of users with 3+ close-friend threads a week from 22% to 28%", 22, 28),
        kr("Cut chats abandoned after the first message from 46% to 38%", 46, 38),
      ]),
    ]),
    unit("Product analytics SaaS: core", [
      // Q3: "'Close the gap between our feature set and the competitors'' steers away from our own customers' pain."
      objective(
        "Match Mixpanel's feature set so we stop losing deals",
        [
          kr("Reduce lost deals citing missing features from 38% to 25%", 38, 25),
          kr("Raise trial-to-paid conversion from 11% to 14%", 11, 14),
          kr("Raise win rate in competitive deals from 27% to 33%", 27, 33),
        ],
        ["Q3"],
      ),
    ]),
    unit("Product analytics SaaS: win-back", [
      // TRAP: names a competitor, but the aim is our customers' outcome, not feature parity (Q3).
      objective("Win back the teams that left us for Amplitude", [
        kr("Raise re-activation rate of contacted churned workspaces from 3% to 10%", 3, 10),
        // TRAP: interviews find unmet pain (K6), the method calls them a strong KR.
        kr("Hold 15 exit interviews with churned admins", 0, 15),
        kr("Raise 90-day retention of returning workspaces from 52% to 65%", 52, 65),
      ]),
    ]),
    unit("People platform (HR SaaS)", [
      // Q4: "The objective is the aspiration; numbers belong in its KRs."
      objective(
        "Reach 95% onboarding completion within 14 days for every new hire",
        [
          kr("Raise new hires completing onboarding within 14 days from 63% to 80%", 63, 80),
          kr("Cut manager approval time for equipment from 3.2 days to 1 day", 3.2, 1),
          kr("Increase new-hire 30-day survey score from 3.6 to 4.1 (out of 5)", 3.6, 4.1),
        ],
        ["Q4"],
      ),
    ]),
    unit("Neobank savings", [
      objective("Help young customers save without thinking about it", [
        // K1: "Metric + current state + target end state. All three are required" -- no baseline.
        kr("Increase share of customers with an active round-up rule to 30%", null, 30, ["K1"]),
        kr("Raise average monthly savings per saver from €42 to €60", 42, 60),
        // K1: the target end state is missing.
        kr("Grow % of customers holding a one-month emergency buffer (now 12%)", 12, null, ["K1"]),
        kr("Cut saving-goal abandonment from 35% to 25%", 35, 25),
      ]),
    ]),
    unit("Developer platform", [
      objective("Make shipping to production boring for every squad", [
        kr("Raise deploys needing no manual step from 58% to 85%", 58, 85),
        // K2: "Time-bound (a deadline, never 'eventually')" -- this KR has none.
        kr("Cut change failure rate from 14% to 8%", 14, 8, ["K2"], { deadline: null }),
        kr("Reduce median merge-to-prod lead time from 3 h to 45 min", 180, 45),
      ]),
    ]),
    unit("Podcast app discovery", [
      objective("Make discovering new shows feel personal", [
        // K2: "Measurable (a way to track baseline and improvement exists)" -- 6 to 8 of what?
        kr("Improve recommendation quality", 6, 8, ["K2"]),
        kr("Raise % of listeners following a recommended show within 7 days from 9% to 14%", 9, 14),
        kr("Increase share of listening hours from shows found in-app from 18% to 24%", 18, 24),
      ]),
    ]),
    unit("Smart thermostat app", [
      objective("Make saving energy at home the default, not a chore", [
        kr("First-try setup success", 71, 85, [], { metric: "first-try setup success rate", unit: "%" }),
        kr("Households running an energy-saving schedule", 38, 50, [], { unit: "%" }),
        kr("Support calls per 1,000 installs: 64 → 40", 64, 40),
        kr("Average monthly energy saved per home", 31, 40, [], { unit: "kWh" }),
      ]),
    ]),
    unit("Local news site", [
      objective("Become the place readers trust for local news", [
        // K5: "Totals that grow by themselves over time ('total views') are not results."
        kr("Grow total page views from 9M to 12M", 9_000_000, 12_000_000, ["K5"]),
        // K6: "Logins and page views are rarely good KRs."
        kr("Increase logins per reader per month from 4 to 6", 4, 6, ["K6"]),
        kr("Raise 90-day retention of paid subscribers from 71% to 78%", 71, 78),
        kr("Raise share of readers rating articles trustworthy from 62% to 70%", 62, 70),
      ]),
    ]),
    unit("Support desk (B2B)", [
      // M4: "An objective without KRs gives no sense of progress and no shared definition of success."
      objective("Make a customer's first contact with support the last one for that issue", [], ["M4"]),
    ]),
    unit("Driver app (ride-hailing)", [
      objective("Help drivers earn more for every hour they are online", [
        kr("Raise median earnings per online hour from $21.40 to $23.50", 21.4, 23.5),
        kr("Cut idle time between trips from 11 min to 8 min", 11, 8),
        // TRAP: "launch" is the driver's first day; the KR measures an outcome (K7).
        kr("Increase new drivers completing 20 trips within 14 days of launch from 44% to 55%", 44, 55),
        kr("Reduce driver-initiated cancellations from 6.1% to 4.5%", 6.1, 4.5),
      ]),
    ]),
    unit("Claims (insurtech)", [
      // Q2: the objective mandates a solution (a specific product) instead of an aspiration.
      objective(
        "Build an AI claims assistant",
        [
          // K7: delivering an MVP is a project, "that is an initiative under a KR".
          kr("Deliver the claims chatbot MVP", 0, 1, ["K7"]),
          // K7: integrating a component is an output.
          kr("Integrate OCR for receipt uploads", 0, 1, ["K7"]),
          kr("Cut median claim settlement time from 9 days to 6 days", 9, 6),
          kr("Raise claimant CSAT from 3.8 to 4.2 out of 5", 3.8, 4.2),
        ],
        ["Q2"],
      ),
    ]),
    unit("Corporate travel (new bet)", [
      // TRAP: a discovery objective scoped to one quarter, the shape Q1 recommends.
      objective("Find out if business travellers would book hotels through us", [
        // TRAP: interviews in discovery are a strong KR (K6, P2).
        kr("Run 30 interviews with travel managers", 0, 30),
        kr("Reach a 4% click-to-book rate on the pilot hotel page, from 0%", 0, 4),
        kr("Get 12 pilot companies to book at least one stay, from 0", 0, 12),
      ]),
    ]),
    unit("Crypto exchange", [
      // Q1: "Avoid objectives no team can make meaningful progress on in one quarter."
      objective(
        "Be the most trusted exchange in the world",
        [
          // K5: cumulative sign-ups only grow; "total user accounts" is the method's example.
          kr("Grow cumulative sign-ups from 1.1M to 1.4M", 1_100_000, 1_400_000, ["K5"]),
          kr("Cut withdrawal tickets per 1k users from 9 to 5", 9, 5),
          kr("Raise 2FA adoption among active traders from 46% to 70%", 46, 70),
        ],
        ["Q1"],
      ),
    ]),
    unit("Recruiting marketplace", [
      objective("Get candidates hired faster through our matches", [
        // K6: profile views are views; "a view delivers no value yet".
        kr("Increase recruiter profile views from 120k to 180k per month", 120_000, 180_000, ["K6"]),
        // K6: "number of logins" is the method's own bad example.
        kr("Raise candidate logins per week from 1.8 to 2.5", 1.8, 2.5, ["K6"]),
        kr("Cut median days from first match to offer from 34 to 26", 34, 26),
        kr("Raise share of matches reaching interview from 12% to 17%", 12, 17),
      ]),
    ]),
    unit("Restaurant POS", [
      // M2: "More than 5 dilutes focus."
      objective(
        "Make closing the till painless for restaurant managers",
        [
          kr("Cut median end-of-day close time from 38 min to 15 min", 38, 15),
          kr("Reduce cash discrepancies over $5 from 12% to 5% of closes", 12, 5),
          kr("Raise closes done without a support call from 91% to 97%", 91, 97),
          kr("Raise managers rating close 'easy' from 40% to 65%", 40, 65),
          kr("Cut tip-out calculation errors from 3.5% to 1% of shifts", 3.5, 1),
          kr("Reduce re-opened closes from 6% to 2%", 6, 2),
        ],
        ["M2"],
      ),
    ]),
    unit("Email marketing SaaS", [
      objective("Help small shops earn revenue from every campaign", [
        kr("Raise campaigns with at least one attributed order from 38% to 48%", 38, 48),
        kr("Raise median revenue per campaign from $212 to $260", 212, 260),
        // TRAP: paying shops sending weekly is a count of customers getting value now, not a running total (K5).
        kr("Grow paying shops that send weekly from 2,300 to 2,800", 2_300, 2_800),
        kr("Cut unsubscribe rate per send from 0.42% to 0.30%", 0.42, 0.3),
      ]),
    ]),
    // M1: "More objectives are sequenced into later periods or given to other teams."
    unit(
      "Language learning app",
      [
        objective("Keep learners coming back after their first week", [
          kr("Raise week-2 retention from 38% to 45%", 38, 45),
          kr("Increase learners finishing unit 1 from 29% to 37%", 29, 37),
          kr("Cut streak-break churn from 24% to 18% of learners", 24, 18),
        ]),
        // Q4: "numbers belong in its KRs".
        objective(
          "Grow paid conversion to 8%",
          [
            kr("Raise trial-to-paid conversion from 5.5% to 8%", 5.5, 8),
            kr("Cut first-renewal refunds from 7% to 4%", 7, 4),
            kr("Raise annual-plan share of new subscriptions from 30% to 40%", 30, 40),
          ],
          ["Q4"],
        ),
      ],
      ["M1"],
    ),
    unit("Endpoint security (IT)", [
      objective("Make sure a stolen laptop never becomes a breach", [
        // K7: rolling out an agent is a project, not a change in a metric.
        kr("Roll out the MDM agent to the whole fleet", 0, 1, ["K7"]),
        kr("Raise laptops with full-disk encryption from 71% to 99%", 71, 99),
        kr("Cut median time to revoke a lost device's access from 6 h to 30 min", 360, 30),
        // K2: no metric and no unit, so "2 to 4" cannot be read ("a way to track baseline and improvement").
        kr("Improve security posture", 2, 4, ["K2"]),
      ]),
    ]),
    unit("Kids' reading game", [
      // TRAP: "6-9" names the audience, not a target (Q4 is about targets in the objective).
      objective("Make reading practice fun for 6-9 year olds", [
        kr("Raise kids finishing 3+ stories a week from 26% to 34%", 26, 34),
        kr("Parents reporting 'my child asks to play' (survey): 41% → 50%", 41, 50),
        kr("Cut story abandonment before page 5 from 30% to 22%", 30, 22),
      ]),
    ]),
    unit("Retail loyalty", [
      objective("Make our best customers feel recognised", [
        // K3: "A metric that is easy to measure but does not show progress on the objective is wrong."
        kr("Raise paid search click-through rate from 3.2% to 4%", 3.2, 4, ["K3"]),
        kr("Raise top-tier repeat purchase rate from 44% to 52%", 44, 52),
        kr("Increase top-tier NPS from 38 to 48", 38, 48),
        kr("Cut top-tier churn from 9% to 6% a quarter", 9, 6),
      ]),
    ]),
    unit("Video editor app", [
      // Q3: "No feature parity with competitors."
      objective(
        "Catch up with CapCut on templates and effects",
        [
          // K7: shipping a quantity of content is an output.
          kr("Ship 200 new templates", 0, 200, ["K7"]),
          kr("Raise exports using a template from 19% to 26%", 19, 26),
          kr("Increase week-2 retention of new creators from 31% to 36%", 31, 36),
        ],
        ["Q3"],
      ),
    ]),
    unit("Warehouse ops tooling", [
      objective("Get orders out the door right the first time", [
        kr("Cut mis-picks from 0.9% to 0.5% of lines", 0.9, 0.5),
        kr("Raise orders shipped same day from 82% to 92%", 82, 92),
        kr("Reduce scanner-related stoppages from 14 to 6 per site per week", 14, 6),
        kr("Pickers at target rate in their first week: 40% → 60%", 40, 60),
      ]),
    ]),
    unit("SME lending", [
      objective("Give small businesses a loan decision they can plan around", [
        // K1: the target end state is missing.
        kr("Cut median hours from application to decision (now 72 h)", 72, null, ["K1"]),
        // K2: "Time-bound (a deadline, never 'eventually')".
        kr("Raise applicants getting a reasoned decision within 24 h from 35% to 60%", 35, 60, ["K2"], {
          deadline: null,
        }),
        kr("Lower drop-off at the bank-connection step from 28% to 18%", 28, 18),
      ]),
    ]),
    unit("Community platform", [
      objective("Help hosts run communities members keep coming back to", [
        kr("Raise new communities with a non-host post in week 1 from 33% to 45%", 33, 45),
        kr("Increase 8-week member retention in active communities from 39% to 46%", 39, 46),
        kr("Cut host churn in the first 60 days from 27% to 20%", 27, 20),
      ]),
    ]),
    unit("Pharmacy refills", [
      // M4: "KRs ... give a sense of progress"; an objective with none stands alone.
      objective("Never let a patient run out of their medication", [], ["M4"]),
    ]),
    unit("Payments API", [
      objective("Make our API the easiest way for developers to go live with payments", [
        // K7: publishing SDKs is delivery of an output.
        kr("Publish SDKs for Go and Rust", 0, 2, ["K7"]),
        // K6: page views are activity, "a view delivers no value yet".
        kr("Increase docs page views from 400k to 600k per month", 400_000, 600_000, ["K6"]),
        kr("Cut median time from API key to first live payment from 12 to 7 days", 12, 7),
        kr("Raise sandbox accounts going live within 30 days from 18% to 25%", 18, 25),
      ]),
    ]),
    unit("Marketplace trust & safety", [
      objective("Make buyers confident that sellers are who they say they are", [
        // TRAP: a GMV share looks like a sales number but shows how much buying happens with verified sellers (K3).
        kr("Raise % of GMV from verified sellers from 62% to 75%", 62, 75),
        kr("Cut 'not as described' disputes from 1.8% to 1.2% of orders", 1.8, 1.2),
        kr("Raise buyer trust survey score from 3.7 to 4.1", 3.7, 4.1),
      ]),
    ]),
    unit("Home camera app", [
      // Q4: "Qualitative. The objective is the aspiration; numbers belong in its KRs."
      objective(
        "Cut false motion alerts by 50%",
        [
          kr("Reduce false motion alerts per camera per day from 6 to 3", 6, 3),
          kr("Raise users keeping motion alerts on after 30 days from 55% to 70%", 55, 70),
          kr("Lower alert-to-live-view latency from 4.2s to 2s", 4.2, 2),
        ],
        ["Q4"],
      ),
    ]),
    unit("Subscription meal kits", [
      objective("Keep subscribers who need a break instead of losing them", [
        kr("Cut monthly cancellations from 8.4% to 7%", 8.4, 7),
        kr("Raise at-risk subscribers who pause instead of cancel from 11% to 25%", 11, 25),
        kr("Raise reactivation after a pause from 48% to 60%", 48, 60),
      ]),
    ]),
    unit("Mid-market sales (HR SaaS)", [
      // Q4: a number target in the objective.
      objective(
        "Double new ARR from mid-market accounts",
        [
          // K6: calls are activity, not customer value.
          kr("Make 1,500 cold calls per rep", 0, 1_500, ["K6"]),
          // K5: a running total of leads grows by itself.
          kr("Grow total leads in the CRM from 12k to 20k", 12_000, 20_000, ["K5"]),
          kr("Raise mid-market win rate from 18% to 23%", 18, 23),
          kr("Cut sales cycle from 64 to 50 days", 64, 50),
        ],
        ["Q4"],
      ),
    ]),
    unit("Design system (internal)", [
      objective("Let product squads build consistent UI without waiting on us", [
        // K7: a release is an output.
        kr("Release v3 of the component library", 0, 1, ["K7"]),
        // K7: writing documentation is a project, not a change in a metric.
        kr("Document all 60 components", 0, 60, ["K7"]),
        kr("Raise new screens built only from library components from 55% to 80%", 55, 80),
        // K2: no metric named and no unit: "Measurable (a way to track baseline and improvement exists)".
        kr("Better developer experience", 3, 4, ["K2"]),
      ]),
    ]),
    // M1: two objectives for one team in one period.
    unit(
      "Courier operations",
      [
        objective("Get hot food to customers on time", [
          kr("Raise orders delivered within the promised window from 81% to 89%", 81, 89),
          kr("Cut food-temperature complaints from 2.2% to 1.2% of orders", 2.2, 1.2),
          kr("Reduce average courier wait at restaurants from 7 min to 4 min", 7, 4),
        ]),
        // M2: "fewer than 3 loses coverage".
        objective(
          "Keep couriers safe at night",
          [
            kr("Cut night-shift incidents per 10k trips from 3.1 to 1.5", 3.1, 1.5),
            kr("Raise couriers who feel safe at night (monthly pulse) from 58% to 75%", 58, 75),
          ],
          ["M2"],
        ),
      ],
      ["M1"],
    ),
    unit("Bank onboarding", [
      objective("Get new customers to their first salary deposit", [
        // K1: no current state (baseline).
        kr("Raise new accounts receiving salary within 45 days to 30%", null, 30, ["K1"]),
        // K3: store rating does not show progress toward first salary deposits.
        kr("Increase app store rating from 4.2 to 4.6", 4.2, 4.6, ["K3"]),
        // K1: no target end state.
        kr("Cut KYC drop-off (currently 31%)", 31, null, ["K1"]),
        kr("Reduce signup-to-IBAN time from 48 h to 10 min", 2_880, 10),
      ]),
    ]),
    unit("Family trip planner", [
      objective("Help families plan trips together without spreadsheets", [
        // K7: adding a feature is an output.
        kr("Add collaborative itinerary editing", 0, 1, ["K7"]),
        // K5: a running total of itineraries grows by itself.
        kr("Grow total itineraries created from 1.2M to 1.5M", 1_200_000, 1_500_000, ["K5"]),
        kr("Raise family trips with 2+ contributors from 14% to 22%", 14, 22),
        kr("Increase trips booked from a shared itinerary from 6% to 10%", 6, 10),
      ]),
    ]),
    unit("Creator monetisation", [
      // Q2: the objective names the solution (tipping) instead of the aspiration.
      objective(
        "Add tipping to live streams",
        [
          kr("Raise creators earning ≥$100/month from fans from 7% to 10%", 7, 10),
          // K6: views are activity.
          kr("Increase live stream views from 3M to 4M per week", 3_000_000, 4_000_000, ["K6"]),
          kr("Raise median creator earnings per stream from $14 to $18", 14, 18),
        ],
        ["Q2"],
      ),
    ]),
    unit("IT helpdesk (internal)", [
      objective("Let employees fix common IT problems themselves", [
        // K2: no deadline ("Time-bound").
        kr("Raise self-serve password resets from 52% to 85%", 52, 85, ["K2"], { deadline: null }),
        // K6: visits are page views.
        kr("Increase IT wiki visits from 9k to 15k a month", 9_000, 15_000, ["K6"]),
        kr("Cut tickets per 100 employees a month from 31 to 22", 31, 22),
      ]),
    ]),
    unit("E-bike companion app", [
      // Q3: parity with a competitor's app.
      objective(
        "Have every feature VanMoof's app has",
        [
          kr("Raise riders using ride tracking weekly from 23% to 30%", 23, 30),
          kr("Cut lock/unlock support contacts from 4.1% to 2.5% of riders a month", 4.1, 2.5),
          kr("Increase app rating among riders from 3.9 to 4.4", 3.9, 4.4),
        ],
        ["Q3"],
      ),
    ]),
    unit("Small-business insurance pricing", [
      // M2: "no two KRs on the same metric" -- KR 1 and KR 2 are both quote-to-bind rate.
      objective(
        "Price small-business policies right the first time",
        [
          kr("Raise quote-to-bind rate from 21% to 26%", 21, 26),
          kr("Increase bound quotes as a share of all quotes from 21% to 27%", 21, 27),
          kr("Cut mid-term premium corrections from 6% to 3% of policies", 6, 3),
        ],
        ["M2"],
      ),
    ]),
    unit("Pension app", [
      // Q1: no team can make meaningful progress on "everyone in Europe" in one quarter.
      objective(
        "Become the default pension app for everyone in Europe",
        [
          // K5: total installs only grow.
          kr("Grow total app installs from 600k to 800k", 600_000, 800_000, ["K5"]),
          kr("Raise users who consolidate an old pension within 60 days from 8% to 13%", 8, 13),
          kr("Raise monthly contribution set-up rate from 35% to 45%", 35, 45),
        ],
        ["Q1"],
      ),
    ]),
    unit("Customer success (B2B)", [
      objective("Help new customers see value in their first 30 days", [
        kr("Raise accounts hitting their first report within 14 days from 46% to 60%", 46, 60),
        // TRAP: usability sessions are the guide's own KR example (worked example 2), discovery, not activity.
        kr("Run 12 onboarding observation sessions with new admins", 0, 12),
        kr("Cut 30-day logo churn from 4% to 2.5%", 4, 2.5),
      ]),
    ]),
    unit("Identity platform (internal)", [
      objective("Make signing in invisible for employees", [
        // TRAP: mentions sign-in, but measures success rate, not a login count (K6).
        kr("Raise first-try SSO sign-in success from 88% to 97%", 88, 97),
        kr("Cut password-reset tickets from 420 to 150 a month", 420, 150),
        kr("Reduce median sign-in time from 14 s to 5 s", 14, 5),
      ]),
    ]),
    unit("Accounting app for freelancers", [
      objective("Take the dread out of tax season for freelancers", [
        kr("Raise users filing their quarterly estimate on time from 57% to 70%", 57, 70),
        kr("Cut categorisation corrections per user per month from 14 to 6", 14, 6),
        kr("Raise 'ready for my accountant' exports without edits from 48% to 65%", 48, 65),
        kr("Lower tax-season support tickets per 1k users from 22 to 14", 22, 14),
      ]),
    ]),
    unit("B2B procurement marketplace", [
      objective("Make buying from new suppliers as easy as re-ordering", [
        // TRAP: "launch" is the supplier's catalogue going live; the KR is a rate of orders, an outcome (K7).
        kr("Raise suppliers getting an order within 30 days of catalogue launch from 22% to 35%", 22, 35),
        kr("Cut time from supplier search to first PO from 9 days to 5 days", 9, 5),
        kr("Raise repeat orders with new suppliers within 60 days from 31% to 40%", 31, 40),
      ]),
    ]),
    unit("Clinical trials recruitment", [
      objective("Get eligible patients into trials sooner", [
        kr("Cut median days from referral to screening from 21 to 12", 21, 12),
        kr("Raise pre-screened patients who pass screening from 38% to 50%", 38, 50),
        kr("Reduce site-reported screening no-shows from 25% to 15%", 25, 15),
      ]),
    ]),
    unit("Casual puzzle game", [
      objective("Make the first session fun enough that players return tomorrow", [
        kr("Raise D1 retention from 36% to 41%", 36, 41),
        kr("Cut tutorial drop-off from 19% to 12%", 19, 12),
        // TRAP: a count per player of completed levels is value delivered, not a login or view (K6).
        kr("Increase levels completed in the first session from 6.2 to 8", 6.2, 8),
      ]),
    ]),
    unit("Observability (internal SRE)", [
      objective("Let on-call engineers find the cause of an incident quickly", [
        kr("Cut median time to identify root cause from 47 min to 20 min", 47, 20),
        kr("Reduce alerts per on-call shift that need no action from 35 to 10", 35, 10),
        kr("Raise incidents with a linked trace from 40% to 80%", 40, 80),
        kr("Keep on-call pages outside working hours at or below 4 a week", 4, 4),
      ]),
    ]),
    unit("Notes app: editor", [
      // Q3: "No feature parity with competitors" -- "up to par with" is "close the gap" in other words.
      objective(
        "Bring our editor up to par with Notion",
        [
          // K7: implementing features is delivery, "that is an initiative under a KR".
          kr("Implement slash commands and synced blocks", 0, 2, ["K7"]),
          kr("Raise week-4 retention of new workspaces from 24% to 30%", 24, 30),
          kr("Raise teams with 3+ active editors from 17% to 23%", 17, 23),
        ],
        ["Q3"],
      ),
    ]),
    unit("Website & demand gen (SaaS)", [
      objective("Turn more website visitors into qualified trials", [
        // K6: impressions are views; "a view delivers no value yet".
        kr("Increase homepage impressions from 1.2M to 2M a month", 1_200_000, 2_000_000, ["K6"]),
        // K5: an all-time total only grows.
        kr("All-time newsletter subscribers: 48k → 60k", 48_000, 60_000, ["K5"]),
        kr("Raise visitor-to-trial conversion from 1.4% to 2%", 1.4, 2),
        kr("Raise trials reaching the first shared dashboard from 35% to 45%", 35, 45),
      ]),
    ]),
    unit("Mental wellbeing app", [
      objective("Help people with anxiety feel calmer day to day", [
        // K7: going live with a course is an output.
        kr("Go live with the CBT course in German", 0, 1, ["K7"]),
        kr("Raise users with a lower GAD-7 score after 6 weeks from 38% to 48%", 38, 48),
        // K3: daily actives do not show whether people feel calmer.
        kr("Increase DAU from 210k to 260k", 210_000, 260_000, ["K3"]),
        kr("Cut drop-off in the first 2 weeks from 52% to 42%", 52, 42),
      ]),
    ]),
    // M1: two objectives for one team in one period.
    unit(
      "ERP for small manufacturers",
      [
        objective("Help plant managers plan production without spreadsheets", [
          kr("Raise weekly plans built fully in-app from 33% to 55%", 33, 55),
          kr("Cut late orders caused by planning errors from 8% to 4%", 8, 4),
          kr("Reduce time to re-plan after a machine stop from 2 h to 30 min", 120, 30),
        ]),
        // Q2: the objective prescribes the solution (a portal).
        objective(
          "Stand up a customer portal",
          [
            kr("Raise reorders placed without a phone call from 10% to 25%", 10, 25),
            kr("Cut order-status calls from 340 to 200 a month", 340, 200),
            kr("Raise customer-reported order accuracy from 93% to 97%", 93, 97),
          ],
          ["Q2"],
        ),
      ],
      ["M1"],
    ),
    unit("Retail media (grocery)", [
      objective("Make sponsored products useful to shoppers, not noise", [
        // K1: neither current state nor target end state.
        kr("Improve shopper satisfaction with sponsored results", null, null, ["K1"]),
        kr("Raise sponsored add-to-cart rate from 1.1% to 1.6%", 1.1, 1.6),
        kr("Cut 'irrelevant ad' reports from 0.8% to 0.4% of sessions", 0.8, 0.4),
      ]),
    ]),
    unit("Energy retailer app", [
      objective("Help households understand their bill and bring it down", [
        kr("Raise households on a time-of-use tariff from 12% to 18%", 12, 18),
        kr("Cut bill-shock complaints from 2.4% to 1.5% of customers", 2.4, 1.5),
        kr("Raise customers paying on time by direct debit from 88% to 93%", 88, 93),
      ]),
    ]),
    unit("Field service app", [
      objective("Get technicians to fix it on the first visit", [
        kr("Raise first-time fix rate from 71% to 80%", 71, 80),
        kr("Cut revisits caused by missing parts from 9% to 5%", 9, 5),
        kr("Reduce median job time from 84 min to 70 min", 84, 70),
      ]),
    ]),
    unit("Accessibility guild", [
      objective("Make our app work for people who use screen readers", [
        kr("Cut screen-reader users abandoning sign-up from 48% to 25%", 48, 25),
        kr("Raise screen-reader users completing checkout from 41% to 70%", 41, 70),
        kr("Cut accessibility support contacts from 120 to 60 a month", 120, 60),
      ]),
    ]),
    unit("Home services marketplace", [
      objective("Make sure every booking request finds a pro", [
        kr("Raise requests matched within 2 h from 68% to 80%", 68, 80),
        kr("Cut unfilled requests in the suburbs from 14% to 8%", 14, 8),
        // TRAP: a count of pros active this week, not a running total (K5).
        kr("Grow pros completing 5+ jobs a week from 1,900 to 2,300", 1_900, 2_300),
      ]),
    ]),
    unit("Billing platform (internal)", [
      objective("Get every invoice right the first time for finance", [
        kr("Cut invoice corrections from 4.2% to 1.5%", 4.2, 1.5),
        kr("Raise invoices issued within 1 day of period end from 70% to 95%", 70, 95),
        kr("Reduce manual revenue journal entries from 220 to 80 a month", 220, 80),
      ]),
    ]),
    unit("Podcast hosting (B2B)", [
      objective("Help independent podcasters earn from their shows", [
        kr("Raise shows with any sponsorship revenue from 6% to 10%", 6, 10),
        kr("Median monthly payout per monetised show: $85 → $110", 85, 110),
        kr("Cut ad-insertion errors from 1.5% to 0.5% of episodes", 1.5, 0.5),
      ]),
    ]),
    unit("Pet insurance", [
      objective("Make claiming for a vet visit take minutes, not weeks", [
        kr("Raise claims paid within 48 hours from 30% to 60%", 30, 60),
        kr("Cut claims sent back for missing documents from 22% to 10%", 22, 10),
        kr("Raise claimant NPS from 21 to 35", 21, 35),
        kr("Reduce claim-status calls per 100 claims from 45 to 20", 45, 20),
      ]),
    ]),
    unit("School timetabling SaaS", [
      objective("Let school admins publish a working timetable in a day", [
        kr("Raise schools publishing a clash-free timetable within 1 day from 25% to 45%", 25, 45),
        kr("Cut manual fixes after the first generated draft from 40 to 15 per school", 40, 15),
        kr("Raise admin satisfaction with the timetable (1-5) from 3.2 to 3.9", 3.2, 3.9),
      ]),
    ]),
  ],
};
