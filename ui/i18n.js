// Every word on the page comes from one dictionary per language: ui/i18n/da.js and ui/i18n/en.js.
import da from './i18n/da.js';
import en from './i18n/en.js';

const DICTIONARIES = { da, en };
const LOCALES = { da: 'da-DK', en: 'en-GB' };
const STORAGE_KEY = 'ressourceplan.lang';

let lang = readStoredLang();

function readStoredLang() {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored in DICTIONARIES ? stored : 'da';
  } catch {
    return 'da';
  }
}

export function getLang() {
  return lang;
}

export function setLang(next) {
  if (!(next in DICTIONARIES)) return;
  lang = next;
  try {
    window.localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // A browser that keeps nothing still switches for this visit.
  }
  document.documentElement.lang = next;
}

/** t('key', {n: 3}) fills {n}; a function entry gets the parameters. A missing key shows itself, to be noticed. */
export function t(key, params = {}) {
  const entry = DICTIONARIES[lang][key] ?? DICTIONARIES.da[key];
  if (entry === undefined) return key;
  if (typeof entry === 'function') return entry(params);
  return entry.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/**
 * A word from a named group (role, competence, day, constraint ...), or the raw value if the dictionary lacks it:
 * the service's own names are English, so English needs no entry for them.
 */
export function term(group, value) {
  return DICTIONARIES[lang][group]?.[value] ?? value ?? '';
}

/** Static text in index.html: data-i18n sets the text, data-i18n-aria-label the accessible name. */
export function translateStatic(root = document) {
  document.documentElement.lang = lang;
  document.title = t('appTitle');
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-aria-label]').forEach((el) => {
    el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  });
}

function locale() {
  return LOCALES[lang];
}

export function formatNumber(value, fractionDigits = 0) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(locale(), {
    minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits,
  }).format(value);
}

export function formatPercent(value) {
  if (value === null || value === undefined) return '–';
  return `${formatNumber(value, Number.isInteger(value) ? 0 : 1)} %`;
}

/** 150 → "2 t 30 min" / "2 h 30 min". */
export function formatDuration(minutes) {
  if (minutes === null || minutes === undefined) return '–';
  const total = Math.round(minutes);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return t('durationMinutes', { m: rest });
  if (rest === 0) return t('durationHours', { h: formatNumber(hours) });
  return t('durationHoursMinutes', { h: formatNumber(hours), m: rest });
}

export function formatHours(minutes, fractionDigits = 1) {
  return formatNumber(minutes / 60, fractionDigits);
}

/** "7. dec. 2026 kl. 19:37": the time as HH:MM in both languages, as everywhere on the page. */
export function formatDateTime(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return t('dateTimeAt', { date: new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(date), time });
}

/** A weekday inside a sentence: "tirsdag" in Danish, "Tuesday" in English. */
export function dayInText(day) {
  return getLang() === 'en' ? term('day', day) : term('day', day).toLowerCase();
}

export function formatDate(isoDate) {
  if (!isoDate) return '';
  const date = new Date(`${isoDate}T12:00:00`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long' }).format(date);
}

export function compareNames(a, b) {
  return String(a).localeCompare(String(b), locale());
}
