// Browser test of issue 4's appointment: a PAKN routed to a unit (through the API), the unit's specialist opens
// it, makes an appointment (Hẹn xử lý) with a reason and a file; the item shows Hẹn xử lý and appears in "Phiếu hẹn
// xử lý" with its new due time. Called by run.mjs with its browser, admin token and `step` reporter.
import { randomInt } from "node:crypto";
import { resolve } from "node:path";

import { api } from "./api.mjs";
import { TIMEOUT, expectUrl, expectVisible, inventedPhone, officer, officerContext } from "./support.mjs";

/** dd/MM/yyyy HH:mm in the province's time, as the SPA shows dates. */
function shown(instant) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Asia/Ho_Chi_Minh",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

export async function appointments({ browser, baseUrl, adminToken, step = (_name, action) => action(), resultsDir, onPage }) {
  const client = api(baseUrl);
  const suffix = randomInt(0, 1_000_000);
  const title = `Đèn đường hỏng cần thay thiết bị kiểm thử ${suffix}`;
  const reason = "Chờ nhà cung cấp giao bóng đèn (lý do kiểm thử)";

  const { specialist, id, oldDeadline } = await step("a PAKN is taken in and routed to a unit through the API", async () => {
    const units = await client.units(adminToken);
    const callCenter =
      units.find((unit) => unit.active && unit.kind === "CALL_CENTER") ??
      (await client.createUnit(adminToken, { code: `E2EHCC${suffix}`, name: `Tổng đài hẹn kiểm thử ${suffix}`, kind: "CALL_CENTER" }));
    const department = await client.createUnit(adminToken, { code: `E2EH${suffix}`, name: `Sở Hẹn Kiểm thử ${suffix}`, kind: "DEPARTMENT" });
    const operator = await officer(client, adminToken, callCenter, "OPERATOR", "Lê Thị Trực Hẹn");
    const specialist = await officer(client, adminToken, department, "SPECIALIST", "Võ Văn Chuyên Viên Hẹn");
    const [category] = await client.catalog(operator.token, "categories");
    const [channel] = await client.catalog(operator.token, "channels");
    const created = await client.createPakn(operator.token, {
      title,
      content: "Đèn đường hỏng nhiều ngày (nội dung kiểm thử).",
      categoryId: category.id,
      channelId: channel.id,
      reporterName: "Nguyễn Văn Người Gửi",
      reporterPhone: inventedPhone(),
      identityDisclosed: false,
    });
    await client.act(operator.token, created.id, "receive");
    await client.act(operator.token, created.id, "route", { mainUnitId: department.id });
    const routed = await client.pakn(specialist.token, created.id);
    return { specialist, id: created.id, oldDeadline: routed.deadline };
  });

  const context = await officerContext(browser);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  onPage?.(page);

  try {
    await step("the specialist makes an appointment from the detail page, with a reason and a file", async () => {
      await page.goto(baseUrl);
      await page.getByLabel("Tài khoản (số điện thoại)").fill(specialist.phone);
      await page.getByLabel("Mật khẩu", { exact: true }).fill(specialist.password);
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await expectUrl(page, "/pakn/processing");
      await page.goto(new URL(`/pakn/${id}`, baseUrl).href);
      await expectVisible(page.getByRole("heading", { name: title }));
      await page.getByRole("button", { name: "Hẹn xử lý", exact: true }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("Loại gia hạn").fill("2");
      await dialog.getByLabel("Lý do hạn").fill(reason);
      await dialog.locator(".ant-upload-drag input[type=file]").setInputFiles({
        name: `van-ban-hen-${suffix}.txt`,
        mimeType: "text/plain",
        buffer: Buffer.from("Công văn đề nghị gia hạn (tệp kiểm thử).\n"),
      });
      await expectVisible(dialog.getByText(`van-ban-hen-${suffix}.txt`));
      await dialog.getByRole("button", { name: "Hẹn xử lý", exact: true }).click();
      await dialog.waitFor({ state: "hidden", timeout: TIMEOUT });
      await expectVisible(page.locator(".ant-card").first().getByText("Hẹn xử lý", { exact: true }));
    });

    const moved = await step("the deadline moved later and the file is kept with the item", async () => {
      const detail = await client.pakn(specialist.token, id);
      if (!(new Date(detail.deadline) > new Date(oldDeadline))) throw new Error(`deadline ${detail.deadline} not after ${oldDeadline}`);
      await expectVisible(page.getByRole("button", { name: `van-ban-hen-${suffix}.txt` }));
      return detail.deadline;
    });

    await step("it appears in Phiếu hẹn xử lý with its new due time, and opens by double click", async () => {
      await page.getByRole("link", { name: "Phiếu hẹn xử lý" }).click();
      await expectUrl(page, "/pakn/appointments");
      await page.getByPlaceholder("Tìm theo tiêu đề hoặc mã phản ánh").fill(String(suffix));
      await page.getByRole("button", { name: "Tìm kiếm" }).click();
      const row = page.getByRole("row", { name: new RegExp(title) });
      await expectVisible(row);
      await expectVisible(row.getByText(shown(moved), { exact: true }));
      await expectVisible(row.getByText("Hẹn xử lý", { exact: true }));
      await expectVisible(row.getByText("Xử lý chuyên ngành", { exact: true }));
      if (resultsDir) await page.screenshot({ path: resolve(resultsDir, "appointments.png"), fullPage: true });
      await row.dblclick();
      await expectUrl(page, `/pakn/${id}`);
    });

    await step("the appointment pages raised no script error", async () => {
      if (errors.length > 0) throw new Error(errors.join("\n"));
    });
  } finally {
    await context.close();
  }
}
