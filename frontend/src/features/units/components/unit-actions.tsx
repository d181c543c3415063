import { Button, Space } from "antd";
import { useTranslation } from "react-i18next";

import { ConfirmLink } from "@/components/confirm-link";
import { useDeleteUnit } from "@/features/units/api/delete-unit";
import { useSetUnitActive } from "@/features/units/api/set-unit-active";
import type { Unit } from "@/lib/api/get-units";
import { useApiError } from "@/lib/api-error";

type Props = { unit: Unit; onEdit: (unit: Unit) => void; onMove: (unit: Unit) => void };

/** A unit's Sửa, Chuyển, Ngừng hoạt động (Kích hoạt when inactive) and Xóa; deactivating and deleting are confirmed first. */
export function UnitActions({ unit, onEdit, onMove }: Props) {
  const { t } = useTranslation();
  const setActive = useSetUnitActive();
  const remove = useDeleteUnit();
  const showError = useApiError();
  return (
    <Space size={0} wrap>
      <Button size="small" type="link" onClick={() => onEdit(unit)}>
        {t("common.edit")}
      </Button>
      <Button size="small" type="link" onClick={() => onMove(unit)}>
        {t("units.move")}
      </Button>
      {unit.active ? (
        <ConfirmLink title={t("units.deactivateConfirm", { name: unit.name })} onConfirm={() => setActive.mutateAsync({ id: unit.id, active: false }).catch(showError)}>
          {t("units.deactivate")}
        </ConfirmLink>
      ) : (
        <Button size="small" type="link" onClick={() => setActive.mutate({ id: unit.id, active: true }, { onError: (e) => showError(e) })}>
          {t("units.activate")}
        </Button>
      )}
      <ConfirmLink title={t("units.deleteConfirm", { name: unit.name })} okText={t("common.delete")} danger onConfirm={() => remove.mutateAsync(unit.id).catch(showError)}>
        {t("common.delete")}
      </ConfirmLink>
    </Space>
  );
}
