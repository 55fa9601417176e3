// The plan's tabs: the timetable by school, staff member and class, what is uncovered, why, what changed, the KPIs
// and the map.
import { api } from './api.js';
import { changeMark, changeMarkText, entryText, renderChangeList, renderChangesView } from './changes.js';
import { colourStyle, roleColour, ROLES, TRAVEL, UNCOVERED } from './colours.js';
import { h, selectField } from './dom.js';
import { withinTerm } from './dates.js';
import { lockText, padlock } from './edits.js';
import { compareNames, dayInText, formatDate, formatDuration, formatHours, t, term } from './i18n.js';
import { renderKpiPage } from './kpis.js';
import { renderMap } from './map.js';
import { COMPETENCES, DAYS, staffDay, WEEKS } from './model.js';
import { describeSession, renderTimetable, sessionTitle, staffCode, weekText } from './timetable.js';
import { renderTermView } from './termview.js';
import { renderUncovered } from './uncovered.js';
import { renderWhy } from './why.js';

export const VIEWS = ['school', 'staff', 'class', 'term', 'uncovered', 'why', 'changes', 'kpis', 'map'];

/**
 * ctx: {model, planId, planName, params, weekMode, selectedId, isHighlighted, analysis, expandedWhy,
 *       href(view, params), go(view, params), select(id), showMatch(match), showUncovered(item), expandWhy(name),
 *       diff, changeIndex, showChange(entry), rerun, rerunActions, revisions, revision, published}
 */
export function renderView(view, ctx) {
  switch (view) {
    case 'staff': return staffView(ctx);
    case 'class': return classView(ctx);
    case 'uncovered': return uncoveredView(ctx);
    case 'why': return renderWhy(ctx.analysis, { onShow: ctx.showMatch, onExpand: ctx.expandWhy, expanded: ctx.expandedWhy });
    case 'changes': return renderChangesView(ctx);
    case 'kpis': return kpiView(ctx);
    case 'map': return mapView(ctx);
    case 'term': return termView(ctx);
    default: return schoolView(ctx);
  }
}

/** @param changes the number of changes the diff lists, or 0 */
export function tabLabel(view, model, changes = 0) {
  if (view === 'uncovered') return t('tab.uncoveredCount', { n: model.uncovered.length });
  if (view === 'changes' && changes > 0) return t('tab.changesCount', { n: changes });
  return t(`tab.${view}`);
}

const sortedSchools = (model) => [...model.schools.values()].sort((a, b) => compareNames(a.name, b.name));

function notSolved(ctx) {
  if (ctx.model.solution) return null;
  return h('p', { class: 'card empty not-solved', role: 'status' }, ctx.solving ? t('solvingNoSolutionYet') : t('notSolvedYet'));
}

// ---------------------------------------------------------------- by school

function schoolView(ctx) {
  const { model, params } = ctx;
  const school = model.schools.get(params.school);
  const toolbar = h('div', { class: 'toolbar' },
    selectField({
      id: 'filter-school', label: t('filterSchool'), value: params.school || '',
      options: [{ value: '', label: t('chooseSchool') }, ...sortedSchools(model).map((x) => ({ value: x.id, label: x.name }))],
      onChange: (value) => ctx.go('school', { school: value || null }),
    }),
    roleFilter(ctx, 'school'), competenceFilter(ctx, 'school'), weekSwitch(ctx, 'school'), daySwitch(ctx, 'school'),
    dateField(ctx, 'school'),
    school ? h('button', { type: 'button', class: 'print-button', onclick: () => window.print() }, t('print')) : null);
  if (!school) {
    return h('div', { class: 'view view-school' }, notSolved(ctx), toolbar, schoolChooser(ctx));
  }
  const sessions = model.bySchool.get(school.id) || [];
  const uncovered = model.uncovered.filter((x) => x.schoolId === school.id);
  const staffCount = new Set(sessions.filter((x) => x.staffId).map((x) => x.staffId)).size;
  return h('div', { class: 'view view-school' },
    notSolved(ctx),
    toolbar,
    printHeading(ctx, school.name),
    h('div', { class: 'entity-head' },
      h('div', {},
        h('h2', { id: 'entity-title' }, school.name),
        h('p', { class: 'hint' }, [school.address, t('schoolSummary', {
          sessions: new Set(sessions.map((x) => x.id)).size, staff: staffCount, uncovered: uncovered.length,
        })].filter(Boolean).join(' · '))),
      downloads(ctx, { school: school.id }, school.name)),
    legend(model, sessions, { uncovered: sessions.some((x) => !x.staffId), changed: anyChanged(ctx, sessions),
      locked: sessions.some((x) => x.locked) }),
    timetable(ctx, 'school', school.id),
    details(ctx),
    changesHere(ctx, (entry) => entry.schoolId === school.id, 'changesAtSchool'),
    h('section', { class: 'school-uncovered' },
      h('h3', {}, t('uncoveredAtSchool', { n: uncovered.length })),
      renderUncovered(model, uncovered, { onShow: ctx.showUncovered, onRecommend: recommendUncovered(ctx),
        showSchool: false })));
}

