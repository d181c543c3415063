import { Flex, Form, InputNumber, Modal, Select, Typography } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";

import { useApiError } from "@/lib/api-error";

import { type StepDuration, useCategories, useSetStepDuration } from "../api/step-durations";
import { amountProblem, TIME_UNITS, type TimeUnit, toAmount, toMinutes } from "../lib/duration";

type Values = { categoryId?: number; amount: number; unit: TimeUnit };

/** What the dialog edits: a step's default, one category's time, or a new category override. */
export type DurationTarget = { step: StepDuration; categoryId?: number; minutes?: number; newCategory?: boolean };

export function DurationFormModal({ target, workingDayMinutes, onClose }: { target?: DurationTarget; workingDayMinutes: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSetStepDuration();
  const categories = useCategories();
  const showError = useApiError();
  const amount = Form.useWatch("amount", form);
  const unit = Form.useWatch("unit", form) ?? "HOURS";

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    form.setFieldsValue({ categoryId: target.categoryId, ...(target.minutes ? toAmount(target.minutes, workingDayMinutes) : { unit: "HOURS" }) });
  }, [target, form, workingDayMinutes]);

  const submit = (values: Values) =>
    target &&
    save.mutate(
      { stepId: target.step.stepId, categoryId: values.categoryId, body: { amount: values.amount, unit: values.unit } },
      { onSuccess: onClose, onError: (error) => showError(error, form) },
    );

  const taken = new Set(target?.step.categories.map((category) => category.categoryId));
  const forCategory = target?.newCategory || target?.categoryId !== undefined;

  return (
    <Modal
      open={target !== undefined}
      title={`${t("stepDurations.edit")}: ${target?.step.name ?? ""}`}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} name="step-duration" layout="vertical" onFinish={submit}>
        {forCategory && (
          <Form.Item name="categoryId" label={t("stepDurations.category")} rules={[{ required: true, message: t("common.requiredChoice", { field: t("stepDurations.category") }) }]}>
            <Select
              showSearch
              optionFilterProp="label"
              disabled={!target?.newCategory}
              loading={categories.isFetching}
              options={(categories.data ?? []).map((category) => ({ value: category.id, label: category.name, disabled: target?.newCategory && taken.has(category.id) }))}
            />
          </Form.Item>
        )}
        <Flex gap={8}>
          <Form.Item
            name="amount"
            label={t("stepDurations.amount")}
            dependencies={["unit"]}
            style={{ flex: 1 }}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, value: number | null | undefined) => {
                  const problem = amountProblem(value, getFieldValue("unit") ?? "HOURS", workingDayMinutes);
                  if (problem) throw new Error(t(problem));
                },
              }),
            ]}
          >
            <InputNumber precision={0} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="unit" label={t("stepDurations.unit")} style={{ width: 140 }}>
            <Select options={TIME_UNITS.map((value) => ({ value, label: t(`stepDurations.units.${value}`) }))} />
          </Form.Item>
        </Flex>
        <Typography.Text type="secondary">
          {typeof amount === "number" && amount > 0
            ? t("stepDurations.preview", { minutes: toMinutes(amount, unit, workingDayMinutes), day: workingDayMinutes })
            : t("stepDurations.dayLength", { day: workingDayMinutes })}
        </Typography.Text>
      </Form>
    </Modal>
  );
}
