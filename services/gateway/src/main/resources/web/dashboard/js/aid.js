// The aid panel: aid in the area shown (it and every area below) by state — pledged, received, allocated,
// distributed — as bars of VND value (GET /api/v1/totals/aid), and by donor type when the answer carries byDonorType.
// A pledge is shown but is not funding. Aid has no as-of: it is always the figure of now.
import { getJson, isUnknown, query } from './api.js';
import { barList } from './chart.js';
import { el } from './figures.js';
import { number, t, vnd } from './i18n.js';

export const STATES = ['pledged', 'received', 'allocated', 'distributed'];
/** The contract's donor types, then POOLED: allocations and distributions from the pooled fund, which name no donor. */
const DONOR_TYPES = ['STATE', 'LOCALITY', 'ORGANISATION', 'BUSINESS', 'INDIVIDUAL', 'INTERNATIONAL', 'POOLED'];

/** The aid answer; null for a disaster the aggregation has not heard of yet (nothing to show, not an error). */
export async function loadAid(disaster, area) {
  try {
    return await getJson(`/api/v1/totals/aid${query({ disaster, area })}`);
  } catch (error) {
    if (isUnknown(error, 'disaster')) return null;
    throw error;
  }
}

function donorCount(stateTotals) {
  return Object.values(stateTotals?.donors ?? {}).reduce((sum, count) => sum + count, 0);
}

function note(state, totals) {
  const parts = [];
  if (state === 'pledged') parts.push(t('pledgedNote'));
  if (donorCount(totals)) parts.push(t('donors', { count: number(donorCount(totals)) }));
  if (totals?.households) parts.push(t('households', { count: number(totals.households) }));
  return parts.join(' · ');
}

/** The donor types that gave anything, in the contract's order (the answer lists every type, zero where none gave). */
function givingTypes(answer) {
  return [...DONOR_TYPES.filter((type) => type in answer), ...Object.keys(answer).filter((type) => !DONOR_TYPES.includes(type))]
    .filter((type) => STATES.some((state) => Number(answer[type]?.[state])));
}

/** One group of four bars per donor type that gave, all on one scale so types compare at a glance. */
function byDonorType(answer, types) {
  const max = Math.max(0, ...types.flatMap((type) => STATES.map((state) => Number(answer[type]?.[state]) || 0)));
  return el('div', { id: 'aid-by-donor-type', class: 'donor-types' }, ...types.map((type) =>
    el('section', { class: 'donor-type', 'data-donor-type': type }, el('h5', {}, t(`donor.${type}`)),
      barList(STATES.map((state) => ({ key: state, className: `state-${state}`, label: t(`aid.${state}`), value: answer[type]?.[state] ?? 0 })),
        vnd, { max }))));
}

export function renderAid(container, aid, { asOf } = {}) {
  if (!aid) {
    container.replaceChildren(el('p', { class: 'empty' }, t('aidEmpty')));
    return;
  }
  const states = STATES.map((state) => ({
    key: state, className: `state-${state}`, label: t(`aid.${state}`), value: aid[state]?.valueVnd ?? 0, note: note(state, aid[state]),
  }));
  const main = el('div', { class: 'block' }, el('h4', {}, t('aidByState')), barList(states, vnd, { id: 'aid-by-state' }),
    states.every((state) => !state.value) ? el('p', { class: 'empty' }, t('aidEmpty')) : null,
    asOf ? el('p', { class: 'meta' }, t('aidNow')) : null);
  // an answer without byDonorType (an older aggregation service) has nothing true to draw by donor type
  const giving = aid.byDonorType ? givingTypes(aid.byDonorType) : [];
  const types = giving.length ? el('div', { class: 'block' }, el('h4', {}, t('aidByDonorType')), byDonorType(aid.byDonorType, giving)) : null;
  container.replaceChildren(...[main, types].filter(Boolean));
}
