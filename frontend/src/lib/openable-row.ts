import type { HTMLAttributes, KeyboardEvent } from "react";

/** A table row that opens on double click, and on Enter for keyboard users (the row itself focused, not a button). */
export function openableRow<T>(open: (row: T) => void): (row: T) => HTMLAttributes<HTMLElement> {
  return (row) => ({
    tabIndex: 0,
    style: { cursor: "pointer" },
    onDoubleClick: () => open(row),
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.key === "Enter" && event.target === event.currentTarget) open(row);
    },
  });
}
