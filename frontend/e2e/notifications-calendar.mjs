// Browser test of issue 4's pages: an administrator adds a public holiday in Lịch làm việc; a specialist's bell
// counts up live when an item is routed to the unit with "Gửi tin nhắn cho người xử lý tiếp theo" (the FORWARDED
// in-app message, through the outbox and server-sent events), and the Thông báo page lists it. Called by run.mjs
// with its browser, its admin token and its `step` reporter; accounts and the PAKN are made through the API.
import { randomInt } from "node:crypto";
import { resolve } from "node:path";

import { api } from "./api.mjs";
import { TIMEOUT, expectVisible, inventedPhone, officer, signIn } from "./support.mjs";

export async function notificationsAndCalendar({ browser, baseUrl, adminToken, step = (_name, action) => action(), resultsDir, onPage }) {
  const client = api(baseUrl);
  const suffix = randomInt(0, 1_000_000);
  const unitName = `Phòng Thông báo E2E ${suffix}`;
  const year = new Date().getFullYear();
  const holidayDay = 15 + randomInt(0, 14);
  const holidayName = `Ngày nghỉ kiểm thử ${suffix}`;

  const { admin, operator, specialist, unit } = await step("admin creates an administrator, an operator and a specialist of a new unit", async () => {
    const units = await client.units(adminToken);
    const callCenter =
      units.find((candidate) => candidate.active && candidate.kind === "CALL_CENTER") ??
      (await client.createUnit(adminToken, { code: `E2ENC${suffix}`, name: `Tổng đài thông báo ${suffix}`, kind: "CALL_CENTER" }));
    const department = await client.createUnit(adminToken, { code: `E2EN${suffix}`, name: unitName, kind: "DEPARTMENT" });
    const operatorAccount = await officer(client, adminToken, callCenter, "OPERATOR", "Đỗ Thị Trực");
    return {
      unit: department,
      admin: await officer(client, adminToken, callCenter, "ADMIN", "Lê Văn Quản Trị"),
      operator: await client.login(operatorAccount.phone, operatorAccount.password),
      specialist: await officer(client, adminToken, department, "SPECIALIST", "Vũ Văn Nhận Tin"),
    };
  });

  const ad = await signIn(browser, baseUrl, admin, onPage, "/pakn/all");
  const sp = await signIn(browser, baseUrl, specialist, onPage);

  try {
    await step("admin opens Lịch làm việc and adds a public holiday", async () => {
      const { page } = ad;
      await page.getByRole("link", { name: "Lịch làm việc" }).click();
      await page.waitForURL((url) => url.pathname === "/admin/calendar", { timeout: TIMEOUT });
      await expectVisible(page.getByText("T2: 07:30–11:30, 13:30–17:00"));
      await page.getByRole("tab", { name: "Ngày nghỉ lễ" }).click();
      await page.getByRole("button", { name: "Thêm ngày nghỉ lễ" }).click();
      const dialog = page.getByRole("dialog");
      const date = dialog.getByLabel("Ngày", { exact: true });
      await date.click();
      await date.fill(`${holidayDay}/12/${year}`);
      await date.press("Enter");
      await dialog.getByLabel("Tên ngày").fill(holidayName);
      await dialog.getByRole("button", { name: "Lưu" }).click();
      await dialog.waitFor({ state: "hidden", timeout: TIMEOUT });
      const row = page.getByRole("row", { name: new RegExp(holidayName) });
      await expectVisible(row);
      await expectVisible(row.getByText(`${holidayDay}/12/${year}`));
      const calendar = await client.expect(200, "GET", "/api/v1/calendar", { token: adminToken });
      if (!calendar.holidays.some((holiday) => holiday.day === `${year}-12-${holidayDay}` && holiday.name === holidayName)) {
        throw new Error("the holiday is not in the calendar");
      }
      if (resultsDir) await page.screenshot({ path: resolve(resultsDir, "calendar-holidays.png"), fullPage: true });
    });

    const title = `Đèn đường hỏng kiểm thử ${suffix}`;
    await step("the specialist's bell counts up live when an item is routed to the unit with a message", async () => {
      const { page } = sp;
      const bell = page.getByTestId("notification-bell");
      await expectVisible(bell);
      if ((await bell.getAttribute("aria-label")) !== "Thông báo: 0 chưa đọc") throw new Error(`bell: ${await bell.getAttribute("aria-label")}`);
      const [category] = await client.catalog(operator.accessToken, "categories");
      const [channel] = await client.catalog(operator.accessToken, "channels");
      const created = await client.createPakn(operator.accessToken, {
        title,
        content: "Đèn đường hỏng nhiều ngày (nội dung kiểm thử).",
        categoryId: category.id,
        channelId: channel.id,
        locationText: "Phường Kiểm Thử, Thành phố Pleiku",
        reporterName: "Nguyễn Văn Người Gửi",
        reporterPhone: inventedPhone(),
        identityDisclosed: false,
      });
      await client.act(operator.accessToken, created.id, "receive");
      await client.act(operator.accessToken, created.id, "route", { mainUnitId: unit.id, notifyNext: true, comment: "Đề nghị xử lý sớm." });
      // no reload: the count arrives over the open event stream
      await page.waitForFunction(
        () => document.querySelector('[data-testid="notification-bell"]')?.getAttribute("aria-label") === "Thông báo: 1 chưa đọc",
        undefined,
        { timeout: 30_000 },
      );
      await expectVisible(page.locator(".ant-badge-count"));
    });

    await step("the bell lists the message, and Thông báo shows it; opening it reads it and goes to the PAKN", async () => {
      const { page } = sp;
      await page.getByTestId("notification-bell").click();
      const dropdown = page.getByTestId("notification-dropdown");
      await expectVisible(dropdown.getByText(title, { exact: false }));
      await dropdown.getByRole("link", { name: "Xem tất cả thông báo" }).click();
      await page.waitForURL((url) => url.pathname === "/notifications", { timeout: TIMEOUT });
      await expectVisible(page.getByRole("heading", { name: "Thông báo" }));
      await expectVisible(page.getByText(title, { exact: false }));
      if (resultsDir) await page.screenshot({ path: resolve(resultsDir, "notifications.png"), fullPage: true });
      await page.getByRole("button", { name: "Mở phản ánh" }).first().click();
      await page.waitForURL((url) => /^\/pakn\/\d+$/.test(url.pathname), { timeout: TIMEOUT });
      await expectVisible(page.getByRole("heading", { name: title }));
      await page.waitForFunction(
        () => document.querySelector('[data-testid="notification-bell"]')?.getAttribute("aria-label") === "Thông báo: 0 chưa đọc",
        undefined,
        { timeout: TIMEOUT },
      );
    });

    await step("the notification and calendar pages raised no script error", async () => {
      const errors = [...ad.errors, ...sp.errors];
      if (errors.length > 0) throw new Error(errors.join("\n"));
    });
  } finally {
    await ad.context.close();
    await sp.context.close();
  }
}
