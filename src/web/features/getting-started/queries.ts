import { useSyncExternalStore } from "react";
import { orgPages, useOrgRead } from "../../api/org-read.ts";
import { useWholeList } from "../../api/whole-list.ts";
import { useMyPerson } from "../auth/MeContext.ts";

export const gettingStartedKeys = {
  checklist: (org: string) => ["org", org, "getting-started"] as const,
  myUnits: (org: string) => ["org", org, "me", "units"] as const,
};

/**
 * The checklist (admins only: the API refuses others). Never cached as fresh: it is read again
 * each time the page or the sidebar mounts and when the window regains focus, so a step done in
 * another page or tab ticks on return.
 */
export function useGettingStarted(org: string, enabled: boolean) {
  return useOrgRead(gettingStartedKeys.checklist(org), org, "/api/v1/orgs/{org}/getting-started", {
    enabled,
    staleTime: 0,
    refetchOnWindowFocus: "always",
  });
}

/** The units the signed-in person leads or belongs to (M3), for the map's offers. */
export function useMyUnits(org: string, enabled: boolean) {
  return useWholeList(gettingStartedKeys.myUnits(org), "units", orgPages(org, "/api/v1/orgs/{org}/me/units"), {
    enabled,
  });
}

// Whether an admin hid the checklist is their own choice in this browser: kept in local storage
// per organisation and person, not on the server (another admin, or another browser, still sees it).
const CHANGED = "grove:getting-started-hidden";
const storageKey = (org: string, personId: string) => `grove.gettingStarted.hidden.${org}.${personId}`;

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onChange);
  };
}

function readHidden(key: string): boolean {
  try {
    return window.localStorage.getItem(key) === "1";
  } catch {
    return false; // storage refused (private mode): the checklist simply stays
  }
}

export function useChecklistHidden(org: string): [boolean, (hidden: boolean) => void] {
  const key = storageKey(org, useMyPerson(org)?.personId ?? "");
  const hidden = useSyncExternalStore(subscribe, () => readHidden(key));
  const setHidden = (value: boolean) => {
    try {
      if (value) window.localStorage.setItem(key, "1");
      else window.localStorage.removeItem(key);
    } catch {
      // Storage refused (private mode): nothing is kept, and the checklist stays.
    }
    window.dispatchEvent(new Event(CHANGED));
  };
  return [hidden, setHidden];
}

/**
 * The sidebar's entry, for admins while the checklist is incomplete and not hidden: its count
 * of steps done, or null when there is no entry to show (nothing is shown while it loads, so a
 * complete organisation never flashes one).
 */
export function useChecklistInSidebar(org: string, isAdmin: boolean): { done: number; total: number } | null {
  const [hidden] = useChecklistHidden(org);
  const checklist = useGettingStarted(org, isAdmin && !hidden);
  const data = checklist.data;
  if (!isAdmin || hidden || !data || data.complete) return null;
  return { done: data.steps.filter((step) => step.done).length, total: data.steps.length };
}
