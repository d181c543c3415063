import { describe, expect, it } from "vitest";

import { BOX, diagramSize, layoutMoves, layoutSteps, type ProcessStep } from "./process-layout";

const step = (id: number, position: number): ProcessStep => ({ id, code: `S${id}`, name: `Bước ${id}`, kind: "PROCESSING", role: null, assigneeLevel: null, escalatesToId: null, position, current: false });

const numbers = (path: string) => path.match(/-?\d+(\.\d+)?/g)!.map(Number);

describe("process diagram layout", () => {
  it("places the steps in process order, four to a row", () => {
    const boxes = layoutSteps([step(5, 5), step(1, 1), step(2, 2), step(3, 3), step(4, 4)]);
    expect(boxes.map((b) => b.step.id)).toEqual([1, 2, 3, 4, 5]);
    expect(boxes[4].y).toBeGreaterThan(boxes[0].y);
    expect(boxes[4].x).toBe(boxes[0].x);
    expect(diagramSize(boxes).height).toBe(2 * BOX.margin + 2 * BOX.height + BOX.gapY);
  });

  it("draws one arrow per direction, from the edge of a box to the edge of the next", () => {
    const boxes = layoutSteps([step(1, 1), step(2, 2)]);
    const arrows = layoutMoves(boxes, [
      { fromStepId: 1, toStepId: 2, action: "route", role: "OPERATOR" },
      { fromStepId: 1, toStepId: 2, action: "reroute", role: "OPERATOR" },
      { fromStepId: 2, toStepId: 1, action: "return-to-operator", role: "SPECIALIST" },
      { fromStepId: 2, toStepId: 9, action: "unknown", role: "SPECIALIST" },
    ]);
    expect(arrows.map((a) => a.key)).toEqual(["1-2", "2-1"]);
    const [x1, y1, x2] = numbers(arrows[0].d);
    expect(x1).toBeCloseTo(BOX.margin + BOX.width);
    expect(x2).toBeCloseTo(BOX.margin + BOX.width + BOX.gapX);
    expect(numbers(arrows[1].d)[1]).not.toBe(y1);
  });

  it("bends an arrow that jumps over a box of its row instead of crossing it", () => {
    const boxes = layoutSteps([step(1, 1), step(2, 2), step(3, 3)]);
    const [arrow] = layoutMoves(boxes, [{ fromStepId: 1, toStepId: 3, action: "route", role: "OPERATOR" }]);
    expect(arrow.d).toMatch(/^M .* Q .*/);
    const [, startY, , controlY] = numbers(arrow.d);
    expect(startY).toBe(BOX.margin);
    expect(controlY).toBeLessThan(BOX.margin);
  });
});
