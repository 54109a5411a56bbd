// Headline figures: the catalogue groups coordinators look at first, with the indicators shown for each, read
// from the totals API. Each cell shows the headline value, the areas-below sum beside it and a marker when the
// area's own report and that sum differ.
import { dateTime, indicatorName, number, t, unit } from './i18n.js';

export const SOURCES = ['GOV', 'ORG', 'COMMUNITY'];

/** Catalogue group → the indicators of it on the headline (codes of services/contracts indicators.csv). */
export const HEADLINE = [
  ['people', ['DR-P01', 'DR-P02', 'DR-P03']],
  ['housing', ['DR-H01', 'DR-H02', 'DR-H03', 'DR-H04']],
  ['education', ['DR-E01']],
  ['health', ['DR-Y01']],
  ['transport', ['DR-T01', 'DR-T02']],
  ['agriculture', ['DR-A01', 'DR-A02', 'DR-A05']],
  ['economic-loss', ['DR-L03']],
];

export const HEADLINE_CODES = HEADLINE.flatMap(([, codes]) => codes);

/** The columns of the areas table: a few figures that tell areas apart at a glance. */
export const TABLE_CODES = ['DR-P01', 'DR-P02', 'DR-P03', 'DR-H01', 'DR-L03'];

/** figures (from the API) indexed by "indicator|source". */
export function indexFigures(figures) {
  return new Map((figures || []).map((figure) => [`${figure.indicator}|${figure.source}`, figure]));
}

/** The sources to show: the one chosen, or every source with a figure when comparing ("ALL"). */
export function shownSources(choice, figures) {
  if (choice !== 'ALL') return [choice];
  const present = new Set((figures || []).map((figure) => figure.source));
  const sources = SOURCES.filter((source) => present.has(source));
  return sources.length ? sources : ['GOV'];
}

/** A DOM element: "class" sets the class, a camelCase DOM property (tabIndex, maxLength) is set as such, anything else as an attribute. */
function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'class') element.className = value;
    else if (name !== name.toLowerCase() || name === 'type' || name === 'name' || name === 'href' || name === 'placeholder') element[name] = value;
    else element.setAttribute(name, value);
  }
  element.append(...children.filter((child) => child !== null && child !== undefined));
  return element;
}

export { el };

const waiting = new WeakMap();
const observer = new IntersectionObserver((entries) => {
  for (const entry of entries.filter((one) => one.isIntersecting)) {
    observer.unobserve(entry.target);
    waiting.get(entry.target)?.();
    waiting.delete(entry.target);
  }
});

/** Calls `load` once, when `element` first scrolls into view: what is never looked at is never fetched. */
export function onceVisible(element, load) {
  waiting.set(element, load);
  observer.observe(element);
}

/** The discrepancy marker, or null: visible text plus a title saying both numbers. */
export function discrepancyMarker(figure) {
  if (!figure || !figure.discrepancy) return null;
  return el('span', { class: 'discrepancy', title: t('discrepancy', { reported: number(figure.reported), sum: number(figure.childrenSum) }) }, '≠');
}

/** Renders the headline table of an area into `container`. */
export function renderHeadline(container, totals, sourceChoice, catalogue) {
  const sources = shownSources(sourceChoice, totals.figures);
  const byKey = indexFigures(totals.figures);
  const table = el('table', { class: 'headline', id: 'headline' });
  const head = el('tr', {}, el('th', { scope: 'col' }, t('indicator')));
  for (const source of sources) {
    head.append(el('th', { scope: 'col', class: 'num', title: t(`source.${source}`) }, `${t('value')} · ${t(`source.${source}`)}`),
      el('th', { scope: 'col', class: 'num children-col' }, t('childrenSum')));
  }
  table.append(el('thead', {}, head));
  for (const [group, codes] of HEADLINE) {
    const body = el('tbody', { 'data-group': group });
    body.append(el('tr', { class: 'group' }, el('th', { scope: 'rowgroup', colspan: String(1 + 2 * sources.length) }, t(`group.${group}`))));
    for (const code of codes) {
      const indicator = catalogue.get(code);
      const row = el('tr', { 'data-indicator': code },
        el('th', { scope: 'row', title: code }, indicatorName(indicator) || code, indicator ? el('small', {}, ` (${unit(indicator.unit)})`) : null));
      for (const source of sources) {
        const figure = byKey.get(`${code}|${source}`);
        const value = el('td', { class: 'num', 'data-figure': code, 'data-source': source },
          el('span', { class: 'value' }, number(figure?.value)), discrepancyMarker(figure));
        if (figure?.reportedAsOf || figure?.childrenAsOf) value.title = dateTime(figure.reportedAsOf || figure.childrenAsOf);
        row.append(value, el('td', { class: 'num children-sum', 'data-children-of': `${code}|${source}` }, number(figure?.childrenSum)));
      }
      body.append(row);
    }
    table.append(body);
  }
  const wrapper = el('div', { class: 'scroll' }, table);
  container.replaceChildren(wrapper);
  if (!totals.figures.length) container.append(el('p', { class: 'empty' }, t('noFigures')));
}
