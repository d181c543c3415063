import { CheckOutlined } from "@ant-design/icons";
import { Button, Card, Empty, List, Segmented, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";

import { useApiError } from "@/lib/api-error";

import { type Notification, type NotificationFilter, useNotifications } from "../api/get-notifications";
import { useMarkAllRead, useMarkRead } from "../api/mark-read";
import { useUnreadCount } from "../api/unread-count";
import { NotificationItem } from "./notification-item";

const PAGE_SIZE = 20;

/** Thông báo: every in-app notification of the officer, newest first, or the unread ones alone. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<NotificationFilter>({ unread: false, page: 0, size: PAGE_SIZE });
  const notifications = useNotifications(filter);
  const unread = useUnreadCount() ?? 0;
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const showError = useApiError();
  const onError = (error: unknown) => showError(error);

  const open = (notification: Notification) => {
    if (!notification.read) markRead.mutate(notification, { onError });
    if (notification.link) navigate(notification.link);
  };

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={1} style={{ fontSize: 18, margin: 0 }}>
          {t("notifications.title")}
        </Typography.Title>
      }
      extra={
        <Button icon={<CheckOutlined />} disabled={unread === 0} loading={markAllRead.isPending} onClick={() => markAllRead.mutate(undefined, { onError })}>
          {t("notifications.markAllRead")}
        </Button>
      }
    >
      <Segmented
        style={{ marginBottom: 12 }}
        value={filter.unread ? "unread" : "all"}
        onChange={(value) => setFilter({ ...filter, unread: value === "unread", page: 0 })}
        options={[
          { value: "all", label: t("notifications.all") },
          { value: "unread", label: t("notifications.unreadOnly", { count: unread }) },
        ]}
      />
      <List
        loading={notifications.isFetching}
        dataSource={notifications.data?.items ?? []}
        locale={{ emptyText: <Empty description={filter.unread ? t("notifications.noneUnread") : t("notifications.empty")} /> }}
        pagination={{
          current: (filter.page ?? 0) + 1,
          pageSize: filter.size ?? PAGE_SIZE,
          total: notifications.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (page, size) => setFilter({ ...filter, page: page - 1, size }),
        }}
        renderItem={(notification) => (
          <List.Item
            actions={[
              notification.link ? (
                <Button key="open" type="link" size="small" onClick={() => open(notification)}>
                  {t("notifications.openPakn")}
                </Button>
              ) : null,
              notification.read ? null : (
                <Button key="read" type="link" size="small" onClick={() => markRead.mutate(notification, { onError })}>
                  {t("notifications.markRead")}
                </Button>
              ),
            ].filter(Boolean)}
          >
            <NotificationItem notification={notification} />
          </List.Item>
        )}
      />
    </Card>
  );
}
