import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { endSession, getSession, startSession } from "@/lib/auth/session";

import { api } from "./client";

const json = (status: number, body: unknown, type = "application/json") =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": type } });

const me = { id: 1, phone: "+84900000001", fullName: "Nguyễn Văn Thử", position: null, email: null, unit: { id: 1, code: "TT1022", name: "Trung tâm 1022", kind: "CALL_CENTER" }, roles: ["OPERATOR"], passwordChangeRequired: false };
const tokens = (accessToken: string, passwordChangeRequired = false) => ({ accessToken, tokenType: "Bearer", expiresIn: 900, passwordChangeRequired, refreshToken: null });

describe("api client", () => {
  const calls: { url: string; authorization: string | null }[] = [];
  let answers: Response[];

  beforeEach(() => {
    calls.length = 0;
    vi.stubGlobal("fetch", async (input: Request) => {
      calls.push({ url: new URL(input.url).pathname, authorization: input.headers.get("Authorization") });
      return answers.shift() ?? json(500, {});
    });
    startSession(tokens("old"));
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    endSession("logged-out");
  });

  it("sends the access token", async () => {
    answers = [json(200, me)];
    const { data } = await api.GET("/api/v1/me");
    expect(data?.fullName).toBe("Nguyễn Văn Thử");
    expect(calls).toEqual([{ url: "/api/v1/me", authorization: "Bearer old" }]);
  });

  it("refreshes once on 401 and repeats the request with the new token", async () => {
    answers = [json(401, {}), json(200, tokens("new")), json(200, me)];
    const { data } = await api.GET("/api/v1/me");
    expect(data?.id).toBe(1);
    expect(calls.map((call) => [call.url, call.authorization])).toEqual([
      ["/api/v1/me", "Bearer old"],
      ["/api/v1/auth/refresh", null],
      ["/api/v1/me", "Bearer new"],
    ]);
    expect(getSession()?.accessToken).toBe("new");
  });

  it("repeats a request with its body after the refresh", async () => {
    const seen: string[] = [];
    vi.stubGlobal("fetch", async (input: Request) => {
      seen.push(`${new URL(input.url).pathname} ${await input.text()}`);
      return answers.shift()!;
    });
    answers = [json(401, {}), json(200, tokens("new")), new Response(null, { status: 204 })];
    await api.POST("/api/v1/auth/change-password", { body: { currentPassword: "a", newPassword: "b" } });
    expect(seen).toEqual([
      '/api/v1/auth/change-password {"currentPassword":"a","newPassword":"b"}',
      "/api/v1/auth/refresh ",
      '/api/v1/auth/change-password {"currentPassword":"a","newPassword":"b"}',
    ]);
  });

  it("ends the session when the refresh fails", async () => {
    answers = [json(401, {}), json(401, {})];
    const { error } = await api.GET("/api/v1/me");
    expect(error).toBeDefined();
    expect(getSession()).toBeNull();
  });

  it("shares one refresh among concurrent 401s, because a refresh token used twice revokes the family", async () => {
    vi.stubGlobal("fetch", async (input: Request) => {
      const path = new URL(input.url).pathname;
      calls.push({ url: path, authorization: input.headers.get("Authorization") });
      if (path === "/api/v1/auth/refresh") return json(200, tokens("new"));
      return input.headers.get("Authorization") === "Bearer new" ? json(200, me) : json(401, {});
    });
    await Promise.all([api.GET("/api/v1/me"), api.GET("/api/v1/me"), api.GET("/api/v1/units")]);
    expect(calls.filter((call) => call.url === "/api/v1/auth/refresh")).toHaveLength(1);
  });

  it("sends the officer to change the password on 403 password-change-required", async () => {
    answers = [json(403, { type: "t", code: "password-change-required", title: "Cần đổi mật khẩu", status: 403 }, "application/problem+json")];
    await api.GET("/api/v1/me");
    expect(getSession()?.passwordChangeRequired).toBe(true);
  });

  it("leaves the session alone on another 403", async () => {
    answers = [json(403, { type: "t", code: "forbidden", title: "Không có quyền", status: 403 }, "application/problem+json")];
    await api.GET("/api/v1/admin/accounts");
    expect(getSession()).toEqual({ accessToken: "old", passwordChangeRequired: false });
  });
});
