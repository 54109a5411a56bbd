// The outbox screen: how many wait, the state of each, "Gửi ngay / Send now", and what to do with a refusal.
import { formatTime, t } from './i18n.js';
import * as outbox from './outbox.js';
import { problemMessage } from './problems.js';
import { button, card, describeEntry } from './cards.js';

const $ = (id) => document.getElementById(id);
const KINDS = { waiting: 'wait', sending: 'wait', sent: 'ok', 'needs-fixing': 'bad' };

function waitingReason(lastError) {
  if (lastError.kind === 'offline') {
    return t('outbox.offline');
  }
  return lastError.status === 401 ? t('outbox.loginNeeded') : t('outbox.serverDown', { status: lastError.status });
}

/** The card of one outbox entry; onEdit(entry) opens it in the form. */
export function entryCard(reference, entry, onEdit) {
  const actions = [];
  if ((entry.state === 'needs-fixing' || entry.state === 'waiting') && entry.kind !== 'photo') {
    actions.push(button(t(entry.state === 'needs-fixing' ? 'outbox.fix' : 'outbox.edit'), 'secondary', () => onEdit(entry)));
  }
  if (entry.state === 'needs-fixing' && [409, 412].includes(entry.problem?.status)) {
    actions.push(button(t('outbox.asAmendment'), 'secondary', () => outbox.resendAsAmendment(entry.id)));
  }
  if (entry.state !== 'sending') {
    actions.push(button(t('outbox.delete'), 'link danger', () => {
      if (entry.state === 'sent' || window.confirm(t('outbox.delete.confirm'))) {
        outbox.discard(entry.id);
      }
    }));
  }
  const lastError = entry.state === 'waiting' && entry.lastError;
  const shown = card(entry.entityId, describeEntry(reference, entry), {
    badge: { text: t(`state.${entry.state}`), kind: KINDS[entry.state] },
    lines: [
      entry.ifMatch !== null ? { text: t('outbox.amendment', { version: entry.ifMatch }) } : null,
      entry.problem ? { text: problemMessage(entry.problem), kind: 'error' } : null,
      lastError ? { text: waitingReason(lastError) } : null,
      entry.lastTriedAt ? { text: t('outbox.lastTry', { when: formatTime(entry.lastTriedAt) }), kind: 'muted' } : null,
    ],
    actions,
  });
  shown.dataset.state = entry.state;
  shown.dataset.entryId = entry.id;
  shown.dataset.kind = entry.kind;
  shown.dataset.attempts = String(entry.attempts);
  return shown;
}

export function createOutboxView({ reference, onEdit }) {
  $('send-now').addEventListener('click', async () => {
    $('outbox-status').textContent = '';
    const summary = await outbox.flush();
    const parts = [];
    if (summary.sent) {
      parts.push(t('outbox.sentDone', { count: summary.sent }));
    }
    if (summary.stopped) {
      parts.push(waitingReason(summary.stopped));
    }
    $('outbox-status').textContent = parts.join(' ');
  });
  $('clear-sent').addEventListener('click', () => outbox.clearSent());

  return {
    async render() {
      const all = await outbox.entries();
      const pending = all.filter((e) => e.state !== 'sent').length;
      $('outbox-summary').textContent = pending ? t('outbox.waiting', { count: pending }) : t('outbox.empty');
      $('outbox-summary').dataset.pending = String(pending);
      $('outbox-list').replaceChildren(...all.map((e) => entryCard(reference, e, onEdit)));
      $('clear-sent').hidden = !all.some((e) => e.state === 'sent');
      const count = $('outbox-count');
      count.hidden = pending === 0;
      count.textContent = String(pending);
    },
  };
}
