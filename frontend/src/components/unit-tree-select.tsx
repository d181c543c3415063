import { TreeSelect } from "antd";
import type { CSSProperties } from "react";

import type { components } from "@/lib/api/schema";
import { buildUnitTree, searchable, type UnitNode } from "@/lib/unit-tree";

type Unit = components["schemas"]["UnitView"];

type TreeOption = { value: number; title: string; disabled?: boolean; children?: TreeOption[] };

function toOptions(nodes: UnitNode[], disabledIds: Set<number>): TreeOption[] {
  return nodes.map((node) => ({
    value: node.id,
    title: `${node.name} (${node.code})`,
    disabled: disabledIds.has(node.id) || !node.active,
    children: node.children && toOptions(node.children, disabledIds),
  }));
}

type Props = {
  units: readonly Unit[];
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  disabledIds?: Set<number>;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  id?: string;
  style?: CSSProperties;
};

/** Picks a unit in the org tree, searching without diacritics. */
export function UnitTreeSelect({ units, value, onChange, disabledIds = new Set(), ...rest }: Props) {
  return (
    <TreeSelect<number>
      showSearch
      treeDefaultExpandAll={units.length < 80}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next)}
      treeData={toOptions(buildUnitTree(units), disabledIds)}
      filterTreeNode={(input, node) => searchable(String(node.title)).includes(searchable(input))}
      popupMatchSelectWidth={false}
      {...rest}
    />
  );
}
