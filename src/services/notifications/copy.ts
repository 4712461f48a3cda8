import type { Locale } from "../../domain/coach/index.ts";

// The words of the reminders, the digest and the mention messages, in both languages. The web
// app says the same things from its own catalogs (the bell); mail and chat are written here,
// once, when the message is put in the outbox (docs/notifications.md).

export interface QuietKeyResult {
  title: string;
  objectiveTitle: string;
  url: string;
  days: number | null;
}

export interface DigestUnit {
  unitName: string;
  url: string;
  atRisk: { title: string; url: string }[];
  quiet: { title: string; url: string; days: number | null }[];
}

interface Copy {
  reminder: {
    subject: (count: number) => string;
    intro: (name: string, count: number) => string;
    line: (kr: QuietKeyResult) => string;
    why: string;
    action: string;
  };
  reviewDue: {
    subject: (unit: string) => string;
    body: (name: string, unit: string, on: string, kind: "checkpoint" | "period_end") => string;
    why: string;
    action: string;
  };
  mention: {
    subject: (author: string) => string;
    body: (author: string, about: string) => string;
    action: string;
  };
  sourceFailing: {
    subject: (title: string) => string;
    body: (name: string, title: string, failures: number, error: string) => string;
    why: string;
    action: string;
  };
  digest: {
    subject: (week: string) => string;
    intro: (name: string) => string;
    unit: (unit: DigestUnit) => string;
    why: string;
    action: string;
  };
}

const en: Copy = {
  reminder: {
    subject: (count) =>
      count === 1 ? "One key result is waiting for a check-in" : `${count} key results are waiting for a check-in`,
    intro: (name, count) =>
      `Hello ${name}, ${count === 1 ? "a key result you own has" : `${count} key results you own have`} had no reading for a week or more:`,
    line: (kr) => `• ${kr.title} (${kr.objectiveTitle})${kr.days === null ? "" : `, ${kr.days} days`}: ${kr.url}`,
    why: "A weekly reading keeps the dashboards true, so nobody needs a status meeting (S5).",
    action: "Check in now",
  },
  reviewDue: {
    subject: (unit) => `${unit}: a review is due`,
    body: (name, unit, on, kind) =>
      `Hello ${name}, ${unit}'s ${kind === "period_end" ? "end-of-period review" : "review"} was due on ${on}. Look at each key result with the team and write down what you learned.`,
    why: "A formal review at least once a period, every six weeks by default (S4).",
    action: "Open the review",
  },
  mention: {
    subject: (author) => `${author} mentioned you`,
    body: (author, about) => `${author} mentioned you in a comment on "${about}".`,
    action: "Read the comment",
  },
  sourceFailing: {
    subject: (title) => `"${title}" is no longer reading its source`,
    body: (name, title, failures, error) =>
      `Hello ${name}, the source of your key result "${title}" failed ${failures} times in a row and wrote no reading. The last error: ${error}. Test it on the key result, then fix its settings or the source; you will hear again only after it has worked once.`,
    why: "A key result measured, not remembered, needs a working way to track it (K2).",
    action: "Open the key result",
  },
  digest: {
    subject: (week) => `Your teams this week (${week})`,
    intro: (name) =>
      `Hello ${name}, these key results of the units you lead are at risk or have had no reading for a week. Units in alphabetical order; this is about the work, not about people (S3).`,
    unit: (unit) =>
      [
        `${unit.unitName}: ${unit.url}`,
        ...unit.atRisk.map((kr) => `  at risk: ${kr.title}`),
        ...unit.quiet.map((kr) => `  no reading${kr.days === null ? "" : ` for ${kr.days} days`}: ${kr.title}`),
      ].join("\n"),
    why: "Leaders see any team's progress without a meeting (S5).",
    action: "Open the dashboard",
  },
};

const zh: Copy = {
  reminder: {
    subject: (count) => `${count} 个关键结果等待打卡`,
    intro: (name, count) => `${name}，你好。你负责的 ${count} 个关键结果已经一周或更久没有新读数：`,
    line: (kr) => `• ${kr.title}（${kr.objectiveTitle}）${kr.days === null ? "" : `，${kr.days} 天`}：${kr.url}`,
    why: "每周一次读数让看板保持真实，大家就不必开进度会（S5）。",
    action: "现在打卡",
  },
  reviewDue: {
    subject: (unit) => `${unit}：复盘已到期`,
    body: (name, unit, on, kind) =>
      `${name}，你好。${unit} 的${kind === "period_end" ? "周期末复盘" : "复盘"}已于 ${on} 到期。请和团队逐个查看关键结果，并记下学到的东西。`,
    why: "每个周期至少一次正式复盘，默认每六周一次（S4）。",
    action: "打开复盘",
  },
  mention: {
    subject: (author) => `${author} 提到了你`,
    body: (author, about) => `${author} 在「${about}」的评论中提到了你。`,
    action: "查看评论",
  },
  sourceFailing: {
    subject: (title) => `「${title}」读不到数据源了`,
    body: (name, title, failures, error) =>
      `${name}，你好。你负责的关键结果「${title}」的数据源已连续 ${failures} 次同步失败，没有写入读数。最后的错误：${error}。请在关键结果上测试它，再修改设置或修好数据源；它成功一次之后，你才会再收到这样的通知。`,
    why: "关键结果要靠测量而不是记忆，需要一种能用的跟踪方式（K2）。",
    action: "打开关键结果",
  },
  digest: {
    subject: (week) => `本周团队概况（${week}）`,
    intro: (name) =>
      `${name}，你好。你负责的单元中，以下关键结果有风险或一周没有读数。单元按名称排序；这里说的是工作，不是人（S3）。`,
    unit: (unit) =>
      [
        `${unit.unitName}：${unit.url}`,
        ...unit.atRisk.map((kr) => `  有风险：${kr.title}`),
        ...unit.quiet.map((kr) => `  ${kr.days === null ? "没有读数" : `${kr.days} 天没有读数`}：${kr.title}`),
      ].join("\n"),
    why: "领导无需开会即可看到任何团队的进展（S5）。",
    action: "打开看板",
  },
};

export const copy: Record<Locale, Copy> = { en, zh };