/** The first thing a school leader sees: their school, one click away. */
function schoolChooser(ctx) {
  const { model } = ctx;
  return h('section', { class: 'chooser', 'aria-labelledby': 'chooser-title' },
    h('h2', { id: 'chooser-title' }, t('chooseSchoolTitle')),
    h('p', { class: 'hint' }, t('chooseSchoolHint')),
    h('ul', { class: 'chooser-list' }, sortedSchools(model).map((school) => {
      const sessions = model.bySchool.get(school.id) || [];
      const uncovered = model.uncovered.filter((x) => x.schoolId === school.id).length;
      return h('li', {}, h('a', { class: 'chooser-item', href: ctx.href('school', { school: school.id }),
        dataset: { schoolId: school.id } },
      h('span', { class: 'chooser-name' }, school.name),
      h('span', { class: 'chooser-meta' }, t('chooserSchoolMeta', {
        sessions: new Set(sessions.map((x) => x.id)).size, uncovered,
      }))));
    })));
}

// ---------------------------------------------------------------- the term (issue 16)

/** The plan's KPIs as this reader is given them (a school leader: the school's own). */
function kpisOf(model) {
  return model.detail?.kpis || model.solution?.kpis || null;
}

function termView(ctx) {
  const { params } = ctx;
  const by = params.termBy === 'staff' ? 'staff' : 'school';
  const modes = [['school', t('termBySchool')], ['staff', t('termByStaff')]];
  const toolbar = h('div', { class: 'toolbar' },
    h('div', { class: 'field field-term-by' },
      h('span', { class: 'field-label', id: 'term-by-label' }, t('termRows')),
      h('div', { class: 'segmented', role: 'group', 'aria-labelledby': 'term-by-label' },
        modes.map(([mode, label]) => h('button', {
          type: 'button', 'aria-pressed': by === mode ? 'true' : 'false', dataset: { termBy: mode, focusKey: `term-by-${mode}` },
          onclick: () => ctx.go('term', { termBy: mode === 'school' ? null : mode }),
        }, label)))),
    h('button', { type: 'button', class: 'print-button', onclick: () => window.print() }, t('print')));
  return h('div', {}, notSolved(ctx), renderTermView(ctx, { by, kpis: kpisOf(ctx.model), toolbar }));
}

// ---------------------------------------------------------------- by staff member

