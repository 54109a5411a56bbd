// The donation service's rules for aid received at once, checked on the phone: a named donor, a time not in the
// future, an area valid on that date, at least one line; money in whole đồng above zero; goods with an item, a unit,
// a quantity above zero and a value in whole đồng. Names are the server's (donor.name, inKind[0].quantity).
import { t } from './i18n.js';
import { versionAt } from './reference.js';
import { ALLOWED_CLOCK_SKEW_MS, checkedNote } from './rules.js';

const NAME_MAX = 300;

function number(raw, { decimals }) {
  const text = String(raw ?? '').replace(/[\s\u00a0]/g, '');
  if (text === '') {
    return { value: null };
  }
  if (/^-\d/.test(text)) {
    return { error: t('rule.negative') };
  }
  const pattern = decimals ? /^\d+([.,]\d{1,6})?$/ : /^\d+$/;
  if (!pattern.test(text)) {
    return { error: decimals ? t('rule.notNumber') : t('rule.wholeDong') };
  }
  const value = Number(text.replace(',', '.'));
  return value > Number.MAX_SAFE_INTEGER ? { error: t('rule.tooLarge') } : { value };
}

/** {errors, request}: request is the PUT /donations/{id} body of a donation received at once. */
export function validateAidReceipt(values, { reference, now = Date.now() }) {
  const errors = [];
  const fail = (name, message) => errors.push({ name, message });
  const name = (values.donorName ?? '').trim();
  if (!name) {
    fail('donor.name', t('rule.required'));
  } else if (name.length > NAME_MAX) {
    fail('donor.name', t('rule.tooLong', { max: NAME_MAX }));
  }
  const at = values.receivedAt ? new Date(values.receivedAt) : null;
  if (!at || Number.isNaN(at.getTime())) {
    fail('receivedAt', t('rule.required'));
  } else if (at.getTime() > now + ALLOWED_CLOCK_SKEW_MS) {
    fail('receivedAt', t('rule.future'));
  }
  if (!values.areaCode) {
    fail('targetAreaCode', t('rule.required'));
  } else if (at && !errors.some((e) => e.name === 'receivedAt') && !versionAt(reference, at)?.byCode.has(values.areaCode)) {
    fail('targetAreaCode', t('rule.areaUnknown'));
  }
  const cash = number(values.cashVnd, { decimals: false });
  if (cash.error) {
    fail('cash[0].amount', cash.error);
  } else if (cash.value === 0) {
    fail('cash[0].amount', t('rule.positive'));
  }
  const inKind = [];
  (values.goods ?? []).forEach((line) => {
    const blank = !line.item?.trim() && !line.quantity && !line.unit?.trim() && !line.value;
    if (blank) {
      return;
    }
    const prefix = `inKind[${inKind.length}]`;
    const quantity = number(line.quantity, { decimals: true });
    const value = number(line.value, { decimals: false });
    if (!line.item?.trim()) { fail(`${prefix}.item`, t('rule.required')); }
    if (!line.unit?.trim()) { fail(`${prefix}.unit`, t('rule.required')); }
    if (quantity.error || !quantity.value) {
      fail(`${prefix}.quantity`, quantity.error ?? t('rule.positive'));
    }
    if (value.error) { fail(`${prefix}.estimatedValueVnd`, value.error); }
    inKind.push({
      item: line.item?.trim(), quantity: quantity.value, unit: line.unit?.trim(), estimatedValueVnd: value.value ?? 0,
    });
  });
  const seen = new Set();
  inKind.forEach((g, i) => {
    const key = `${g.item}|${g.unit}`.toLowerCase();
    if (seen.has(key)) {
      fail(`inKind[${i}].item`, t('rule.duplicateGoods'));
    }
    seen.add(key);
  });
  if (!cash.value && !inKind.length && !errors.some((e) => e.name.startsWith('cash') || e.name.startsWith('inKind'))) {
    fail('cash', t('rule.noLines'));
  }
  const note = checkedNote(values.note, fail);
  if (errors.length) {
    return { errors, request: null };
  }
  const request = {
    donor: { name, type: values.donorType, anonymous: Boolean(values.anonymous) },
    targetAreaCode: values.areaCode, pledgedAt: at.toISOString(), receivedAt: at.toISOString(),
    cash: cash.value ? [{ currency: 'VND', amount: cash.value }] : [],
    inKind,
  };
  if (values.disasterId) {
    request.disasterId = values.disasterId;
  }
  if (note) {
    request.note = note;
  }
  return { errors, request };
}
