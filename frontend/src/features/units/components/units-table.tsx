import { Button, Popconfirm, Space, Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";

import { Details, PhoneSummary } from "@/components/row-text";
import { useDeleteUnit } from "@/features/units/api/delete-unit";
import { useSetUnitActive } from "@/features/units/api/set-unit-active";
import type { Unit } from "@/lib/api/get-units";
import { useApiError } from "@/lib/api-error";
import type { UnitNode } from "@/lib/unit-tree";
import { FROM_MD, usePhone } from "@/lib/use-phone";

type Props = {
  rows: UnitNode[];
  loading: boolean;
  onEdit: (unit: Unit) => void;
  onMove: (unit: Unit) => void;
};

export function UnitsTable({ rows, loading, onEdit, onMove }: Props) {
  const { t } = useTranslation();
  const setActive = useSetUnitActive();
  const remove = useDeleteUnit();
  const showError = useApiError();
  const phone = usePhone();

  const status = (unit: Unit) => <Tag color={unit.active ? "green" : "default"}>{unit.active ? t("units.active") : t("units.inactive")}</Tag>;
  const actions = (unit: Unit) => (
    <Space size={0} wrap>
      <Button size="small" type="link" onClick={() => onEdit(unit)}>
        {t("common.edit")}
      </Button>
      <Button size="small" type="link" onClick={() => onMove(unit)}>
        {t("units.move")}
      </Button>
      {unit.active ? (
        <Popconfirm
          title={t("units.deactivateConfirm", { name: unit.name })}
          okText={t("common.confirm")}
          cancelText={t("common.cancel")}
          onConfirm={() => setActive.mutateAsync({ id: unit.id, active: false }).catch(showError)}
        >
          <Button size="small" type="link">
            {t("units.deactivate")}
          </Button>
        </Popconfirm>
      ) : (
        <Button size="small" type="link" onClick={() => setActive.mutate({ id: unit.id, active: true }, { onError: (e) => showError(e) })}>
          {t("units.activate")}
        </Button>
      )}
      <Popconfirm
        title={t("units.deleteConfirm", { name: unit.name })}
        okText={t("common.delete")}
        okButtonProps={{ danger: true }}
        cancelText={t("common.cancel")}
        onConfirm={() => remove.mutateAsync(unit.id).catch(showError)}
      >
        <Button size="small" type="link" danger>
          {t("common.delete")}
        </Button>
      </Popconfirm>
    </Space>
  );

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
            <div style={{ marginInlineStart: -8 }}>{actions(unit)}</div>
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