function staffView(ctx) {
  const { model, params } = ctx;
  const filters = { role: params.role || '', competence: params.competence || '', school: params.school || '' };
  const candidates = [...model.staff.values()]
    .filter((p) => !filters.role || p.role === filters.role)
    .filter((p) => !filters.competence || (p.competences || []).includes(filters.competence))
    .filter((p) => !filters.school || (model.byStaff.get(p.id) || []).some((x) => x.schoolId === filters.school))
    .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || compareNames(a.name, b.name));
  const person = model.staff.get(params.staff);
  const toolbar = h('div', { class: 'toolbar' },
    selectField({
      id: 'filter-staff', label: t('filterStaff'), value: params.staff || '',
      options: [{ value: '', label: t('chooseStaff') },
        ...candidates.map((p) => ({ value: p.id, label: `${p.name} (${term('role', p.role)})` }))],
      onChange: (value) => ctx.go('staff', { staff: value || null }),
    }),
    selectField({
      id: 'filter-staff-school', label: t('filterSchool'), value: filters.school,
      options: [{ value: '', label: t('allSchools') }, ...sortedSchools(model).map((x) => ({ value: x.id, label: x.name }))],
      onChange: (value) => ctx.go('staff', { school: value || null }),
    }),
    roleFilter(ctx, 'staff'), competenceFilter(ctx, 'staff'), weekSwitch(ctx, 'staff'), daySwitch(ctx, 'staff'),
    dateField(ctx, 'staff'));
  if (!person) {
    return h('div', { class: 'view view-staff' }, notSolved(ctx), toolbar, staffChooser(ctx, candidates));
  }
  const sessions = model.byStaff.get(person.id) || [];
  return h('div', { class: 'view view-staff' },
    notSolved(ctx),
    toolbar,
    printHeading(ctx, person.name),
    h('div', { class: 'entity-head' },
      h('div', {},
        h('h2', { id: 'entity-title' }, person.name,
          h('span', { class: 'role-tag', style: colourStyle(roleColour(person.role)) }, term('role', person.role))),
        h('p', { class: 'hint' }, t('staffSummary', {
          base: person.base?.name || t('base'), hours: formatHours((person.hoursPerWeek || 0) * 60),
          competences: (person.competences || []).map((c) => term('competence', c)).join(', ') || '–',
        }))),
      downloads(ctx, { staff: person.id }, person.name)),
    legend(model, sessions, { travel: true, codes: false, changed: anyChanged(ctx, sessions), locked: sessions.some((x) => x.locked) }),
    timetable(ctx, 'staff', person.id),
    details(ctx),
    changesHere(ctx, (entry) => entry.staffBefore === person.id || entry.staffAfter === person.id, 'changesForStaff'));
}

function staffChooser(ctx, candidates) {
  return h('section', { class: 'chooser', 'aria-labelledby': 'chooser-title' },
    h('h2', { id: 'chooser-title' }, t('chooseStaffTitle')),
    h('ul', { class: 'chooser-list' }, candidates.map((person) => h('li', {},
      h('a', { class: 'chooser-item', href: ctx.href('staff', { staff: person.id }), dataset: { staffId: person.id } },
        h('span', { class: 'chooser-name' }, person.name),
        h('span', { class: 'role-tag', style: colourStyle(roleColour(person.role)) }, term('role', person.role)))))));
}

// ---------------------------------------------------------------- by class

