// The coordinator dashboard: picks a disaster, shows an area's totals (headline per source, areas below, map,
// history) and its aid and rebuilding panels, follows the live stream, and holds the verification queue and the
// exports. State lives in the URL hash (d=disaster, a=area, s=source, t=as-of, f=figure) so a view can be bookmarked
// or shared.
import { loadAid, renderAid } from './aid.js';
import { download, getJson, isUnknown, query } from './api.js';
import { AreaTree, renderBreadcrumb, renderChildren } from './areas.js';
import { renderHistory } from './chart.js';
import { HEADLINE_CODES, renderHeadline, SOURCES } from './figures.js';
import { dateTime, indicatorName, isoToVietnamInput, lang, setLang, t, time, translate, vietnamInputToIso } from './i18n.js';
import { debounce, LiveStream } from './live.js';
import { loadShapes, renderMap } from './map.js';
import { loadQueue, renderQueue } from './queue.js';
import { loadRebuild, renderFundingGap, renderProgress } from './rebuild.js';
import { renderLagging, renderTargets } from './targets.js';

const $ = (selector) => document.querySelector(selector);
const hash = new URLSearchParams(location.hash.slice(1));
const state = {
  disaster: hash.get('d'), area: hash.get('a'), source: hash.get('s') || 'GOV', asOf: hash.get('t'), figure: hash.get('f') || 'DR-P01',
  disasters: [], catalogue: new Map(), versions: [], tree: null, totals: null, province: null, history: null, queue: null,
  aid: undefined, rebuild: null, connection: 'connecting', updatedAt: null,
};
let generation = 0;
let panelGeneration = 0;

function remember() {
  const params = new URLSearchParams();
  for (const [key, value] of [['d', state.disaster], ['a', state.area], ['s', state.source], ['t', state.asOf], ['f', state.figure]]) {
    if (value) params.set(key, value);
  }
  history.replaceState(null, '', `#${params}`);
}

function showError(error) {
  const banner = $('#error');
  banner.hidden = !error;
  banner.textContent = error ? t('error', { message: error.message }) : '';
}

function renderStatus() {
  const status = $('#live-status');
  const mode = state.asOf ? 'asof' : state.connection;
  status.dataset.state = mode;
  status.querySelector('.label').textContent = t(`live.${mode}`, { time: dateTime(state.asOf) });
  status.querySelector('.updated').textContent = state.updatedAt ? t('updated', { time: time(state.updatedAt) }) : '';
}

function fillSelects() {
  $('#disaster').replaceChildren(...state.disasters.map((d) => new Option(`${lang() === 'en' ? d.nameEn : d.nameVi} (${d.startDate})`, d.id)));
  $('#disaster').value = state.disaster ?? '';
  $('#source').replaceChildren(...['ALL', ...SOURCES].map((s) => new Option(t(`source.${s}`), s)));
  $('#source').value = state.source;
  $('#figure').replaceChildren(...HEADLINE_CODES.map((code) => new Option(indicatorName(state.catalogue.get(code)) || code, code)));
  $('#figure').value = state.figure;
  $('#asof').value = isoToVietnamInput(state.asOf);
}

function open(code) {
  state.area = code;
  remember();
  refreshTotals();
  refreshPanels();
}

/** Draws the totals from what is loaded (no request): after a fetch and after a language or source switch. */
function renderTotals() {
  renderStatus();
  if (!state.totals) return;
  const mapSource = state.source === 'ALL' ? 'GOV' : state.source;
  renderBreadcrumb($('#breadcrumb'), state.tree, state.totals.area.code, open);
  $('#area-name').textContent = state.totals.area.name;
  renderHeadline($('#headline-figures'), state.totals, state.source, state.catalogue);
  renderChildren($('#children'), state.totals, mapSource, state.catalogue, open);
  if (state.province && state.shapes) {
    renderMap($('#map-view'), state.shapes, state.province, state.figure, mapSource, open);
  } else {
    $('#map-view').replaceChildren(Object.assign(document.createElement('p'), { className: 'empty', textContent: t('mapUnavailable') }));
  }
  if (state.history) {
    const shown = state.source === 'ALL' ? SOURCES : [state.source];
    renderHistory($('#history-view'), { ...state.history, series: state.history.series.filter((s) => shown.includes(s.source)) });
  }
}

