// The figures a plan is judged by, at a glance, and every staff member's hours used against the hours available.
import { colourStyle, PRIORITY, roleColour, ROLES, TRAVEL } from './colours.js';
import { h } from './dom.js';
import { compareNames, formatDuration, formatHours, formatNumber, formatPercent, t, term } from './i18n.js';
import { PRIORITIES, staffLoad } from './model.js';
import { programmeWeeksTable } from './termview.js';

/** The strip under the plan's title: the KPIs of the latest solution, or of the best so far while solving. */
export function renderKpiStrip(kpis) {
  if (!kpis) return [h('p', { class: 'kpi-empty' }, t('kpisNone'))];
  const uncovered = kpis.uncoveredByPriority || {};
  // A school leader's figures are the school's own: coverage, uncovered by priority and continuity. The others
  // describe staff across their schools and are not given; nothing absent is drawn, and nothing absent alarms.
  const given = (value) => typeof value === 'number';
  const coverageNote = kpis.feasible === undefined ? t('kpiCoverageSchool')
    : kpis.feasible ? t('kpiFeasible') : t('kpiInfeasible');
  return [
    kpi('coverage', t('kpiCoverage'), formatPercent(kpis.coveragePercent), coverageNote,
      kpis.feasible === false ? 'bad' : kpis.feasible ? 'good' : null),
    h('div', { class: 'kpi', dataset: { kpi: 'uncovered' } },
      h('span', { class: 'kpi-label' }, t('kpiUncovered')),
      h('span', { class: 'kpi-value kpi-priorities' },
        PRIORITIES.map((p) => h('span', { class: 'priority-chip', dataset: { priority: p },
          style: { '--fill': PRIORITY[p].fill, '--text': PRIORITY[p].text },
          title: term('priority', p), 'aria-label': `${term('priority', p)}: ${formatDuration(uncovered[p] || 0)}` },
        formatDuration(uncovered[p] || 0)))),
      h('span', { class: ['kpi-note', kpis.priorityInversions > 0 && 'kpi-bad'] },
        kpis.priorityInversions > 0 ? t('kpiInversions', { n: formatNumber(kpis.priorityInversions) })
          : t('kpiUncoveredNote'))),
    given(kpis.travelMinutesPerFortnight)
      ? kpi('travel', t('kpiTravel'), formatDuration(kpis.travelMinutesPerFortnight), t('perFortnight')) : null,
    kpi('continuity', t('kpiContinuity'), formatPercent(kpis.coTeachingContinuityPercent),
      given(kpis.pprContinuityPercent) ? t('kpiContinuityPpr', { p: formatPercent(kpis.pprContinuityPercent) }) : null),
    given(kpis.utilisationMinPercent) ? kpi('utilisation', t('kpiUtilisation'),
      `${formatNumber(kpis.utilisationMinPercent, 0)}–${formatNumber(kpis.utilisationMaxPercent, 0)} %`,
      t('kpiUtilisationNote')) : null,
    given(kpis.meetingSharePercentMax)
      ? kpi('meetings', t('kpiMeetingShare'), formatPercent(kpis.meetingSharePercentMax), t('kpiMeetingShareNote'))
      : null,
    given(kpis.idleGapPersonDaysPercent)
      ? kpi('waiting', t('kpiWaiting'), formatPercent(kpis.idleGapPersonDaysPercent), t('kpiWaitingNote')) : null,
    // Dated work (issue 16): given only for a term that has some.
    given(kpis.programmeWeeksCoveredPercent) ? kpi('programmes', t('kpiProgrammeWeeks'),
      formatPercent(kpis.programmeWeeksCoveredPercent), t('kpiProgrammeWeeksNote')) : null,
    given(kpis.coordinationMeetingsOnTime) ? kpi('coordination', t('kpiCoordinationOnTime'),
      formatPercent(kpis.coordinationMeetingsOnTime), t('kpiCoordinationOnTimeNote')) : null,
  ];
}

