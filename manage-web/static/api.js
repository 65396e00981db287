// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// The few branch API calls of the dashboard (docs/api.md). Every failure is an ApiError: `status`
// is the HTTP status (0 when the server could not be reached), `code` and `message` come from the
// server's error body {"error", "message"}.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message || code || String(status));
    this.status = status;
    this.code = code || '';
  }
}

async function send(path, { method = 'GET', token, body, accept = 'application/json' } = {}) {
  const headers = { Accept: accept };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit', cache: 'no-store' });
  } catch (error) {
    throw new ApiError(0, 'network', error.message);
  }
  if (res.ok) return res;
  let code = '', message = '';
  try { ({ error: code, message } = await res.json()); } catch { /* not JSON: keep the status */ }
  throw new ApiError(res.status, code, message);
}

// {token, role, expires_at}
export async function login(user, password) {
  return (await send('/api/v1/auth/login', { method: 'POST', body: { user, password } })).json();
}

export async function logout(token) {
  await send('/api/v1/auth/logout', { method: 'POST', token });
}

function figuresPath(extension, { from, to, lang }) {
  const query = new URLSearchParams({ from, to, lang });
  return `/api/v1/manage/figures${extension}?${query}`;
}

// {office_id, from, to, sla_target_s, rows: [FigureRow]}
export async function figures(token, range) {
  return (await send(figuresPath('', range), { token })).json();
}

// The CSV or XLSX file as {blob, filename}; the name is the server's (Content-Disposition).
export async function figuresFile(token, extension, range) {
  const res = await send(figuresPath(`.${extension}`, range), { token, accept: '*/*' });
  const disposition = res.headers.get('Content-Disposition') || '';
  const match = /filename="([^"]+)"/.exec(disposition);
  const filename = match ? match[1] : `civiq-${range.from}-${range.to}.${extension}`;
  return { blob: await res.blob(), filename };
}