function classView(ctx) {
  const { model, params } = ctx;
  const schoolClass = model.classes.get(params.class);
  const schoolId = params.school || schoolClass?.schoolId || '';
  const classes = [...model.classes.values()].filter((c) => c.schoolId === schoolId)
    .sort((a, b) => (a.grade ?? 0) - (b.grade ?? 0) || compareNames(a.name, b.name));
  const toolbar = h('div', { class: 'toolbar' },
    selectField({
      id: 'filter-class-school', label: t('filterSchool'), value: schoolId,
      options: [{ value: '', label: t('chooseSchool') }, ...sortedSchools(model).map((x) => ({ value: x.id, label: x.name }))],
      onChange: (value) => ctx.go('class', { school: value || null, class: null }),
    }),
    selectField({
      id: 'filter-class', label: t('filterClass'), value: schoolClass ? schoolClass.id : '',
      options: [{ value: '', label: schoolId ? t('chooseClass') : t('chooseSchoolFirst') },
        ...classes.map((c) => ({ value: c.id, label: classLabel(model, c) }))],
      onChange: (value) => ctx.go('class', { class: value || null }),
    }),
    roleFilter(ctx, 'class'), competenceFilter(ctx, 'class'), weekSwitch(ctx, 'class'), daySwitch(ctx, 'class'),
    dateField(ctx, 'class'));
  if (!schoolClass) {
    const chooser = schoolId
      ? h('section', { class: 'chooser' }, h('h2', {}, t('chooseClassTitle')),
        h('ul', { class: 'chooser-list chooser-compact' }, classes.map((c) => h('li', {},
          h('a', { class: 'chooser-item', href: ctx.href('class', { school: schoolId, class: c.id }) },
            h('span', { class: 'chooser-name' }, c.name),
            h('span', { class: 'chooser-meta' }, classMeta(model, c)))))))
      : h('section', { class: 'chooser' }, h('h2', {}, t('chooseSchoolTitle')),
        h('ul', { class: 'chooser-list' }, sortedSchools(model).map((school) => h('li', {},
          h('a', { class: 'chooser-item', href: ctx.href('class', { school: school.id }) },
            h('span', { class: 'chooser-name' }, school.name))))));
    return h('div', { class: 'view view-class' }, notSolved(ctx), toolbar, chooser);
  }
  const sessions = model.byClass.get(schoolClass.id) || [];
  const school = model.schools.get(schoolClass.schoolId);
  return h('div', { class: 'view view-class' },
    notSolved(ctx),
    toolbar,
    printHeading(ctx, `${schoolClass.name}, ${school?.name || ''}`),
    h('div', { class: 'entity-head' },
      h('div', {},
        h('h2', { id: 'entity-title' }, `${schoolClass.name} · ${school?.name || ''}`),
        h('p', { class: 'hint' }, classMeta(model, schoolClass))),
      downloads(ctx, { school: schoolClass.schoolId }, school?.name || '')),
    legend(model, sessions, { uncovered: sessions.some((x) => !x.staffId), lessons: true,
      changed: anyChanged(ctx, sessions), locked: sessions.some((x) => x.locked) }),
    timetable(ctx, 'class', schoolClass.id),
    details(ctx));
}

function classLabel(model, schoolClass) {
  const count = (model.byClass.get(schoolClass.id) || []).length;
  return count > 0 ? `${schoolClass.name} – ${t('coTeachingCount', { n: new Set(model.byClass.get(schoolClass.id).map((x) => x.id)).size })}`
    : schoolClass.name;
}

function classMeta(model, schoolClass) {
  const sessions = model.byClass.get(schoolClass.id) || [];
  const competences = [...new Set(sessions.map((x) => x.competence).filter(Boolean))]
    .map((c) => term('competence', c)).join(', ');
  return [term('priority', schoolClass.needLevel),
    sessions.length > 0 ? t('coTeachingCount', { n: new Set(sessions.map((x) => x.id)).size }) : t('noCoTeaching'),
    competences].filter(Boolean).join(' · ');
}

// ---------------------------------------------------------------- shared pieces of the timetable views

function roleFilter(ctx, view) {
  return selectField({
    id: `filter-role-${view}`, label: t('filterRole'), value: ctx.params.role || '',
    options: [{ value: '', label: t('allRoles') }, ...ROLES.map((r) => ({ value: r, label: term('role', r) }))],
    onChange: (value) => ctx.go(view, { role: value || null }),
  });
}

function competenceFilter(ctx, view) {
  return selectField({
    id: `filter-competence-${view}`, label: t('filterCompetence'), value: ctx.params.competence || '',
    options: [{ value: '', label: t('allCompetences') },
      ...COMPETENCES.map((c) => ({ value: c, label: term('competence', c) }))],
    onChange: (value) => ctx.go(view, { competence: value || null }),
  });
}

/** On a phone the grid shows one day at a time: which one (styles.css shows the switch on a phone only). */
function daySwitch(ctx, view) {
  return h('div', { class: 'field field-day' },
    h('span', { class: 'field-label', id: `day-label-${view}` }, t('dayShown')),
    h('div', { class: 'segmented', role: 'group', 'aria-labelledby': `day-label-${view}` },
      DAYS.map((day) => h('button', {
        type: 'button', 'aria-pressed': ctx.day === day ? 'true' : 'false', 'aria-label': term('day', day),
        dataset: { day, focusKey: `day-${day}` },
        onclick: () => ctx.go(view, { day }),
      }, term('dayShort', day)))));
}

