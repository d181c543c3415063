import { QueryClientProvider, useQueryClient } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import viVN from "antd/locale/vi_VN";
import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";

import { refreshSession } from "@/lib/api/client";
import { markRestored, useSessionState } from "@/lib/auth/session";
import { queryClient } from "@/lib/query-client";

/** On page load the refresh cookie, if any, restores the session; nothing else survives a reload. */
function SessionRestorer() {
  const client = useQueryClient();
  const { session } = useSessionState();
  useEffect(() => {
    void refreshSession().finally(markRestored);
  }, []);
  useEffect(() => {
    if (!session) client.clear();
  }, [session, client]);
  return null;
}

/** Officers who ask their system for less motion get none: popups and dialogs appear at once. */
const reducedMotion =
  typeof window !== "undefined" && (window.matchMedia?.("(prefers-reduced-motion: reduce)")?.matches ?? false);

export function AppProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === "en" ? enUS : viVN}
      componentSize="middle"
      theme={{
        token: { colorPrimary: "#0b5cad", borderRadius: 4, fontSize: 14, motion: !reducedMotion },
        components: {
          Table: { cellPaddingBlockSM: 6, cellPaddingInlineSM: 8 },
          Menu: { itemHeight: 36, itemMarginBlock: 2 },
          Layout: { headerHeight: 52 },
        },
      }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <SessionRestorer />
          {children}
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
