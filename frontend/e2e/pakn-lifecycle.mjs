// Browser test of issue 3: an operator takes in and routes a PAKN, the unit's specialist finds it in "Xử lý phản
// ánh", opens it by double click, updates the result with a drag-dropped file and returns it; the operator confirms
// completion; Lịch sử shows every step. Called by run.mjs with its browser, its admin token (the first admin's
// one-time password is spent by the shell scenario) and its `step` reporter; accounts are made through the admin API.
import { randomInt } from "node:crypto";
import { resolve } from "node:path";

import { api } from "./api.mjs";
import { TIMEOUT, expectUrl, expectVisible, inventedPhone, officer, signIn } from "./support.mjs";

/** Picks `text` in the antd Select or TreeSelect labelled `label` inside `scope`. */
async function choose(page, scope, label, text) {
  await scope.getByLabel(label, { exact: true }).click();
  await scope.getByLabel(label, { exact: true }).fill(text);
  await page.locator(".ant-select-dropdown:visible").getByText(text, { exact: false }).first().click();
}

async function clickAction(page, name) {
  await page.getByRole("button", { name, exact: true }).click();
}

/**
 * Clicks Đồng ý in the confirmation dialog and waits for it to close. On a loaded machine a click during the dialog's
 * opening animation can be lost, so it clicks again while the dialog stays open (a second click on a button already
 * busy with the request does nothing).
 */
async function confirm(page) {
  const dialog = page.locator(".ant-modal-confirm");
  const ok = dialog.getByRole("button", { name: "Đồng ý" });
  await expectVisible(ok);
  for (let attempt = 0; attempt < 3; attempt++) {
    await ok.click({ timeout: 5000 }).catch(() => {});
    try {
      await dialog.waitFor({ state: "hidden", timeout: 5000 });
      return;
    } catch {
      // still open: click again
    }
  }
  throw new Error("the confirmation dialog did not close");
}

/** Drops a file on the antd Upload.Dragger of `scope`, as a user dragging it from the desktop. */
/**
 * Puts a file into the drag-and-drop area. A synthetic drop cannot carry a file the way the upload component
 * reads it (it walks dataTransfer.items as file-system entries, which scripts cannot create), so the file goes
 * through the area's own file input: the same component, the same validation and upload.
 */
async function dropFile(page, scope, name, type, content) {
  await scope.locator(".ant-upload-drag input[type=file]").setInputFiles({ name, mimeType: type, buffer: Buffer.from(content) });
  await expectVisible(scope.getByText(name));
}

async function expectStatus(page, label) {
  await expectVisible(page.locator(".ant-card").first().getByText(label, { exact: true }));
}

