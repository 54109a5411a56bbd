// What the server's refusals mean to an officer: a sentence for the whole report, and each invalid-params entry
// as a message for the field it names (the form shows it beside that field).
import { t } from './i18n.js';

const KNOWN_REASONS = [
  { name: 'asOf', pattern: /future/i, key: 'rule.futureClock' },
];

/** [{name, message}] from a problem's invalid-params, in the officer's language where the reason is known. */
export function fieldErrors(problem) {
  return (problem?.['invalid-params'] ?? []).map(({ name, reason }) => {
    const known = KNOWN_REASONS.find((k) => k.name === name && k.pattern.test(reason ?? ''));
    return { name, message: known ? t(known.key) : t('rule.server', { reason }) };
  });
}

/** One line for the report as a whole: what happened, then the server's own words. */
export function problemMessage(problem) {
  const general = t(`problem.${problem.status}`);
  // refused fields are shown beside each field, so the server's summary of them would only repeat them
  const detail = problem['invalid-params']?.length ? '' : problem.detail ?? problem.title ?? '';
  if (general === `problem.${problem.status}`) {
    return `${problem.status}: ${detail}`;
  }
  return detail ? `${general} (${detail})` : general;
}
