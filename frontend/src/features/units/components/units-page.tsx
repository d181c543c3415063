import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Input, Switch, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";

import { type Unit, useUnits } from "@/lib/api/get-units";
import { buildUnitTree, searchable } from "@/lib/unit-tree";

import { MoveUnitModal } from "./move-unit-modal";
import { UnitFormModal } from "./unit-form-modal";
import { UnitsTable } from "./units-table";

/** Đơn vị: the province's units as a tree, searched by code or name; created, edited, moved, deactivated, deleted. */
export function UnitsPage() {
  const { t } = useTranslation();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [query, setQuery] = useState("");
  const [editing, setEditing] = useState<{ unit?: Unit } | null>(null);
  const [moving, setMoving] = useState<Unit>();
  const units = useUnits(includeInactive);

  const rows = useMemo(() => {
    const all = units.data ?? [];
    const needle = searchable(query.trim());
    if (!needle) return buildUnitTree(all);
    return all.filter((unit) => searchable(`${unit.code} ${unit.name}`).includes(needle));
  }, [units.data, query]);

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={1} style={{ fontSize: 18, margin: 0 }}>
          {t("units.title")}
        </Typography.Title>
      }
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
          {t("units.create")}
        </Button>
      }
    >
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t("units.searchPlaceholder")}
          aria-label={t("units.searchPlaceholder")}
          onChange={(event) => setQuery(event.target.value)}
          style={{ maxWidth: 360 }}
        />
        <label style={{ display: "inline-flex", gap: 8, alignItems: "center" }}>
          <Switch size="small" checked={includeInactive} onChange={setIncludeInactive} />
          {t("units.includeInactive")}
        </label>
      </Flex>
      <UnitsTable rows={rows} loading={units.isFetching} onEdit={(unit) => setEditing({ unit })} onMove={setMoving} />
      <UnitFormModal open={editing !== null} unit={editing?.unit} units={units.data ?? []} onClose={() => setEditing(null)} />
      <MoveUnitModal unit={moving} units={units.data ?? []} onClose={() => setMoving(undefined)} />
    </Card>
  );
}