function weekSwitch(ctx, view) {
  const modes = [['A', t('weekA')], ['B', t('weekB')], ['both', t('weekBoth')]];
  return h('div', { class: 'field field-week' },
    h('span', { class: 'field-label', id: `week-label-${view}` }, t('weekShown')),
    h('div', { class: 'segmented', role: 'group', 'aria-labelledby': `week-label-${view}` },
      modes.map(([mode, label]) => h('button', {
        type: 'button', 'aria-pressed': ctx.weekMode === mode ? 'true' : 'false',
        dataset: { week: mode, focusKey: `week-${mode}` },
        onclick: () => ctx.go(view, { week: mode }),
      }, label))));
}

/**
 * "Vis planen pr. dato": after a rerun some sessions hold only from or to a date; the timetables show the plan in
 * force on the date chosen (by default today while the term runs, else the end of the term).
 */
function dateField(ctx, view) {
  const { model, params } = ctx;
  if (!model.dated) return null;
  const period = model.problem.term || {};
  const shown = model.date ? t('viewDateOn', { date: formatDate(model.date) })
    : model.hasDatedWork ? `${t('viewDateEnd')} ${t('viewDateDated')}` : t('viewDateEnd');
  return h('div', { class: 'field field-date' },
    h('label', { for: `view-date-${view}` }, t('viewDate')),
    h('div', { class: 'date-row' },
      h('input', {
        type: 'date', id: `view-date-${view}`, value: model.date || '', min: period.firstDate, max: period.lastDate,
        dataset: { focusKey: 'view-date' }, 'aria-describedby': `view-date-hint-${view}`,
        // Typing a year, the field passes through 0002, 0020, 0202 …: only a date in the term is taken.
        onchange: (e) => {
          const value = e.target.value;
          if (!value) ctx.go(view, { date: null });
          else if (withinTerm(period, value)) ctx.go(view, { date: value });
        },
      }),
      params.date ? h('button', { type: 'button', class: 'small', dataset: { focusKey: 'view-date-reset' },
        'aria-label': t('viewDateResetLabel'), onclick: () => ctx.go(view, { date: null }) }, t('viewDateReset')) : null),
    h('span', { class: 'hint', id: `view-date-hint-${view}` }, shown));
}

function changeOf(ctx) {
  return ctx.changeIndex && ctx.changeIndex.size > 0 ? (session) => changeMark(ctx.changeIndex, session, ctx.model.date) : null;
}

/**
 * Which change marks the sessions shown carry: {changed, upcoming, label}, for the legend. After a rerun they are its
 * changes; after an edit by hand or a continued solve, the changes since the revision compared with.
 */
function anyChanged(ctx, sessions) {
  const of = changeOf(ctx);
  const marks = of ? sessions.map(of).filter(Boolean) : [];
  const latest = (ctx.revisions || []).find((r) => r.number === ctx.revision);
  const label = latest?.kind === 'RERUN' || !ctx.diff?.from ? t('legendChanged')
    : t('legendChangedSince', { n: ctx.diff.from });
  return { changed: marks.some((m) => !m.upcoming), upcoming: marks.some((m) => m.upcoming), label };
}

/** The changes of the diff that concern this school or person, under its timetable. */
function changesHere(ctx, concerns, titleKey) {
  const entries = (ctx.diff?.data?.entries || []).filter(concerns);
  if (entries.length === 0) return null;
  return h('section', { class: 'changes-here', 'aria-labelledby': 'changes-here-title' },
    h('h3', { id: 'changes-here-title' }, t(titleKey, { n: entries.length })),
    renderChangeList(ctx.model, entries, { onShow: ctx.showChange, showSchool: titleKey !== 'changesAtSchool' }));
}

function timetable(ctx, kind, id) {
  return h('div', { class: 'tt-scroll' }, renderTimetable(ctx.model, {
    kind, id, filters: { role: ctx.params.role || '', competence: ctx.params.competence || '' },
    weekMode: ctx.weekMode, day: ctx.day, isHighlighted: ctx.isHighlighted, selectedId: ctx.selectedId, onSelect: ctx.select,
    changeOf: changeOf(ctx), changeText: changeMarkText,
  }));
}

