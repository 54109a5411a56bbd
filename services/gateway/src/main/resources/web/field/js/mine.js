// "Báo cáo của tôi / My reports": what still waits on the phone, and what the server holds for this officer
// (sent, verified, rejected with the reason); any sent report can be amended.
import { formatTime, t } from './i18n.js';
import { NetworkError, cachedGet } from './api.js';
import { currentUser, displayName } from './auth.js';
import * as outbox from './outbox.js';
import { button, card, describeDamage } from './cards.js';
import { entryCard } from './outbox-view.js';

const $ = (id) => document.getElementById(id);
const KINDS = { SUBMITTED: 'wait', VERIFIED: 'ok', REJECTED: 'bad' };

export function createMineView({ reference, onEdit, onAmend }) {
  let reports = [];

  function sentCard(view) {
    const shown = card(view.reportId, describeDamage(reference, view.content), {
      badge: { text: t(`status.${view.status}`), kind: KINDS[view.status] },
      lines: [
        { text: `${t('mine.version', { version: view.version })} · ${formatTime(view.recordedAt)}`, kind: 'muted' },
        view.status === 'REJECTED' && view.reason ? { text: t('mine.reason', { reason: view.reason }), kind: 'error' } : null,
      ],
      actions: [button(t('mine.amend'), 'secondary', () => onAmend(view))],
    });
    shown.dataset.status = view.status;
    shown.dataset.version = String(view.version);
    return shown;
  }

  async function renderPending() {
    const waiting = (await outbox.entries()).filter((e) => e.state !== 'sent');
    $('mine-pending').replaceChildren(...waiting.map((e) => entryCard(reference, e, onEdit)));
    $('mine-pending-heading').hidden = !waiting.length;
  }

  function renderSent() {
    $('mine-list').replaceChildren(...reports.map(sentCard));
    if (!reports.length) {
      const li = document.createElement('li');
      li.className = 'muted small';
      li.textContent = t('mine.empty');
      $('mine-list').append(li);
    }
  }

  function renderAccount() {
    const name = displayName();
    $('account-name').textContent = name ? t('login.as', { name }) : '';
    $('logout').hidden = !name;
  }

  async function load() {
    const status = $('mine-status');
    try {
      const user = encodeURIComponent(currentUser());
      const answer = await cachedGet(`/api/v1/damage-reports?submittedBy=${user}&size=200`, `mine:${currentUser()}`);
      if (!answer.ok) {
        status.textContent = answer.status === 401 ? '' : t('mine.failed');
        return;
      }
      reports = answer.body.items ?? [];
      status.textContent = answer.cachedAt ? t('mine.offlineCopy', { when: formatTime(answer.cachedAt) }) : '';
      $('mine-list').dataset.source = answer.cachedAt ? 'copy' : 'server';
    } catch (e) {
      if (!(e instanceof NetworkError)) {
        throw e;
      }
      status.textContent = t('mine.failed');
    }
    renderSent();
  }

  $('mine-refresh').addEventListener('click', load);

  return {
    async render({ reload = true } = {}) {
      renderAccount();
      await renderPending();
      renderSent();
      if (reload) {
        await load();
      }
    },
  };
}
