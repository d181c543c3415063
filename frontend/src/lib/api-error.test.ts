import { describe, expect, it } from "vitest";

import { ApiError, fieldErrors, type Problem, splitFieldErrors, toProblem, unwrap } from "./api-error";

const validation: Problem = {
  type: "https://pakn1022.vn/problems/validation",
  code: "validation",
  title: "Dữ liệu không hợp lệ",
  status: 400,
  detail: "Vui lòng kiểm tra các trường được đánh dấu.",
  errors: [
    { field: "phone", message: "Số điện thoại không hợp lệ" },
    { field: "roles[0]", message: "Vai trò không hợp lệ" },
    { field: "roles", message: "Phải có ít nhất một vai trò" },
    { field: "unitId", message: "Đơn vị không tồn tại" },
  ],
};

describe("api-error", () => {
  it("groups field errors by form field, indexes stripped", () => {
    expect(fieldErrors(validation)).toEqual([
      { name: "phone", errors: ["Số điện thoại không hợp lệ"] },
      { name: "roles", errors: ["Vai trò không hợp lệ", "Phải có ít nhất một vai trò"] },
      { name: "unitId", errors: ["Đơn vị không tồn tại"] },
    ]);
  });

  it("puts on the form only the fields it has, and keeps the rest for the notification", () => {
    const { shown, unshown } = splitFieldErrors(validation, ["phone", "roles", "fullName"]);
    expect(shown.map((error) => error.name)).toEqual(["phone", "roles"]);
    expect(unshown.map((error) => error.name)).toEqual(["unitId"]);
  });

  it("puts nothing on a form when there is none", () => {
    expect(splitFieldErrors(validation, undefined).shown).toEqual([]);
    expect(fieldErrors({ ...validation, errors: undefined })).toEqual([]);
  });

  it("turns a problem+json answer into an ApiError carrying the problem", () => {
    const conflict: Problem = { type: "t", code: "unit-in-use", title: "Đơn vị đang được sử dụng", status: 409, detail: "Không thể xóa." };
    const result = { error: conflict, response: new Response(null, { status: 409 }) };
    expect(() => unwrap(result)).toThrow(ApiError);
    try {
      unwrap(result);
    } catch (error) {
      expect(toProblem(error, "fallback")).toEqual(conflict);
      expect((error as Error).message).toBe("Không thể xóa.");
    }
  });

  it("turns a non-problem failure into a problem with the HTTP status", () => {
    const result = { error: "<html>Bad gateway</html>", response: new Response(null, { status: 502, statusText: "Bad Gateway" }) };
    expect(() => unwrap(result)).toThrow(expect.objectContaining({ problem: expect.objectContaining({ status: 502, title: "Bad Gateway" }) }));
  });

  it("returns the data of a successful answer", () => {
    expect(unwrap({ data: { id: 7 }, response: new Response(null, { status: 200 }) })).toEqual({ id: 7 });
  });

  it("reports a network failure with the fallback title", () => {
    expect(toProblem(new TypeError("Failed to fetch"), "Không kết nối được máy chủ")).toMatchObject({
      title: "Không kết nối được máy chủ",
      status: 0,
    });
  });
});
