// The donation service's rules for a receipt against a pledge, checked on the phone: the pledge's code, a time not
// in the future, at least one line; money in whole đồng above zero; goods with an item, a unit, a quantity above zero
// and a value in whole đồng, each item once. Whether it exceeds the pledge only the server knows (it answers 422
// naming the line). Names are the server's (cash[0].amount, inKind[0].quantity).
import { t } from './i18n.js';
import { ALLOWED_CLOCK_SKEW_MS, checkedNote } from './rules.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

function goodsLines(goods, fail) {
  const inKind = [];
  const seen = new Set();
  goods.filter((g) => g.item?.trim() || g.quantity || g.unit?.trim() || g.value).forEach((line) => {
    const prefix = `inKind[${inKind.length}]`;
    const quantity = number(line.quantity, { decimals: true });
    const value = number(line.value, { decimals: false });
    const item = line.item?.trim() ?? '';
    const unit = line.unit?.trim() ?? '';
    if (!item) { fail(`${prefix}.item`, t('rule.required')); }
    if (!unit) { fail(`${prefix}.unit`, t('rule.required')); }
    if (quantity.error || !quantity.value) { fail(`${prefix}.quantity`, quantity.error ?? t('rule.positive')); }
    if (value.error) { fail(`${prefix}.estimatedValueVnd`, value.error); }
    const key = `${item}|${unit}`.toLowerCase();
    if (item && seen.has(key)) { fail(`${prefix}.item`, t('rule.duplicateGoods')); }
    seen.add(key);
    inKind.push({ item, quantity: quantity.value, unit, estimatedValueVnd: value.value ?? 0 });
  });
  return inKind;
}

/** {errors, request}: request is the PUT /donations/{donationId}/receipts/{receiptId} body. */
export function validateAidReceipt(values, { now = Date.now() } = {}) {
  const errors = [];
  const fail = (name, message) => errors.push({ name, message });
  const donationId = (values.donationId ?? '').trim();
  if (!donationId) {
    fail('donationId', t('rule.required'));
  } else if (!UUID.test(donationId)) {
    fail('donationId', t('rule.donationCode'));
  }
  const at = values.receivedAt ? new Date(values.receivedAt) : null;
  if (!at || Number.isNaN(at.getTime())) {
    fail('receivedAt', t('rule.required'));
  } else if (at.getTime() > now + ALLOWED_CLOCK_SKEW_MS) {
    fail('receivedAt', t('rule.future'));
  }
  const cash = number(values.cashVnd, { decimals: false });
  if (cash.error || cash.value === 0) {
    fail('cash[0].amount', cash.error ?? t('rule.positive'));
  }
  const inKind = goodsLines(values.goods ?? [], fail);
  if (!cash.value && !inKind.length && !errors.some((e) => /^(cash|inKind)/.test(e.name))) {
    fail('cash', t('rule.noLines'));
  }
  const note = checkedNote(values.note, fail);
  if (errors.length) {
    return { errors, request: null };
  }
  const request = {
    receivedAt: at.toISOString(), cash: cash.value ? [{ currency: 'VND', amount: cash.value }] : [], inKind,
  };
  if (note) {
    request.note = note;
  }
  return { errors, request, donationId: donationId.toLowerCase() };
}
