import { Modal, Spin, Typography } from "antd";
import { useTranslation } from "react-i18next";

import { useProcess } from "../api/get-workflow";
import { BOX, diagramSize, layoutMoves, layoutSteps } from "../lib/process-layout";

const CURRENT = "#f5222d";

/** Xem quy trình: every step of the item's process, the current one in red, and the moves between them. */
export function ProcessDialog({ paknId, open, onClose }: { paknId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const process = useProcess(open ? paknId : undefined);
  const view = process.data;
  const boxes = view ? layoutSteps(view.steps) : [];
  const arrows = view ? layoutMoves(boxes, view.moves) : [];
  const size = diagramSize(boxes);
  const names = new Map(boxes.map((box) => [box.step.id, box.step.name]));

  return (
    <Modal open={open} width={size.width + 64} title={view ? `${t("pakn.buttons.process")}: ${view.name}` : t("pakn.buttons.process")} footer={null} onCancel={onClose}>
      {!view ? (
        <Spin />
      ) : (
        <>
          <svg width={size.width} height={size.height} role="img" aria-label={t("workflow.process.diagram")} style={{ maxWidth: "100%" }}>
            <defs>
              <marker id="pakn-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M 0 0 L 10 5 L 0 10 z" fill="#8c8c8c" />
              </marker>
            </defs>
            {arrows.map((arrow) => (
              <path key={arrow.key} d={arrow.d} fill="none" stroke="#8c8c8c" strokeWidth={1.4} markerEnd="url(#pakn-arrow)">
                <title>{t(`workflow.actions.${arrow.move.action}`, { defaultValue: arrow.move.action })}</title>
              </path>
            ))}
            {boxes.map(({ step, x, y }) => (
              <g key={step.id} data-current={step.current || undefined}>
                <rect x={x} y={y} width={BOX.width} height={BOX.height} rx={6} fill={step.current ? CURRENT : "#fff"} stroke={step.current ? CURRENT : "#1677ff"} strokeWidth={1.5} />
                <text x={x + BOX.width / 2} y={y + BOX.height / 2 + 5} textAnchor="middle" fontSize={13} fontWeight={step.current ? 600 : 400} fill={step.current ? "#fff" : "rgba(0,0,0,0.88)"}>
                  {step.name}
                </text>
              </g>
            ))}
          </svg>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
            {t("workflow.process.legend")}
          </Typography.Paragraph>
          <ul style={{ fontSize: 12, columns: 2, margin: 0, paddingLeft: 18 }}>
            {arrows.map((arrow) => (
              <li key={arrow.key}>
                {names.get(arrow.move.fromStepId)} → {names.get(arrow.move.toStepId)} (
                {t(`workflow.actions.${arrow.move.action}`, { defaultValue: arrow.move.action })})
              </li>
            ))}
          </ul>
        </>
      )}
    </Modal>
  );
}
