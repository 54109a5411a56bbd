// The browser apps' one sign-in (the dashboard and any page of the gateway's origin): the tokens of
// POST /api/v1/auth/login kept in localStorage, the access token refreshed shortly before it expires.
// localStorage keeps a coordinator signed in across tabs and reloads; like any script-readable store it trusts
// the pages of this origin, which load no third-party scripts.

const KEY = 'recovery.session';
const EARLY_MS = 60_000;
let refreshing = null;

function load() {
  try { return JSON.parse(localStorage.getItem(KEY)); } catch { return null; }
}

function store(answer) {
  const session = {
    accessToken: answer.accessToken,
    refreshToken: answer.refreshToken,
    expiresAt: Date.now() + answer.expiresIn * 1000,
    user: answer.user,
  };
  localStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

/** A refusal of the sign-in service, with its problem+json (status 401 wrong, 403 disabled, 429 throttled). */
export class SignInError extends Error {
  constructor(status, problem, retryAfter) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* the status says enough */ }
    throw new SignInError(response.status, problem, response.headers.get('Retry-After'));
  }
  return response.status === 204 ? null : response.json();
}

/** The signed-in user ({username, displayName, role, areaCodes}) or null. */
export function currentUser() {
  return load()?.user ?? null;
}

export async function signIn(username, password) {
  return store(await post('/api/v1/auth/login', { username, password })).user;
}

export async function signOut() {
  const session = load();
  localStorage.removeItem(KEY);
  if (session?.refreshToken) {
    try { await post('/api/v1/auth/logout', { refreshToken: session.refreshToken }); } catch { /* signed out here anyway */ }
  }
}

/** A valid access token, refreshed when it is about to expire; null when signed out or the session has ended. */
export async function accessToken() {
  const session = load();
  if (!session) return null;
  if (Date.now() < session.expiresAt - EARLY_MS) return session.accessToken;
  // one refresh for every caller waiting at once: a refresh token works only once
  refreshing ??= post('/api/v1/auth/refresh', { refreshToken: session.refreshToken })
    .then(store)
    .catch((error) => {
      if (error.status === 401) localStorage.removeItem(KEY);
      return null;
    })
    .finally(() => { refreshing = null; });
  const renewed = await refreshing;
  return renewed ? renewed.accessToken : null;
}

/** Adds {@code Authorization: Bearer ...} to these headers when someone is signed in. */
export async function authorize(headers) {
  const token = await accessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return headers;
}

/** Where to send someone who must sign in first; they come back to this page afterwards. */
export function signInUrl() {
  return `/login.html?next=${encodeURIComponent(location.pathname + location.search + location.hash)}`;
}
