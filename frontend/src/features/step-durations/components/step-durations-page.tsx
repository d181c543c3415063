import { CloseOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Popconfirm, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { Secondary } from "@/components/row-text";
import { useApiError } from "@/lib/api-error";
import { FROM_MD, usePhone } from "@/lib/use-phone";

import { type StepDuration, useRemoveCategoryDuration, useStepDurations } from "../api/step-durations";
import { toAmount } from "../lib/duration";
import { DurationFormModal, type DurationTarget } from "./duration-form-modal";

/** Thời hạn xử lý: each step's processing time, and where a category differs. Changes apply to the next step start. */
export function StepDurationsPage() {
  const { t } = useTranslation();
  const durations = useStepDurations();
  const remove = useRemoveCategoryDuration();
  const showError = useApiError();
  const [target, setTarget] = useState<DurationTarget>();
  const day = durations.data?.workingDayMinutes ?? 0;
  // on a phone one column: the step, then its default time and the categories' under it
  const phone = usePhone();

  const describe = (minutes: number) => {
    const { amount, unit } = toAmount(minutes, day);
    return t(`stepDurations.amounts.${unit}`, { count: amount });
  };

  const byDefault = (step: StepDuration) => (
    <Flex gap={4} align="center">
      {step.workingMinutes ? describe(step.workingMinutes) : <Typography.Text type="secondary">{t("stepDurations.none")}</Typography.Text>}
      <Button type="text" size="small" icon={<EditOutlined />} aria-label={t("stepDurations.edit")} onClick={() => setTarget({ step, minutes: step.workingMinutes ?? undefined })} />
    </Flex>
  );
  const byCategory = (step: StepDuration) => (
    <Flex gap={4} wrap align="center">
      {step.categories.map((category) => (
        <Tag key={category.categoryId} style={{ marginInlineEnd: 0 }}>
          <Typography.Link onClick={() => setTarget({ step, categoryId: category.categoryId, minutes: category.workingMinutes })}>
            {category.categoryName}: {describe(category.workingMinutes)}
          </Typography.Link>
          <Popconfirm
            title={t("stepDurations.removeConfirm", { category: category.categoryName })}
            okText={t("common.delete")}
            cancelText={t("common.cancel")}
            onConfirm={() => remove.mutateAsync({ stepId: step.stepId, categoryId: category.categoryId }).catch((error) => showError(error))}
          >
            <Button type="text" size="small" danger icon={<CloseOutlined />} aria-label={t("stepDurations.remove", { category: category.categoryName })} />
          </Popconfirm>
        </Tag>
      ))}
      <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => setTarget({ step, newCategory: true })}>
        {t("stepDurations.addCategory")}
      </Button>
    </Flex>
  );

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={1} style={{ fontSize: 18, margin: 0 }}>
          {t("stepDurations.title")}
        </Typography.Title>
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t("stepDurations.help", { day })} />
      <Table<StepDuration>
        rowKey="stepId"
        size="small"
        loading={durations.isFetching}
        dataSource={durations.data?.steps ?? []}
        pagination={false}
        scroll={phone ? undefined : { x: true }}
        columns={[
          {
            key: "step",
            title: t("stepDurations.step"),
            render: (_, step) => (
              <>
                {step.name}
                <Secondary block>
                  {step.processName} · {step.code}
                </Secondary>
                {phone && (
                  <>
                    {byDefault(step)}
                    {byCategory(step)}
                  </>
                )}
              </>
            ),
          },
          { key: "default", title: t("stepDurations.default"), ...FROM_MD, width: 180, render: (_, step) => byDefault(step) },
          { key: "categories", title: t("stepDurations.byCategory"), ...FROM_MD, render: (_, step) => byCategory(step) },
        ]}
      />
      <DurationFormModal target={target} workingDayMinutes={day} onClose={() => setTarget(undefined)} />
    </Card>
  );
}
