// "Tiến độ / Progress": how far a recovery project has come as of a time (cumulative), sent as
// PUT /api/v1/recovery-projects/{projectId}/progress/{updateId}. Projects are found by name or area; the phone
// keeps the last list it read, so an update can be written offline.
import { formatNumber, t, unitLabel } from './i18n.js';
import { areaLabel, fold, versionAt } from './reference.js';
import { STATUSES, validateProgress } from './progress-rules.js';
import { enqueue } from './outbox.js';
import {
  afterQueued, clearErrorsOnEdit, echoMoney, instantOf, onDiscard, renderHeader, saveDraft, savedDraft, showErrors,
  toInput,
} from './form-kit.js';

const $ = (id) => document.getElementById(id);
const DRAFT = 'draft:progress';

function freshDraft() {
  return {
    updateId: crypto.randomUUID(), entryId: null, originalAsOf: null, problem: null, project: null,
    values: { asOf: toInput(Date.now()), status: 'IN_PROGRESS', completed: '', disbursed: '', note: '' },
  };
}

function draftOf(entry) {
  const body = entry.body;
  return {
    ...freshDraft(), updateId: entry.entityId, entryId: entry.id, problem: entry.problem, originalAsOf: body.asOf,
    project: entry.meta.project,
    values: { asOf: toInput(body.asOf), status: body.status, completed: String(body.completedQuantity),
      disbursed: String(body.disbursedVnd), note: body.note ?? '' },
  };
}

export function createProgressForm({ reference, projects, onSaved }) {
  let draft = freshDraft();
  const form = $('progress-form');
  clearErrorsOnEdit(form);
  echoMoney(form);
  const save = () => saveDraft(DRAFT, draft);

  function projectLabel(project) {
    const area = areaLabel(versionAt(reference, `${project.content.plannedStart}T00:00:00+07:00`), project.content.areaCode);
    return `${project.content.title} — ${area}`;
  }

  function choose(project) {
    draft.project = project && { id: project.id, label: projectLabel(project), target: project.content.target };
    $('p-search').value = '';
    $('p-results').replaceChildren();
    renderProject();
    save();
  }

  function renderProject() {
    const project = draft.project;
    $('p-chosen').textContent = project ? project.label : t('progress.none');
    $('p-chosen').classList.toggle('empty', !project);
    $('p-unit').textContent = project ? unitLabel(project.target.unit) : '';
    $('p-target').textContent = project
      ? t('progress.target', { target: formatNumber(project.target.quantity), unit: unitLabel(project.target.unit) }) : '';
  }

  function render() {
    const statuses = $('p-status');
    statuses.replaceChildren(...STATUSES.map((s) => new Option(t(`progress.status.${s}`), s)));
    statuses.value = draft.values.status;
    $('p-asOf').value = draft.values.asOf;
    $('p-completed').value = draft.values.completed;
    $('p-disbursed').value = draft.values.disbursed;
    $('p-note').value = draft.values.note;
    const count = projects().length;
    $('p-projects-status').textContent = count ? t('progress.projects', { count }) : t('progress.noProjects');
    renderProject();
    renderHeader(form, { heading: t(draft.problem ? 'progress.fixHeading' : 'progress.heading'), entityId: draft.updateId,
      problem: draft.problem });
  }

  function load(next) {
    draft = next;
    save();
    render();
  }

  $('p-search').addEventListener('input', () => {
    const words = fold($('p-search').value).split(/\s+/).filter(Boolean);
    const matches = (project) => words.every((w) => fold(projectLabel(project)).includes(w));
    const found = words.length ? projects().filter(matches).slice(0, 12) : [];
    $('p-results').replaceChildren(...found.map((project) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'choice';
      b.dataset.projectId = project.id;
      b.textContent = projectLabel(project);
      b.addEventListener('click', () => choose(project));
      li.append(b);
      return li;
    }));
  });
  const fields = { 'p-asOf': 'asOf', 'p-status': 'status', 'p-completed': 'completed', 'p-disbursed': 'disbursed',
    'p-note': 'note' };
  form.addEventListener('input', (event) => {
    const key = fields[event.target.id];
    if (key) {
      draft.values[key] = event.target.value;
      save();
    }
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = { ...draft.values, asOf: instantOf(draft.values.asOf, draft.originalAsOf) };
    const { errors, request } = validateProgress(values, { project: draft.project });
    if (errors.length) {
      showErrors(form, errors);
      return;
    }
    const { project } = draft;
    await enqueue({ kind: 'progress', entityId: draft.updateId, entryId: draft.entryId, body: request,
      path: `/api/v1/recovery-projects/${project.id}/progress/${draft.updateId}`,
      meta: { project, projectTitle: project.label, target: project.target.quantity, unit: unitLabel(project.target.unit) } });
    afterQueued(() => load(freshDraft()), onSaved);
  });
  onDiscard(form, () => load(freshDraft()));
  document.addEventListener('langchange', render);

  return {
    async start() {
      load((await savedDraft(DRAFT)) ?? freshDraft());
    },
    refresh() {
      render();
    },
    editEntry(entry) {
      load(draftOf(entry));
    },
  };
}
