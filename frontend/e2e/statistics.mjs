// Browser test of issue 5: a unit's leader opens Tiến độ and Đánh giá, sees the charts and the manual's table with
// the unit's numbers, exports each to Excel and gets an .xlsx file. The data is made through the API first: a PAKN
// taken in, routed to the unit, processed and completed, then rated from the citizens' portal with an API key.
// Called by run.mjs with its browser, its admin token and its `step` reporter.
import { readFile } from "node:fs/promises";
import { randomInt } from "node:crypto";
import { resolve } from "node:path";

import { api } from "./api.mjs";
import { TIMEOUT, expectVisible, officer, signIn } from "./support.mjs";

/** A completed PAKN of `unit`: taken in and routed by the operator, processed and returned by the unit's specialist. */
async function completedPakn(client, tokens, unit, title) {
  const [categories, channels] = await Promise.all([
    client.expect(200, "GET", "/api/v1/categories", { token: tokens.operator }),
    client.expect(200, "GET", "/api/v1/channels", { token: tokens.operator }),
  ]);
  const created = await client.expect(201, "POST", "/api/v1/pakn", {
    token: tokens.operator,
    body: {
      title,
      content: `${title} (nội dung kiểm thử)`,
      categoryId: categories[0].id,
      channelId: channels[0].id,
      locationText: "Phường Kiểm Thử, Thành phố Pleiku",
      reporterName: "Nguyễn Văn Người Gửi",
      identityDisclosed: true,
    },
  });
  let version = created.version;
  const act = async (token, action, body = {}) => {
    const outcome = await client.expect(200, "POST", `/api/v1/pakn/${created.id}/actions/${action}`, {
      token,
      body,
      headers: { "If-Match": `"${version}"` },
    });
    version = outcome.version;
  };
  await act(tokens.operator, "receive");
  await act(tokens.operator, "route", { mainUnitId: unit.id });
  await act(tokens.specialist, "claim");
  await act(tokens.specialist, "update-result", { resultUnitId: unit.id, resultContent: "Đơn vị đã xử lý xong (kết quả kiểm thử)." });
  await act(tokens.specialist, "return-result", { comment: "Đã xử lý xong." });
  await act(tokens.operator, "complete", { comment: "Đã trả lời công dân (kiểm thử)." });
  return created;
}

/** Opens a report from the menu and waits for its table to show the unit's row and its chart to be drawn. */
async function openReport(page, menuItem, heading, unitName) {
  await page.getByRole("navigation").getByRole("link", { name: menuItem, exact: true }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/statistics/"), { timeout: TIMEOUT });
  await expectVisible(page.getByRole("heading", { name: heading }));
  await expectVisible(page.locator(".ant-table-tbody").getByText(unitName, { exact: true }));
  await expectVisible(page.locator(".ant-table-summary").getByText("Tổng cộng"));
  await page.locator(".statistics-chart canvas").first().waitFor({ state: "attached", timeout: TIMEOUT });
  const charts = await page.locator(".statistics-chart").count();
  if (charts < 2) throw new Error(`expected the bars and the donut, found ${charts} chart(s)`);
}

/** Clicks Xuất Excel and checks that an .xlsx arrives under the server's name and starts like a ZIP ("PK"). */
async function exportExcel(page, report) {
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: TIMEOUT }),
    page.getByRole("button", { name: "Xuất Excel" }).click(),
  ]);
  const name = download.suggestedFilename();
  if (!new RegExp(`^thong-ke-${report}-\\d{8}-\\d{4}\\.xlsx$`).test(name)) throw new Error(`unexpected file name ${name}`);
  const bytes = await readFile(await download.path());
  if (bytes.length < 100 || bytes.subarray(0, 2).toString("latin1") !== "PK") throw new Error(`${name} is not an .xlsx (${bytes.length} bytes)`);
  await expectVisible(page.getByText(`Đã tải xuống ${name}`));
}

