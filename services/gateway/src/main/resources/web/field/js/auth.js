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

/**
 * A new access token from the refresh token: 'refreshed'; 'refused' when there is none or the gateway refused it (the
 * session ended: log in again); 'unanswered' when no answer came or the gateway failed. An unanswered refresh may well
 * have gone through with its answer lost: the session is kept, and the next try presents the same refresh token, which
 * the gateway answers again with the same successor for a while (refresh-retry-window).
 */
export function refresh() {
  const refreshToken = read()?.refreshToken;
  if (!refreshToken) {
    return Promise.resolve('refused');
  }
  refreshing ??= post('/api/v1/auth/refresh', { refreshToken })
    .then(async (response) => {
      if (response.status === 400 || response.status === 401 || response.status === 403) {
        return 'refused';
      }
      if (!response.ok) {
        return 'unanswered';
      }
      store(await response.json());
      return 'refreshed';
    })
    .catch(() => 'unanswered')
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
