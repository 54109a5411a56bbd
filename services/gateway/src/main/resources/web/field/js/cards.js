// One submission as a card, the same in the outbox and in "My reports": what it is about, its state, its actions.
import { currentLang, formatNumber, formatTime, t } from './i18n.js';
import { areaLabel, versionAt } from './reference.js';

let disasters = [];

/** The declared disasters, so cards can name them rather than show their ids. */
export function setDisasters(list) {
  disasters = list;
}

function disasterName(id) {
  const found = disasters.find((d) => d.id === id);
  return found ? (currentLang() === 'en' ? found.nameEn : found.nameVi) || id : id;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

export function button(label, className, onClick) {
  const b = el('button', className, label);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

/** Title and detail line of a damage report's content. */
export function describeDamage(reference, content) {
  const figures = Object.keys(content.figures ?? {}).length;
  return {
    title: areaLabel(versionAt(reference, content.asOf), content.areaCode),
    detail: `${disasterName(content.disasterId)} · ${formatTime(content.asOf)} · ${t('mine.figures', { count: figures })}`,
  };
}

function describeAid(body, meta) {
  const cash = (body.cash ?? []).map((c) => `${formatNumber(c.amount)} ${c.currency}`);
  const goods = (body.inKind ?? []).map((g) => `${formatNumber(g.quantity)} ${g.unit} ${g.item}`);
  return {
    title: `${t('aid.card')}: ${meta.donor ?? meta.donationId?.slice(0, 8) ?? ''}`,
    detail: [formatTime(body.receivedAt), [...cash, ...goods].join(', ')].filter(Boolean).join(' · '),
  };
}

function describeProgress(body, meta) {
  return {
    title: `${t('progress.card')}: ${meta.projectTitle ?? ''}`,
    detail: `${formatTime(body.asOf)} · ${formatNumber(body.completedQuantity)}/${formatNumber(meta.target ?? 0)} `
      + `${meta.unit ?? ''} · ${t(`progress.status.${body.status}`)}`,
  };
}

/** Title and detail of an outbox entry, whatever form made it. */
export function describeEntry(reference, entry) {
  switch (entry.kind) {
    case 'photo': return { title: `${t('photo.card')}: ${entry.meta.title}`,
      detail: `${formatNumber(Math.round(entry.meta.sizeBytes / 1000))} kB` };
    case 'aid-receipt': return describeAid(entry.body, entry.meta ?? {});
    case 'progress': return describeProgress(entry.body, entry.meta ?? {});
    default: return describeDamage(reference, entry.body);
  }
}

/** A card: badge is {text, kind}; lines are extra paragraphs ({text, kind}); actions are buttons. */
export function card(entityId, { title, detail }, { badge, lines = [], actions = [] }) {
  const li = el('li', 'card');
  li.dataset.entityId = entityId;
  const head = el('div', 'card-head');
  head.append(el('strong', 'card-title', title), el('span', `badge ${badge.kind}`, badge.text));
  li.append(head, el('p', 'small', detail));
  lines.filter(Boolean).forEach((line) => li.append(el('p', `small ${line.kind ?? ''}`, line.text)));
  if (actions.length) {
    const bar = el('div', 'actions');
    bar.append(...actions);
    li.append(bar);
  }
  return li;
}
