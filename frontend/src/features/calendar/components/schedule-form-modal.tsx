import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, DatePicker, Flex, Form, Input, Modal, TimePicker, Typography } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";

import { EnterSubmits } from "@/components/enter-submits";
import { useApiError } from "@/lib/api-error";
import { DATE_PICKER_FORMAT } from "@/lib/format-date";

import { useSaveSchedule } from "../api/schedules";
import {
  DAYS_OF_WEEK,
  periodsProblem,
  rangeProblem,
  type PeriodRange,
  type ScheduleFormValues,
  type ScheduleView,
  standardWeek,
  toFormValues,
  toScheduleRequest,
} from "../lib/schedule-form";

/** Creates a weekly schedule (`schedule` absent) or edits one: validity range and each day's working periods. */
export function ScheduleFormModal({ open, schedule, onClose }: { open: boolean; schedule?: ScheduleView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ScheduleFormValues>();
  const save = useSaveSchedule();
  const showError = useApiError();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(schedule ? toFormValues(schedule) : { days: standardWeek() });
  }, [open, schedule, form]);

  const submit = (values: ScheduleFormValues) =>
    save.mutate(
      { id: schedule?.id, body: toScheduleRequest(values, schedule?.version) },
      { onSuccess: onClose, onError: (error) => showError(error, form) },
    );

  return (
    <Modal
      open={open}
      width={640}
      title={schedule ? t("calendar.editSchedule") : t("calendar.addSchedule")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} name="calendar-schedule" layout="vertical" onFinish={submit}>
        <Form.Item name="name" label={t("calendar.scheduleName")} rules={[{ required: true, whitespace: true, message: t("common.required", { field: t("calendar.scheduleName") }) }]}>
          <Input maxLength={120} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="validFrom" label={t("calendar.validFrom")} rules={[{ required: true, message: t("common.requiredChoice", { field: t("calendar.validFrom") }) }]}>
            <DatePicker format={DATE_PICKER_FORMAT} />
          </Form.Item>
          <Form.Item
            name="validTo"
            label={t("calendar.validTo")}
            dependencies={["validFrom"]}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, value) => {
                  const problem = rangeProblem(getFieldValue("validFrom"), value);
                  if (problem) throw new Error(t(problem));
                },
              }),
            ]}
          >
            <DatePicker format={DATE_PICKER_FORMAT} placeholder={t("calendar.openEnded")} />
          </Form.Item>
        </Flex>
        <Typography.Text strong>{t("calendar.workingHours")}</Typography.Text>
        {DAYS_OF_WEEK.map((day) => (
          <Form.List
            key={day}
            name={["days", day]}
            rules={[
              {
                validator: async (_, periods: PeriodRange[] | undefined) => {
                  const problem = periodsProblem(periods ?? []);
                  if (problem) throw new Error(t(problem));
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <div style={{ borderBottom: "1px solid #f0f0f0", padding: "6px 0" }}>
                <Flex gap={8} align="start" wrap>
                  <Typography.Text style={{ width: 90, lineHeight: "32px" }}>{t(`calendar.days.${day}`)}</Typography.Text>
                  <Flex vertical gap={4} style={{ flex: 1 }}>
                    {fields.length === 0 && <Typography.Text type="secondary" style={{ lineHeight: "32px" }}>{t("calendar.dayOff")}</Typography.Text>}
                    {fields.map((field) => (
                      <Flex key={field.key} gap={4} align="center">
                        <Form.Item name={field.name} noStyle>
                          <TimePicker.RangePicker format="HH:mm" minuteStep={5} aria-label={t(`calendar.days.${day}`)} />
                        </Form.Item>
                        <Button type="text" icon={<MinusCircleOutlined />} aria-label={t("calendar.removePeriod")} onClick={() => remove(field.name)} />
                      </Flex>
                    ))}
                    <Form.ErrorList errors={errors} />
                  </Flex>
                  <Button size="small" icon={<PlusOutlined />} onClick={() => add()} style={{ marginTop: 4 }}>
                    {t("calendar.addPeriod")}
                  </Button>
                </Flex>
              </div>
            )}
          </Form.List>
        ))}
        <EnterSubmits />
      </Form>
    </Modal>
  );
}
