// The field app's service worker: keeps the app shell and the reference data (indicator catalogue, both boundary
// versions of the areas, district polygons), so the app opens and works with no network after one visit online.
// The API is never touched: the app keeps its own copies of the lists it reads (they need the officer's token), and
// writes go through the outbox, which retries them itself.
const VERSION = 'field-v1';
const SHELL = `${VERSION}-shell`;

const FILES = [
  './', 'index.html', 'app.css', 'app.webmanifest', 'icon.svg',
  ...['main', 'i18n', 'strings-vi', 'strings-en', 'reference', 'geo', 'db', 'auth', 'api', 'rules', 'aid-rules',
    'progress-rules', 'outbox', 'problems', 'form-kit', 'area-picker', 'form', 'aid-form', 'progress-form', 'forms',
    'photos', 'photo-picker', 'cards', 'outbox-view', 'mine'].map((name) => `js/${name}.js`),
  ...['indicators.csv', 'areas/cao-bang-2025-03-01.csv', 'areas/cao-bang-2025-07-01.csv',
    'areas/cao-bang-lineage-2025-07-01.csv', 'areas/cao-bang-districts-2020-2025.geojson'].map((f) => `reference/${f}`),
];

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

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (url.pathname.startsWith(new URL(self.registration.scope).pathname)) {
    event.respondWith(shellFirst(event, request));
  }
});
