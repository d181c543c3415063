// What every browser scenario needs: waits, invented accounts made through the admin API, signing in.
import { randomBytes, randomInt } from "node:crypto";

export const TIMEOUT = 15_000;

/** Passes the policy: long, random, not a phone number, not a common password. */
export const strongPassword = () => `E2e-${randomBytes(9).toString("base64url")}!`;
/** An invented number in a range no real subscriber is given to tests. */
export const inventedPhone = () => `0900${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;

export async function expectVisible(locator, timeout = TIMEOUT) {
  await locator.first().waitFor({ state: "visible", timeout });
}

/** Waits for a path: a string (exactly) or a RegExp. */
export async function expectUrl(page, test) {
  await page.waitForURL((url) => (typeof test === "string" ? url.pathname === test : test.test(url.pathname)), { timeout: TIMEOUT });
}

/**
 * A browser context as an officer's: full HD, Vietnamese, and reduced motion — antd's popups and dialogs then appear
 * at once, so no click lands in an opening animation and is lost.
 */
/** What the browser refused under the SPA's Content-Security-Policy, in every context: the run fails on any. */
export const policyViolations = [];

export async function officerContext(browser) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: "vi-VN", reducedMotion: "reduce" });
  context.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("Content Security Policy")) policyViolations.push(message.text());
  });
  return context;
}

/** An account of `role` in `unit` whose one-time password is already changed, as an officer would on first login. */
export async function officer(client, adminToken, unit, role, fullName) {
  const phone = inventedPhone();
  const created = await client.createAccount(adminToken, { phone, fullName, unitId: unit.id, roles: [role] });
  const first = await client.login(phone, created.oneTimePassword);
  const password = strongPassword();
  await client.changePassword(first.accessToken, created.oneTimePassword, password);
  const { accessToken } = await client.login(phone, password);
  return { phone, password, fullName, token: accessToken };
}

/** A browser context signed in as `account`, on its first page (`home`); page errors are collected. */
export async function signIn(browser, baseUrl, account, onPage, home = "/pakn/processing") {
  const context = await officerContext(browser);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  onPage?.(page);
  await page.goto(baseUrl);
  await page.getByLabel("Tài khoản (số điện thoại)").fill(account.phone);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expectUrl(page, home);
  return { context, page, errors };
}
