import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Typography, type UploadFile } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

import { UnitTreeSelect } from "@/components/unit-tree-select";
import { ConflictAlert } from "@/features/pakn/workflow/components/conflict-alert";
import { FileDragger, filesOf } from "@/features/pakn/workflow/components/file-dragger";
import { useAttachFiles } from "@/features/pakn/workflow/components/use-attach-files";
import { isStale } from "@/features/pakn/workflow/lib/conflict";
import { useCatalog } from "@/lib/api/get-catalogs";
import { useUnits } from "@/lib/api/get-units";
import { useApiError } from "@/lib/api-error";
import { DATE_PICKER_FORMAT } from "@/lib/format-date";

import type { PaknDetail, VersionedPakn } from "../api/get-pakn";
import { type PaknForm, useSavePakn } from "../api/save-pakn";

type Values = Omit<PaknForm, "occurredAt" | "reportedAt"> & { occurredAt?: Dayjs; reportedAt?: Dayjs };

const REPORTER_KINDS = ["INDIVIDUAL", "ORGANISATION"] as const;

function valuesOf(detail: PaknDetail): Values {
  const { reporter } = detail;
  return {
    title: detail.title,
    content: detail.content,
    categoryId: detail.category.id,
    channelId: detail.channel.id,
    requestType: detail.requestType,
    occurredAt: detail.occurredAt ? dayjs(detail.occurredAt) : undefined,
    reportedAt: dayjs(detail.reportedAt),
    locationText: detail.locationText,
    area: detail.area,
    latitude: detail.latitude,
    longitude: detail.longitude,
    reporterName: reporter.name ?? undefined,
    reporterPhone: reporter.phone ?? undefined,
    reporterIdNumber: reporter.idNumber ?? undefined,
    reporterKind: reporter.kind as PaknForm["reporterKind"],
    reporterAddress: reporter.address ?? undefined,
    reporterEmail: reporter.email ?? undefined,
    identityDisclosed: detail.identityDisclosed,
    published: detail.published,
    reportedUnitId: detail.reportedUnit?.id,
  };
}

const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

function formOf(values: Values): PaknForm {
  return {
    ...values,
    requestType: blankToUndefined(values.requestType),
    locationText: blankToUndefined(values.locationText),
    area: blankToUndefined(values.area),
    reporterName: blankToUndefined(values.reporterName),
    reporterPhone: blankToUndefined(values.reporterPhone),
    reporterIdNumber: blankToUndefined(values.reporterIdNumber),
    reporterAddress: blankToUndefined(values.reporterAddress),
    reporterEmail: blankToUndefined(values.reporterEmail),
    occurredAt: values.occurredAt?.toISOString(),
    reportedAt: values.reportedAt?.toISOString(),
    identityDisclosed: values.identityDisclosed ?? false,
    published: values.published ?? false,
  };
}

type Props = {
  open: boolean;
  /** Chỉnh sửa: the PAKN as shown, whose ETag goes in If-Match; absent for Tiếp nhận phản ánh. */
  editing?: VersionedPakn;
  onClose: () => void;
  onSaved: (detail: PaknDetail) => void;
  onReload?: () => void;
};

