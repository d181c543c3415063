// The admin's side of the scenario, through the HTTP API as any client would call it.

export function api(baseUrl) {
  async function call(method, path, { token, body, headers = {} } = {}) {
    const response = await fetch(new URL(path, baseUrl), {
      method,
      headers: {
        Accept: "application/json",
        ...(body ? { "Content-Type": "application/json" } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    const data = text ? JSON.parse(text) : undefined;
    return { status: response.status, data };
  }

  async function expectStatus(expected, method, path, options) {
    const { status, data } = await call(method, path, options);
    if (status !== expected) {
      throw new Error(`${method} ${path}: expected ${expected}, got ${status} ${JSON.stringify(data)}`);
    }
    return data;
  }

  return {
    login: (username, password) => expectStatus(200, "POST", "/api/v1/auth/login", { body: { username, password } }),
    changePassword: (token, currentPassword, newPassword) =>
      expectStatus(204, "POST", "/api/v1/auth/change-password", { token, body: { currentPassword, newPassword } }),
    units: (token) => expectStatus(200, "GET", "/api/v1/units", { token }),
    createUnit: (token, body) => expectStatus(201, "POST", "/api/v1/admin/units", { token, body }),
    createAccount: (token, body) => expectStatus(201, "POST", "/api/v1/admin/accounts", { token, body }),
    catalog: (token, name) => expectStatus(200, "GET", `/api/v1/${name}`, { token }),
    createPakn: (token, body) => expectStatus(201, "POST", "/api/v1/pakn", { token, body }),
    pakn: (token, id) => expectStatus(200, "GET", `/api/v1/pakn/${id}`, { token }),
    /** An action on the item's current version, as the detail page takes it. */
    act: async (token, id, action, body = {}) => {
      const { version } = await expectStatus(200, "GET", `/api/v1/pakn/${id}`, { token });
      return expectStatus(200, "POST", `/api/v1/pakn/${id}/actions/${action}`, { token, body, headers: { "If-Match": `"${version}"` } });
    },
    /** Any other call: `expected` status or an error; `options` are { token, body, headers }. */
    expect: expectStatus,
  };
}
