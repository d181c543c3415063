import dayjs, { type Dayjs } from "dayjs";
import timezone from "dayjs/plugin/timezone";
import utc from "dayjs/plugin/utc";

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every date on screen is the province's local time, whatever the browser's zone. */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const DATE = "DD/MM/YYYY";
const DATE_TIME = "DD/MM/YYYY HH:mm";
const DATE_TIME_SECONDS = "DD/MM/YYYY HH:mm:ss";

type Input = string | number | Date | Dayjs | null | undefined;

/** The one date formatter: dd/MM/yyyy, 24 h, Asia/Ho_Chi_Minh; an empty string for no value. */
export function formatDate(value: Input, style: "date" | "dateTime" | "dateTimeSeconds" = "dateTime"): string {
  if (value === null || value === undefined || value === "") return "";
  const instant = dayjs(value);
  if (!instant.isValid()) return "";
  const pattern = style === "date" ? DATE : style === "dateTime" ? DATE_TIME : DATE_TIME_SECONDS;
  return instant.tz(TIME_ZONE).format(pattern);
}

/** The instant at which a calendar day picked on screen starts (or ends) in the province's time zone. */
export function dayBoundary(day: Dayjs, edge: "start" | "end"): string {
  const local = dayjs.tz(day.format("YYYY-MM-DD"), TIME_ZONE);
  return (edge === "start" ? local.startOf("day") : local.endOf("day")).toISOString();
}

/** The antd DatePicker display pattern matching `formatDate`. */
export const DATE_PICKER_FORMAT = DATE;
