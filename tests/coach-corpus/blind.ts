import { type Collection, kr, objective, PERIOD, unit } from "./corpus.ts";

/**
 * A third collection written last, after all tuning, and never used to change a rule: its
 * figures are the honest estimate for OKRs the coach has not seen.
 */
export const blind: Collection = {
  name: "blind",
  period: PERIOD,
  units: [
    unit("Recruiting", [
      objective("Help hiring managers fill roles with people who stay", [
        kr("Raise 12-month retention of new hires from 78% to 85%", 78, 85),
        kr("Cut median time to hire from 41 to 30 days", 41, 30),
        kr("Raise hiring manager satisfaction with shortlists from 3.2 to 4.0", 3.2, 4),
      ]),
    ]),
    unit("E-signature", [
      objective(
        "Make signing a contract possible from any phone in under a minute",
        [
          kr("Raise mobile signing completion from 64% to 80%", 64, 80),
          kr("Reduce median signing time on mobile from 2.5 to 0.9 minutes", 2.5, 0.9),
          kr("Lower signature-related support tickets from 600 to 300 a month", 600, 300),
        ],
        ["Q4"],
      ),
    ]),
    unit("Claims", [
      objective("Pay honest insurance claims fast", [
        kr("Reduce median claim payout time from 9 days to 3 days", 9, 3),
        kr("Raise share of claims settled without a phone call from 30% to 55%", 30, 55),
        kr("Keep fraud loss rate under 0.4%", 0.4, 0.4),
        kr("Roll out the new claims portal", null, null, ["K1", "K7"]),
      ]),
    ]),
    unit("Music streaming", [
      objective("Help listeners discover music they love every week", [
        kr("Raise share of listeners who save a new artist each week from 22% to 30%", 22, 30),
        kr("Increase total streams from 1.1B to 1.4B", 1.1, 1.4, ["K5"]),
        kr("Raise Discover playlist skip-free listens from 41% to 50%", 41, 50),
      ]),
    ]),
    unit("Grocery", [
      objective(
        "Be the biggest online grocer in the country",
        [
          kr("Raise share of orders delivered complete from 91% to 97%", 91, 97),
          kr("Grow weekly active households from 80k to 95k", 80, 95),
          kr("Reduce substitution complaints from 5% to 2%", 5, 2),
        ],
        ["Q1"],
      ),
    ]),
    unit("Teacher tools", [
      objective("Give teachers their evenings back", [
        kr("Cut average weekly grading time from 6 to 4 hours", 6, 4),
        kr("Raise share of assignments auto-graded from 20% to 45%", 20, 45),
        kr("Hold 10 classroom observations with teachers", 0, 10),
      ]),
    ]),
    unit("Ride hailing", [
      objective(
        "Catch up with Uber's safety features",
        [
          kr("Reduce safety incidents per 100k rides from 3.1 to 2.2", 3.1, 2.2),
          kr("Raise riders who feel safe at night from 68% to 78%", 68, 78),
          kr("Launch trip sharing and an SOS button", null, null, ["K1", "K7"]),
        ],
        ["Q3"],
      ),
    ]),
    unit("Podcast app", [
      objective("Turn first-time listeners into weekly listeners", [
        kr("Raise week-4 listener retention from 18% to 25%", 18, 25),
        kr("Increase podcast page visits from 200k to 300k", 200, 300, ["K6"]),
        kr("Increase share of new listeners who follow a show in their first session from 30% to 40%", 30, 40),
      ]),
    ]),
    unit("Analytics SaaS", [
      objective(
        "Rebuild the reporting engine on ClickHouse",
        [
          kr("Reduce p95 report load time from 12 s to 3 s", 12, 3),
          kr("Finish the ClickHouse migration", 0, 1, ["K7"]),
          kr("Raise share of reports opened by a second person from 15% to 25%", 15, 25),
        ],
        ["Q2"],
      ),
    ]),
    unit("Job board", [
      objective("Connect job seekers with employers who reply", [
        kr("Raise share of applications that get a reply within 7 days from 35% to 55%", 35, 55),
        kr("Grow all-time registered job seekers from 2M to 2.5M", 2, 2.5, ["K5"]),
        kr("Raise interview invitations per active seeker from 0.4 to 0.6 a month", 0.4, 0.6),
      ]),
    ]),
    unit("Telecom", [
      objective("Make switching to us painless for families", [
        kr("Reduce number-port failures from 7% to 2%", 7, 2),
        kr("Raise share of family plans activated the same day from 50% to 80%", 50, 80),
        kr("Increase self-care app logins from 300k to 450k a month", 300, 450, ["K6"]),
      ]),
    ]),
    unit("Security training", [
      objective("Make staff spot phishing before they click", [
        kr("Reduce phishing simulation click rate from 14% to 6%", 14, 6),
        kr("Raise share of reported phishing emails from 20% to 45%", 20, 45),
        kr("Raise training completion from 60% to 90%", 60, 90),
      ]),
    ]),
    unit("Accounting firm", [
      objective(
        "Close every client's books within five working days",
        [kr("Raise share of clients closed within 5 days from 40% to 75%", 40, 75)],
        ["M2", "Q4"],
      ),
    ]),
    unit("招聘", [
      objective("帮助招聘经理招到能长期留下的人", [
        kr("将新员工 12 个月留存率从 78% 提高到 85%", 78, 85),
        kr("将招聘周期中位数从 41 天缩短到 30 天", 41, 30),
        kr("将招聘经理对候选人名单的满意度从 3.2 提高到 4.0", 3.2, 4),
      ]),
    ]),
    unit("保险理赔", [
      objective("让诚实的理赔快速到账", [
        kr("将理赔到账时间中位数从 9 天缩短到 3 天", 9, 3),
        kr("将无需电话即可结案的理赔占比从 30% 提高到 55%", 30, 55),
        kr("欺诈损失率保持在 0.4% 以下", 0.4, 0.4),
        kr("推出新版理赔门户", null, null, ["K1", "K7"]),
      ]),
    ]),
    unit("音乐", [
      objective("帮助听众每周发现喜欢的音乐", [
        kr("将每周收藏新歌手的听众占比从 22% 提高到 30%", 22, 30),
        kr("将总播放量从 11 亿提高到 14 亿", 11, 14, ["K5"]),
        kr("将推荐歌单的完整收听比例从 41% 提高到 50%", 41, 50),
      ]),
    ]),
    unit("生鲜电商", [
      objective(
        "成为全国最大的线上生鲜平台",
        [
          kr("将完整送达的订单占比从 91% 提高到 97%", 91, 97),
          kr("将每周活跃家庭数从 8 万提高到 9.5 万", 80, 95),
          kr("将替换商品投诉率从 5% 降低到 2%", 5, 2),
        ],
        ["Q1"],
      ),
    ]),
    unit("教师工具", [
      objective("把晚上的时间还给老师", [
        kr("将每周批改作业的平均时间从 6 小时缩短到 4 小时", 6, 4),
        kr("将自动批改的作业占比从 20% 提高到 45%", 20, 45),
        kr("进行 10 次课堂观察和教师访谈", 0, 10),
      ]),
    ]),
    unit("出行", [
      objective(
        "赶上滴滴的安全功能",
        [
          kr("将每 10 万单的安全事件从 3.1 降低到 2.2", 3.1, 2.2),
          kr("将夜间乘车感到安全的乘客比例从 68% 提高到 78%", 68, 78),
          kr("上线行程分享和一键报警功能", null, null, ["K1", "K7"]),
        ],
        ["Q3"],
      ),
    ]),
    unit("播客", [
      objective("把第一次收听的用户变成每周收听的用户", [
        kr("将第 4 周收听留存率从 18% 提高到 25%", 18, 25),
        kr("将节目页访问量从 20 万提高到 30 万", 200, 300, ["K6"]),
        kr("将首次使用就关注节目的新用户比例从 30% 提高到 40%", 30, 40),
      ]),
    ]),
    unit("分析平台", [
      objective(
        "基于 ClickHouse 重构报表引擎",
        [
          kr("将 p95 报表加载时间从 12 秒缩短到 3 秒", 12, 3),
          kr("完成 ClickHouse 迁移", 0, 1, ["K7"]),
          kr("将被第二个人打开的报表占比从 15% 提高到 25%", 15, 25),
        ],
        ["Q2"],
      ),
    ]),
    unit("通信", [
      objective("让家庭用户轻松转网到我们这里", [
        kr("将携号转网失败率从 7% 降低到 2%", 7, 2),
        kr("将当天开通的家庭套餐占比从 50% 提高到 80%", 50, 80),
        kr("将自助服务 App 的月登录次数从 30 万提高到 45 万", 300, 450, ["K6"]),
      ]),
    ]),
  ],
};
