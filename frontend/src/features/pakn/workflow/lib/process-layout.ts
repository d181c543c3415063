import type { components } from "@/lib/api/schema";

export type ProcessStep = components["schemas"]["StepNode"];
export type ProcessMove = components["schemas"]["Move"];

export const BOX = { width: 180, height: 52, gapX: 60, gapY: 90, columns: 4, margin: 48 } as const;

/** How far an arrow that jumps over boxes of its row bends away from them. */
const BEND = 40;

export type Box = { step: ProcessStep; x: number; y: number };
/** `d`: the SVG path; a straight segment, or a curve over (first row) or under (other rows) the boxes it jumps. */
export type Arrow = { key: string; move: ProcessMove; d: string };

/** The steps in their process order, on a grid of `BOX.columns` columns. */
export function layoutSteps(steps: readonly ProcessStep[]): Box[] {
  return [...steps]
    .sort((a, b) => a.position - b.position || a.id - b.id)
    .map((step, index) => ({
      step,
      x: BOX.margin + (index % BOX.columns) * (BOX.width + BOX.gapX),
      y: BOX.margin + Math.floor(index / BOX.columns) * (BOX.height + BOX.gapY),
    }));
}

/** Where the line from a box's centre towards (dx, dy) leaves the box. */
function edge(box: Box, dx: number, dy: number) {
  const cx = box.x + BOX.width / 2;
  const cy = box.y + BOX.height / 2;
  const scale = Math.min(dx === 0 ? Infinity : BOX.width / 2 / Math.abs(dx), dy === 0 ? Infinity : BOX.height / 2 / Math.abs(dy));
  return { x: cx + dx * scale, y: cy + dy * scale };
}

/** One arrow per pair of steps and direction, moved aside so that the way back does not cover the way there. */
export function layoutMoves(boxes: readonly Box[], moves: readonly ProcessMove[]): Arrow[] {
  const byId = new Map(boxes.map((box) => [box.step.id, box]));
  const seen = new Set<string>();
  const arrows: Arrow[] = [];
  for (const move of moves) {
    const key = `${move.fromStepId}-${move.toStepId}`;
    const from = byId.get(move.fromStepId);
    const to = byId.get(move.toStepId);
    if (seen.has(key) || !from || !to) continue;
    seen.add(key);
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    if (dy === 0 && Math.abs(dx) > BOX.width + BOX.gapX) {
      arrows.push({ key, move, d: jump(from, to) });
      continue;
    }
    const length = Math.hypot(dx, dy) || 1;
    const offset = { x: (-dy / length) * 6, y: (dx / length) * 6 };
    const start = edge(from, dx, dy);
    const end = edge(to, -dx, -dy);
    arrows.push({ key, move, d: `M ${start.x + offset.x} ${start.y + offset.y} L ${end.x + offset.x} ${end.y + offset.y}` });
  }
  return arrows;
}

/** A curve between two boxes of one row that are not neighbours; forward and back leave from different points. */
function jump(from: Box, to: Box): string {
  const above = from.y === BOX.margin;
  const side = to.x > from.x ? 1 : -1;
  const edgeY = above ? from.y : from.y + BOX.height;
  const startX = from.x + BOX.width / 2 + side * 20;
  const endX = to.x + BOX.width / 2 - side * 20;
  const controlY = above ? edgeY - BEND * 2 + (side > 0 ? 0 : 20) : edgeY + BEND * 2 - (side > 0 ? 0 : 20);
  return `M ${startX} ${edgeY} Q ${(startX + endX) / 2} ${controlY} ${endX} ${edgeY}`;
}

export function diagramSize(boxes: readonly Box[]) {
  const rows = Math.max(1, Math.ceil(boxes.length / BOX.columns));
  const columns = Math.min(BOX.columns, Math.max(1, boxes.length));
  return {
    width: 2 * BOX.margin + columns * BOX.width + (columns - 1) * BOX.gapX,
    height: 2 * BOX.margin + rows * BOX.height + (rows - 1) * BOX.gapY,
  };
}
