import { DatePicker, Form, Input, Modal } from "antd";
import type { Dayjs } from "dayjs";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";

import { EnterSubmits } from "@/components/enter-submits";
import { useApiError } from "@/lib/api-error";
import { DATE_PICKER_FORMAT } from "@/lib/format-date";

import { type DayKind, useAddDay } from "../api/calendar-days";
import { type CalendarDay, dayProblem } from "../lib/schedule-form";

type Values = { day: Dayjs; name: string };

/** Adds a public holiday or a compensatory working day. */
export function DayFormModal({
  kind,
  open,
  holidays,
  compensatory,
  onClose,
}: {
  kind: DayKind;
  open: boolean;
  holidays: CalendarDay[];
  compensatory: CalendarDay[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const add = useAddDay(kind);
  const showError = useApiError();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = (values: Values) =>
    add.mutate({ day: values.day.format("YYYY-MM-DD"), name: values.name.trim() }, { onSuccess: onClose, onError: (error) => showError(error, form) });

  return (
    <Modal
      open={open}
      title={t(kind === "holiday" ? "calendar.addHoliday" : "calendar.addCompensatory")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      <Form form={form} name={`calendar-${kind}`} layout="vertical" onFinish={submit}>
        <Form.Item
          name="day"
          label={t("calendar.day")}
          rules={[
            { required: true, message: t("common.requiredChoice", { field: t("calendar.day") }) },
            { validator: async (_, value: Dayjs | undefined) => {
                const problem = dayProblem(value, kind, holidays, compensatory);
                if (problem) throw new Error(t(problem));
              } },
          ]}
        >
          <DatePicker format={DATE_PICKER_FORMAT} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="name" label={t("calendar.dayName")} rules={[{ required: true, whitespace: true, message: t("common.required", { field: t("calendar.dayName") }) }]}>
          <Input maxLength={200} />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </Modal>
  );
}
