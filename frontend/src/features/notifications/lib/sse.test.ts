import { describe, expect, it } from "vitest";

import { createSseParser, type SseEvent } from "./sse";

function parse(...chunks: string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const push = createSseParser((event) => events.push(event));
  chunks.forEach(push);
  return events;
}

describe("server-sent events parser", () => {
  it("reads JSON data events as Quarkus sends them", () => {
    expect(parse('data:{"unread":3}\n\ndata:{"unread":4}\n\n')).toEqual([
      { event: "message", data: '{"unread":3}' },
      { event: "message", data: '{"unread":4}' },
    ]);
  });

  it("joins events split across chunks, in the middle of a line or of a CRLF", () => {
    expect(parse('da', 'ta: {"unr', 'ead":7}\r', "\n\r\n")).toEqual([{ event: "message", data: '{"unread":7}' }]);
  });

  it("keeps names and multi-line data, skips comments and ids, ignores an event without data", () => {
    expect(parse(": keep-alive\n\nid: 4\nevent: count\ndata: a\ndata:b\n\nevent: empty\n\n")).toEqual([
      { event: "count", data: "a\nb" },
    ]);
  });

  it("does not dispatch an unterminated event", () => {
    expect(parse("data: half")).toEqual([]);
  });
});