/** A panel that could not load says so in its place; the rest of the page goes on. */
function panelError(selector, error) {
  $(selector).replaceChildren(Object.assign(document.createElement('p'), { className: 'message', textContent: t('error', { message: error.message }) }));
}

function renderPanels() {
  if (state.aid instanceof Error) panelError('#aid-view', state.aid);
  else if (state.aid !== undefined) renderAid($('#aid-view'), state.aid, { asOf: state.asOf });
  if (state.rebuild instanceof Error) {
    ['#rebuild-progress', '#funding-gap', '#targets', '#lagging-units'].forEach((selector) => panelError(selector, state.rebuild));
  } else if (state.rebuild) {
    renderProgress($('#rebuild-progress'), state.rebuild.totals);
    renderFundingGap($('#funding-gap'), state.rebuild.gap);
    renderTargets($('#targets'), state.rebuild.targets);
    renderLagging($('#lagging-units'), state.rebuild.lagging, (code) => state.tree?.name(code) ?? code);
  }
}

/** Aid and rebuilding for the area shown; each panel fails on its own. */
async function refreshPanels() {
  const mine = ++panelGeneration;
  const scope = { disaster: state.disaster, area: state.area, asOf: state.asOf };
  const [aid, rebuild] = await Promise.all([
    loadAid(scope.disaster, scope.area).catch((error) => error),
    loadRebuild(scope).catch((error) => error),
  ]);
  if (mine !== panelGeneration) return;
  Object.assign(state, { aid, rebuild });
  renderPanels();
}

function renderQueueView(rebuild = false) {
  if (state.queue) renderQueue($('#queue'), state.queue, state.catalogue, (code) => state.tree?.name(code) ?? code, refreshQueue, rebuild);
}

async function refreshTotals() {
  const mine = ++generation;
  const base = { disaster: state.disaster, asOf: state.asOf };
  try {
    const totals = await getJson(`/api/v1/totals/damage${query({ ...base, area: state.area })}`);
    const version = state.versions.find((v) => v.boundaries === totals.boundaries);
    const tree = new AreaTree(version);
    const hasDistricts = version.levels.includes('DISTRICT');
    const [province, historyAnswer, shapes] = await Promise.all([
      !hasDistricts ? null : totals.area.code === tree.root ? totals : getJson(`/api/v1/totals/damage${query(base)}`),
      getJson(`/api/v1/totals/damage/history${query({ ...base, area: totals.area.code, indicator: state.figure })}`).catch(() => null),
      hasDistricts ? loadShapes() : null,
    ]);
    if (mine !== generation) return;
    const namesChanged = state.boundaries !== totals.boundaries;
    Object.assign(state, { totals, tree, province, shapes, history: historyAnswer, boundaries: totals.boundaries, updatedAt: new Date() });
    showError(null);
    renderTotals();
    // the queue and the lagging units name areas from the tree: redraw them once the tree is known (or another one is)
    if (namesChanged) {
      renderQueueView(true);
      renderPanels();
    }
  } catch (error) {
    if (mine !== generation) return;
    if (isUnknown(error, 'disaster')) {
      // declared but nothing consumed yet: the first report will arrive on the stream
      state.totals = null;
      $('#headline-figures').replaceChildren(Object.assign(document.createElement('p'), { className: 'empty', textContent: t('noFigures') }));
      showError(null);
    } else {
      showError(error);
    }
  }
}

