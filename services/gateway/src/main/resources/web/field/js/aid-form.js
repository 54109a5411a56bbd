// "Nhận viện trợ / Aid received": what actually arrived of a donor's pledge, recorded as a receipt
// (PUT /api/v1/donations/{donationId}/receipts/{receiptId}). Coordinators record pledges; they send the officer the
// pledge's code or a link (/field/?donation=<id>) that opens this form with it. Money in đồng; goods as item,
// quantity, unit and value.
import { formatNumber, formatTime, t } from './i18n.js';
import { NetworkError, cachedGet } from './api.js';
import { validateAidReceipt } from './aid-rules.js';
import { enqueue } from './outbox.js';
import {
  afterQueued, clearErrorsOnEdit, echoMoney, instantOf, onDiscard, renderHeader, saveDraft, savedDraft, showErrors,
  toInput,
} from './form-kit.js';

const $ = (id) => document.getElementById(id);
const DRAFT = 'draft:aid';
const ALIASES = { inKind: 'cash' };
const blankLine = () => ({ item: '', quantity: '', unit: '', value: '' });

function freshDraft() {
  return {
    receiptId: crypto.randomUUID(), entryId: null, originalAt: null, problem: null,
    values: { donationId: '', receivedAt: toInput(Date.now()), cashVnd: '', goods: [blankLine()], note: '' },
  };
}

function draftOf(entry) {
  const body = entry.body;
  return {
    ...freshDraft(), receiptId: entry.entityId, entryId: entry.id, problem: entry.problem, originalAt: body.receivedAt,
    values: {
      donationId: entry.meta.donationId, receivedAt: toInput(body.receivedAt),
      cashVnd: body.cash?.[0] ? String(body.cash[0].amount) : '', note: body.note ?? '',
      goods: (body.inKind ?? []).map((g) => ({ item: g.item, quantity: String(g.quantity), unit: g.unit,
        value: String(g.estimatedValueVnd) })),
    },
  };
}

/** What the pledge promised and what of it arrived already, in one line each. */
function describePledge(donation) {
  const lines = (holding) => [...(holding?.cash ?? []).map((c) => `${formatNumber(c.amount)} ${c.currency}`),
    ...(holding?.inKind ?? []).map((g) => `${formatNumber(g.quantity)} ${g.unit} ${g.item}`)].join(', ') || '—';
  const pledge = donation.pledge;
  return [
    t('aid.pledgeOf', { donor: pledge.donor.name, when: formatTime(pledge.pledgedAt) }),
    t('aid.pledged', { lines: lines(pledge) }),
    t('aid.receivedSoFar', { lines: lines(donation.received) }),
  ];
}

function goodsField(index, part, label, value, onInput, inputMode, money = false) {
  const wrap = document.createElement('div');
  wrap.className = `field goods-${part}`;
  wrap.dataset.field = `inKind[${index}].${part === 'value' ? 'estimatedValueVnd' : part}`;
  const caption = document.createElement('label');
  caption.textContent = label;
  const input = document.createElement('input');
  input.value = value;
  input.autocomplete = 'off';
  input.dataset.part = `goods-${part}`;
  if (inputMode) {
    input.inputMode = inputMode;
  }
  if (money) {
    input.dataset.money = '';
  }
  input.addEventListener('input', () => onInput(input.value));
  caption.append(input);
  const error = document.createElement('p');
  error.className = 'error';
  wrap.append(caption, error);
  return wrap;
}

