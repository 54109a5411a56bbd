// The rebuild service's rules for a progress update, checked on the phone: a status, asOf not in the future, a
// completed quantity between nothing and the project's target (whole unless the unit is a measure) that agrees with
// the status, and whole đồng disbursed. Names are the server's (completedQuantity, disbursedVnd).
import { formatNumber, t, unitLabel } from './i18n.js';
import { MEASURE_UNITS } from './reference.js';
import { ALLOWED_CLOCK_SKEW_MS, checkedNote, parseFigure } from './rules.js';

export const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED'];

/** {errors, request}: request is the PUT /recovery-projects/{id}/progress/{updateId} body. project: its content. */
export function validateProgress(values, { project, now = Date.now() }) {
  const errors = [];
  const fail = (name, message) => errors.push({ name, message });
  if (!project) {
    fail('projectId', t('rule.required'));
  }
  if (!STATUSES.includes(values.status)) {
    fail('status', t('rule.required'));
  }
  const asOf = values.asOf ? new Date(values.asOf) : null;
  if (!asOf || Number.isNaN(asOf.getTime())) {
    fail('asOf', t('rule.required'));
  } else if (asOf.getTime() > now + ALLOWED_CLOCK_SKEW_MS) {
    fail('asOf', t('rule.future'));
  }
  const unit = project?.target.unit ?? '';
  const target = Number(project?.target.quantity ?? 0);
  const completed = parseFigure(values.completed, { unit, decimals: MEASURE_UNITS.has(unit.toLowerCase()) });
  if (completed.error) {
    fail('completedQuantity', completed.error);
  } else if (completed.value === null) {
    fail('completedQuantity', t('rule.required'));
  } else if (project && completed.value > target) {
    fail('completedQuantity', t('rule.overTarget', { target: formatNumber(target), unit: unitLabel(unit) }));
  } else if (values.status === 'NOT_STARTED' && completed.value !== 0) {
    fail('completedQuantity', t('rule.notStarted'));
  } else if (project && values.status === 'COMPLETED' && completed.value !== target) {
    fail('completedQuantity', t('rule.completed', { target: formatNumber(target), unit: unitLabel(unit) }));
  }
  const disbursed = parseFigure(values.disbursed, { unit: 'VND', decimals: false });
  if (disbursed.error) {
    fail('disbursedVnd', disbursed.error);
  }
  const note = checkedNote(values.note, fail);
  if (errors.length) {
    return { errors, request: null };
  }
  const request = {
    asOf: asOf.toISOString(), completedQuantity: completed.value, disbursedVnd: disbursed.value ?? 0, status: values.status,
  };
  if (note) {
    request.note = note;
  }
  return { errors, request };
}
