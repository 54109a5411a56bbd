// The damage report form. A report gets its UUID when the form opens and keeps it until it is in the outbox, so
// every retry is the same report to the server. What is typed is saved as a draft on every change, so a reload
// or a flat battery loses nothing.
import * as db from './db.js';
import { currentLang, t } from './i18n.js';
import { versionAt } from './reference.js';
import { validateReport } from './rules.js';
import { createAreaPicker } from './area-picker.js';
import { enqueueDamageReport } from './outbox.js';
import { fieldErrors, problemMessage } from './problems.js';

const $ = (id) => document.getElementById(id);
const DRAFT = 'draft';
const LAST_DISASTER = 'field.lastDisaster';

/** The phone's wall-clock time of an instant, as a datetime-local input wants it. */
function toInput(instant) {
  const d = new Date(instant);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function freshDraft() {
  return {
    reportId: crypto.randomUUID(), ifMatch: null, entryId: null, originalAsOf: null, problem: null,
    values: { disasterId: localStorage.getItem(LAST_DISASTER) ?? '', asOf: toInput(Date.now()), areaCode: '', source: 'GOV', reportType: 'DAILY',
      figures: {}, note: '', location: null },
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

  const picker = createAreaPicker({
    reference,
    onChange: (code) => { draft.values.areaCode = code; $('area-cleared').hidden = true; save(); },
    onLocation: (point) => { draft.values.location = point; save(); },
  });

  function save() {
    db.put('kv', draft, DRAFT).catch(() => undefined);
  }

  function asOfInstant() {
    const typed = $('f-asOf').value;
    if (!typed) {
      return '';
    }
    // an unchanged time keeps the stored instant to the microsecond, so an amendment does not move it
    return draft.originalAsOf && toInput(draft.originalAsOf) === typed ? draft.originalAsOf : new Date(typed).toISOString();
  }

  function syncVersion() {
    const instant = asOfInstant();
    const version = instant ? versionAt(reference, instant) : null;
    if (picker.setVersion(version)) {
      draft.values.areaCode = '';
      $('area-cleared').hidden = false;
    }
  }

  function renderDisasters() {
    const select = $('f-disaster');
    const name = (d) => (currentLang() === 'en' ? d.nameEn : d.nameVi) || d.id;
    select.replaceChildren(new Option(knownDisasters.length ? t('form.disaster.choose') : t('form.disaster.none'), ''));
    knownDisasters.forEach((d) => select.append(new Option(name(d), d.id)));
    const reopened = draft.entryId !== null || draft.ifMatch !== null;
    if (!reopened && knownDisasters.length && !knownDisasters.some((d) => d.id === draft.values.disasterId)) {
      draft.values.disasterId = '';
    }
    if (!draft.values.disasterId && knownDisasters.length === 1) {
      draft.values.disasterId = knownDisasters[0].id;
    }
    select.value = draft.values.disasterId;
    if (draft.values.disasterId && select.value !== draft.values.disasterId) {
      // a disaster the cached list does not know yet stays visible, and the rules say so
      select.append(new Option(draft.values.disasterId, draft.values.disasterId));
      select.value = draft.values.disasterId;
    }
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
        input.autocomplete = 'off';
        input.value = draft.values.figures[indicator.code] ?? '';
        input.addEventListener('input', () => {
          draft.values.figures[indicator.code] = input.value;
          badge.textContent = filledIn(group) ? t('form.figures.filled', { count: filledIn(group) }) : '';
          save();
        });
        const unit = document.createElement('span');
        unit.className = 'unit';
        unit.textContent = t(`unit.${indicator.unit}`);
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

  function clearErrors() {
    form.querySelectorAll('.field.invalid').forEach((el) => el.classList.remove('invalid'));
    form.querySelectorAll('.error').forEach((el) => { el.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    $('form-summary').textContent = '';
  }

  /** Puts each message beside its field (the server's names and ours are the same); the rest above the button. */
  function showErrors(errors) {
    clearErrors();
    const loose = [];
    errors.forEach(({ name, message }) => {
      const field = form.querySelector(`.field[data-field="${CSS.escape(name)}"]`)
        ?? (name.startsWith('location') ? form.querySelector('.field[data-field="areaCode"]') : null);
      if (!field) {
        loose.push(`${name}: ${message}`);
        return;
      }
      field.classList.add('invalid');
      const slot = field.querySelector(':scope > .error, :scope > p.error');
      slot.textContent = slot.textContent ? `${slot.textContent}; ${message}` : message;
      field.querySelectorAll('input, select, textarea').forEach((el) => el.setAttribute('aria-invalid', 'true'));
      field.closest('details')?.setAttribute('open', '');
    });
    $('form-summary').textContent = [t('form.invalid', { count: errors.length }), ...loose].join(' ');
    form.querySelector('.field.invalid')?.scrollIntoView({ block: 'center' });
  }

  function render() {
    const heading = draft.ifMatch !== null ? t('form.amendHeading', { version: draft.ifMatch })
      : draft.problem ? t('form.fixHeading') : t('form.heading');
    $('form-heading').textContent = heading;
    $('form-report-id').textContent = draft.reportId;
    $('f-asOf').value = draft.values.asOf;
    $('f-source').value = draft.values.source;
    $('f-reportType').value = draft.values.reportType;
    $('f-note').value = draft.values.note;
    $('area-cleared').hidden = true;
    $('gps-result').textContent = draft.values.location ? t('form.gps.attached') : '';
    renderDisasters();
    const instant = asOfInstant();
    picker.reset(instant ? versionAt(reference, instant) : null, draft.values.areaCode);
    renderFigures();
    clearErrors();
    const problem = draft.problem;
    $('form-problem').hidden = !problem;
    $('form-problem').textContent = problem ? problemMessage(problem) : '';
    if (problem) {
      const errors = fieldErrors(problem);
      if (errors.length) {
        showErrors(errors);
      }
    }
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
      showErrors(errors);
      return;
    }
    localStorage.setItem(LAST_DISASTER, request.disasterId);
    await enqueueDamageReport(draft.reportId, request, { ifMatch: draft.ifMatch, entryId: draft.entryId });
    load(freshDraft());
    window.scrollTo(0, 0);
    onSaved();
  });

  $('f-discard').addEventListener('click', () => {
    if (window.confirm(t('form.discard.confirm'))) {
      load(freshDraft());
    }
  });

  document.addEventListener('langchange', render);

  return {
    /** Restores the draft left by the last visit, or starts a new report. */
    async start() {
      knownDisasters = disasters();
      const saved = await db.get('kv', DRAFT).catch(() => null);
      load(saved ?? freshDraft());
    },
    setDisasters(list) {
      knownDisasters = list;
      renderDisasters();
    },
    /** Opens an outbox entry to fix or edit it; it keeps its report id and its place in the outbox. */
    editEntry(entry) {
      load(draftOf(entry.reportId, entry.body, { ifMatch: entry.ifMatch, entryId: entry.id, problem: entry.problem }));
    },
    /** Opens a sent report to amend it: the PUT will name the version it replaces. */
    amend(view) {
      load(draftOf(view.reportId, view.content, { ifMatch: view.version }));
    },
  };
}
