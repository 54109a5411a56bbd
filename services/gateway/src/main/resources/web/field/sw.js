// The field app's service worker: keeps the app shell, the reference data and the last answers of the lists the
// app reads, so the app opens and works with no network after one visit online. Writes (PUT) are never touched:
// they go through the outbox, which retries them itself.
const VERSION = 'field-v1';
const SHELL = `${VERSION}-shell`;
const API = `${VERSION}-api`;
const NETWORK_TIMEOUT_MS = 8000;

const FILES = [
  './', 'index.html', 'app.css', 'app.webmanifest', 'icon.svg',
  'js/main.js', 'js/i18n.js', 'js/reference.js', 'js/geo.js', 'js/db.js', 'js/auth.js', 'js/api.js', 'js/rules.js',
  'js/outbox.js', 'js/problems.js', 'js/area-picker.js', 'js/form.js', 'js/cards.js', 'js/outbox-view.js',
  'js/mine.js',
  'reference/indicators.csv', 'reference/areas/cao-bang-2025-03-01.csv', 'reference/areas/cao-bang-2025-07-01.csv',
  'reference/areas/cao-bang-lineage-2025-07-01.csv', 'reference/areas/cao-bang-districts-2020-2025.geojson',
];
// lists read by the app: answered from the network when it answers in time, else from the last copy
const CACHED_API = [/^\/api\/v1\/disasters$/, /^\/api\/v1\/damage-reports$/];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL)
    .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => !k.startsWith(`${VERSION}-`)).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

/** From the cache at once; the copy is refreshed in the background for the next visit. */
async function shellFirst(event, request) {
  const cache = await caches.open(SHELL);
  const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
  const refresh = fetch(request).then((response) => {
    if (response.ok) {
      cache.put(request, response.clone());
    }
    return response;
  });
  if (cached) {
    event.waitUntil(refresh.catch(() => undefined));
    return cached;
  }
  return refresh;
}

function withCachedAt(response, cachedAt) {
  const headers = new Headers(response.headers);
  headers.set('X-Field-Cached-At', cachedAt);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** From the network, kept for later; offline (or too slow) the last copy, marked with when it was kept. */
async function networkFirst(request) {
  const cache = await caches.open(API);
  try {
    const response = await Promise.race([
      fetch(request),
      new Promise((_, reject) => { setTimeout(() => reject(new Error('timeout')), NETWORK_TIMEOUT_MS); }),
    ]);
    if (response.ok) {
      await cache.put(request, withCachedAt(response.clone(), new Date().toISOString()));
    }
    return response;
  } catch (e) {
    const cached = await cache.match(request, { ignoreVary: true });
    if (cached) {
      return cached;
    }
    throw e;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (CACHED_API.some((pattern) => pattern.test(url.pathname))) {
    event.respondWith(networkFirst(request));
  } else if (url.pathname.startsWith(new URL(self.registration.scope).pathname)) {
    event.respondWith(shellFirst(event, request));
  }
});
