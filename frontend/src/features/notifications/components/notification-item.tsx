import { Badge, Typography } from "antd";

import { formatDate } from "@/lib/format-date";

import type { Notification } from "../api/get-notifications";

/** One notification: unread ones marked with a dot and in bold. */
export function NotificationItem({ notification }: { notification: Notification }) {
  return (
    <div style={{ display: "flex", gap: 8, alignItems: "baseline", minWidth: 0 }}>
      <Badge status={notification.read ? "default" : "processing"} />
      <div style={{ minWidth: 0 }}>
        <Typography.Text strong={!notification.read}>{notification.title}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }} ellipsis={{ rows: 2 }}>
          {notification.body}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDate(notification.createdAt)}
        </Typography.Text>
      </div>
    </div>
  );
}
