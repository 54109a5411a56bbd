// Drill-down: the breadcrumb from the province to the area shown, and the table of the areas below it.
// Clicking a row (or pressing Enter on it) opens that area; a breadcrumb link goes back up.
import { el, discrepancyMarker, indexFigures, TABLE_CODES } from './figures.js';
import { indicatorName, number, t } from './i18n.js';

/** The areas of one boundary version by code, with the path from the province down to any of them. */
export class AreaTree {
  constructor(version) {
    this.byCode = new Map(version.areas.map((area) => [area.code, area]));
    this.root = version.areas[0]?.code;
  }

  name(code) {
    return this.byCode.get(code)?.name ?? code;
  }

  /** Codes from the province to `code`, both included. */
  path(code) {
    const path = [];
    for (let at = this.byCode.get(code); at; at = this.byCode.get(at.parentCode)) path.unshift(at.code);
    return path.length ? path : [code];
  }
}

export function renderBreadcrumb(nav, tree, areaCode, onOpen) {
  const path = tree.path(areaCode);
  const items = path.map((code, index) => {
    if (index === path.length - 1) return el('li', {}, el('span', { 'data-area': code, 'aria-current': 'page' }, tree.name(code)));
    const link = el('a', { href: '#', 'data-area': code }, tree.name(code));
    link.addEventListener('click', (event) => { event.preventDefault(); onOpen(code); });
    return el('li', {}, link);
  });
  nav.replaceChildren(el('ol', {}, ...items));
}

/** One row per area below, figures of `source`; rows open the area. */
export function renderChildren(container, totals, source, catalogue, onOpen) {
  if (!totals.children.length) {
    container.replaceChildren(el('p', { class: 'empty' }, t('noChildren')));
    return;
  }
  const head = el('tr', {}, el('th', { scope: 'col' }, t('area')),
    ...TABLE_CODES.map((code) => el('th', { scope: 'col', class: 'num', title: indicatorName(catalogue.get(code)) }, t(`short.${code}`))));
  const body = el('tbody');
  for (const child of totals.children) {
    const byKey = indexFigures(child.figures);
    const row = el('tr', { class: 'area-row', 'data-area': child.code, tabIndex: 0 },
      el('th', { scope: 'row' }, child.name));
    for (const code of TABLE_CODES) {
      const figure = byKey.get(`${code}|${source}`);
      row.append(el('td', { class: 'num', 'data-figure': code }, number(figure?.value), discrepancyMarker(figure)));
    }
    row.addEventListener('click', () => onOpen(child.code));
    row.addEventListener('keydown', (event) => { if (event.key === 'Enter') onOpen(child.code); });
    body.append(row);
  }
  container.replaceChildren(el('div', { class: 'scroll' }, el('table', { class: 'areas', id: 'areas-table' }, el('thead', {}, head), body)));
}
