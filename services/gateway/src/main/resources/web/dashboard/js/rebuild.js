// The rebuilding panel's data and its first two parts: progress by sector as progress bars (each kind of output,
// and money disbursed against budget; GET /api/v1/totals/rebuild) and the funding gap of the areas below as bars
// (GET /api/v1/funding-gap: budget needed − aid allocated; a surplus is drawn hatched). Targets and lagging units
// are in targets.js.
import { getJson, query } from './api.js';
import { barList, progressBar } from './chart.js';
import { el } from './figures.js';
import { number, percent, t, unit, vnd } from './i18n.js';

/** Everything the panel shows, fetched at once; the funding gap is a now-figure and takes no asOf. */
export async function loadRebuild({ disaster, area, asOf }) {
  const at = query({ disaster, area, asOf });
  const [totals, gap, targets, lagging] = await Promise.all([
    getJson(`/api/v1/totals/rebuild${at}`),
    getJson(`/api/v1/funding-gap${query({ disaster, area })}`),
    getJson(`/api/v1/targets${at}`),
    getJson(`/api/v1/lagging-units${at}`),
  ]);
  return { totals, gap, targets, lagging };
}

function progressRow(key, label, percentValue, detail) {
  return el('li', { 'data-output': key }, el('span', { class: 'bar-label' }, label), progressBar(percentValue, label),
    el('span', { class: 'bar-value' }, percent(percentValue)), el('small', { class: 'bar-note' }, detail));
}

export function renderProgress(container, totals) {
  if (!totals.sectors.length) {
    container.replaceChildren(el('p', { class: 'empty' }, t('progressEmpty')));
    return;
  }
  container.replaceChildren(...totals.sectors.map((sector) => el('section', { class: 'sector', 'data-sector': sector.sector },
    el('h5', {}, t(`sector.${sector.sector}`), el('small', {}, ` · ${t('projects', { count: number(sector.projects) })}`)),
    el('ul', { class: 'progress-list' },
      ...sector.outputs.map((output) => progressRow(`${output.kind}|${output.unit}`, `${output.kind} (${unit(output.unit)})`,
        output.percentComplete, `${number(output.completed)} / ${number(output.target)} ${unit(output.unit)}`)),
      progressRow('disbursed', t('disbursed'), sector.percentDisbursed, `${vnd(sector.disbursedVnd)} / ${vnd(sector.budgetVnd)}`)))));
}

function gapText(value) {
  return value < 0 ? t('surplus', { amount: vnd(-value) }) : vnd(value);
}

export function renderFundingGap(container, gap) {
  if (!gap.budgetVnd && !gap.allocatedVnd) {
    container.replaceChildren(el('p', { class: 'empty' }, t('gapEmpty')));
    return;
  }
  const line = el('p', { class: 'meta', id: 'funding-gap-total', 'data-gap': String(gap.gapVnd) },
    t('gapLine', { budget: vnd(gap.budgetVnd), allocated: vnd(gap.allocatedVnd), gap: gapText(gap.gapVnd) }));
  const children = gap.children.filter((child) => child.budgetVnd || child.allocatedVnd);
  // an area with no areas below (a commune) has its line only
  if (!children.length) {
    container.replaceChildren(line);
    return;
  }
  container.replaceChildren(line, barList(children.map((child) => ({
    key: child.code, label: child.name, value: child.gapVnd,
    note: t('gapLine', { budget: vnd(child.budgetVnd), allocated: vnd(child.allocatedVnd), gap: gapText(child.gapVnd) }),
  })), gapText, { id: 'funding-gap-bars' }));
}
