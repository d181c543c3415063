import { Space } from "antd";
import type { CSSProperties, ReactNode } from "react";

const SECONDARY: CSSProperties = { color: "rgba(0,0,0,0.45)", fontSize: 12 };

/** Grey small text: a code under a title (`block`: a line of its own), a detail beside the tags of a phone's row. */
export function Secondary({ children, block }: { children: ReactNode; block?: boolean }) {
  return block ? <div style={SECONDARY}>{children}</div> : <span style={SECONDARY}>{children}</span>;
}

/** Details in one grey line, " · " between those present. */
export function Details({ of }: { of: (string | null | undefined)[] }) {
  return <Secondary>{of.filter(Boolean).join(" · ")}</Secondary>;
}

/** On a phone, under a row's main text: what the columns hidden there would have told, wrapped. */
export function PhoneSummary({ children }: { children: ReactNode }) {
  return (
    <Space size={4} wrap style={{ display: "flex", marginTop: 4 }}>
      {children}
    </Space>
  );
}

/** On a phone, a row's link buttons under its text, their padding aligned with the text's edge. */
export function PhoneActions({ children }: { children: ReactNode }) {
  return <div style={{ marginInlineStart: -8 }}>{children}</div>;
}

/** The title with its code under it; on a phone (`phone` given) what the hidden columns would have told. */
export function TitleCell({ title, code, phone }: { title: string; code: string; phone?: ReactNode }) {
  return (
    <>
      <div style={{ fontWeight: 500 }}>{title}</div>
      <Secondary block>{code}</Secondary>
      {phone && <PhoneSummary>{phone}</PhoneSummary>}
    </>
  );
}
