// Demand left without staff, highest priority first, each with the reason the solver gives.
import { PRIORITY } from './colours.js';
import { h } from './dom.js';
import { compareNames, formatDuration, getLang, t, term } from './i18n.js';
import { PRIORITIES } from './model.js';

function recommendButton(model, item, what, onRecommend) {
  const opener = `recommend:${item.demandId}:${item.seat ?? ''}`;
  const school = model.schools.get(item.schoolId)?.name || item.schoolId;
  return h('button', { type: 'button', class: 'small recommend', dataset: { focusKey: opener },
    onclick: () => onRecommend(item, `${what}, ${school}`, opener),
    'aria-label': t('whoCanTakeItLabel', { what }) }, t('whoCanTakeIt'));
}

function sortUncovered(model, list) {
  const schoolName = (x) => model.schools.get(x.schoolId)?.name || '';
  return [...list].sort((a, b) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority)
    || b.minutesPerFortnight - a.minutesPerFortnight || compareNames(schoolName(a), schoolName(b))
    || compareNames(a.demandId, b.demandId));
}

/**
 * What is uncovered, as a table; onShow(item) opens its school's timetable with its sessions marked; onRecommend(item,
 * what, opener), where given, asks who can take it ("Hvem kan tage den?"), opener being the button's focus key.
 */
export function renderUncovered(model, list, { onShow, onRecommend, showSchool = true }) {
  if (list.length === 0) {
    return h('p', { class: 'empty uncovered-none' }, t('uncoveredNone'));
  }
  const rows = sortUncovered(model, list).map((item) => {
    const demand = model.demands.get(item.demandId) || {};
    const school = model.schools.get(item.schoolId);
    const className = item.classId ? model.classes.get(item.classId)?.name || item.classId : null;
    const what = term('type', demand.type) + (className ? ` ${className}` : '')
      + (demand.competence ? ` (${term('competence', demand.competence)})` : '')
      + (item.seat ? ` – ${t('seat', { n: item.seat })}` : '');
    const reason = getLang() === 'en' ? item.reasonEn || item.reason : item.reason || item.reasonEn;
    return h('tr', { class: 'uncovered-item',
      dataset: { demandId: item.demandId, seat: item.seat ?? '', priority: item.priority } },
      h('td', {}, h('span', { class: 'priority-chip', dataset: { priority: item.priority },
        style: { '--fill': PRIORITY[item.priority]?.fill, '--text': PRIORITY[item.priority]?.text } },
      term('priority', item.priority))),
      showSchool ? h('td', {}, school?.name || item.schoolId) : null,
      h('td', {}, what),
      h('td', { class: 'num' }, formatDuration(item.minutesPerFortnight)),
      h('td', {}, reason),
      h('td', { class: 'uncovered-actions' },
        h('button', { type: 'button', class: 'small', onclick: () => onShow(item),
          'aria-label': t('uncoveredShowLabel', { what }) }, t('uncoveredShow')),
        onRecommend ? recommendButton(model, item, what, onRecommend) : null));
  });
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'uncovered-table' },
      h('caption', { class: 'visually-hidden' }, t('uncoveredTitle')),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('colPriority')),
        showSchool ? h('th', { scope: 'col' }, t('colSchool')) : null,
        h('th', { scope: 'col' }, t('colDemand')),
        h('th', { scope: 'col', class: 'num' }, t('colMinutes')),
        h('th', { scope: 'col' }, t('colReason')),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('colActions'))))),
      h('tbody', {}, rows)));
}