function legend(model, sessions, { uncovered, travel, lessons, changed, locked, codes = true } = {}) {
  const roles = ROLES.filter((role) => sessions.some((x) => x.role === role));
  return h('ul', { class: 'legend', 'aria-label': t('legend') },
    roles.map((role) => h('li', {},
      h('span', { class: 'swatch', style: colourStyle(roleColour(role)), 'aria-hidden': 'true' }),
      `${term('role', role)} (${term('roleShort', role)})`)),
    uncovered ? h('li', {}, h('span', { class: 'swatch swatch-uncovered', style: colourStyle(UNCOVERED),
      'aria-hidden': 'true' }), t('uncovered')) : null,
    travel ? h('li', {}, h('span', { class: 'swatch swatch-travel', style: colourStyle(TRAVEL), 'aria-hidden': 'true' }),
      t('travel')) : null,
    lessons ? h('li', {}, h('span', { class: 'swatch swatch-lesson', 'aria-hidden': 'true' }), t('classLessons')) : null,
    changed?.changed ? h('li', { class: 'legend-changed' },
      h('span', { class: 'swatch swatch-changed', 'aria-hidden': 'true' }, 'Δ'), changed.label) : null,
    changed?.upcoming ? h('li', { class: 'legend-changed' },
      h('span', { class: 'swatch swatch-changed upcoming', 'aria-hidden': 'true' }, 'Δ'), t('legendChanging')) : null,
    locked ? h('li', { class: 'legend-locked' }, h('span', { class: 'swatch swatch-locked', 'aria-hidden': 'true' },
      padlock('lock-inline')), t('legendLocked')) : null,
    codes ? codeLegend(model, sessions) : null);
}

/** The staff members' codes, which a block too narrow for a name shows (on paper). */
function codeLegend(model, sessions) {
  const people = [...new Set(sessions.filter((x) => x.staffId).map((x) => x.staffId))]
    .map((id) => model.staff.get(id)).filter(Boolean).sort((a, b) => compareNames(a.name, b.name));
  if (people.length === 0) return null;
  return h('li', { class: 'legend-codes' },
    `${t('legendCodes')}: ${people.map((p) => `${staffCode(model, p.id)} = ${p.name}`).join(' · ')}`);
}

function printHeading(ctx, name) {
  const period = ctx.model.problem.term || {};
  return h('div', { class: 'print-only print-heading' },
    h('strong', {}, name),
    ` · ${ctx.planName} · ${t('printFortnight')}`,
    period.firstDate ? ` · ${formatDate(period.firstDate)} – ${formatDate(period.lastDate)}` : '',
    // After a rerun the paper says whose plan it is: a date's, or the end of the term's.
    ctx.model.dated ? ` · ${ctx.model.date ? t('printAsOf', { date: formatDate(ctx.model.date) }) : t('printAtEnd')}` : '');
}

/**
 * Download buttons for what the export issue serves: the calendar for the whole term, the fortnight as a spreadsheet
 * and as CSV, for one school or staff member (scope {school} or {staff}) or, with no scope, the whole plan.
 */
function downloads(ctx, scope, name) {
  if (!ctx.model.solution) return null;
  const whom = scope ? name : t('wholePlan');
  const link = (format, label) => h('a', {
    class: 'button small', href: api.exportUrl(ctx.planId, format, scope), download: '',
    dataset: { format, scope: scope ? Object.values(scope)[0] : 'plan' }, 'aria-label': `${label}: ${whom}`,
  }, label);
  return h('div', { class: 'downloads', role: 'group', 'aria-label': t('downloadFor', { name: whom }) },
    h('span', { class: 'downloads-label' }, t('downloadFor', { name: whom })),
    link('ics', t('downloadIcs')), link('xlsx', t('downloadXlsx')), link('csv', t('downloadCsv')));
}