function kpi(name, label, value, note, tone) {
  return h('div', { class: ['kpi', tone && `kpi-${tone}`], dataset: { kpi: name } },
    h('span', { class: 'kpi-label' }, label),
    h('span', { class: 'kpi-value' }, value),
    note ? h('span', { class: 'kpi-note' }, note) : null);
}

/** The KPI tab: what each figure means, and a bar per staff member. */
export function renderKpiPage(model, staffHref) {
  const kpis = model.solution?.kpis;
  const explained = kpis ? h('dl', { class: 'kpi-explained' },
    ['coverage', 'travel', 'continuity', 'utilisation', 'meetings', 'waiting',
      ...(typeof kpis.programmeWeeksCoveredPercent === 'number' ? ['programmes'] : []),
      ...(typeof kpis.coordinationMeetingsOnTime === 'number' ? ['coordination'] : [])].flatMap((name) => [
      h('dt', {}, t(`kpiExplainTitle.${name}`)), h('dd', {}, t(`kpiExplain.${name}`))])) : null;
  const people = [...model.staff.values()].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role)
    || compareNames(a.name, b.name));
  const loads = people.map((person) => ({ person, ...staffLoad(model, person.id) }));
  const scale = Math.max(1, ...loads.map((x) => Math.max(x.available, x.sessionMinutes + x.travelMinutes)));
  return h('div', { class: 'kpi-page' },
    h('section', { class: 'card' },
      h('h2', {}, t('loadTitle')),
      h('p', { class: 'hint' }, t('loadHint')),
      h('ul', { class: 'legend' },
        h('li', {}, h('span', { class: 'swatch', style: colourStyle(roleColour('co-teacher')), 'aria-hidden': 'true' }),
          t('loadSessions')),
        h('li', {}, h('span', { class: 'swatch swatch-travel', style: colourStyle(TRAVEL), 'aria-hidden': 'true' }),
          t('loadTravel')),
        h('li', {}, h('span', { class: 'swatch swatch-available', 'aria-hidden': 'true' }), t('loadAvailable'))),
      h('ul', { class: 'load-bars' }, loads.map((load) => loadBar(load, scale, staffHref)))),
    explained ? h('section', { class: 'card' }, h('h2', {}, t('kpiExplainHeading')), explained) : null,
    Array.isArray(kpis?.programmeWeeks) ? programmeWeeksTable(model, kpis) : null);
}

function loadBar({ person, sessionMinutes, travelMinutes, available }, scale, staffHref) {
  const used = sessionMinutes + travelMinutes;
  const over = used > available;
  const share = available > 0 ? Math.round((100 * used) / available) : 0;
  const text = t('loadValue', {
    used: formatHours(used / 2), available: formatHours(available / 2), p: formatNumber(share),
  });
  return h('li', { class: ['load-row', over && 'over'],
    dataset: { staffId: person.id, travelMinutes: String(travelMinutes), sessionMinutes: String(sessionMinutes) } },
    h('a', { class: 'load-name', href: staffHref(person.id) },
      h('span', { class: 'name' }, person.name),
      h('span', { class: 'role-tag', style: colourStyle(roleColour(person.role)) }, term('role', person.role))),
    h('div', { class: 'load-track', role: 'img', 'aria-label': `${person.name}: ${text}` },
      h('div', { class: 'load-available', style: { width: `${(100 * available) / scale}%` } }),
      h('div', { class: 'load-sessions', style: { width: `${(100 * sessionMinutes) / scale}%`,
        ...colourStyle(roleColour(person.role)) } }),
      h('div', { class: 'load-travel', style: { left: `${(100 * sessionMinutes) / scale}%`,
        width: `${(100 * travelMinutes) / scale}%`, ...colourStyle(TRAVEL) } })),
    h('span', { class: 'load-value' }, text));
}
