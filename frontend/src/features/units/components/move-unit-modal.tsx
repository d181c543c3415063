import { Form, Modal } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";

import { EnterSubmits } from "@/components/enter-submits";
import { UnitTreeSelect } from "@/components/unit-tree-select";
import type { Unit } from "@/lib/api/get-units";
import { useMoveUnit } from "@/features/units/api/move-unit";
import { useApiError } from "@/lib/api-error";
import { subtreeIds } from "@/lib/unit-tree";

export function MoveUnitModal({ unit, units, onClose }: { unit?: Unit; units: Unit[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ parentId?: number }>();
  const move = useMoveUnit();
  const showError = useApiError();

  useEffect(() => {
    if (unit) form.setFieldsValue({ parentId: unit.parentId ?? undefined });
  }, [unit, form]);

  return (
    <Modal
      open={unit !== undefined}
      title={unit && t("units.moveTitle", { name: unit.name })}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={move.isPending}
      destroyOnHidden
    >
      {unit && (
        <Form
          form={form}
          layout="vertical"
          onFinish={({ parentId }) =>
            move.mutate(
              { id: unit.id, body: { parentId: parentId ?? null, version: unit.version } },
              { onSuccess: onClose, onError: (error) => showError(error, form) },
            )
          }
        >
          <Form.Item name="parentId" label={t("units.parent")}>
            <UnitTreeSelect units={units} allowClear placeholder={t("units.noParent")} disabledIds={subtreeIds(units, unit.id)} />
          </Form.Item>
          <EnterSubmits />
        </Form>
      )}
    </Modal>
  );
}
