// What every form of the app does the same way: times as the phone shows them, drafts kept on the phone, the
// disaster list, and messages beside the fields they name (the server's invalid-params names and ours agree).
import * as db from './db.js';
import { currentLang, formatNumber, t } from './i18n.js';
import { fieldErrors, problemMessage } from './problems.js';

/** The phone's wall-clock time of an instant, as a datetime-local input wants it. */
export function toInput(instant) {
  const d = new Date(instant);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant of a typed time; an unchanged time keeps the stored instant exactly, so an amendment does not move it. */
export function instantOf(typed, original) {
  if (!typed) {
    return '';
  }
  return original && toInput(original) === typed ? original : new Date(typed).toISOString();
}

/** "Bỏ / Discard" asks first, then starts the form over (a fresh draft with a new UUID). */
export function onDiscard(form, startOver) {
  form.querySelector('[data-part=discard]').addEventListener('click', () => {
    if (window.confirm(t('form.discard.confirm'))) {
      startOver();
    }
  });
}

/** Once a form's request is in the outbox: a fresh form (new UUID) from the top, and the outbox is told. */
export function afterQueued(startOver, onSaved) {
  startOver();
  window.scrollTo(0, 0);
  onSaved();
}

/** The form's draft as last saved on this phone, or null. */
export function savedDraft(key) {
  return db.get('kv', key).catch(() => null);
}

export function saveDraft(key, draft) {
  db.put('kv', draft, key).catch(() => undefined);
}

/**
 * Fills a disaster select and returns the value chosen: the only disaster when none was chosen yet; a value the list
 * does not know stays (the rules then say so).
 */
export function fillDisasters(select, disasters, given) {
  const value = !given && disasters.length === 1 ? disasters[0].id : given;
  const name = (d) => (currentLang() === 'en' ? d.nameEn : d.nameVi) || d.id;
  select.replaceChildren(new Option(disasters.length ? t('form.disaster.choose') : t('form.disaster.none'), ''));
  disasters.forEach((d) => select.append(new Option(name(d), d.id)));
  select.value = value;
  if (value && select.value !== value) {
    select.append(new Option(value, value));
    select.value = value;
  }
  return value;
}

/**
 * Under every money input (data-money) of the form, the typed amount read back in groups of thousands
 * (880.000.000.000 đồng), so a zero too many or too few is seen before sending.
 */
export function echoMoney(form) {
  form.addEventListener('input', (event) => {
    const input = event.target;
    if (!input.matches('[data-money]')) {
      return;
    }
    const line = input.closest('.with-unit') ?? input;
    let echo = line.nextElementSibling;
    if (!echo?.classList.contains('echo')) {
      echo = document.createElement('p');
      echo.className = 'echo small muted';
      line.after(echo);
    }
    const digits = input.value.replace(/[\s\u00a0]/g, '');
    echo.textContent = /^\d{4,}$/.test(digits) ? `= ${formatNumber(Number(digits))} ${t('unit.VND')}` : '';
  });
}

/** A field's message goes as soon as the officer edits it, so the marks always show what is still to fix. */
export function clearErrorsOnEdit(form) {
  form.addEventListener('input', (event) => {
    const field = event.target.closest('.field.invalid');
    if (field) {
      field.classList.remove('invalid');
      field.querySelector(':scope > .error').textContent = '';
      field.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
      if (!form.querySelector('.field.invalid')) {
        form.querySelector('[data-part=summary]').textContent = '';
      }
    }
  });
}

export function clearErrors(form) {
  form.querySelectorAll('.field.invalid').forEach((el) => el.classList.remove('invalid'));
  form.querySelectorAll('.error').forEach((el) => { el.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
}

/** The field a server name belongs to: its own, else the nearest named by a prefix (cash[0].amount → cash[0] → cash). */
function fieldFor(form, name, aliases) {
  for (let key = name; ;) {
    const found = form.querySelector(`.field[data-field="${CSS.escape(aliases[key] ?? key)}"]`);
    if (found) {
      return found;
    }
    const shorter = key.replace(/(\.[^.[\]]*|\[\d+\])$/, '');
    if (shorter === key) {
      return null;
    }
    key = shorter;
  }
}

/** Puts each message beside its field; what has no field goes to the summary above the button. */
export function showErrors(form, errors, aliases = {}) {
  clearErrors(form);
  const loose = [];
  errors.forEach(({ name, message }) => {
    const field = fieldFor(form, name, aliases);
    if (!field) {
      loose.push(`${name}: ${message}`);
      return;
    }
    field.classList.add('invalid');
    const slot = field.querySelector(':scope > .error');
    slot.textContent = slot.textContent ? `${slot.textContent}; ${message}` : message;
    field.querySelectorAll('input, select, textarea').forEach((el) => el.setAttribute('aria-invalid', 'true'));
    field.closest('details')?.setAttribute('open', '');
  });
  form.querySelector('[data-part=summary]').textContent = [t('form.invalid', { count: errors.length }), ...loose].join(' ');
  form.querySelector('.field.invalid')?.scrollIntoView({ block: 'center' });
}

/** The heading, the id a form is sent under, and a refusal the server gave it (beside its fields). */
export function renderHeader(form, { heading, entityId, problem, aliases = {} }) {
  form.querySelector('[data-part=heading]').textContent = heading;
  form.querySelector('[data-part=entity-id]').textContent = entityId;
  const box = form.querySelector('[data-part=problem]');
  box.hidden = !problem;
  box.textContent = problem ? problemMessage(problem) : '';
  clearErrors(form);
  form.querySelector('[data-part=summary]').textContent = '';
  const errors = problem ? fieldErrors(problem) : [];
  if (errors.length) {
    showErrors(form, errors, aliases);
  }
}
