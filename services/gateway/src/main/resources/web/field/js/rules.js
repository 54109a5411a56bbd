// The damage-service's rules, checked on the phone so an officer offline learns at once what to fix:
// a declared disaster, asOf not in the future (with the server's 5-minute allowance), an area valid on the
// report's own date, known indicators, values not negative and whole unless the unit is a measure.
// Each error names its field the way the server's invalid-params do (areaCode, figures.DR-P01).
import { t, unitLabel } from './i18n.js';
import { versionAt } from './reference.js';

export const ALLOWED_CLOCK_SKEW_MS = 5 * 60 * 1000;
const NOTE_MAX = 2000;

/** The trimmed note; a note too long for the services is reported under "note". */
export function checkedNote(note, fail) {
  const text = (note ?? '').trim();
  if (text.length > NOTE_MAX) {
    fail('note', t('rule.tooLong', { max: NOTE_MAX }));
  }
  return text;
}

/** A typed figure as a number, or the reason it is not one; blanks are "not reported" (null value). */
export function parseFigure(raw, indicator) {
  const text = String(raw ?? '').replace(/[\s\u00a0]/g, '');
  if (text === '') {
    return { value: null };
  }
  if (/^-\d/.test(text)) {
    return { error: t('rule.negative') };
  }
  if (!indicator.decimals) {
    if (/^\d+$/.test(text)) {
      const value = Number(text);
      return Number.isSafeInteger(value) ? { value } : { error: t('rule.tooLarge') };
    }
    return /^\d*[.,]\d+$/.test(text) ? { error: t('rule.whole', { unit: unitLabel(indicator.unit) }) }
      : { error: t('rule.notNumber') };
  }
  if (!/^\d+([.,]\d+)?$/.test(text)) {
    return { error: t('rule.notNumber') };
  }
  const value = Number(text.replace(',', '.'));
  return value > Number.MAX_SAFE_INTEGER ? { error: t('rule.tooLarge') } : { value };
}

/**
 * Checks a form's values; returns {errors: [{name, message}], request} where request is the PUT body
 * (only when there are no errors). figures holds the raw texts typed, keyed by indicator code.
 */
export function validateReport(values, { reference, disasters, now = Date.now() }) {
  const errors = [];
  const fail = (name, message) => errors.push({ name, message });
  if (!values.disasterId) {
    fail('disasterId', t('rule.required'));
  } else if (disasters.length && !disasters.some((d) => d.id === values.disasterId)) {
    fail('disasterId', t('rule.disasterUnknown'));
  }
  // as on the server: a time in the future is the one fault of asOf, and the area is checked only against a
  // plausible date (a date before every boundary version makes the area, not the date, invalid)
  const asOf = values.asOf ? new Date(values.asOf) : null;
  const asOfValid = asOf !== null && !Number.isNaN(asOf.getTime());
  if (!asOfValid) {
    fail('asOf', t('rule.required'));
  } else if (asOf.getTime() > now + ALLOWED_CLOCK_SKEW_MS) {
    fail('asOf', t('rule.future'));
  }
  if (!values.areaCode) {
    fail('areaCode', t('rule.required'));
  } else if (asOfValid && !errors.some((e) => e.name === 'asOf')) {
    const version = versionAt(reference, asOf);
    if (!version) {
      fail('areaCode', t('rule.noBoundaries'));
    } else if (!version.byCode.has(values.areaCode)) {
      fail('areaCode', t('rule.areaUnknown'));
    }
  }
  if (!values.source) {
    fail('source', t('rule.required'));
  }
  if (!values.reportType) {
    fail('reportType', t('rule.required'));
  }
  const figures = {};
  Object.entries(values.figures ?? {}).forEach(([code, raw]) => {
    const indicator = reference.byIndicator.get(code);
    if (!indicator) {
      fail(`figures.${code}`, t('rule.unknownIndicator'));
      return;
    }
    const parsed = parseFigure(raw, indicator);
    if (parsed.error) {
      fail(`figures.${code}`, parsed.error);
    } else if (parsed.value !== null) {
      figures[code] = parsed.value;
    }
  });
  if (!Object.keys(figures).length && !errors.some((e) => e.name.startsWith('figures.'))) {
    fail('figures', t('rule.noFigures'));
  }
  const note = checkedNote(values.note, fail);
  if (errors.length) {
    return { errors, request: null };
  }
  const request = {
    disasterId: values.disasterId, areaCode: values.areaCode, asOf: asOf.toISOString(),
    source: values.source, reportType: values.reportType, figures,
  };
  if (values.location) {
    request.location = values.location;
  }
  if (note) {
    request.note = note;
  }
  return { errors, request };
}
