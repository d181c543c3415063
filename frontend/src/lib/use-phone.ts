import { Grid } from "antd";
import type { Breakpoint } from "antd";

/** A screen narrower than antd's md breakpoint (768 px): the menu becomes a drawer, forms stack, tables slim down. */
export function usePhone(): boolean {
  return !Grid.useBreakpoint().md;
}

/** A table column shown from that breakpoint up only. */
export const FROM_MD: { responsive: Breakpoint[] } = { responsive: ["md"] };

/** A filter form's layout: the fields in a row on a desktop; on a phone stacked, each as wide as the screen. */
export function useFilterLayout() {
  const phone = usePhone();
  const layout: "vertical" | "inline" = phone ? "vertical" : "inline";
  return { phone, layout, width: (desktop: number): number | string => (phone ? "100%" : desktop) };
}
