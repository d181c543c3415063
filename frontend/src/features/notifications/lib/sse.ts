/** One server-sent event: its `event` name ("message" when unnamed) and its data lines joined by "\n". */
export type SseEvent = { event: string; data: string };

/**
 * The event-stream format (WHATWG HTML, "server-sent events"), parsed from text chunks as they arrive: a chunk may end
 * in the middle of a line or hold several events. Comments (": ...", the backend's keep-alives) and ids are skipped.
 */
export function createSseParser(onEvent: (event: SseEvent) => void) {
  let buffer = "";
  let event = "";
  let data: string[] = [];

  const dispatch = () => {
    if (data.length > 0) onEvent({ event: event || "message", data: data.join("\n") });
    event = "";
    data = [];
  };

  const line = (text: string) => {
    if (text === "") return dispatch();
    if (text.startsWith(":")) return;
    const colon = text.indexOf(":");
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? "" : text.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") data.push(value);
    else if (field === "event") event = value;
  };

  return (chunk: string) => {
    buffer += chunk;
    let start = 0;
    for (let i = 0; i < buffer.length; i++) {
      const char = buffer[i];
      if (char !== "\n" && char !== "\r") continue;
      // A "\r" at the end of the chunk may be the first half of "\r\n": wait for the next chunk.
      if (char === "\r" && i === buffer.length - 1) break;
      line(buffer.slice(start, i));
      if (char === "\r" && buffer[i + 1] === "\n") i++;
      start = i + 1;
    }
    buffer = buffer.slice(start);
  };
}
