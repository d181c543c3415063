import { Grid } from "antd";

/** A screen narrower than antd's md breakpoint (768 px): the menu becomes a drawer, forms stack, tables slim down. */
export function usePhone(): boolean {
  return !Grid.useBreakpoint().md;
}