/** The chosen session in words, with the way to the other timetables it belongs to. */
function details(ctx) {
  const session = ctx.selectedId ? ctx.model.sessionsById.get(ctx.selectedId) : null;
  if (!session) return h('p', { class: 'hint details-hint' }, t('detailsHint'));
  const { model } = ctx;
  const person = session.staffId ? model.staff.get(session.staffId) : null;
  const school = model.schools.get(session.schoolId);
  const schoolClass = session.classId ? model.classes.get(session.classId) : null;
  const demand = model.demands.get(session.demandId) || {};
  const row = (label, value) => [h('dt', {}, label), h('dd', {}, value)];
  const changes = (ctx.changeIndex?.get(session.id) || []).map(entryText);
  return h('section', { class: 'card details', 'aria-labelledby': 'details-title', tabindex: '-1', id: 'details' },
    h('div', { class: 'details-head' },
      h('h3', { id: 'details-title' }, sessionTitle(model, session)),
      h('button', { type: 'button', class: 'small', onclick: () => ctx.select(null) }, t('close'))),
    h('dl', {},
      row(t('detailWhat'), term('type', session.type) + (demand.name ? ` – ${demand.name}` : '')),
      row(t('detailWhen'), `${weekText(session)}, ${dayInText(session.day)} ${session.start}–${session.end}`),
      row(t('detailWhere'), `${school?.name || session.schoolId}${schoolClass ? `, ${schoolClass.name}` : ''}`),
      row(t('detailWho'), person ? `${person.name}, ${term('role', person.role)}` : t('uncovered')),
      session.competence ? row(t('detailCompetence'), term('competence', session.competence)) : null,
      session.from || session.to ? row(t('detailValid'), validity(session)) : null,
      changes.length > 0 ? row(t('detailChange'), changes.join(' ')) : null,
      session.locked ? row(t('detailLocked'), h('span', { class: 'locked-text' }, padlock('lock-inline'),
        ` ${lockText(session.locked)}`)) : null,
      row(t('detailId'), session.id)),
    editButtons(ctx, session),
    h('p', { class: 'details-links' },
      person ? h('a', { href: ctx.href('staff', { staff: person.id }) }, t('seeStaff', { name: person.name })) : null,
      h('a', { href: ctx.href('school', { school: session.schoolId }) }, t('seeSchool', { name: school?.name || '' })),
      schoolClass ? h('a', { href: ctx.href('class', { school: schoolClass.schoolId, class: schoolClass.id }) },
        t('seeClass', { name: schoolClass.name })) : null),
    h('p', { class: 'visually-hidden' }, describeSession(model, session)));
}

/**
 * Planning by hand, for a role that may: who can take the session, another time for it, and its lock. Each button has
 * a focus key, so that the focus comes back to it when its dialog closes and the page has been drawn again.
 */
function editButtons(ctx, session) {
  const edits = ctx.edits;
  if (!edits || !ctx.model.solution || !(edits.mayRecommend || edits.mayMove || edits.mayLock)) return null;
  // A plan rerun from a date is changed by another rerun: the service refuses edits by hand on it.
  if (ctx.model.dated) return h('p', { class: 'hint edit-dated' }, t('editDated'));
  const title = `${sessionTitle(ctx.model, session)}, ${ctx.model.schools.get(session.schoolId)?.name || ''}`;
  const button = (key, label, onclick, extra = {}) => h('button', {
    type: 'button', class: 'small', disabled: edits.busy, dataset: { focusKey: key }, onclick, ...extra,
  }, label);
  return h('div', { class: 'edit-actions', role: 'group', 'aria-label': t('editActions') },
    // A lock keeps work from the solver, not from the planner: locked work may be changed by hand too.
    edits.mayRecommend ? button('edit-candidates', t('whoCanTakeIt'),
      () => edits.recommend({ sessionId: session.id }, title, 'edit-candidates'), { id: 'edit-candidates' }) : null,
    edits.mayMove ? button('edit-times', t('moveToOtherTime'),
      () => edits.moveTimes(session, title, 'edit-times'), { id: 'edit-times' }) : null,
    edits.mayLock && session.locked ? button('edit-unlock', t('unlock'), () => edits.lock(session, null),
      { id: 'edit-unlock' }) : null,
    edits.mayLock && !session.locked ? button('edit-lock', t('lock'), () => edits.lock(session, 'session'),
      { id: 'edit-lock', title: t('lockHint') }) : null,
    edits.mayLock && !session.locked && session.staffId ? button('edit-lock-person', t('lockPerson'),
      () => edits.lock(session, 'person'), { id: 'edit-lock-person', title: t('lockPersonHint') }) : null);
}