export async function paknLifecycle({ browser, baseUrl, adminToken, step = (_name, action) => action(), resultsDir, onPage }) {
  const client = api(baseUrl);
  const suffix = randomInt(0, 1_000_000);
  const title = `Rác thải tồn đọng khu phố kiểm thử ${suffix}`;
  const unitName = `Sở Kiểm thử E2E ${suffix}`;
  const resultFile = `ket-qua-xu-ly-${suffix}.txt`;
  const wrongFile = `dinh-kem-nham-${suffix}.txt`;

  const { operator, specialist } = await step("admin creates a unit, an operator and a specialist of that unit", async () => {
    const units = await client.units(adminToken);
    const callCenter =
      units.find((unit) => unit.active && unit.kind === "CALL_CENTER") ??
      (await client.createUnit(adminToken, { code: `E2ECC${suffix}`, name: `Tổng đài kiểm thử ${suffix}`, kind: "CALL_CENTER" }));
    const department = await client.createUnit(adminToken, { code: `E2E${suffix}`, name: unitName, kind: "DEPARTMENT" });
    return {
      operator: await officer(client, adminToken, callCenter, "OPERATOR", "Trần Thị Tổng Đài"),
      specialist: await officer(client, adminToken, department, "SPECIALIST", "Phạm Văn Chuyên Viên"),
    };
  });

  const op = await signIn(browser, baseUrl, operator, onPage);
  const sp = await signIn(browser, baseUrl, specialist, onPage);
  let detailPath;

  try {
    await step("the operator takes in a PAKN with the intake form", async () => {
      const { page } = op;
      await page.getByRole("button", { name: "Tiếp nhận phản ánh" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("Tiêu đề").fill(title);
      await dialog.getByLabel("Nội dung", { exact: true }).fill("Rác thải tồn đọng nhiều ngày, gây mùi hôi (nội dung kiểm thử).");
      await choose(page, dialog, "Chuyên mục", "Vệ sinh môi trường");
      await choose(page, dialog, "Hình thức tiếp nhận", "Tổng đài 1022");
      await dialog.getByLabel("Địa điểm phản ánh").fill("Phường Kiểm Thử, Thành phố Pleiku");
      await dialog.getByLabel("Họ và tên").fill("Nguyễn Văn Người Gửi");
      await dialog.getByLabel("Số điện thoại").fill(inventedPhone());
      await dialog.getByRole("button", { name: "Lưu" }).click();
      await expectUrl(page, /^\/pakn\/\d+$/);
      detailPath = new URL(page.url()).pathname;
      await expectVisible(page.getByRole("heading", { name: title }));
      await expectStatus(page, "Chờ tiếp nhận");
    });

    await step("the operator receives it and routes it to the unit", async () => {
      const { page } = op;
      await clickAction(page, "Tiếp nhận");
      await confirm(page);
      await expectStatus(page, "Đang xử lý");
      await clickAction(page, "Chuyển xử lý");
      const dialog = page.getByRole("dialog");
      await choose(page, dialog, "Xử lý chính", unitName);
      await dialog.getByRole("button", { name: "Đồng ý" }).click();
      await expectStatus(page, "Chờ xử lý");
    });

    await step("the specialist finds it in Xử lý phản ánh and opens it by double click", async () => {
      const { page } = sp;
      await page.getByLabel("Từ khoá tìm kiếm").fill(String(suffix));
      await page.getByRole("button", { name: "Tìm kiếm" }).click();
      await page.waitForURL((url) => url.searchParams.get("q") === String(suffix), { timeout: TIMEOUT });
      const row = page.getByRole("row", { name: new RegExp(title) });
      await expectVisible(row);
      await row.dblclick();
      await expectUrl(page, detailPath);
      await expectVisible(page.getByRole("button", { name: "Chuyên viên thao tác" }));
      if ((await page.getByRole("button", { name: "Xác nhận hoàn thành" }).count()) > 0) {
        throw new Error("a specialist is offered Xác nhận hoàn thành");
      }
    });

    await step("the specialist updates the result with a file in the drag-and-drop area", async () => {
      const { page } = sp;
      await clickAction(page, "Cập nhật kết quả");
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("Nội dung", { exact: true }).fill("Đơn vị đã thu gom rác và nhắc nhở các hộ dân (kết quả kiểm thử).");
      await dropFile(page, dialog, resultFile, "text/plain", "Biên bản thu gom rác (tệp kiểm thử).\n");
      await dropFile(page, dialog, wrongFile, "text/plain", "Giấy tờ của một hồ sơ khác (tệp kiểm thử).\n");
      await dialog.getByRole("button", { name: "Cập nhật" }).click();
      await dialog.waitFor({ state: "hidden", timeout: TIMEOUT });
      await expectVisible(page.getByRole("button", { name: resultFile }));
      // who writes the result handles the item, claimed or not
      await expectVisible(page.locator(".ant-card", { hasText: "Thông tin người xử lý" }).getByText(specialist.fullName, { exact: true }));
    });

    await step("the specialist takes back the file attached by mistake (Gỡ tập tin)", async () => {
      const { page } = sp;
      await page.getByRole("button", { name: `Gỡ tập tin ${wrongFile}` }).click();
      await page.locator(".ant-popconfirm").getByRole("button", { name: "Gỡ", exact: true }).click();
      await expectVisible(page.getByText("Đã gỡ tập tin"));
      await page.getByRole("button", { name: wrongFile }).first().waitFor({ state: "detached", timeout: TIMEOUT });
      await expectVisible(page.getByRole("button", { name: resultFile }));
    });

    await step("the specialist returns the result (Chuyên viên thao tác → Trả kết quả)", async () => {
      const { page } = sp;
      await clickAction(page, "Chuyên viên thao tác");
      const dialog = page.getByRole("dialog");
      await dialog.getByText("Trả kết quả", { exact: true }).click();
      await dialog.getByLabel("Bình luận").fill("Đã xử lý xong, trả kết quả.");
      await dialog.getByRole("button", { name: "Đồng ý" }).click();
      await dialog.waitFor({ state: "hidden", timeout: TIMEOUT });
      await expectVisible(page.getByText("Trả kết quả", { exact: true }));
    });

    await step("the operator confirms completion with the answer to the citizen", async () => {
      const { page } = op;
      await page.reload();
      await clickAction(page, "Xác nhận hoàn thành");
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("Nội dung trả lời công dân").fill("Kính gửi ông/bà: đơn vị đã thu gom rác (trả lời kiểm thử).");
      await dialog.getByRole("button", { name: "Đồng ý" }).click();
      await expectStatus(page, "Hoàn thành");
    });

    await step("Lịch sử shows every step, newest first, with its field changes", async () => {
      const { page } = op;
      await page.getByRole("tab", { name: "Lịch sử" }).click();
      const panel = page.getByRole("tabpanel", { name: "Lịch sử" });
      for (const action of ["Xác nhận hoàn thành", "Trả kết quả", "Gỡ tập tin", "Cập nhật kết quả", "Chuyển xử lý", "Tiếp nhận", "Tạo phản ánh"]) {
        await expectVisible(panel.locator(".ant-tag", { hasText: new RegExp(`^${action}$`) }));
      }
      await expectVisible(panel.getByText(`${specialist.fullName} đã thay đổi`, { exact: false }));
      await expectVisible(panel.getByText(`${operator.fullName} đã thay đổi`, { exact: false }));
      for (const header of ["Trường", "Giá trị cũ", "Giá trị mới"]) await expectVisible(panel.getByText(header, { exact: true }));
      await expectVisible(panel.getByRole("cell", { name: unitName }));
      if (resultsDir) await page.screenshot({ path: resolve(resultsDir, "pakn-history.png"), fullPage: true });
    });

    await step("the PAKN pages raised no script error", async () => {
      const errors = [...op.errors, ...sp.errors];
      if (errors.length > 0) throw new Error(errors.join("\n"));
    });
  } finally {
    await op.context.close();
    await sp.context.close();
  }
}
