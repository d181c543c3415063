import { describe, expect, it } from "vitest";

import { access, type Role } from "@/lib/access";

import { allRoutes, canOpen, homePath, visibleMenu } from "./route-table";

const menuOf = (...roles: Role[]) =>
  Object.fromEntries(visibleMenu(access({ roles })).map((group) => [group.key, group.routes.map((route) => route.path)]));

describe("route table and access", () => {
  it("gives an operator the PAKN menu and statistics, never administration", () => {
    expect(menuOf("OPERATOR")).toEqual({
      pakn: ["/pakn/processing", "/pakn/appointments", "/pakn/all"],
      statistics: ["/statistics/status", "/statistics/list", "/statistics/identity", "/statistics/rating", "/statistics/progress"],
    });
  });

  it("gives a specialist the PAKN menu only", () => {
    expect(Object.keys(menuOf("SPECIALIST"))).toEqual(["pakn"]);
  });

  it("gives the provincial office, top of the escalation chain, the PAKN menu with its queue, and statistics", () => {
    const menu = menuOf("PROVINCE_OFFICE");
    expect(menu.pakn).toEqual(["/pakn/processing", "/pakn/appointments", "/pakn/all"]);
    expect(menu.statistics).toHaveLength(5);
    expect(menu.admin).toBeUndefined();
  });

  it("gives an admin the administration group: units, accounts, audit log, calendar, processing times, messages", () => {
    expect(menuOf("ADMIN").admin).toEqual(["/admin/units", "/admin/accounts", "/admin/audit", "/admin/calendar", "/admin/step-durations", "/admin/messages"]);
  });

  it("adds up the menus of an account holding several roles", () => {
    const menu = menuOf("LEADER", "ADMIN");
    expect(menu.pakn).toHaveLength(3);
    expect(menu.admin).toHaveLength(6);
  });

  it("shows nothing to an account without roles and has no home for it", () => {
    expect(menuOf()).toEqual({});
    expect(homePath(access({ roles: [] }))).toBeUndefined();
    expect(homePath(access(undefined))).toBeUndefined();
  });

  it("lets the router refuse exactly what the menu hides", () => {
    for (const roles of [["OPERATOR"], ["SPECIALIST"], ["LEADER"], ["PROVINCE_OFFICE"], ["ADMIN"]] as Role[][]) {
      const permissions = access({ roles });
      const shown = new Set(visibleMenu(permissions).flatMap((group) => group.routes.map((route) => route.path)));
      for (const route of allRoutes) expect(canOpen(route.path, permissions)).toBe(shown.has(route.path));
    }
    expect(canOpen("/admin/accounts", access({ roles: ["OPERATOR"] }))).toBe(false);
    expect(canOpen("/nowhere", access({ roles: ["ADMIN"] }))).toBe(false);
  });

  it("lands an officer on the first item of their menu", () => {
    expect(homePath(access({ roles: ["OPERATOR"] }))).toBe("/pakn/processing");
    expect(homePath(access({ roles: ["PROVINCE_OFFICE"] }))).toBe("/pakn/processing");
    expect(homePath(access({ roles: ["ADMIN"] }))).toBe("/pakn/all");
  });

  it("has one route per path", () => {
    expect(new Set(allRoutes.map((route) => route.path)).size).toBe(allRoutes.length);
  });
});
