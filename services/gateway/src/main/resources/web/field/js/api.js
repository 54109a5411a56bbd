// The one way the app talks to the API: adds the access token, refreshes it once on a 401, and announces
// "auth-required" when the gateway refuses that, so the app can ask for a login while the outbox stays as it is. A
// refresh that got no answer is no refusal: the call fails as offline calls do, and is tried again later.
import { accessToken, refresh } from './auth.js';
import * as db from './db.js';

/** The request never reached a server (offline, DNS, connection refused): try again later. */
export class NetworkError extends Error {
}

async function answer(response) {
  const type = response.headers.get('Content-Type') ?? '';
  let body = null;
  if (type.includes('json')) {
    body = await response.json().catch(() => null);
  }
  return {
    status: response.status,
    ok: response.ok,
    body,
    etag: response.headers.get('ETag'),
    cachedAt: null,
  };
}

async function once(method, path, body, headers) {
  const all = { Accept: 'application/json', ...headers };
  // a Blob (a photo) goes as it is, under the type the caller names in headers; anything else as JSON
  const raw = body instanceof Blob;
  if (body !== undefined && !raw) {
    all['Content-Type'] = 'application/json';
  }
  const token = accessToken();
  if (token) {
    all.Authorization = `Bearer ${token}`;
  }
  let response;
  try {
    response = await fetch(path, {
      method, headers: all, body: body === undefined || raw ? body : JSON.stringify(body), cache: 'no-store',
    });
  } catch (e) {
    throw new NetworkError(e.message);
  }
  return answer(response);
}

/** {status, ok, body, etag, cachedAt}; throws NetworkError when no answer came. */
export async function request(method, path, { body, headers = {} } = {}) {
  let result = await once(method, path, body, headers);
  if (result.status === 401) {
    const renewed = await refresh();
    if (renewed === 'unanswered') {
      throw new NetworkError('no answer to the token refresh');
    }
    if (renewed === 'refreshed') {
      result = await once(method, path, body, headers);
    }
  }
  if (result.status === 401) {
    document.dispatchEvent(new CustomEvent('auth-required'));
  }
  return result;
}

/**
 * A GET whose last good answer is kept on the phone (with the officer's token, so not in the service worker):
 * with no network, or while the server fails, the kept copy is returned, marked with cachedAt.
 */
export async function cachedGet(path, key) {
  let answer = null;
  try {
    answer = await request('GET', path);
    if (answer.ok) {
      await db.put('kv', { at: new Date().toISOString(), body: answer.body }, key);
      return answer;
    }
    if (answer.status < 500) {
      return answer;
    }
  } catch (e) {
    if (!(e instanceof NetworkError)) {
      throw e;
    }
  }
  const copy = await db.get('kv', key);
  if (copy) {
    return { status: 200, ok: true, body: copy.body, etag: null, cachedAt: copy.at };
  }
  if (answer) {
    return answer;
  }
  throw new NetworkError(`no connection and no copy of ${path}`);
}
