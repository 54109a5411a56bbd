// Every request of the dashboard and the public page goes through apiFetch: the one place where the login
// token (issue 6) is added, from the gateway's shared sign-in (/session.js). A 401 sends the user to sign in and
// back. The stream and what the public page reads need no token (EventSource cannot send one).
import { authorize, signInUrl } from '/session.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** Whether an API answer was a 404 naming `parameter` in its invalid-params: an area or disaster it does not know. */
export function isUnknown(error, parameter) {
  return error instanceof ApiError && error.status === 404 && error.problem?.['invalid-params']?.[0]?.name === parameter;
}

export async function apiFetch(path, options = {}) {
  const headers = new Headers(options.headers || {});
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  await authorize(headers);
  const response = await fetch(path, { ...options, headers });
  if (response.status === 401) location.assign(signInUrl());
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not JSON: the status says enough */ }
    throw new ApiError(response.status, problem);
  }
  return response;
}

export async function getJson(path) {
  return (await apiFetch(path)).json();
}

export async function postJson(path, body) {
  const response = await apiFetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.status === 204 ? null : response.json();
}

/** "?a=1&b=2" from the parameters that have a value. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(name, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function streamUrl(params) {
  return `/api/v1/stream${query(params)}`;
}

/** Downloads through apiFetch (so it carries the same credentials) and saves the answer under `fileName`. */
export async function download(path, fileName) {
  const response = await apiFetch(path, { headers: { Accept: '*/*' } });
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
