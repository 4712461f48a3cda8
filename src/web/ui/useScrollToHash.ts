import { useEffect } from "react";

/**
 * Scrolls to the element the address's `#id` names once the page has rendered it. A client-side
 * visit (wouter's pushState) does not scroll by itself; links such as the getting-started
 * checklist's `/people#units-title` rely on this.
 */
export function useScrollToHash(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    // After the layout's own scroll to the top of a new page, which runs in the same commit.
    const frame = requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({ block: "start" }));
    return () => cancelAnimationFrame(frame);
  }, [ready]);
}