export function createAidForm({ onSaved }) {
  let draft = freshDraft();
  let pledge = null;
  const form = $('aid-form');
  clearErrorsOnEdit(form);
  echoMoney(form);
  const save = () => saveDraft(DRAFT, draft);
  const at = () => instantOf($('a-receivedAt').value, draft.originalAt);

  /** Shows the pledge the code names: from the server, or the copy kept from the last look, or why neither. */
  async function showPledge() {
    const box = $('a-pledge');
    const id = draft.values.donationId.trim().toLowerCase();
    pledge = null;
    box.replaceChildren();
    box.hidden = !id;
    if (!/^[0-9a-f-]{36}$/.test(id)) {
      return;
    }
    try {
      const answer = await cachedGet(`/api/v1/donations/${id}`, `donation:${id}`);
      if (id !== draft.values.donationId.trim().toLowerCase()) {
        return;
      }
      if (answer.ok) {
        pledge = answer.body;
        const paragraph = (text) => Object.assign(document.createElement('p'), { textContent: text });
        box.replaceChildren(...describePledge(pledge).map(paragraph));
      } else {
        box.textContent = answer.status === 404 ? t('aid.noSuchPledge') : t('aid.pledgeUnavailable');
      }
    } catch (e) {
      if (!(e instanceof NetworkError)) {
        throw e;
      }
      box.textContent = t('aid.pledgeOffline');
    }
  }

  function renderGoods() {
    $('a-goods').replaceChildren(...draft.values.goods.map((line, i) => {
      const row = document.createElement('div');
      row.className = 'goods-line';
      const set = (key) => (value) => { line[key] = value; save(); };
      row.append(
        goodsField(i, 'item', t('aid.goods.item'), line.item, set('item')),
        goodsField(i, 'quantity', t('aid.goods.quantity'), line.quantity, set('quantity'), 'decimal'),
        goodsField(i, 'unit', t('aid.goods.unit'), line.unit, set('unit')),
        goodsField(i, 'value', t('aid.goods.value'), line.value, set('value'), 'numeric', true));
      return row;
    }));
  }

  function render() {
    $('a-donation').value = draft.values.donationId;
    $('a-receivedAt').value = draft.values.receivedAt;
    $('a-cash').value = draft.values.cashVnd;
    $('a-note').value = draft.values.note;
    renderGoods();
    renderHeader(form, { heading: t(draft.problem ? 'aid.fixHeading' : 'aid.heading'), entityId: draft.receiptId,
      problem: draft.problem, aliases: ALIASES });
    showPledge();
  }

  function load(next) {
    draft = next;
    save();
    render();
  }

  const fields = { 'a-donation': 'donationId', 'a-receivedAt': 'receivedAt', 'a-cash': 'cashVnd', 'a-note': 'note' };
  ['input', 'change'].forEach((type) => form.addEventListener(type, (event) => {
    const key = fields[event.target.id];
    if (key) {
      draft.values[key] = event.target.value;
      save();
    }
  }));
  $('a-donation').addEventListener('change', showPledge);
  $('a-add-goods').addEventListener('click', () => {
    draft.values.goods.push(blankLine());
    renderGoods();
    save();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // blank goods lines are dropped first, so the server's inKind[i] names the line shown i-th
    draft.values.goods = draft.values.goods.filter((g) => g.item || g.quantity || g.unit || g.value);
    renderGoods();
    const { errors, request, donationId } = validateAidReceipt({ ...draft.values, receivedAt: at() });
    if (errors.length) {
      showErrors(form, errors, ALIASES);
      return;
    }
    await enqueue({
      kind: 'aid-receipt', entityId: draft.receiptId, entryId: draft.entryId, body: request,
      path: `/api/v1/donations/${donationId}/receipts/${draft.receiptId}`,
      meta: { donationId, donor: pledge?.pledge.donor.name ?? null },
    });
    afterQueued(() => load(freshDraft()), onSaved);
  });
  onDiscard(form, () => load(freshDraft()));
  document.addEventListener('langchange', render);

  return {
    async start() {
      load((await savedDraft(DRAFT)) ?? freshDraft());
    },
    /** Looks the pledge up again (after a login, or when the lists are refreshed). */
    refresh() {
      showPledge();
    },
    /** A fresh receipt for the pledge a coordinator's link names. */
    forDonation(donationId) {
      const next = freshDraft();
      next.values.donationId = donationId;
      load(next);
    },
    editEntry(entry) {
      load(draftOf(entry));
    },
  };
}
