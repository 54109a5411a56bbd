// The verification queue: reports still SUBMITTED, each beside the previous report for the same area and source
// (the one it would replace) and with its photos, with verify and reject (a reason is required) sent to the damage
// service.
import { getJson, postJson, query } from './api.js';
import { el } from './figures.js';
import { dateTime, indicatorName, number, t } from './i18n.js';
import { photoStrip, releasePhotos } from './photos.js';

const PAGE = 500;

/**
 * Reports of the disaster (newest first: the previous reports come from these) and those awaiting a decision, oldest
 * first. The pending ones are asked for with status=SUBMITTED; a damage service that does not filter by status yet
 * answers every report, so the filter here stays.
 */
export async function loadQueue(disaster) {
  const [page, submitted] = await Promise.all([
    getJson(`/api/v1/damage-reports${query({ disaster, size: PAGE })}`),
    getJson(`/api/v1/damage-reports${query({ disaster, status: 'SUBMITTED', size: PAGE })}`),
  ]);
  const pending = submitted.items.filter((report) => report.status === 'SUBMITTED')
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  return { all: page.items, pending };
}

/** The report that stood before `report` for its area and source: latest asOf not after its own, not rejected. */
export function previousOf(report, all) {
  const { areaCode, source, asOf } = report.content;
  return all.filter((other) => other.reportId !== report.reportId && other.status !== 'REJECTED'
      && other.content.areaCode === areaCode && other.content.source === source && other.content.asOf <= asOf)
    .sort((a, b) => b.content.asOf.localeCompare(a.content.asOf))[0] ?? null;
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
      el('td', { class: 'num', 'data-figure': code }, number(now)), el('td', { class: 'num' }, number(before)));
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
    ?? item(report, previousOf(report, queue.all), catalogue, areaName, onDecided));
  const list = container.querySelector('#queue-list') ?? el('ol', { class: 'queue', id: 'queue-list' });
  [...list.children].filter((one) => !items.includes(one)).forEach(releasePhotos);
  // untouched when nothing changed: moving nodes would take the focus out of a reason being typed
  if (items.length !== list.children.length || items.some((one, index) => list.children[index] !== one)) list.replaceChildren(...items);
  const count = container.querySelector('#queue-count') ?? el('p', { class: 'meta', id: 'queue-count' });
  count.textContent = t('pending', { count: items.length });
  if (count.parentNode !== container || list.parentNode !== container) container.replaceChildren(count, list);
}

function item(report, previous, catalogue, areaName, onDecided) {
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
  return el('li', { 'data-report': report.reportId, 'data-version': String(report.version), 'data-area': c.areaCode },
    el('h3', {}, `${areaName(c.areaCode)} · ${t(`source.${c.source}`)} · ${t(`type.${c.reportType}`)}`),
    el('p', { class: 'meta' }, `${t('reportedAt')} ${dateTime(c.asOf)} · ${t('submittedBy')} ${report.submittedBy}`, c.note ? ` · “${c.note}”` : ''),
    el('details', {}, el('summary', {}, t('compare', { changed: changedCount(report, previous) })), comparison(report, previous, catalogue)),
    photoStrip(report.reportId),
    el('div', { class: 'actions' }, verify, reason, reject, message));
}
