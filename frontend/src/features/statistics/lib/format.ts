/** The number formats of the reports, in the language on screen. */
const localeOf = (language: string) => (language === "en" ? "en-US" : "vi-VN");

/** A share as the manual shows it, with one decimal: "12,5 %" (a no-break space keeps the sign on the number). */
export function formatPercent(value: number, language = "vi"): string {
  const number = new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
  return `${number}\u00a0%`;
}

/** A count with the language's digit grouping: "12.345". */
export function formatCount(value: number, language = "vi"): string {
  return new Intl.NumberFormat(localeOf(language)).format(value);
}

/** Bytes received so far, for the export's progress: "850 B", "12,3 KB", "4,5 MB". */
export function formatBytes(bytes: number, language = "vi"): string {
  const format = (value: number) => new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return `${format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / (1024 * 1024))} MB`;
}
