// The damage report form. A report gets its UUID when the form opens and keeps it until it is in the outbox, so
// every retry is the same report to the server. What is typed is saved as a draft on every change, so a reload
// or a flat battery loses nothing.
import { currentLang, t, unitLabel } from './i18n.js';
import { versionAt } from './reference.js';
import { validateReport } from './rules.js';
import { createAreaPicker } from './area-picker.js';
import { enqueue } from './outbox.js';
import { createPhotoPicker } from './photo-picker.js';
import { describeDamage } from './cards.js';
import {
  afterQueued, clearErrorsOnEdit, echoMoney, fillDisasters, instantOf, onDiscard, renderHeader, saveDraft,
  savedDraft, showErrors, toInput,
} from './form-kit.js';

const $ = (id) => document.getElementById(id);
const DRAFT = 'draft';
const ALIASES = { location: 'areaCode' };
const LAST_DISASTER = 'field.lastDisaster';

function freshDraft() {
  return {
    reportId: crypto.randomUUID(), ifMatch: null, entryId: null, originalAsOf: null, problem: null,
    values: {
      disasterId: localStorage.getItem(LAST_DISASTER) ?? '', asOf: toInput(Date.now()), areaCode: '', source: 'GOV',
      reportType: 'DAILY', figures: {}, note: '', location: null,
    },
    photos: [],
  };
}

/** A form filled with a stored request (an outbox entry or a report's current content). */
function draftOf(reportId, body, extra) {
  return {
    ...freshDraft(), ...extra, reportId, originalAsOf: body.asOf,
    values: {
      disasterId: body.disasterId, asOf: toInput(body.asOf), areaCode: body.areaCode, source: body.source,
      reportType: body.reportType, note: body.note ?? '', location: body.location ?? null,
      figures: Object.fromEntries(Object.entries(body.figures).map(([k, v]) => [k, String(v)])),
    },
  };
}

