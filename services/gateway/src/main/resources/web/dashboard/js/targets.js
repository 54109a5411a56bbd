// The targets board (GET /api/v1/targets: a count line like "4 trên 18 chậm tiến độ", then the targets in three
// columns, off track first) and the lagging-units ranking (GET /api/v1/lagging-units: worst first, each unit
// opening onto its projects against their own schedules).
import { el } from './figures.js';
import { date, lang, number, percent, t, unit } from './i18n.js';

export const STATUSES = ['OFF_TRACK', 'AT_RISK', 'ON_TRACK'];

function badge(status) {
  return el('span', { class: `status status-${status}`, 'data-status': status }, t(`status.${status}`));
}

function ofPlan(percentOfPlan) {
  return percentOfPlan === null || percentOfPlan === undefined ? t('nothingDue') : t('ofPlan', { percent: percent(percentOfPlan) });
}

function targetCard(target) {
  return el('li', { 'data-target': target.targetId, 'data-status': target.status },
    el('strong', {}, lang() === 'en' ? target.nameEn : target.nameVi),
    el('span', { class: 'meta' }, `${target.responsibleUnit.name} · ${t('targetLine', {
      achieved: number(target.achieved), planned: number(target.plannedValue), unit: unit(target.unit), deadline: date(target.deadline),
    })}`),
    el('span', { class: 'meta' }, ofPlan(target.percentOfPlan)));
}

export function renderTargets(container, answer) {
  if (!answer.targets.length) {
    container.replaceChildren(el('p', { class: 'empty' }, t('targetsEmpty')));
    return;
  }
  const { summary } = answer;
  const line = el('p', { id: 'targets-summary', class: 'summary', 'data-off-track': String(summary.offTrack), 'data-total': String(summary.total) },
    t('targetsSummary', { off: number(summary.offTrack), total: number(summary.total) }),
    summary.atRisk ? el('span', { class: 'meta' }, ` · ${t('targetsAtRisk', { count: number(summary.atRisk) })}`) : null);
  const columns = STATUSES.map((status) => {
    const mine = answer.targets.filter((target) => target.status === status);
    return el('section', { class: `board-column status-${status}`, 'data-status': status },
      el('h5', {}, badge(status), ` ${number(mine.length)}`), el('ol', {}, ...mine.map(targetCard)));
  });
  container.replaceChildren(line, el('div', { class: 'board', id: 'targets-board' }, ...columns));
}

function projectsTable(projects, areaName) {
  const head = el('tr', {}, ...[t('project'), t('area'), t('done'), t('expected'), '%', ''].map((text, index) =>
    el('th', { scope: 'col', class: index >= 2 && index <= 4 ? 'num' : '' }, text)));
  const rows = projects.map((project) => el('tr', { 'data-project': project.projectId, class: project.lagging ? 'lagging' : '' },
    el('th', { scope: 'row' }, project.title), el('td', {}, areaName(project.areaCode)),
    el('td', { class: 'num' }, `${number(project.achieved)} ${unit(project.unit)}`),
    el('td', { class: 'num' }, `${number(project.expected)} / ${number(project.target)}`),
    el('td', { class: 'num' }, percent(project.percentOfPlan)), el('td', {}, badge(project.status))));
  return el('div', { class: 'scroll' }, el('table', { class: 'projects' }, el('thead', {}, head), el('tbody', {}, ...rows)));
}

export function renderLagging(container, answer, areaName) {
  if (!answer.units.length) {
    container.replaceChildren(el('p', { class: 'empty' }, t('laggingEmpty')));
    return;
  }
  // an opened unit stays open across the redraws live changes cause
  const open = new Set([...container.querySelectorAll('li[data-unit] details[open]')].map((details) => details.closest('li').dataset.unit));
  container.replaceChildren(el('ol', { id: 'lagging-list', class: 'ranking' }, ...answer.units.map((line) =>
    el('li', { 'data-unit': line.code, 'data-rank': String(line.rank), 'data-status': line.status },
      el('details', open.has(line.code) ? { open: '' } : {},
        el('summary', {}, el('span', { class: 'rank' }, `${line.rank}.`), ' ', el('strong', {}, line.name), ' ', badge(line.status),
          el('span', { class: 'meta' }, ` ${ofPlan(line.percentOfPlan)} · ${t('laggingProjects', { count: number(line.laggingProjects) })}`)),
        projectsTable(line.projects, areaName))))));
}
