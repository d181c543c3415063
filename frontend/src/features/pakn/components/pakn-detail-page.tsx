import { ArrowLeftOutlined } from "@ant-design/icons";
import { App, Button, Card, Col, Result, Row, Space, Spin, Tabs, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";

import { useMe } from "@/lib/auth/get-me";
import { useUnits } from "@/lib/api/get-units";
import { useAllowedActions } from "@/features/pakn/workflow/api/get-workflow";
import { ActionBar } from "@/features/pakn/workflow/components/action-bar";
import { AppointmentDecisionDialog } from "@/features/pakn/workflow/components/appointment-decision-dialog";
import { AppointmentDialog } from "@/features/pakn/workflow/components/appointment-dialog";
import { CommentsTab } from "@/features/pakn/workflow/components/comments-tab";
import { CompleteDialog } from "@/features/pakn/workflow/components/complete-dialog";
import { HistoryTab } from "@/features/pakn/workflow/components/history-tab";
import { ProcessDialog } from "@/features/pakn/workflow/components/process-dialog";
import { ResultDialog } from "@/features/pakn/workflow/components/result-dialog";
import { RouteDialog } from "@/features/pakn/workflow/components/route-dialog";
import { SpecialistDialog } from "@/features/pakn/workflow/components/specialist-dialog";
import { useActionRunner } from "@/features/pakn/workflow/components/use-action-runner";
import { type DetailButton, routeAction, specialistChoices, visibleButtons } from "@/features/pakn/workflow/lib/detail-buttons";
import { ApiError } from "@/lib/api-error";

import { type AttachmentPurpose, useAttachments } from "../api/attachments";
import { usePakn } from "../api/get-pakn";
import { PaknFormModal } from "./pakn-form-modal";
import { HandlerPanel, PaknInfoPanel, ReporterPanel } from "./pakn-panels";
import { StatusTag } from "./pakn-tags";

type Dialog = "edit" | "specialist" | "route" | "updateResult" | "appoint" | "approveAppointment" | "rejectAppointment" | "complete" | "process";

/** Actions without a form: a confirmation is enough. */
const CONFIRMED: Partial<Record<DetailButton, string>> = {
  receive: "receive",
  claim: "claim",
  release: "release",
  approveResult: "approve-result",
  publish: "publish",
  unpublish: "unpublish",
};

/** The detail page of the manual: header, the allowed buttons, three panels, Ý kiến xử lý and Lịch sử. */
export function PaknDetailPage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const pakn = usePakn(id);
  const actions = useAllowedActions(id);
  const attachments = useAttachments(id).data ?? [];
  const units = useUnits().data ?? [];
  const me = useMe().data;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const runner = useActionRunner(pakn.data);

  if (pakn.isPending) return <Spin style={{ display: "block", margin: 48 }} />;
  if (pakn.isError || !pakn.data) {
    const notFound = pakn.error instanceof ApiError && pakn.error.problem.status === 404;
    return (
      <Result
        status={notFound ? "404" : "error"}
        title={notFound ? t("pakn.notFound") : t("errors.unexpected")}
        subTitle={pakn.error instanceof ApiError ? pakn.error.problem.detail : undefined}
        extra={<Button onClick={() => navigate(-1)}>{t("common.back")}</Button>}
      />
    );
  }

  const { detail } = pakn.data;
  const filesFor = (purpose: AttachmentPurpose) => attachments.filter((file) => file.purpose === purpose);
  const allowed = (actions.data ?? []).map((action) => action.action);
  const buttons = visibleButtons(allowed);

  const reload = () => void Promise.all([pakn.refetch(), actions.refetch()]);

  const afterAction = (done: boolean, leavesUnit = false) => {
    if (!done) return;
    setDialog(null);
    if (leavesUnit) navigate("/pakn/processing");
  };

  const onButton = (button: DetailButton) => {
    const action = CONFIRMED[button];
    if (action) {
      modal.confirm({
        title: t(`pakn.buttons.${button}`),
        content: t("workflow.confirm", { action: t(`pakn.buttons.${button}`), code: detail.code }),
        okText: t("workflow.agree"),
        cancelText: t("common.cancel"),
        onOk: () => runner.run(action),
      });
      return;
    }
    setDialog(button as Dialog);
  };

  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Card size="small">
        <Space direction="vertical" size={8} style={{ width: "100%" }}>
          <Space wrap align="center">
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t("common.back")} onClick={() => navigate(-1)} />
            <Typography.Text type="secondary">{detail.code}</Typography.Text>
            <StatusTag status={detail.status} />
            <Typography.Text type="secondary">{detail.step.name}</Typography.Text>
          </Space>
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
            {detail.title}
          </Typography.Title>
          <ActionBar buttons={buttons} busy={runner.pending} onClick={onButton} />
        </Space>
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={14}>
          <PaknInfoPanel detail={detail} attachments={filesFor("PAKN")} />
        </Col>
        <Col xs={24} xl={10}>
          <Space direction="vertical" size={12} style={{ width: "100%" }}>
            <ReporterPanel detail={detail} />
            <HandlerPanel detail={detail} resultFiles={filesFor("RESULT")} appointmentFiles={filesFor("APPOINTMENT")} />
          </Space>
        </Col>
      </Row>
      <Card size="small">
        <Tabs
          items={[
            {
              key: "comments",
              label: t("workflow.comments.tab"),
              children: <CommentsTab paknId={id} canComment={allowed.includes("comment")} runner={runner} />,
            },
            { key: "history", label: t("workflow.history.tab"), children: <HistoryTab paknId={id} /> },
          ]}
        />
      </Card>

      <PaknFormModal open={dialog === "edit"} editing={pakn.data} onClose={() => setDialog(null)} onSaved={reload} onReload={reload} />
      <SpecialistDialog
        open={dialog === "specialist"}
        detail={detail}
        choices={specialistChoices(allowed)}
        units={units}
        pending={runner.pending}
        onCancel={() => setDialog(null)}
        onSubmit={async (action, body, form) => afterAction(await runner.run(action, body, { form }), action === "return-to-operator")}
      />
      <RouteDialog
        open={dialog === "route"}
        units={units}
        pending={runner.pending}
        onCancel={() => setDialog(null)}
        onSubmit={async (body, form) => afterAction(await runner.run(routeAction(allowed) ?? "route", body, { form }))}
      />
      <ResultDialog
        open={dialog === "updateResult"}
        detail={detail}
        defaultUnitId={me?.unit.id}
        units={units}
        pending={runner.pending}
        onCancel={() => setDialog(null)}
        onSubmit={async (body, files, form) => afterAction(await runner.run("update-result", body, { form, files, purpose: "RESULT" }))}
      />
      <AppointmentDialog
        open={dialog === "appoint"}
        deadline={detail.deadline}
        pending={runner.pending}
        onCancel={() => setDialog(null)}
        onSubmit={async (body, files, form) => afterAction(await runner.run("appoint", body, { form, files, purpose: "APPOINTMENT", label: t("pakn.buttons.appoint") }))}
      />
      <AppointmentDecisionDialog
        paknId={id}
        decision={dialog === "approveAppointment" ? "approve" : dialog === "rejectAppointment" ? "reject" : null}
        pending={runner.pending}
        onCancel={() => setDialog(null)}
        onSubmit={async (body, form) => {
          const approve = dialog === "approveAppointment";
          const label = t(approve ? "appointments.buttons.approve" : "appointments.buttons.reject");
          afterAction(await runner.run(approve ? "approve-appointment" : "reject-appointment", body, { form, label }));
        }}
      />
      <CompleteDialog
        open={dialog === "complete"}
        detail={detail}
        pending={runner.pending}
        onCancel={() => setDialog(null)}
        onSubmit={async (body, form) => afterAction(await runner.run("complete", body, { form }))}
      />
      <ProcessDialog paknId={id} open={dialog === "process"} onClose={() => setDialog(null)} />
    </Space>
  );
}
