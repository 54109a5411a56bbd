// The login session, kept in localStorage so the app works offline for days: a short-lived access token and a
// long-lived refresh token (issue 6). Losing the session never touches the outbox.

const KEY = 'field.session';
const ANONYMOUS = 'anonymous';

function read() {
  try {
    return JSON.parse(localStorage.getItem(KEY)) ?? null;
  } catch {
    return null;
  }
}

function store(answer) {
  const previous = read();
  const session = {
    accessToken: answer.accessToken,
    refreshToken: answer.refreshToken ?? previous?.refreshToken ?? null,
    expiresAt: Date.now() + (answer.expiresIn ?? 0) * 1000,
    user: answer.user ?? previous?.user ?? null,
  };
  localStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

/** Whether this phone was logged in (so a 401 means the session ended, not that nobody ever logged in). */
export function hasSession() {
  return read() !== null;
}

export function accessToken() {
  return read()?.accessToken ?? null;
}

/** The name the services record as submitter: the logged-in user, or "anonymous" where no login is required. */
export function currentUser() {
  const user = read()?.user;
  return user?.username ?? user?.name ?? ANONYMOUS;
}

export function displayName() {
  const user = read()?.user;
  return user ? (user.displayName || user.username) : null;
}

async function post(path, body) {
  return fetch(path, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body), cache: 'no-store',
  });
}

/**
 * Logs in: {ok: true}, or {ok: false, status, retryAfter} (401 wrong credentials, 403 disabled account, 429 too many
 * failures); rejects when the server cannot be reached.
 */
export async function login(username, password) {
  const response = await post('/api/v1/auth/login', { username, password });
  if (!response.ok) {
    return { ok: false, status: response.status, retryAfter: response.headers.get('Retry-After') };
  }
  store(await response.json());
  return { ok: true };
}

let refreshing = null;

/** A new access token from the refresh token; false when there is none or it was refused (log in again). */
export function refresh() {
  const refreshToken = read()?.refreshToken;
  if (!refreshToken) {
    return Promise.resolve(false);
  }
  refreshing ??= post('/api/v1/auth/refresh', { refreshToken })
    .then(async (response) => {
      if (!response.ok) {
        return false;
      }
      store(await response.json());
      return true;
    })
    .catch(() => false)
    .finally(() => { refreshing = null; });
  return refreshing;
}

export async function logout() {
  const refreshToken = read()?.refreshToken;
  localStorage.removeItem(KEY);
  if (refreshToken) {
    await post('/api/v1/auth/logout', { refreshToken }).catch(() => undefined);
  }
}
