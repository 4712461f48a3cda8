import { createContext, type ReactNode, useId } from "react";
import { LanguageSwitch } from "../../layout/LanguageSwitch.tsx";
import { Logo } from "../../layout/Logo.tsx";

/** The id of the panel's heading: the page's form is named by it unless it says otherwise (AuthForm). */
export const PanelTitleId = createContext<string | undefined>(undefined);

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
  const titleId = useId();
  return (
    <main className="sign-in" id="main">
      <div className="sign-in__language">
        <LanguageSwitch />
      </div>
      <div className="sign-in__panel card">
        <div className="sign-in__brand">
          <Logo size={36} />
          <h1 id={titleId}>{title}</h1>
          {subtitle && <p className="muted">{subtitle}</p>}
        </div>
        <PanelTitleId.Provider value={titleId}>{children}</PanelTitleId.Provider>
        {footer && <p className="sign-in__footer muted">{footer}</p>}
      </div>
    </main>
  );
}
