import { Button, Card, Form, Input, Select, Table, Tag, Tooltip, Typography } from "antd";
import type { ColumnsType } from "antd/es/table/interface";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";

import { Secondary, TitleCell } from "@/components/row-text";
import { formatDate } from "@/lib/format-date";
import { openableRow } from "@/lib/openable-row";
import { FROM_MD, useFilterLayout } from "@/lib/use-phone";

import { indexColumn, openColumn, TABLE_MIN_WIDTH } from "../../components/list-columns";
import { StatusTag } from "../../components/pakn-tags";
import { formatTotal, PAGE_SIZES } from "../../lib/filters";
import { type AppointmentRow, useAppointments } from "../api/get-appointments";
import { APPOINTMENT_STATES, appointmentFiltersFromQuery, appointmentFiltersToQuery, type AppointmentFilters } from "../lib/appointment-filters";

const STATE_COLORS: Record<string, string> = { PENDING: "gold", APPROVED: "green", REJECTED: "red" };

type SearchValues = Pick<AppointmentFilters, "q" | "state">;

/** "Phiếu hẹn xử lý" (manual 1.2): the manual's columns; a double click, or Enter on a focused row, opens the item. */
export function AppointmentList() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = appointmentFiltersFromQuery(searchParams);
  const list = useAppointments(filters);
  const [form] = Form.useForm<SearchValues>();
  // on a phone: the title (with its code, status and due time) and the open button; the rest from md up
  const { phone: narrow, layout, width } = useFilterLayout();
  const open = (row: AppointmentRow) => navigate(`/pakn/${row.paknId}`);
  const update = (next: AppointmentFilters) => setSearchParams(appointmentFiltersToQuery(next));

  useEffect(() => {
    form.setFieldsValue({ q: filters.q, state: filters.state });
  }, [form, filters.q, filters.state]);

  const statusTags = (row: AppointmentRow) => (
    <>
      <StatusTag status={row.status} />
      {row.state !== "APPROVED" && (
        <Tooltip title={row.state === "REJECTED" ? undefined : t("appointments.pendingHelp")}>
          <Tag color={STATE_COLORS[row.state]}>{t(`appointments.states.${row.state}`)}</Tag>
        </Tooltip>
      )}
    </>
  );

  const columns: ColumnsType<AppointmentRow> = [
    indexColumn(t("appointments.columns.index"), filters.page, filters.size),
    {
      title: t("appointments.columns.title"),
      dataIndex: "title",
      render: (title: string, row) => (
        <TitleCell
          title={title}
          code={row.code}
          phone={
            narrow && (
              <>
                {statusTags(row)}
                <Secondary>
                  {t("appointments.columns.dueAt")} {formatDate(row.dueAt)}
                </Secondary>
              </>
            )
          }
        />
      ),
    },
    { title: t("appointments.columns.category"), dataIndex: "category", ...FROM_MD, width: 124, ellipsis: true },
    {
      title: t("appointments.columns.reportedAt"),
      dataIndex: "reportedAt",
      ...FROM_MD,
      width: 104,
      render: (value: string) => formatDate(value, "date"),
    },
    { title: t("appointments.columns.location"), dataIndex: "locationText", ...FROM_MD, width: 140, ellipsis: true },
    { title: t("appointments.columns.task"), dataIndex: "task", ...FROM_MD, width: 150, ellipsis: true },
    { title: t("appointments.columns.status"), dataIndex: "status", ...FROM_MD, width: 150, render: (_, row) => statusTags(row) },
    {
      title: t("appointments.columns.dueAt"),
      dataIndex: "dueAt",
      ...FROM_MD,
      width: 132,
      render: (value: string, row) => (
        <Tooltip title={`${t("appointments.fields.reason")}: ${row.reason}`}>
          <span>{formatDate(value)}</span>
        </Tooltip>
      ),
    },
    openColumn(t("common.actions"), narrow, open),
  ];

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={1} style={{ fontSize: 18, margin: 0 }}>
          {t("menu.paknAppointments")}
        </Typography.Title>
      }
    >
      <Form
        form={form}
        name="appointmentSearch"
        className="filter-form"
        layout={layout}
        style={{ marginBottom: 12, rowGap: 8 }}
        onFinish={(values) => update({ q: values.q?.trim() || undefined, state: values.state, page: 1, size: filters.size })}
      >
        <Form.Item name="q">
          <Input allowClear placeholder={t("appointments.searchPlaceholder")} maxLength={200} style={{ width: width(280) }} />
        </Form.Item>
        <Form.Item name="state">
          <Select
            allowClear
            placeholder={t("appointments.columns.state")}
            style={{ width: width(180) }}
            options={APPOINTMENT_STATES.map((state) => ({ value: state, label: t(`appointments.states.${state}`) }))}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" block={narrow}>
            {t("appointments.search")}
          </Button>
        </Form.Item>
      </Form>
      <Table<AppointmentRow>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={narrow ? undefined : { x: TABLE_MIN_WIDTH }}
        onRow={openableRow(open)}
        onChange={(pagination) =>
          update({ ...filters, size: pagination.pageSize ?? filters.size, page: pagination.pageSize !== filters.size ? 1 : (pagination.current ?? 1) })
        }
        pagination={{
          current: filters.page,
          pageSize: filters.size,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES.map(String),
          showTotal: () =>
            t("pakn.total", { total: formatTotal(list.data?.total ?? 0, list.data?.totalExact ?? true, i18n.language === "en" ? "en-US" : "vi-VN") }),
        }}
      />
    </Card>
  );
}