/** The operator's intake form (Tiếp nhận phản ánh), reused by Chỉnh sửa; the citizen's files are sent once it is saved. */
export function PaknFormModal({ open, editing, onClose, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSavePakn();
  const { attach, pending: attaching } = useAttachFiles();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const showError = useApiError();
  const categories = useCatalog("categories").data ?? [];
  const channels = useCatalog("channels").data ?? [];
  const units = useUnits().data ?? [];
  const { reset } = save;
  const stale = save.error !== null && isStale(save.error);

  useEffect(() => {
    if (!open) return;
    reset();
    form.resetFields();
    setFiles([]);
    if (editing) form.setFieldsValue(valuesOf(editing.detail));
  }, [open, editing, form, reset]);

  const submit = (values: Values) => {
    const chosen = filesOf(files);
    save.mutate(
      { id: editing?.detail.id, etag: editing?.etag, body: formOf(values) },
      {
        onSuccess: async (detail) => {
          await attach({ paknId: detail.id, files: chosen, purpose: "PAKN", saved: t("pakn.filesLater") });
          onClose();
          onSaved(detail);
        },
        onError: (error) => {
          if (!isStale(error)) showError(error, form);
        },
      },
    );
  };

  const required = (field: string) => [{ required: true, message: t("common.required", { field: field.toLowerCase() }) }];

  return (
    <Modal
      open={open}
      width={900}
      title={editing ? `${t("pakn.buttons.edit")} ${editing.detail.code}` : t("pakn.intake")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending || attaching, disabled: stale }}
      destroyOnHidden
    >
      {stale && (
        <ConflictAlert
          onReload={() => {
            onClose();
            onReload?.();
          }}
        />
      )}
      <Form form={form} name="pakn" layout="vertical" onFinish={submit} initialValues={{ identityDisclosed: false, published: false }}>
        <Form.Item name="title" label={t("pakn.fields.title")} rules={required(t("pakn.fields.title"))}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="content" label={t("pakn.fields.content")} rules={required(t("pakn.fields.content"))}>
          <Input.TextArea rows={4} maxLength={20000} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name="categoryId" label={t("pakn.fields.category")} rules={required(t("pakn.fields.category"))}>
              <Select showSearch optionFilterProp="label" options={categories.map((c) => ({ value: c.id, label: c.name }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="channelId" label={t("pakn.fields.channel")} rules={required(t("pakn.fields.channel"))}>
              <Select showSearch optionFilterProp="label" options={channels.map((c) => ({ value: c.id, label: c.name }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="requestType" label={t("pakn.fields.requestType")}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="occurredAt" label={t("pakn.fields.occurredAt")}>
              <DatePicker showTime={{ format: "HH:mm" }} format={`${DATE_PICKER_FORMAT} HH:mm`} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="reportedAt" label={t("pakn.fields.reportedAt")}>
              <DatePicker showTime={{ format: "HH:mm" }} format={`${DATE_PICKER_FORMAT} HH:mm`} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="reportedUnitId" label={t("pakn.fields.reportedUnit")}>
              <UnitTreeSelect units={units} allowClear style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="locationText" label={t("pakn.fields.location")}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="area" label={t("pakn.fields.area")}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="latitude" label={t("pakn.fields.latitude")}>
              <InputNumber min={-90} max={90} step={0.000001} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="longitude" label={t("pakn.fields.longitude")}>
              <InputNumber min={-180} max={180} step={0.000001} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t("workflow.files.label")} extra={t("pakn.filesHelp")}>
          <FileDragger files={files} onChange={setFiles} />
        </Form.Item>
        <Typography.Title level={5}>{t("pakn.panels.reporter")}</Typography.Title>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name="reporterName" label={t("pakn.fields.reporterName")}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="reporterPhone" label={t("pakn.fields.reporterPhone")}>
              <Input maxLength={20} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="reporterIdNumber" label={t("pakn.fields.reporterIdNumber")}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="reporterKind" label={t("pakn.fields.reporterKind")}>
              <Select allowClear options={REPORTER_KINDS.map((kind) => ({ value: kind, label: t(`pakn.reporterKind.${kind}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="reporterEmail" label={t("pakn.fields.reporterEmail")} rules={[{ type: "email", message: t("pakn.invalidEmail") }]}>
              <Input maxLength={254} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="reporterAddress" label={t("pakn.fields.reporterAddress")}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="identityDisclosed" valuePropName="checked" style={{ marginBottom: 4 }}>
          <Checkbox>{t("pakn.fields.identityDisclosed")}</Checkbox>
        </Form.Item>
        <Form.Item name="published" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox>{t("pakn.fields.published")}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
