// Browser test of issue 2: a new account signs in with its one-time password, is forced to change it, signs in
// again, sees the menu of its role and logs out. Needs a running system (BASE_URL) and its first admin's one-time
// password (PAKN_INITIAL_ADMIN_FILE, lines `phone=...` and `password=...`). Drives the system's Chromium.
import { randomInt } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

import { api } from "./api.mjs";
import { appointments } from "./appointments.mjs";
import { notificationsAndCalendar } from "./notifications-calendar.mjs";
import { paknLifecycle } from "./pakn-lifecycle.mjs";
import { statisticsReports } from "./statistics.mjs";
import { TIMEOUT, expectUrl, expectVisible, inventedPhone, officerContext, policyViolations, strongPassword } from "./support.mjs";

const BASE_URL = process.env.BASE_URL ?? "http://localhost:8080";
const ADMIN_FILE = process.env.PAKN_INITIAL_ADMIN_FILE;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const RESULTS = resolve(dirname(fileURLToPath(import.meta.url)), "../test-results");

function readAdmin(file) {
  if (!file) throw new Error("PAKN_INITIAL_ADMIN_FILE is not set");
  const entries = Object.fromEntries(
    readFileSync(file, "utf8")
      .split(/\r?\n/)
      .map((line) => line.match(/^\s*([\w.]+)\s*=\s*(.*?)\s*$/))
      .filter(Boolean)
      .map((match) => [match[1], match[2]]),
  );
  if (!entries.phone || !entries.password) throw new Error(`${file} needs lines phone=... and password=...`);
  return entries;
}


const results = [];
/** The pages of the running scenarios: screenshotted when a step fails, to show what the officers would have seen. */
const watchedPages = [];
async function step(name, action) {
  const started = Date.now();
  try {
    const value = await action();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    return value;
  } catch (error) {
    results.push({ name, ok: false });
    for (const [index, page] of watchedPages.entries()) {
      await page.screenshot({ path: `test-results/failed-step-${results.length}-page-${index + 1}.png`, fullPage: true }).catch(() => {});
    }
    console.log(`  ✗ ${name}\n    ${String(error?.stack ?? error).split("\n").join("\n    ")}`);
    throw error;
  }
}

