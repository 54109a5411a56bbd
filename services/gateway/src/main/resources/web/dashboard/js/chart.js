// A headline figure over time (GET /api/v1/totals/damage/history) as an inline SVG line chart: one line per
// source, a dot per bucket end, the first and last dates and the largest value on the axes.
import { el } from './figures.js';
import { dateTime, number, t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = { GOV: '#0b5394', ORG: '#38761d', COMMUNITY: '#8e44ad' };
const W = 640;
const H = 240;
const PAD = { left: 56, right: 16, top: 16, bottom: 36 };

function svg(tag, attributes = {}, text) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

export function renderHistory(container, history) {
  const series = (history?.series || []).filter((one) => one.points.some((point) => point.value !== null));
  if (!series.length) {
    container.replaceChildren(el('p', { class: 'empty' }, t('chartEmpty')));
    return;
  }
  const times = series.flatMap((one) => one.points.map((point) => Date.parse(point.at)));
  const values = series.flatMap((one) => one.points.map((point) => Number(point.value ?? 0)));
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const top = Math.max(1, ...values);
  const x = (at) => PAD.left + (last === first ? (W - PAD.left - PAD.right) / 2 : ((at - first) / (last - first)) * (W - PAD.left - PAD.right));
  const y = (value) => H - PAD.bottom - (value / top) * (H - PAD.top - PAD.bottom);

  const chart = svg('svg', { id: 'history-chart', viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'chart' });
  chart.append(svg('title', {}, `${history.indicator} · ${history.area.name}`));
  chart.append(svg('line', { x1: PAD.left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom, class: 'axis' }));
  chart.append(svg('line', { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: H - PAD.bottom, class: 'axis' }));
  chart.append(svg('text', { x: PAD.left - 6, y: y(top) + 4, 'text-anchor': 'end', class: 'tick' }, number(top)));
  chart.append(svg('text', { x: PAD.left - 6, y: y(0) + 4, 'text-anchor': 'end', class: 'tick' }, '0'));
  chart.append(svg('text', { x: PAD.left, y: H - 10, class: 'tick' }, dateTime(new Date(first).toISOString())));
  if (last !== first) chart.append(svg('text', { x: W - PAD.right, y: H - 10, 'text-anchor': 'end', class: 'tick' }, dateTime(new Date(last).toISOString())));
  for (const one of series) {
    const points = one.points.filter((point) => point.value !== null);
    const colour = COLOURS[one.source] || '#555';
    chart.append(svg('polyline', { points: points.map((p) => `${x(Date.parse(p.at))},${y(Number(p.value))}`).join(' '),
      fill: 'none', stroke: colour, 'stroke-width': 2, 'data-source': one.source }));
    for (const point of points) {
      const dot = svg('circle', { cx: x(Date.parse(point.at)), cy: y(Number(point.value)), r: 3.5, fill: colour, 'data-value': point.value });
      dot.append(svg('title', {}, `${dateTime(point.at)}: ${number(point.value)}${point.discrepancy ? ' ≠' : ''}`));
      chart.append(dot);
    }
  }
  const legend = el('p', { class: 'legend' }, ...series.map((one) =>
    el('span', { class: 'key' }, el('i', { style: `background:${COLOURS[one.source] || '#555'}` }), t(`source.${one.source}`))));
  container.replaceChildren(chart, legend);
}

/**
 * Horizontal bars in plain HTML and CSS, one row per item ({key, label, value, note, className}): lengths against
 * `max` (default the largest absolute value); a negative value is drawn hatched, its length its absolute value.
 * Each row carries data-key and data-value (the number as given) for whoever reads the page by its hooks.
 */
export function barList(items, format, { id, max } = {}) {
  const top = max ?? Math.max(0, ...items.map((item) => Math.abs(Number(item.value) || 0)));
  const rows = items.map((item) => {
    const value = Number(item.value) || 0;
    const width = top > 0 ? Math.min(100, (Math.abs(value) / top) * 100) : 0;
    return el('li', { class: `bar-row ${item.className ?? ''}`.trim(), 'data-key': item.key, 'data-value': String(item.value ?? 0) },
      el('span', { class: 'bar-label' }, item.label),
      el('span', { class: 'bar-track' }, el('span', { class: value < 0 ? 'bar-fill negative' : 'bar-fill', style: `width:${width.toFixed(2)}%` })),
      el('span', { class: 'bar-value' }, format(item.value)),
      item.note ? el('small', { class: 'bar-note' }, item.note) : null);
  });
  return el('ul', id ? { class: 'bars', id } : { class: 'bars' }, ...rows);
}

/** A progress bar for a percentage (0–100, more is drawn full); null when nothing can be measured. */
export function progressBar(percentValue, label) {
  const known = percentValue !== null && percentValue !== undefined;
  const shown = known ? Math.max(0, Math.min(100, Number(percentValue))) : 0;
  const attributes = { class: 'progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-label': label };
  if (known) Object.assign(attributes, { 'aria-valuenow': String(Number(percentValue)), 'data-percent': String(Number(percentValue)) });
  return el('span', attributes, el('span', { class: 'progress-fill', style: `width:${shown.toFixed(2)}%` }));
}
