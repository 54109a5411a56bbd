// "Nhận viện trợ / Aid received": a donation handed over in the officer's area, recorded as received at once
// (PUT /api/v1/donations/{id} with receivedAt). Money in đồng on the phone; goods as item, quantity, unit, value.
import { t } from './i18n.js';
import { versionAt } from './reference.js';
import { validateAidReceipt } from './aid-rules.js';
import { createAreaPicker } from './area-picker.js';
import { enqueue } from './outbox.js';
import {
  afterQueued, clearErrorsOnEdit, echoMoney, fillDisasters, instantOf, onDiscard, renderHeader, saveDraft,
  savedDraft, showErrors, toInput,
} from './form-kit.js';

const $ = (id) => document.getElementById(id);
const DRAFT = 'draft:aid';
const ALIASES = { pledgedAt: 'receivedAt', inKind: 'cash', 'donor.type': 'donor.name' };
const blankLine = () => ({ item: '', quantity: '', unit: '', value: '' });

function freshDraft() {
  return {
    donationId: crypto.randomUUID(), entryId: null, originalAt: null, problem: null,
    values: {
      donorName: '', donorType: 'ORGANISATION', anonymous: false, disasterId: localStorage.getItem('field.lastDisaster') ?? '',
      receivedAt: toInput(Date.now()), areaCode: '', cashVnd: '', goods: [blankLine()], note: '',
    },
  };
}

function draftOf(entry) {
  const body = entry.body;
  return {
    ...freshDraft(), donationId: entry.entityId, entryId: entry.id, problem: entry.problem, originalAt: body.receivedAt,
    values: {
      donorName: body.donor.name, donorType: body.donor.type, anonymous: body.donor.anonymous,
      disasterId: body.disasterId ?? '', receivedAt: toInput(body.receivedAt), areaCode: body.targetAreaCode ?? '',
      cashVnd: body.cash?.[0] ? String(body.cash[0].amount) : '', note: body.note ?? '',
      goods: (body.inKind ?? []).map((g) => ({ item: g.item, quantity: String(g.quantity), unit: g.unit,
        value: String(g.estimatedValueVnd) })),
    },
  };
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

export function createAidForm({ reference, disasters, onSaved }) {
  let draft = freshDraft();
  const form = $('aid-form');
  clearErrorsOnEdit(form);
  echoMoney(form);
  const save = () => saveDraft(DRAFT, draft);
  const at = () => instantOf($('a-receivedAt').value, draft.originalAt);

  const picker = createAreaPicker({
    root: form.querySelector('[data-part=area-picker]'),
    reference,
    onChange: (code) => { draft.values.areaCode = code; save(); },
    onLocation: () => undefined,
  });

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
    $('a-donor').value = draft.values.donorName;
    $('a-donor-type').value = draft.values.donorType;
    $('a-anonymous').checked = draft.values.anonymous;
    $('a-receivedAt').value = draft.values.receivedAt;
    $('a-cash').value = draft.values.cashVnd;
    $('a-note').value = draft.values.note;
    draft.values.disasterId = fillDisasters($('a-disaster'), disasters(), draft.values.disasterId);
    const instant = at();
    picker.reset(instant ? versionAt(reference, instant) : null, draft.values.areaCode);
    renderGoods();
    renderHeader(form, { heading: t(draft.problem ? 'aid.fixHeading' : 'aid.heading'), entityId: draft.donationId,
      problem: draft.problem, aliases: ALIASES });
  }

  function load(next) {
    draft = next;
    save();
    render();
  }

  const fields = { 'a-donor': 'donorName', 'a-donor-type': 'donorType', 'a-cash': 'cashVnd', 'a-note': 'note',
    'a-disaster': 'disasterId' };
  form.addEventListener('input', (event) => {
    const key = fields[event.target.id];
    if (key) {
      draft.values[key] = event.target.value;
      save();
    }
  });
  form.addEventListener('change', (event) => {
    if (event.target.id === 'a-anonymous') {
      draft.values.anonymous = event.target.checked;
    } else if (event.target.id === 'a-receivedAt') {
      draft.values.receivedAt = event.target.value;
      const instant = at();
      if (picker.setVersion(instant ? versionAt(reference, instant) : null)) {
        draft.values.areaCode = '';
      }
    }
    save();
  });
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
    const { errors, request } = validateAidReceipt({ ...draft.values, receivedAt: at() }, { reference });
    if (errors.length) {
      showErrors(form, errors, ALIASES);
      return;
    }
    await enqueue({ kind: 'aid-receipt', entityId: draft.donationId, path: `/api/v1/donations/${draft.donationId}`,
      body: request, entryId: draft.entryId });
    afterQueued(() => load(freshDraft()), onSaved);
  });
  onDiscard(form, () => load(freshDraft()));
  document.addEventListener('langchange', render);

  return {
    async start() {
      load((await savedDraft(DRAFT)) ?? freshDraft());
    },
    setDisasters() {
      draft.values.disasterId = fillDisasters($('a-disaster'), disasters(), draft.values.disasterId);
    },
    editEntry(entry) {
      load(draftOf(entry));
    },
  };
}
