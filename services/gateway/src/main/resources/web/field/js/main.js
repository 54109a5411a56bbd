// Starts the field app: reference data, the screens, and the outbox's triggers (start-up, the "online" event,
// "Send now", and a slow retry while something waits).
import { currentLang, setLang, t, translate } from './i18n.js';
import { loadReference } from './reference.js';
import { NetworkError, cachedGet } from './api.js';
import { hasSession, login, logout } from './auth.js';
import * as outbox from './outbox.js';
import { createForms } from './forms.js';
import { createOutboxView } from './outbox-view.js';
import { createMineView } from './mine.js';
import { setDisasters } from './cards.js';

const $ = (id) => document.getElementById(id);
const SCREENS = ['new', 'outbox', 'mine', 'login'];
const RETRY_MS = 60_000;

let disasters = [];
let returnTo = 'new';

function toast(text) {
  const box = $('toast');
  box.textContent = text;
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, 4000);
}

function showNetwork() {
  const online = navigator.onLine;
  $('net').textContent = t(online ? 'net.online' : 'net.offline');
  $('net').classList.toggle('offline', !online);
}

function screenFromHash() {
  const name = location.hash.replace('#', '');
  return SCREENS.includes(name) ? name : 'new';
}

function show(name) {
  SCREENS.forEach((s) => { $(`screen-${s}`).hidden = s !== name; });
  document.querySelectorAll('.tabs a').forEach((a) => a.classList.toggle('active', a.dataset.screen === name));
  document.documentElement.dataset.screen = name;
}

/** The disasters list, or the phone's copy of it when offline. */
async function loadDisasters() {
  try {
    const answer = await cachedGet('/api/v1/disasters', 'disasters');
    return answer.ok ? answer.body : disasters;
  } catch (e) {
    if (e instanceof NetworkError) {
      return disasters;
    }
    throw e;
  }
}

async function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) {
    return;
  }
  const markReady = () => {
    if (navigator.serviceWorker.controller) {
      document.documentElement.dataset.offlineReady = 'yes';
    }
  };
  navigator.serviceWorker.addEventListener('controllerchange', markReady);
  await navigator.serviceWorker.register('sw.js', { scope: './' });
  await navigator.serviceWorker.ready;
  markReady();
}

async function boot() {
  document.documentElement.lang = currentLang();
  translate();
  $('lang').addEventListener('click', () => {
    setLang(currentLang() === 'vi' ? 'en' : 'vi');
    showNetwork();
  });
  showNetwork();
  registerServiceWorker().catch((e) => console.warn('service worker', e));

  let reference;
  try {
    reference = await loadReference();
  } catch (e) {
    $('loading').textContent = t('reference.failed');
    return;
  }
  $('loading').hidden = true;

  const forms = createForms({ reference, disasters: () => disasters, onSaved: () => {
    toast(t('form.saved'));
    outbox.flush();
  } });
  const openEntry = (entry) => { forms.editEntry(entry); location.hash = '#new'; };
  const outboxView = createOutboxView({ reference, onEdit: openEntry });
  const mineView = createMineView({ reference, onEdit: openEntry,
    onAmend: (view) => { forms.amendReport(view); location.hash = '#new'; } });
  await forms.start();
  // a coordinator's link to a pledge opens the receipt form with it, once: the address is then cleaned
  const donation = new URLSearchParams(location.search).get('donation');
  if (donation) {
    forms.receiveFor(donation);
    history.replaceState(null, '', `${location.pathname}#new`);
  }

  const refreshLists = async () => {
    disasters = await loadDisasters();
    setDisasters(disasters);
    await forms.refreshLists();
    outboxView.render();
    if (screenFromHash() === 'mine') {
      mineView.render({ reload: false });
    }
  };

  const route = () => {
    const name = screenFromHash();
    show(name);
    if (name === 'mine') {
      mineView.render();
    }
  };
  window.addEventListener('hashchange', () => {
    $('toast').hidden = true;
    route();
  });
  document.addEventListener('outbox-changed', () => {
    outboxView.render();
    if (screenFromHash() === 'mine') {
      mineView.render({ reload: false });
    }
  });
  document.addEventListener('langchange', () => { outboxView.render(); route(); });
  document.addEventListener('auth-required', () => {
    if (screenFromHash() !== 'login') {
      returnTo = screenFromHash();
      $('login-again').hidden = !hasSession();
      location.hash = '#login';
    }
  });
  $('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('login-error').textContent = '';
    try {
      const outcome = await login($('login-username').value.trim(), $('login-password').value);
      if (!outcome.ok) {
        $('login-error').textContent = outcome.status === 429 ? t('login.throttled', { seconds: outcome.retryAfter ?? '…' })
          : outcome.status === 403 ? t('login.disabled') : t('login.failed');
        return;
      }
    } catch (e) {
      $('login-error').textContent = t('login.offline');
      return;
    }
    $('login-password').value = '';
    location.hash = `#${returnTo}`;
    await refreshLists();
    outbox.flush();
  });
  $('logout').addEventListener('click', async () => {
    await logout();
    returnTo = 'new';
    $('login-again').hidden = true;
    location.hash = '#login';
  });
  window.addEventListener('online', () => { showNetwork(); outbox.flush(); });
  window.addEventListener('offline', showNetwork);
  setInterval(async () => {
    if (navigator.onLine && await outbox.pendingCount()) {
      outbox.flush();
    }
  }, RETRY_MS);

  route();
  await outboxView.render();
  await refreshLists();
  // ready once the first lists are in (or known unreachable), so a login they asked for is already on screen
  document.documentElement.dataset.appReady = 'yes';
  await outbox.recoverInterrupted();
  outbox.flush();
}

boot();
