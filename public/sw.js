// Dalil's service worker: keeps the app shell of one build, so the app opens
// with no network at all.
//
// The build (scripts/publish-into-staging.sh) prepends three constants:
//   BUILD     a hash of every file of the build: a new build is a new worker;
//   PRECACHE  the build's files (index.html, hashed js/wasm/css, icons...);
//   HEADERS   this build's document headers ({site: {...}, embed: {...}}: the
//             CSP without frame-ancestors, Permissions-Policy, ...), from the
//             same source as the server's (crates/site), so a page answered
//             from the cache keeps exactly the policy nginx gives it online.
//
// One cache per build, filled all-or-nothing and checked, so a cached
// index.html never meets another build's wasm (Trunk's SRI hashes would
// refuse it). The catalogue API is left alone: the app keeps the catalogue
// itself (src/offline/) and checks every file before replacing its copy.
'use strict';

const SHELL_PREFIX = 'dalil-shell-';
const SHELL = SHELL_PREFIX + BUILD;
const INDEX = '/index.html';
// The embed is the same index.html, but the server sends it with the
// deployment's framing policy for embeds (deploy/nginx.conf): kept apart, so
// an embed served from the cache may still be framed by a ministry's site.
// Who may frame is the deployment's choice, not the build's: the worker keeps
// the frame-ancestors and X-Frame-Options that the server sent with each.
const EMBED = '/embed';

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

async function precache() {
  const cache = await caches.open(SHELL);
  try {
    // 'reload' skips the HTTP cache: only this build's bytes enter.
    await cache.addAll(
      [...PRECACHE, EMBED].map((url) => new Request(url, { cache: 'reload' })),
    );
    // A release landing mid-install would pair this list with another
    // build's index.html. Refuse that; the browser retries later.
    const hashed = PRECACHE.filter((url) => /-[0-9a-f]{8,}(_bg)?\.(js|wasm|css)$/.test(url));
    for (const page of [INDEX, EMBED]) {
      const html = await (await cache.match(page)).text();
      if (!hashed.every((url) => html.includes(url.slice(1)))) {
        throw new Error(`${page} belongs to another build`);
      }
    }
  } catch (error) {
    await caches.delete(SHELL);
    throw error;
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(
      names
        .filter((name) => name.startsWith(SHELL_PREFIX) && name !== SHELL)
        .map((name) => caches.delete(name)),
    );
    await self.clients.claim();
  })());
});

// The page asks for this only after the person chose "update".
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'dalil:skip-waiting') {
    self.skipWaiting();
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) return;
  if (url.pathname === '/config.json') {
    event.respondWith(networkFirst(request, url.pathname));
  } else if (request.mode === 'navigate') {
    // Every route of the single-page app is index.html.
    const embed = url.pathname === EMBED || url.pathname.startsWith(EMBED + '/');
    event.respondWith(pageFromShell(embed, request));
  } else if (PRECACHE.includes(url.pathname)) {
    event.respondWith(fromShell(url.pathname, request));
  }
});

async function fromShell(path, request) {
  const cached = await caches.match(path, { cacheName: SHELL });
  return cached || fetch(request);
}

// A page from the cache, with this build's headers.
async function pageFromShell(embed, request) {
  const cached = await caches.match(embed ? EMBED : INDEX, { cacheName: SHELL });
  if (!cached) return fetch(request);
  const policy = embed ? HEADERS.embed : HEADERS.site;
  const headers = new Headers(cached.headers);
  for (const [name, value] of Object.entries(policy)) headers.set(name, value);
  // Framing stays the server's; a server that sent none gets the strictest.
  const framing = frameAncestors(cached.headers.get('Content-Security-Policy'))
    || (embed ? "frame-ancestors 'none'" : "frame-ancestors 'self'");
  headers.set('Content-Security-Policy', `${policy['Content-Security-Policy']}; ${framing}`);
  return new Response(cached.body, {
    status: cached.status,
    statusText: cached.statusText,
    headers,
  });
}

// The frame-ancestors directive of a CSP header, or null.
function frameAncestors(csp) {
  const directive = (csp || '')
    .split(';')
    .map((d) => d.trim())
    .find((d) => /^frame-ancestors(\s|$)/i.test(d));
  return directive || null;
}

// The deployment's settings may change without a new build: use the
// server's when it answers, the build's copy when it does not.
async function networkFirst(request, path) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(SHELL);
      await cache.put(path, response.clone());
      return response;
    }
  } catch (_) {
    // Offline: fall through to the cached copy.
  }
  const cached = await caches.match(path, { cacheName: SHELL });
  return cached || Response.error();
}
