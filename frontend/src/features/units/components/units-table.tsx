import { Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";

import { Details, PhoneActions, PhoneSummary } from "@/components/row-text";
import type { Unit } from "@/lib/api/get-units";
import type { UnitNode } from "@/lib/unit-tree";
import { FROM_MD, usePhone } from "@/lib/use-phone";

import { UnitActions } from "./unit-actions";

type Props = {
  rows: UnitNode[];
  loading: boolean;
  onEdit: (unit: Unit) => void;
  onMove: (unit: Unit) => void;
};

export function UnitsTable({ rows, loading, onEdit, onMove }: Props) {
  const { t } = useTranslation();
  const phone = usePhone();

  const status = (unit: Unit) => <Tag color={unit.active ? "green" : "default"}>{unit.active ? t("units.active") : t("units.inactive")}</Tag>;
  const actions = (unit: Unit) => <UnitActions unit={unit} onEdit={onEdit} onMove={onMove} />;

  // on a phone one column, the tree's: the name, its code, kind and state under it, then the actions
  const columns: ColumnsType<UnitNode> = [
    {
      title: t("units.name"),
      dataIndex: "name",
      key: "name",
      render: (name: string, unit) =>
        phone ? (
          <>
            {name}
            <PhoneSummary>
              <Details of={[unit.code, t(`unitKinds.${unit.kind}`)]} />
              {!unit.active && status(unit)}
            </PhoneSummary>
            <PhoneActions>{actions(unit)}</PhoneActions>
          </>
        ) : (
          name
        ),
    },
    { title: t("units.code"), dataIndex: "code", key: "code", ...FROM_MD, width: 130 },
    { title: t("units.kind"), dataIndex: "kind", key: "kind", ...FROM_MD, width: 220, render: (kind: string) => t(`unitKinds.${kind}`) },
    { title: t("units.status"), dataIndex: "active", key: "active", ...FROM_MD, width: 150, render: (_, unit) => status(unit) },
    { title: t("common.actions"), key: "actions", ...FROM_MD, width: 300, render: (_, unit) => actions(unit) },
  ];

  return (
    <Table<UnitNode>
      key={rows.length > 0 ? "loaded" : "empty"}
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={phone ? undefined : { x: 900 }}
      rowClassName={(unit) => (unit.active ? "" : "row-inactive")}
      expandable={{ defaultExpandAllRows: true }}
    />
  );
}
