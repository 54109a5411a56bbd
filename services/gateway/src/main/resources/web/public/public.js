// The public page (no login): the province's headline figures as reported by the authorities (source GOV) beside
// the aid ledger (ledger.js), both kept live by the stream.
import { getJson, query } from '/dashboard/js/api.js';
import { el, indexFigures } from '/dashboard/js/figures.js';
import { dateTime, indicatorName, lang, number, setLang, t, time, translate, unit } from '/dashboard/js/i18n.js';
import { debounce, LiveStream } from '/dashboard/js/live.js';
import { loadLedger, renderLedger } from './ledger.js';

const SHOWN = ['DR-P01', 'DR-P02', 'DR-P03', 'DR-H01', 'DR-H02', 'DR-E01', 'DR-Y01', 'DR-T02', 'DR-L03'];
const $ = (selector) => document.querySelector(selector);
const state = { disaster: null, disasters: [], catalogue: new Map(), totals: null, ledger: null, connection: 'connecting', updatedAt: null };
let ledgerGeneration = 0;

function renderStatus() {
  const status = $('#live-status');
  status.dataset.state = state.connection;
  status.querySelector('.label').textContent = t(`live.${state.connection}`);
  status.querySelector('.updated').textContent = state.updatedAt ? t('updated', { time: time(state.updatedAt) }) : '';
}

function renderLedgerView() {
  if (state.ledger instanceof Error) $('#ledger-view').replaceChildren(el('p', { class: 'message' }, t('error', { message: state.ledger.message })));
  else if (state.ledger) renderLedger($('#ledger-view'), state.ledger, () => refreshLedger(state.ledger.pages + 1));
}

/** The ledger's first `pages` pages (a live change keeps as many pages as are shown). */
async function refreshLedger(pages = state.ledger?.pages ?? 1) {
  const mine = ++ledgerGeneration;
  const ledger = await loadLedger(state.disaster, pages).catch((error) => error);
  if (mine !== ledgerGeneration) return;
  state.ledger = ledger;
  renderLedgerView();
}

function render() {
  renderStatus();
  renderLedgerView();
  $('#disaster').replaceChildren(...state.disasters.map((d) => new Option(lang() === 'en' ? d.nameEn : d.nameVi, d.id)));
  $('#disaster').value = state.disaster ?? '';
  if (!state.totals) {
    $('#cards').replaceChildren(el('p', { class: 'empty' }, t('noFigures')));
    return;
  }
  $('#area-name').textContent = state.totals.area.name;
  const byKey = indexFigures(state.totals.figures);
  $('#cards').replaceChildren(...SHOWN.map((code) => {
    const indicator = state.catalogue.get(code);
    const figure = byKey.get(`${code}|GOV`);
    return el('div', { class: 'card', 'data-figure': code, title: figure?.reportedAsOf ? dateTime(figure.reportedAsOf) : '' },
      el('div', { class: number(figure?.value).length > 9 ? 'figure long' : 'figure' }, number(figure?.value)),
      el('div', { class: 'name' }, `${indicatorName(indicator)} (${unit(indicator?.unit ?? '')})`));
  }));
}

async function refresh() {
  try {
    state.totals = await getJson(`/api/v1/totals/damage${query({ disaster: state.disaster, source: 'GOV' })}`);
    state.updatedAt = new Date();
    $('#error').hidden = true;
  } catch (error) {
    state.totals = null;
    if (error.status !== 404) {
      $('#error').hidden = false;
      $('#error').textContent = t('error', { message: error.message });
    }
  }
  render();
}

const live = new LiveStream({
  onChange: debounce(refresh, 150),
  on: { 'aid-totals': debounce(() => refreshLedger(), 150) },
  onResync: () => { refresh(); refreshLedger(); },
  onState: (connection) => { state.connection = connection; renderStatus(); },
});

function select(id) {
  state.disaster = id;
  state.ledger = null;
  live.open(id);
  refresh();
  refreshLedger(1);
}

async function start() {
  translate();
  $('#lang').addEventListener('click', () => { setLang(lang() === 'vi' ? 'en' : 'vi'); translate(); render(); });
  $('#disaster').addEventListener('change', (event) => select(event.target.value));
  const [disasters, indicators] = await Promise.all([getJson('/api/v1/disasters'), getJson('/api/v1/totals/indicators')]);
  state.disasters = disasters.sort((a, b) => b.startDate.localeCompare(a.startDate) || a.id.localeCompare(b.id));
  state.catalogue = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  if (state.disasters.length) select(state.disasters[0].id);
  else render();
}

start();
