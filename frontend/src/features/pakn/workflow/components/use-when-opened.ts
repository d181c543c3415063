import { useEffect, useRef } from "react";

/**
 * Fills a dialog's form each time the dialog opens, and only then: the item is reloaded behind an open dialog (after a
 * stale-version refusal), and that must not overwrite what the officer has typed.
 */
export function useWhenOpened(open: boolean, fill: () => void) {
  const latestFill = useRef(fill);
  latestFill.current = fill;
  useEffect(() => {
    if (open) latestFill.current();
  }, [open]);
}
