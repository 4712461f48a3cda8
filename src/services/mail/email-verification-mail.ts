import type { Locale } from "../../domain/coach/index.ts";
import { type AccountLinkText, accountLinkMail, type MailPayload } from "./layout.ts";

const TEXT: Record<Locale, AccountLinkText> = {
  en: {
    subject: "Verify your email address for Grove",
    body: (hours) => [
      "Someone created a Grove account with this address. Follow the link below to confirm that it is yours.",
      `The link works once, for ${hours} hours. Until the address is verified, the account cannot invite people or create API tokens.`,
      "If you did not sign up for Grove, ignore this mail: nothing is sent to this address again unless someone asks.",
    ],
    action: "Verify my address",
  },
  zh: {
    subject: "验证您的 Grove 邮箱地址",
    body: (hours) => [
      "有人用此邮箱地址创建了 Grove 账户。请点击下面的链接，确认这是您的地址。",
      `该链接只能使用一次，${hours} 小时内有效。地址验证之前，该账户不能邀请他人，也不能创建 API 令牌。`,
      "如果您没有注册 Grove，请忽略本邮件：除非有人再次请求，不会再向此地址发送邮件。",
    ],
    action: "验证我的地址",
  },
};

/** The verification mail, about the account itself: no organisation, no unsubscribe (it answers a sign-up). */
export function emailVerificationMail(input: {
  to: string;
  locale: Locale;
  link: string;
  validHours: number;
}): MailPayload {
  return accountLinkMail(TEXT, input, input.validHours);
}