async function refreshQueue() {
  try {
    state.queue = await loadQueue(state.disaster);
    renderQueueView();
  } catch (error) {
    showError(error);
  }
}

const refreshAfterChange = debounce(() => { refreshTotals(); refreshQueue(); }, 150);
const refreshPanelsAfterChange = debounce(refreshPanels, 150);
const ofThisDisaster = (refresh) => (change) => { if (!change.disasterId || change.disasterId === state.disaster) refresh(); };

const live = new LiveStream({
  onChange: ofThisDisaster(() => {
    refreshAfterChange();
    // a disaster the aggregation did not know yet when the panels asked is known now
    if (state.aid instanceof Error || state.rebuild instanceof Error) refreshPanelsAfterChange();
  }),
  // aid moves the funding gap too, so either change redraws both panels
  on: { 'aid-totals': ofThisDisaster(refreshPanelsAfterChange), 'rebuild-totals': ofThisDisaster(refreshPanelsAfterChange) },
  onResync: () => { refreshAfterChange(); refreshPanelsAfterChange(); },
  onState: (connection) => { state.connection = connection; renderStatus(); },
});

function selectDisaster(id, area = null) {
  state.disaster = id;
  state.area = area;
  state.totals = null;
  remember();
  live.open(id);
  refreshTotals();
  refreshPanels();
  refreshQueue();
}

function bind() {
  $('#disaster').addEventListener('change', (event) => selectDisaster(event.target.value));
  $('#source').addEventListener('change', (event) => { state.source = event.target.value; remember(); renderTotals(); });
  $('#figure').addEventListener('change', (event) => { state.figure = event.target.value; remember(); refreshTotals(); });
  $('#asof').addEventListener('change', (event) => {
    state.asOf = vietnamInputToIso(event.target.value); remember(); renderStatus(); refreshTotals(); refreshPanels();
  });
  $('#now').addEventListener('click', () => { state.asOf = null; $('#asof').value = ''; remember(); renderStatus(); refreshTotals(); refreshPanels(); });
  $('#lang').addEventListener('click', () => {
    setLang(lang() === 'vi' ? 'en' : 'vi');
    translate();
    fillSelects();
    renderTotals();
    renderPanels();
    renderQueueView(true);
  });
  const exportTo = (extension) => () => download(`/api/v1/exports/damage.${extension}${query({
    disaster: state.disaster, asOf: state.asOf, source: state.source === 'ALL' ? null : state.source, lang: lang(),
  })}`, `damage-${state.disaster}.${extension}`).catch(showError);
  $('#export-csv').addEventListener('click', exportTo('csv'));
  $('#export-geojson').addEventListener('click', exportTo('geojson'));
  // aid and rebuilding exports are of every area now: they take the disaster only
  const exportOf = (name) => () => download(`/api/v1/exports/${name}.csv${query({ disaster: state.disaster })}`,
    `${name}-${state.disaster}.csv`).catch(showError);
  $('#export-aid-csv').addEventListener('click', exportOf('aid'));
  $('#export-rebuild-csv').addEventListener('click', exportOf('rebuild'));
}

async function start() {
  translate();
  bind();
  try {
    const [disasters, indicators, versions] = await Promise.all([
      getJson('/api/v1/disasters'), getJson('/api/v1/totals/indicators'), getJson('/api/v1/totals/areas')]);
    state.disasters = disasters.sort((a, b) => b.startDate.localeCompare(a.startDate) || a.id.localeCompare(b.id));
    state.catalogue = new Map(indicators.map((indicator) => [indicator.code, indicator]));
    state.versions = versions;
    if (!state.disasters.some((d) => d.id === state.disaster)) state.disaster = state.disasters[0]?.id ?? null;
    fillSelects();
    if (!state.disaster) {
      showError(null);
      $('#headline-figures').textContent = t('noDisasters');
      return;
    }
    selectDisaster(state.disaster, state.area);
  } catch (error) {
    showError(error);
  }
}

start();