export async function statisticsReports({ browser, baseUrl, adminToken, step = (_name, action) => action(), resultsDir, onPage }) {
  const client = api(baseUrl);
  const suffix = randomInt(0, 1_000_000);
  const unitName = `Sở Thống Kê E2E ${suffix}`;

  const { leader, unit } = await step("admin creates a unit with a leader and a specialist; a PAKN of it is completed and rated", async () => {
    const units = await client.units(adminToken);
    const callCenter =
      units.find((candidate) => candidate.active && candidate.kind === "CALL_CENTER") ??
      (await client.createUnit(adminToken, { code: `E2ESC${suffix}`, name: `Tổng đài thống kê ${suffix}`, kind: "CALL_CENTER" }));
    const department = await client.createUnit(adminToken, { code: `E2ES${suffix}`, name: unitName, kind: "DEPARTMENT" });
    const [operator, specialist, leaderAccount] = [
      await officer(client, adminToken, callCenter, "OPERATOR", "Đỗ Thị Trực Tổng Đài"),
      await officer(client, adminToken, department, "SPECIALIST", "Võ Văn Chuyên Viên"),
      await officer(client, adminToken, department, "LEADER", "Hồ Thị Lãnh Đạo"),
    ];
    const token = async (account) => (await client.login(account.phone, account.password)).accessToken;
    const tokens = { operator: await token(operator), specialist: await token(specialist) };
    const pakn = await completedPakn(client, tokens, department, `Đường hư hỏng cần sửa chữa ${suffix}`);
    const portal = await client.expect(201, "POST", "/api/v1/admin/clients", {
      token: adminToken,
      body: { name: `Cổng thông tin kiểm thử ${suffix}`, scopes: ["rating:write"], requestsPerMinute: 60 },
    });
    await client.expect(201, "POST", `/api/v1/public/pakn/${encodeURIComponent(pakn.code)}/rating`, {
      headers: { "X-API-Key": portal.apiKey },
      body: { rating: "SATISFIED", comment: "Xử lý nhanh (đánh giá kiểm thử)." },
    });
    return { leader: leaderAccount, unit: department };
  });

  const session = await signIn(browser, baseUrl, leader, onPage);
  const { page } = session;
  try {
    await step("the leader opens Tiến độ: its unit only (the unit picker is locked), the charts and the table", async () => {
      await openReport(page, "Tiến độ", "Thống kê theo tiến độ", unit.name);
      const unitPicker = page.locator("#statistics-filters .ant-select-disabled");
      await expectVisible(unitPicker.getByText(unit.name, { exact: false }));
      if (resultsDir) await page.screenshot({ path: resolve(resultsDir, "statistics-progress.png"), fullPage: true });
    });

    await step("Xuất Excel on Tiến độ downloads the .xlsx", () => exportExcel(page, "progress"));

    await step("the leader opens Đánh giá: the rating shows as Hài lòng 100,0 %", async () => {
      await openReport(page, "Đánh giá", "Thống kê theo đánh giá", unit.name);
      const row = page.locator(".ant-table-tbody tr", { hasText: unit.name });
      await expectVisible(row.getByText("100,0 %"));
      if (resultsDir) await page.screenshot({ path: resolve(resultsDir, "statistics-rating.png"), fullPage: true });
    });

    await step("Xuất Excel on Đánh giá downloads the .xlsx", () => exportExcel(page, "rating"));

    await step("the leader opens Trạng thái: the bars per main unit and the unit's row with its completed item", async () => {
      await openReport(page, "Trạng thái", "Thống kê theo trạng thái", unit.name);
      await expectVisible(page.getByLabel("Theo đơn vị xử lý chính"));
      const row = page.locator(".ant-table-tbody tr", { hasText: unit.name });
      const cells = (await row.locator("td").allTextContents()).map((text) => text.trim());
      if (cells.join("|") !== `1|${unit.name}|1|0|0|0|0|1`) throw new Error(`unexpected unit row ${cells.join("|")}`);
    });

    await step("Danh sách sorts on the server by the Tiêu đề header, and the order stays in the URL", async () => {
      await page.getByRole("navigation").getByRole("link", { name: "Danh sách", exact: true }).click();
      await expectVisible(page.getByRole("heading", { name: "Danh sách phản ánh" }));
      await expectVisible(page.locator(".ant-table-tbody").getByText(`Đường hư hỏng cần sửa chữa ${suffix}`));
      const listed = page.waitForResponse((response) => response.url().includes("/api/v1/statistics/list?") && response.url().includes("sort=title"));
      await page.locator(".ant-table-thead th", { hasText: "Tiêu đề" }).click();
      if ((await listed).status() !== 200) throw new Error("the sorted list was refused");
      await page.waitForURL((url) => url.searchParams.get("sort") === "title", { timeout: TIMEOUT });
      await expectVisible(page.locator(".ant-table-tbody").getByText(`Đường hư hỏng cần sửa chữa ${suffix}`));
    });

    await step("the statistics pages raised no script error", async () => {
      if (session.errors.length > 0) throw new Error(session.errors.join("\n"));
    });
  } finally {
    await session.context.close();
  }
}
