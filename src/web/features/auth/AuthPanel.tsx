import type { ReactNode } from "react";
import { LanguageSwitch } from "../../layout/LanguageSwitch.tsx";
import { Logo } from "../../layout/Logo.tsx";

/** The frame of the pages before an organisation opens: sign in, sign up, accept an invitation. */
export function AuthPanel({
  title,
  subtitle,
  children,
  footer,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <main className="sign-in" id="main">
      <div className="sign-in__language">
        <LanguageSwitch />
      </div>
      <div className="sign-in__panel card">
        <div className="sign-in__brand">
          <Logo size={36} />
          <h1>{title}</h1>
          {subtitle && <p className="muted">{subtitle}</p>}
        </div>
        {children}
        {footer && <p className="sign-in__footer muted">{footer}</p>}
      </div>
    </main>
  );
}
