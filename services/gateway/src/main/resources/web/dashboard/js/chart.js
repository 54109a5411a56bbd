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
