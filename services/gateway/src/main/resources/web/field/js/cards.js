// One report as a card, the same in the outbox and in "My reports": area, disaster, time, figures, state.
import { currentLang, formatTime, t } from './i18n.js';
import { areaLabel, versionAt } from './reference.js';

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

let disasters = [];

/** The declared disasters, so cards can name them rather than show their ids. */
export function setDisasters(list) {
  disasters = list;
}

function disasterName(id) {
  const found = disasters.find((d) => d.id === id);
  return found ? (currentLang() === 'en' ? found.nameEn : found.nameVi) || id : id;
}

export function button(label, className, onClick) {
  const b = el('button', className, label);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

/** A card for a report's content; badge is {text, kind}, lines are extra paragraphs, actions are buttons. */
export function reportCard(reference, reportId, content, { badge, lines = [], actions = [] }) {
  const li = el('li', 'card');
  li.dataset.reportId = reportId;
  const version = versionAt(reference, content.asOf);
  const head = el('div', 'card-head');
  head.append(el('strong', 'card-title', areaLabel(version, content.areaCode)), el('span', `badge ${badge.kind}`, badge.text));
  const figures = Object.keys(content.figures ?? {}).length;
  li.append(head,
    el('p', 'small', `${disasterName(content.disasterId)} · ${formatTime(content.asOf)} · ${t('mine.figures', { count: figures })}`));
  lines.filter(Boolean).forEach((line) => li.append(el('p', `small ${line.kind ?? ''}`, line.text)));
  if (actions.length) {
    const bar = el('div', 'actions');
    bar.append(...actions);
    li.append(bar);
  }
  return li;
}
