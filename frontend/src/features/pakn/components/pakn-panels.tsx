import { Card, Descriptions, Space, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { AttachmentLinks } from "@/features/pakn/workflow/components/attachment-links";
import { formatDate } from "@/lib/format-date";
import { usePhone } from "@/lib/use-phone";

import type { Attachment } from "../api/attachments";
import type { PaknDetail } from "../api/get-pakn";
import { ProgressTag, StatusTag } from "./pakn-tags";

const text = (value: string | number | null | undefined) => (value === null || value === undefined || value === "" ? "—" : value);

/** Tọa độ, with a link to the point on OpenStreetMap. */
function Coordinates({ latitude, longitude }: { latitude: number; longitude: number }) {
  const { t } = useTranslation();
  const map = `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
  return (
    <Space wrap size={8}>
      {`${latitude}, ${longitude}`}
      <Typography.Link href={map} target="_blank" rel="noopener noreferrer">
        {t("pakn.viewMap")}
      </Typography.Link>
    </Space>
  );
}

/** Thông tin phản ánh, with the files the item came with (PAKN purpose). */
export function PaknInfoPanel({ detail, attachments }: { detail: PaknDetail; attachments: Attachment[] }) {
  const { t } = useTranslation();
  // on a phone the long content would squeeze the labels to a word per line
  const labels = usePhone() ? { label: { width: 124 } } : undefined;
  return (
    <Card size="small" title={t("pakn.panels.info")}>
      <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} bordered styles={labels}>
        <Descriptions.Item label={t("pakn.fields.code")}>{detail.code}</Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.category")}>{detail.category.name}</Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.channel")}>{detail.channel.name}</Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.requestType")}>{text(detail.requestType)}</Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.reportedAt")}>{formatDate(detail.reportedAt)}</Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.occurredAt")}>{text(formatDate(detail.occurredAt))}</Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.location")}>{text(detail.locationText)}</Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.area")}>{text(detail.area)}</Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.coordinates")}>
          {detail.latitude != null && detail.longitude != null ? <Coordinates latitude={detail.latitude} longitude={detail.longitude} /> : "—"}
        </Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.reportedUnit")}>{text(detail.reportedUnit?.name)}</Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.status")}>
          <StatusTag status={detail.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.published")}>{detail.published ? t("common.yes") : t("common.no")}</Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.step")}>{detail.step.name}</Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.content")} span="filled">
          <div style={{ whiteSpace: "pre-wrap" }}>{detail.content}</div>
        </Descriptions.Item>
        {attachments.length > 0 && (
          <Descriptions.Item label={t("workflow.files.label")} span="filled">
            <AttachmentLinks attachments={attachments} />
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

/** Thông tin người phản ánh: "Ẩn danh" for what the reporter did not agree to disclose to this officer. */
export function ReporterPanel({ detail }: { detail: PaknDetail }) {
  const { t } = useTranslation();
  const { reporter } = detail;
  const hidden = <Tag>{t("pakn.anonymous")}</Tag>;
  const show = (value: string | null | undefined): ReactNode => (reporter.hidden ? hidden : text(value));
  return (
    <Card size="small" title={t("pakn.panels.reporter")}>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t("pakn.fields.reporterName")}>{show(reporter.name)}</Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.reporterPhone")}>{show(reporter.phone)}</Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.reporterIdNumber")}>{show(reporter.idNumber)}</Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.reporterKind")}>
          {reporter.hidden ? hidden : reporter.kind ? t(`pakn.reporterKind.${reporter.kind}`) : "—"}
        </Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.reporterAddress")}>{show(reporter.address)}</Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.reporterEmail")}>{show(reporter.email)}</Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.identityDisclosed")}>{detail.identityDisclosed ? t("common.yes") : t("common.no")}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

type HandlerPanelProps = { detail: PaknDetail; resultFiles: Attachment[]; appointmentFiles: Attachment[] };

/**
 * Thông tin người xử lý, as the manual's (Tên, Chức vụ, Đơn vị, Tiến độ, Hạn xử lý), with the process and step, the
 * coordinating units, the result with its files, and the appointments' files.
 */
export function HandlerPanel({ detail, resultFiles, appointmentFiles }: HandlerPanelProps) {
  const { t } = useTranslation();
  const { result } = detail;
  return (
    <Card size="small" title={t("pakn.panels.handler")}>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t("pakn.fields.process")}>{detail.process.name}</Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.step")}>{detail.step.name}</Descriptions.Item>
        <Descriptions.Item label={t("workflow.mainUnit")}>{text(detail.mainUnit?.name)}</Descriptions.Item>
        <Descriptions.Item label={t("workflow.coordinatingUnits")}>
          {detail.coordinatingUnits.length === 0 ? "—" : (
            <Space wrap size={4}>
              {detail.coordinatingUnits.map((unit) => (
                <Tag key={unit.id} color={unit.answeredAt ? "green" : undefined}>
                  {unit.name}
                  {unit.answeredAt
                    ? ` · ${t("appointments.answered", { at: formatDate(unit.answeredAt) })}`
                    : unit.deadline && ` · ${t("appointments.subDeadline", { deadline: formatDate(unit.deadline) })}`}
                </Tag>
              ))}
            </Space>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.handler")}>
          {detail.handler ? detail.handler.name : <Typography.Text type="secondary">{t("pakn.fields.noHandler")}</Typography.Text>}
        </Descriptions.Item>
        {detail.handler?.position && (
          <Descriptions.Item label={t("pakn.fields.handlerPosition")}>{detail.handler.position}</Descriptions.Item>
        )}
        <Descriptions.Item label={t("pakn.fields.progress")}>
          <ProgressTag progress={detail.progress} />
        </Descriptions.Item>
        <Descriptions.Item label={t("pakn.fields.deadline")}>{text(formatDate(detail.deadline))}</Descriptions.Item>
        {detail.returnReason && (
          <Descriptions.Item label={t("workflow.reason")}>{t(`workflow.reasons.${detail.returnReason}`)}</Descriptions.Item>
        )}
        <Descriptions.Item label={t("workflow.result.unit")}>{text(result?.unit?.name)}</Descriptions.Item>
        <Descriptions.Item label={t("workflow.result.content")}>
          <div style={{ whiteSpace: "pre-wrap" }}>{text(result?.content)}</div>
        </Descriptions.Item>
        {resultFiles.length > 0 && (
          <Descriptions.Item label={t("workflow.result.files")}>
            <AttachmentLinks attachments={resultFiles} />
          </Descriptions.Item>
        )}
        {result && (
          <Descriptions.Item label={t("workflow.result.state")}>
            {!result.published && !result.approved && "—"}
            <Space wrap size={4}>
              {result.published && <Tag color="blue">{t("workflow.result.public")}</Tag>}
              {result.approved && (
                <Tag color="green">
                  {t("workflow.result.approved")}
                  {result.approvedBy && ` — ${result.approvedBy.name}`}
                  {result.approvedAt && `, ${formatDate(result.approvedAt)}`}
                </Tag>
              )}
            </Space>
          </Descriptions.Item>
        )}
        {appointmentFiles.length > 0 && (
          <Descriptions.Item label={t("appointments.fields.files")}>
            <AttachmentLinks attachments={appointmentFiles} />
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