export function createForm({ reference, disasters, onSaved }) {
  let draft = freshDraft();
  let knownDisasters = [];
  const form = $('report-form');
  clearErrorsOnEdit(form);
  echoMoney(form);

  const picker = createAreaPicker({
    root: form.querySelector('[data-part=area-picker]'),
    reference,
    onChange: (code) => { draft.values.areaCode = code; save(); },
    onLocation: (point) => { draft.values.location = point; save(); },
  });

  const photos = createPhotoPicker({
    photos: () => draft.photos ?? [],
    change: (list) => { draft.photos = list; save(); },
  });

  function save() {
    saveDraft(DRAFT, draft);
  }

  function asOfInstant() {
    return instantOf($('f-asOf').value, draft.originalAsOf);
  }

  function syncVersion() {
    const instant = asOfInstant();
    if (picker.setVersion(instant ? versionAt(reference, instant) : null)) {
      draft.values.areaCode = '';
    }
  }

  function renderDisasters() {
    const reopened = draft.entryId !== null || draft.ifMatch !== null;
    if (!reopened && knownDisasters.length && !knownDisasters.some((d) => d.id === draft.values.disasterId)) {
      draft.values.disasterId = '';
    }
    draft.values.disasterId = fillDisasters($('f-disaster'), knownDisasters, draft.values.disasterId);
  }

  function filledIn(group) {
    return reference.indicators.filter((i) => i.group === group && (draft.values.figures[i.code] ?? '') !== '').length;
  }

  function renderFigures() {
    const open = new Set([...document.querySelectorAll('#figures details[open]')].map((d) => d.dataset.group));
    const groups = reference.groups.map((group, index) => {
      const details = document.createElement('details');
      details.dataset.group = group;
      details.open = open.size ? open.has(group) : index === 0;
      const summary = document.createElement('summary');
      const count = filledIn(group);
      summary.textContent = t(`group.${group}`);
      const badge = document.createElement('span');
      badge.className = 'filled';
      badge.textContent = count ? t('form.figures.filled', { count }) : '';
      summary.append(badge);
      details.append(summary);
      reference.indicators.filter((i) => i.group === group).forEach((indicator) => {
        const wrap = document.createElement('div');
        wrap.className = 'field figure';
        wrap.dataset.field = `figures.${indicator.code}`;
        const label = document.createElement('label');
        label.htmlFor = `fig-${indicator.code}`;
        label.textContent = currentLang() === 'en' ? indicator.nameEn : indicator.nameVi;
        const line = document.createElement('div');
        line.className = 'with-unit';
        const input = document.createElement('input');
        input.id = `fig-${indicator.code}`;
        input.name = `figures.${indicator.code}`;
        input.inputMode = indicator.decimals ? 'decimal' : 'numeric';
        if (indicator.unit === 'VND') {
          input.dataset.money = '';
        }
        input.autocomplete = 'off';
        input.value = draft.values.figures[indicator.code] ?? '';
        input.addEventListener('input', () => {
          draft.values.figures[indicator.code] = input.value;
          badge.textContent = filledIn(group) ? t('form.figures.filled', { count: filledIn(group) }) : '';
          save();
        });
        const unit = document.createElement('span');
        unit.className = 'unit';
        unit.textContent = unitLabel(indicator.unit);
        const error = document.createElement('p');
        error.className = 'error';
        line.append(input, unit);
        wrap.append(label, line, error);
        details.append(wrap);
      });
      return details;
    });
    $('figures').replaceChildren(...groups);
  }

  function render() {
    $('f-asOf').value = draft.values.asOf;
    $('f-source').value = draft.values.source;
    $('f-reportType').value = draft.values.reportType;
    $('f-note').value = draft.values.note;
    renderDisasters();
    const instant = asOfInstant();
    picker.reset(instant ? versionAt(reference, instant) : null, draft.values.areaCode, draft.values.location);
    renderFigures();
    photos.render();
    const heading = draft.ifMatch !== null ? t('form.amendHeading', { version: draft.ifMatch })
      : draft.problem ? t('form.fixHeading') : t('form.heading');
    renderHeader(form, { heading, entityId: draft.reportId, problem: draft.problem, aliases: ALIASES });
  }

  function load(next) {
    draft = next;
    save();
    render();
  }

  form.addEventListener('change', (event) => {
    const el = event.target;
    if (el.id === 'f-disaster') { draft.values.disasterId = el.value; }
    if (el.id === 'f-source') { draft.values.source = el.value; }
    if (el.id === 'f-reportType') { draft.values.reportType = el.value; }
    if (el.id === 'f-asOf') { draft.values.asOf = el.value; syncVersion(); }
    save();
  });
  $('f-note').addEventListener('input', () => { draft.values.note = $('f-note').value; save(); });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = { ...draft.values, asOf: asOfInstant() };
    const { errors, request } = validateReport(values, { reference, disasters: knownDisasters });
    if (errors.length) {
      showErrors(form, errors, ALIASES);
      return;
    }
    localStorage.setItem(LAST_DISASTER, request.disasterId);
    await enqueue({
      kind: 'damage-report', entityId: draft.reportId, path: `/api/v1/damage-reports/${draft.reportId}`, body: request,
      ifMatch: draft.ifMatch, entryId: draft.entryId,
    });
    await photos.enqueueFor(draft.reportId, describeDamage(reference, request).title);
    afterQueued(() => load(freshDraft()), onSaved);
  });

  onDiscard(form, () => load(freshDraft()));

  document.addEventListener('langchange', render);

  return {
    /** Restores the draft left by the last visit, or starts a new report. */
    async start() {
      knownDisasters = disasters();
      const saved = await savedDraft(DRAFT);
      load(saved ?? freshDraft());
    },
    setDisasters(list) {
      knownDisasters = list;
      renderDisasters();
    },
    /** Opens an outbox entry to fix or edit it; it keeps its report id and its place in the outbox. */
    editEntry(entry) {
      load(draftOf(entry.entityId, entry.body, { ifMatch: entry.ifMatch, entryId: entry.id, problem: entry.problem }));
    },
    /** Opens a sent report to amend it: the PUT will name the version it replaces. */
    amend(view) {
      load(draftOf(view.reportId, view.content, { ifMatch: view.version }));
    },
  };
}