/** "Hvem kan tage den?" on an uncovered demand, for a role that may ask. */
function recommendUncovered(ctx) {
  if (!ctx.edits?.mayRecommend || !ctx.model.solution || ctx.model.dated || ctx.edits.busy) return null;
  return (item, what, opener) => ctx.edits.recommend({ demandId: item.demandId, seat: item.seat ?? null }, what, opener);
}

/** "fra 1. marts 2027", "til og med 28. februar 2027", "1. marts 2027 – 30. april 2027". */
function validity(session) {
  if (session.from && session.to) return t('validBetween', { from: formatDate(session.from), to: formatDate(session.to) });
  if (session.from) return t('validFrom', { from: formatDate(session.from) });
  return t('validTo', { to: formatDate(session.to) });
}

// ---------------------------------------------------------------- the other tabs

function uncoveredView(ctx) {
  const { model } = ctx;
  const total = model.uncovered.reduce((sum, x) => sum + (x.minutesPerFortnight || 0), 0);
  return h('div', { class: 'view view-uncovered' },
    notSolved(ctx),
    h('h2', {}, t('uncoveredTitle')),
    h('p', { class: 'lead' }, model.uncovered.length > 0
      ? t('uncoveredLead', { n: model.uncovered.length, d: formatDuration(total) }) : t('uncoveredLeadNone')),
    renderUncovered(model, model.uncovered, { onShow: ctx.showUncovered, onRecommend: recommendUncovered(ctx) }));
}

function kpiView(ctx) {
  return h('div', { class: 'view view-kpis' }, notSolved(ctx),
    downloads(ctx, null, ''),
    renderKpiPage(ctx.model, (staffId) => ctx.href('staff', { staff: staffId })));
}

function mapView(ctx) {
  const { model, params } = ctx;
  const people = [...model.staff.values()]
    .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || compareNames(a.name, b.name));
  const week = WEEKS.includes(params.mapWeek) ? params.mapWeek : 'A';
  const staffId = model.staff.has(params.staff) ? params.staff : mostTravelled(model, people, week);
  const day = DAYS.includes(params.day) ? params.day : busiestDay(model, staffId, week);
  return h('div', { class: 'view view-map' },
    h('div', { class: 'toolbar' },
      selectField({
        id: 'map-staff', label: t('filterStaff'), value: staffId,
        options: [{ value: '', label: t('noRoute') },
          ...people.map((p) => ({ value: p.id, label: `${p.name} (${term('role', p.role)})` }))],
        onChange: (value) => ctx.go('map', { staff: value || null, day: null }),
      }),
      selectField({
        id: 'map-week', label: t('filterWeek'), value: week,
        options: WEEKS.map((w) => ({ value: w, label: t('weekName', { week: w }) })),
        onChange: (value) => ctx.go('map', { mapWeek: value }),
      }),
      selectField({
        id: 'map-day', label: t('filterDay'), value: day,
        options: DAYS.map((d) => ({ value: d, label: term('day', d) })),
        onChange: (value) => ctx.go('map', { day: value }),
      })),
    renderMap(model, { staffId, week, day }, (schoolId) => ctx.href('school', { school: schoolId })));
}

/** The person with the longest drive on one day of the week: the first route shown should be worth seeing. */
function mostTravelled(model, people, week) {
  let best = '';
  let bestTravel = -1;
  for (const person of people) {
    for (const day of DAYS) {
      const travel = staffDay(model, person.id, week, day).travelMinutes;
      if (travel > bestTravel) {
        best = person.id;
        bestTravel = travel;
      }
    }
  }
  return best;
}

/** The day on which the person drives the most. */
function busiestDay(model, staffId, week) {
  if (!staffId) return DAYS[0];
  let best = DAYS[0];
  let bestTravel = -1;
  for (const day of DAYS) {
    const route = staffDay(model, staffId, week, day);
    if (route.travelMinutes > bestTravel) {
      best = day;
      bestTravel = route.travelMinutes;
    }
  }
  return best;
}