async function signIn(page, phone, password) {
  await page.getByLabel("Tài khoản (số điện thoại)").fill(phone);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

/** Failing steps screenshot the watched pages; E2E_DEBUG=1 also logs their API calls, navigations and console. */
function watch(page) {
  watchedPages.push(page);
  if (process.env.E2E_DEBUG) {
    page.on("response", (r) => r.url().includes("/api/") && console.log(`    ${r.status()} ${r.request().method()} ${r.url()}`));
    page.on("framenavigated", (f) => f === page.mainFrame() && console.log(`    navigated ${f.url()}`));
    page.on("console", (m) => console.log(`    console ${m.type()}: ${m.text()}`));
  }
}

async function scenario(browser) {
  const client = api(BASE_URL);
  const admin = readAdmin(ADMIN_FILE);
  const operator = { phone: inventedPhone(), fullName: "Trần Thị Thử Nghiệm" };

  const adminToken = await step("admin signs in with the one-time password and changes it", async () => {
    const first = await client.login(admin.phone, admin.password);
    if (!first.passwordChangeRequired) throw new Error("the first admin's one-time password should require a change");
    const newPassword = strongPassword();
    await client.changePassword(first.accessToken, admin.password, newPassword);
    const again = await client.login(admin.phone, newPassword);
    if (again.passwordChangeRequired) throw new Error("password change still required after changing it");
    return again.accessToken;
  });

  const oneTimePassword = await step("admin creates an OPERATOR account and gets its one-time password", async () => {
    const units = await client.units(adminToken);
    const unit =
      units.find((candidate) => candidate.active && candidate.kind === "CALL_CENTER") ??
      units.find((candidate) => candidate.active) ??
      (await client.createUnit(adminToken, { code: `E2E${randomInt(0, 1_000_000)}`, name: "Trung tâm kiểm thử", kind: "CALL_CENTER" }));
    const created = await client.createAccount(adminToken, { ...operator, unitId: unit.id, roles: ["OPERATOR"] });
    if (!created.oneTimePassword) throw new Error("no one-time password in the answer");
    return created.oneTimePassword;
  });

  const context = await officerContext(browser);
  const page = await context.newPage();
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  watch(page);
  const newPassword = strongPassword();

  await step("the login page opens in Vietnamese with the 1022 branding", async () => {
    const response = await page.goto(BASE_URL);
    const policy = response.headers()["content-security-policy"] ?? "";
    if (!policy.includes("frame-ancestors 'none'")) throw new Error(`the SPA's Content-Security-Policy: "${policy}"`);
    await expectUrl(page, "/login");
    await expectVisible(page.getByText("1022", { exact: true }));
    await expectVisible(page.getByLabel("Tài khoản (số điện thoại)"));
  });

  await step("the new account signs in with its one-time password and is forced to change it", async () => {
    await signIn(page, operator.phone, oneTimePassword);
    await expectUrl(page, "/change-password");
    await expectVisible(page.getByText("Bạn đang dùng mật khẩu một lần"));
    await page.goto(new URL("/pakn/processing", BASE_URL).href);
    await expectUrl(page, "/change-password");
  });

  await step("it changes the password on the page of the original manual and must sign in again", async () => {
    await page.getByLabel("Mật khẩu hiện tại").fill(oneTimePassword);
    await page.getByLabel("Mật khẩu mới").fill(newPassword);
    await page.getByLabel("Xác nhận mật khẩu").fill(newPassword);
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await expectUrl(page, "/login");
    await expectVisible(page.getByText("Đổi mật khẩu thành công"));
  });

  await step("the one-time password no longer works", async () => {
    await signIn(page, operator.phone, oneTimePassword);
    await expectVisible(page.getByRole("alert"));
    await expectUrl(page, "/login");
  });

  await step("it signs in with the new password and sees the menu of an operator", async () => {
    await signIn(page, operator.phone, newPassword);
    await expectUrl(page, "/pakn/processing");
    const menu = page.getByRole("navigation");
    for (const item of ["Phản ánh", "Xử lý phản ánh", "Phiếu hẹn xử lý", "Tất cả phản ánh", "Thống kê xử lý"]) {
      await expectVisible(menu.getByText(item, { exact: true }));
    }
    for (const hidden of ["Quản trị", "Đơn vị", "Tài khoản", "Nhật ký hệ thống"]) {
      if ((await menu.getByText(hidden, { exact: true }).count()) > 0) throw new Error(`an operator sees "${hidden}"`);
    }
    await expectVisible(page.getByText("Từ khoá tìm kiếm"));
    await expectVisible(page.getByText(operator.fullName));
    await page.screenshot({ path: resolve(RESULTS, "shell-1920.png") });
  });

  await step("an administration page is refused to it", async () => {
    await page.getByRole("link", { name: "Tất cả phản ánh" }).click();
    await expectUrl(page, "/pakn/all");
    await page.evaluate(() => {
      window.history.pushState({}, "", "/admin/accounts");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    await expectVisible(page.getByText("Bạn không có quyền sử dụng chức năng này"));
  });

  await step("on a 360-px phone the menu folds into a drawer", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole("link", { name: "Xử lý phản ánh" }).waitFor({ state: "hidden", timeout: TIMEOUT });
    await page.screenshot({ path: resolve(RESULTS, "shell-360.png") });
    await page.getByRole("button", { name: "Mở menu" }).click();
    await page.getByRole("link", { name: "Phiếu hẹn xử lý" }).click();
    await expectUrl(page, "/pakn/appointments");
    await page.getByRole("button", { name: "Mở menu" }).click();
    await expectVisible(page.getByRole("link", { name: "Xử lý phản ánh" }));
    await page.waitForTimeout(500); // the drawer slides in
    await page.screenshot({ path: resolve(RESULTS, "shell-360-menu.png") });
    await page.keyboard.press("Escape");
    await page.setViewportSize({ width: 1920, height: 1080 });
  });

  await step("a reload keeps the session (refresh cookie), then it logs out from the avatar menu", async () => {
    await page.reload();
    await expectVisible(page.getByText(operator.fullName));
    await page.getByRole("button", { name: "Tài khoản của tôi" }).click();
    await page.getByText("Đăng xuất", { exact: true }).click();
    await expectUrl(page, "/login");
    await page.reload();
    await expectUrl(page, "/login");
    await expectVisible(page.getByLabel("Tài khoản (số điện thoại)"));
  });

  await step("the pages raised no script error", async () => {
    if (pageErrors.length > 0) throw new Error(pageErrors.join("\n"));
  });

  await context.close();
  return adminToken;
}

mkdirSync(RESULTS, { recursive: true });
console.log(`e2e against ${BASE_URL}`);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
});
try {
  const adminToken = await scenario(browser);
  await paknLifecycle({ browser, baseUrl: BASE_URL, adminToken, step, resultsDir: RESULTS, onPage: watch });
  await appointments({ browser, baseUrl: BASE_URL, adminToken, step, resultsDir: RESULTS, onPage: watch });
  await notificationsAndCalendar({ browser, baseUrl: BASE_URL, adminToken, step, resultsDir: RESULTS, onPage: watch });
  await statisticsReports({ browser, baseUrl: BASE_URL, adminToken, step, resultsDir: RESULTS, onPage: watch });
  await step("no page did anything the Content-Security-Policy refuses", async () => {
    if (policyViolations.length > 0) throw new Error(policyViolations.join("\n"));
  });
} catch {
  // already reported by the failing step
} finally {
  await browser.close();
}
const failed = results.filter((result) => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && results.length > 0 ? 0 : 1);
