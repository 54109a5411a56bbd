// The public aid ledger (Decree 93/2021/NĐ-CP; GET /api/v1/public/aid, no login): every receipt and allocation,
// newest first, a page at a time. An anonymous donor is shown as anonymous in the page's language (the service never
// sends the name). Every value goes in as text: nothing from the data is ever parsed as HTML.
import { getJson, query } from '/dashboard/js/api.js';
import { el } from '/dashboard/js/figures.js';
import { dateTime, lang, number, t, unit, vnd } from '/dashboard/js/i18n.js';

const SIZE = 50;

/** Pages 0..`pages`-1 of the ledger, as one list. */
export async function loadLedger(disaster, pages = 1) {
  const answers = await Promise.all(Array.from({ length: pages }, (_, page) =>
    getJson(`/api/v1/public/aid${query({ disaster, page, size: SIZE })}`)));
  return { items: answers.flatMap((answer) => answer.items), total: answers[0]?.total ?? 0, pages };
}

function donorCell(entry) {
  if (!entry.donor) return el('td', { class: 'donor pooled' }, t('pooled'));
  if (entry.donor.anonymous) return el('td', { class: 'donor anonymous' }, t('anonymous'));
  return el('td', { class: 'donor' }, entry.donor.name, el('small', {}, ` · ${t(`donor.${entry.donor.type}`)}`));
}

/** Money given in its currency's minor unit (cents), as written in that currency. */
function money(amount, currency) {
  const format = new Intl.NumberFormat(lang() === 'vi' ? 'vi-VN' : 'en-GB', { style: 'currency', currency });
  return format.format(amount / 10 ** format.resolvedOptions().maximumFractionDigits);
}

/** What the value column does not say: money in other currencies and goods (VND cash is the value itself). */
function details(entry) {
  const cash = entry.cash.filter((sum) => sum.currency !== 'VND').map((sum) => money(sum.amount, sum.currency));
  const goods = entry.inKind.map((goods) => `${goods.item} ${number(goods.quantity)} ${unit(goods.unit)}`);
  return [...cash, ...goods].join('; ');
}

function row(entry) {
  return el('tr', { 'data-entry': entry.id, 'data-kind': entry.kind },
    el('td', {}, dateTime(entry.at)), el('td', {}, t(`kind.${entry.kind}`)), donorCell(entry),
    el('td', {}, entry.area.name), el('td', {}, entry.sector ? t(`sector.${entry.sector}`) : ''),
    el('td', { class: 'num', 'data-value': String(entry.valueVnd) }, vnd(entry.valueVnd)), el('td', {}, details(entry)));
}

export function renderLedger(container, ledger, onMore) {
  if (!ledger.items.length) {
    container.replaceChildren(el('p', { class: 'empty' }, t('ledgerEmpty')));
    return;
  }
  const head = el('tr', {}, ...['date', 'kind', 'donor', 'recipient', 'sector', 'valueVnd', 'details'].map((key) =>
    el('th', { scope: 'col', class: key === 'valueVnd' ? 'num' : '' }, t(key))));
  const parts = [el('p', { class: 'meta', id: 'ledger-count' }, t('ledgerCount', { shown: number(ledger.items.length), total: number(ledger.total) })),
    el('div', { class: 'scroll' }, el('table', { id: 'ledger' }, el('thead', {}, head), el('tbody', {}, ...ledger.items.map(row))))];
  if (ledger.items.length < ledger.total) {
    const more = el('button', { type: 'button', id: 'ledger-more' }, t('showMore'));
    more.addEventListener('click', onMore);
    parts.push(more);
  }
  container.replaceChildren(...parts);
}
