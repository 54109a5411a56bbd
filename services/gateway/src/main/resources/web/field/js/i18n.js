// Vietnamese by default, English as a switch (kept across visits); texts live in strings-vi.js and strings-en.js.
import { EN } from './strings-en.js';
import { VI } from './strings-vi.js';

const STRINGS = { vi: VI, en: EN };

const KEY = 'field.lang';
let lang = localStorage.getItem(KEY) === 'en' ? 'en' : 'vi';

export function currentLang() {
  return lang;
}

/** The text for key in the current language, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const text = STRINGS[lang][key] ?? STRINGS.vi[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** A unit in the officer's words where the app knows it (person → người), else as the data writes it. */
export function unitLabel(unit) {
  const key = `unit.${unit}`;
  const text = t(key);
  return text === key ? unit : text;
}

/** Fills every element marked data-i18n (text), data-i18n-placeholder and data-i18n-label (aria-label). */
export function translate(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-label]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.i18nLabel)); });
}

export function setLang(next) {
  lang = next === 'en' ? 'en' : 'vi';
  localStorage.setItem(KEY, lang);
  document.documentElement.lang = lang;
  translate();
  document.dispatchEvent(new CustomEvent('langchange'));
}

export function formatNumber(value) {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}

export function formatTime(iso) {
  if (!iso) {
    return '';
  }
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso));
}
