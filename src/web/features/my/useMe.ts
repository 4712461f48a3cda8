import { useCallback, useSyncExternalStore } from "react";

// Until sign-in exists, "me" is the person picked on the My key results page, kept per
// organisation in this browser.
const keyOf = (org: string) => `grove.me.${org}`;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useMe(org: string): [string, (personId: string) => void] {
  const me = useSyncExternalStore(subscribe, () => localStorage.getItem(keyOf(org)) ?? "");
  const setMe = useCallback(
    (personId: string) => {
      localStorage.setItem(keyOf(org), personId);
      for (const listener of listeners) listener();
    },
    [org],
  );
  return [me, setMe];
}
