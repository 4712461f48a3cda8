import type { Locale } from "../../domain/coach/index.ts";
import { type AccountLinkText, accountLinkMail, type MailPayload } from "./layout.ts";

const TEXT: Record<Locale, AccountLinkText> = {
  en: {
    subject: "Set a new password for Grove",
    body: (minutes) => [
      "Someone asked to set a new password for the Grove account of this address.",
      `The link below works once, for ${minutes} minutes. Setting a new password signs you out everywhere.`,
      "If you did not ask for this, ignore this mail: your password stays as it is.",
    ],
    action: "Set a new password",
  },
  zh: {
    subject: "设置新的 Grove 密码",
    body: (minutes) => [
      "有人请求为此邮箱的 Grove 账户设置新密码。",
      `下面的链接只能使用一次，${minutes} 分钟内有效。设置新密码后，您在所有设备上的登录都会退出。`,
      "如果这不是您的请求，请忽略本邮件：您的密码不会改变。",
    ],
    action: "设置新密码",
  },
};

/** The reset mail, about the account itself: no organisation, no unsubscribe (it answers a request). */
export function passwordResetMail(input: {
  to: string;
  locale: Locale;
  link: string;
  validMinutes: number;
}): MailPayload {
  return accountLinkMail(TEXT, input, input.validMinutes);
}
