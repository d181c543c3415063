import { BellOutlined } from "@ant-design/icons";
import { Badge, Button, Empty, Flex, List, Popover, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";

import { useApiError } from "@/lib/api-error";

import { type Notification, useNotifications } from "../api/get-notifications";
import { useMarkAllRead, useMarkRead } from "../api/mark-read";
import { useFollowUnreadCount, useUnreadCount } from "../api/unread-count";
import { NotificationItem } from "./notification-item";

const LATEST = 6;

/** The bell of the header: the unread count, live; the latest notifications; a click reads one and opens its PAKN. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  useFollowUnreadCount();
  const unread = useUnreadCount() ?? 0;
  const latest = useNotifications({ page: 0, size: LATEST }, open);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const showError = useApiError();

  const openNotification = (notification: Notification) => {
    setOpen(false);
    if (!notification.read) markRead.mutate(notification, { onError: (error) => showError(error) });
    if (notification.link) navigate(notification.link);
  };

  const content = (
    <div style={{ width: 360, maxWidth: "calc(100vw - 32px)" }} data-testid="notification-dropdown">
      <Flex justify="space-between" align="center" style={{ marginBottom: 4 }}>
        <Typography.Text strong>{t("notifications.title")}</Typography.Text>
        <Button type="link" size="small" disabled={unread === 0} loading={markAllRead.isPending} onClick={() => markAllRead.mutate(undefined, { onError: (error) => showError(error) })}>
          {t("notifications.markAllRead")}
        </Button>
      </Flex>
      <List
        size="small"
        loading={latest.isFetching && !latest.data}
        dataSource={latest.data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("notifications.empty")} /> }}
        style={{ maxHeight: 420, overflowY: "auto" }}
        renderItem={(notification) => (
          <List.Item style={{ cursor: "pointer", paddingInline: 4 }} onClick={() => openNotification(notification)}>
            <NotificationItem notification={notification} />
          </List.Item>
        )}
      />
      <div style={{ textAlign: "center", marginTop: 4 }}>
        <Link to="/notifications" onClick={() => setOpen(false)}>
          {t("notifications.seeAll")}
        </Link>
      </div>
    </div>
  );

  return (
    <Popover trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen} content={content} arrow={false}>
      <Button type="text" aria-label={t("notifications.bell", { count: unread })} data-testid="notification-bell" style={{ height: 48 }}>
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
