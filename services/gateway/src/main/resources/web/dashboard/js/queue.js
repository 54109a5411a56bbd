// The verification queue: reports still SUBMITTED, longest waiting first (the damage service filters and orders),
// each with its photos and beside the previous report for the same area and source (the one it would replace, as the
// damage service's /previous decides), with verify and reject (a reason is required) sent to the damage service.
// Photos and the previous report of an item load once it scrolls into view.
import { getJson, postJson, query } from './api.js';
import { el, onceVisible } from './figures.js';
import { dateTime, indicatorName, number, t } from './i18n.js';
import { loadPhotos, photoStrip, releasePhotos } from './photos.js';

const LIMIT = 500;

/** The reports of the disaster awaiting a decision, oldest first, and how many there are in all. */
export async function loadQueue(disaster) {
  const page = await getJson(`/api/v1/damage-reports${query({ disaster, status: 'SUBMITTED', order: 'oldest', limit: LIMIT })}`);
  return { pending: page.items.filter((report) => report.status === 'SUBMITTED'), total: page.total ?? page.items.length };
}

/** The report `report` would replace, or null when none stands before it (/previous answers 404). */
async function previousOf(report) {
  try {
    return await getJson(`/api/v1/damage-reports/${report.reportId}/previous`);
  } catch (error) {
    if (error.status === 404) return null;
    throw error;
  }
}

/** Indicators whose figure differs from the previous report's (or all of them when there is none). */
function changedCount(report, previous) {
  return Object.entries(report.content.figures)
    .filter(([code, value]) => !previous || Number(previous.content.figures[code]) !== Number(value)).length;
}

function comparison(report, previous, catalogue) {
  const codes = [...new Set([...Object.keys(report.content.figures), ...Object.keys(previous?.content.figures ?? {})])]
    .sort((a, b) => [...catalogue.keys()].indexOf(a) - [...catalogue.keys()].indexOf(b));
  const rows = codes.map((code) => {
    const now = report.content.figures[code];
    const before = previous?.content.figures[code];
    const changed = previous && now !== undefined && Number(now) !== Number(before);
    return el('tr', { class: changed ? 'changed' : '' }, el('th', { scope: 'row' }, indicatorName(catalogue.get(code)) || code),
      el('td', { class: 'num', 'data-figure': code }, number(now)), el('td', { class: 'num', 'data-previous': code }, number(before)));
  });
  const head = el('tr', {}, el('th', { scope: 'col' }, t('indicator')),
    el('th', { scope: 'col', class: 'num' }, `${t('thisReport')} · ${dateTime(report.content.asOf)}`),
    el('th', { scope: 'col', class: 'num' }, previous ? `${t('previous')} · ${dateTime(previous.content.asOf)}` : `${t('previous')}: ${t('none')}`));
  return el('div', { class: 'scroll' }, el('table', { class: 'compare' }, el('thead', {}, head), el('tbody', {}, ...rows)));
}

/**
 * Renders the queue keyed by report: an item still pending (same version) is kept as it is, so a reason being typed
 * or an opened comparison survives the refreshes the live stream causes; `rebuild` redraws all (language switch).
 */
export function renderQueue(container, queue, catalogue, areaName, onDecided, rebuild = false) {
  if (!queue.pending.length) {
    releasePhotos(container);
    container.replaceChildren(el('p', { class: 'empty' }, t('queueEmpty')));
    return;
  }
  const kept = new Map(rebuild ? [] : [...container.querySelectorAll('li[data-report]')]
    .map((item) => [`${item.dataset.report}@${item.dataset.version}`, item]));
  const items = queue.pending.map((report) => kept.get(`${report.reportId}@${report.version}`)
    ?? item(report, catalogue, areaName, onDecided));
  const list = container.querySelector('#queue-list') ?? el('ol', { class: 'queue', id: 'queue-list' });
  [...list.children].filter((one) => !items.includes(one)).forEach(releasePhotos);
  // untouched when nothing changed: moving nodes would take the focus out of a reason being typed
  if (items.length !== list.children.length || items.some((one, index) => list.children[index] !== one)) list.replaceChildren(...items);
  const count = container.querySelector('#queue-count') ?? el('p', { class: 'meta', id: 'queue-count' });
  count.textContent = t('pending', { count: number(queue.total) });
  if (count.parentNode !== container || list.parentNode !== container) container.replaceChildren(count, list);
}

/** The comparison of an item, filled in once its previous report is known. */
async function compare(details, report, catalogue) {
  try {
    const previous = await previousOf(report);
    details.replaceChildren(el('summary', {}, t('compare', { changed: changedCount(report, previous) })), comparison(report, previous, catalogue));
  } catch (error) {
    details.replaceChildren(el('summary', {}, t('compareUnknown')), el('p', { class: 'message' }, t('error', { message: error.message })));
  }
}

function item(report, catalogue, areaName, onDecided) {
  const reason = el('input', { type: 'text', name: 'reason', placeholder: t('reason'), maxLength: 2000, 'aria-label': t('reason') });
  const message = el('span', { class: 'message', role: 'alert' });
  const decide = async (decision) => {
    if (decision === 'REJECTED' && !reason.value.trim()) {
      message.textContent = t('reasonRequired');
      reason.focus();
      return;
    }
    try {
      await postJson(`/api/v1/damage-reports/${report.reportId}/verification`,
        decision === 'REJECTED' ? { decision, reason: reason.value.trim() } : { decision });
      await onDecided();
    } catch (error) {
      message.textContent = t('error', { message: error.message });
    }
  };
  const verify = el('button', { type: 'button', class: 'verify', 'data-action': 'verify' }, t('verify'));
  const reject = el('button', { type: 'button', class: 'reject', 'data-action': 'reject' }, t('reject'));
  verify.addEventListener('click', () => decide('VERIFIED'));
  reject.addEventListener('click', () => decide('REJECTED'));
  const c = report.content;
  const details = el('details', {}, el('summary', {}, t('compareUnknown')));
  const photos = photoStrip(report.reportId);
  const li = el('li', { 'data-report': report.reportId, 'data-version': String(report.version), 'data-area': c.areaCode },
    el('h3', {}, `${areaName(c.areaCode)} · ${t(`source.${c.source}`)} · ${t(`type.${c.reportType}`)}`),
    el('p', { class: 'meta' }, `${t('reportedAt')} ${dateTime(c.asOf)} · ${t('submittedBy')} ${report.submittedBy}`, c.note ? ` · “${c.note}”` : ''),
    details, photos, el('div', { class: 'actions' }, verify, reason, reject, message));
  onceVisible(li, () => {
    compare(details, report, catalogue);
    loadPhotos(photos);
  });
  return li;
}
