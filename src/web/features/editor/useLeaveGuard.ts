import { useEffect } from "react";

/** The editor being guarded now, if any: its question and its address. */
let guarded: { question: string; here: string } | null = null;

// Back or forward: the address has already changed when popstate fires, and wouter re-renders
// the page on it. This listener is added when the module loads, before wouter adds its own, so
// it runs first: staying stops the event there and puts the editor's address back (as a new
// entry: the browser offers no way to undo a step in its history).
if (typeof window !== "undefined") {
  window.addEventListener("popstate", (event) => {
    if (!guarded || window.confirm(guarded.question)) return;
    event.stopImmediatePropagation();
    window.history.pushState(null, "", guarded.here);
  });
}

/**
 * While `active` (unsaved changes), leaving asks first: a link inside the app (wouter navigates
 * on click, so the click is caught before it), the browser's back and forward buttons, and
 * closing or reloading the tab (the browser's own beforeunload prompt). Saving navigates without
 * a click, so it is never asked about.
 */
export function useLeaveGuard(active: boolean, question: string) {
  useEffect(() => {
    if (!active) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return; // a new tab or window
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const to = new URL(link.href, window.location.href);
      if (to.origin !== window.location.origin) return; // a full page load: beforeunload asks
      if (to.pathname === window.location.pathname && to.search === window.location.search) return;
      if (!window.confirm(question)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    guarded = { question, here: window.location.href };
    window.addEventListener("beforeunload", beforeUnload);
    // Capture on the document runs before React's listener on the root, so a refusal stops wouter.
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      guarded = null;
      document.removeEventListener("click", click, true);
    };
  }, [active, question]);
}
