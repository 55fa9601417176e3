// The fortnight as a timetable: week A and week B, Monday to Friday on a time axis, for one school, one staff member
// (with the drives between schools as their own blocks) or one class.
import { colourStyle, roleColour, TRAVEL, UNCOVERED } from './colours.js';
import { h } from './dom.js';
import { lockText, padlock } from './edits.js';
import { formatDuration, t, term } from './i18n.js';
import { clock, DAYS, inWeek, passesFilters, staffDay, toMinutes, WEEKS } from './model.js';

/**
 * @param options.kind 'school' | 'staff' | 'class'
 * @param options.id the school, staff member or class shown
 * @param options.filters {role, competence}: narrow the sessions of a school or class
 * @param options.weekMode 'A' | 'B' | 'both': which week the screen shows (print always shows both)
 * @param options.isHighlighted session => boolean, for the sessions a "why" or an uncovered demand points at
 * @param options.selectedId the session whose details are open
 * @param options.onSelect session id => void
 * @param options.changeOf session => {from, upcoming} | null: marks a session a rerun changed (changes.js)
 * @param options.changeText mark => the mark in words, for the block's accessible name
 */
export function renderTimetable(model, options) {
  const columns = WEEKS.map((week) => DAYS.map((day) => ({ week, day, ...itemsOf(model, options, week, day) })));
  const range = timeRange(model, options, columns.flat());
  const minutes = range.end - range.start;
  // A day with four things at once gets four times the width of a quiet day; A and B share the widths so that
  // their days line up.
  const lanes = DAYS.map((day, d) => Math.max(1, ...columns.map((week) => laneCount(week[d]))));
  const totalLanes = lanes.reduce((sum, n) => sum + n, 0);
  const root = h('div', {
    class: 'tt',
    dataset: { kind: options.kind, weekMode: options.weekMode },
    style: {
      '--tt-minutes': String(minutes),
      '--tt-hours': String(minutes / 60),
      '--tt-columns': lanes.map((n) => `minmax(0, ${n}fr)`).join(' '),
      '--tt-lanes': String(totalLanes),
    },
  });
  WEEKS.forEach((week, w) => {
    root.append(h('section', { class: 'tt-week', dataset: { week }, 'aria-label': t('weekName', { week }) },
      h('h3', { class: 'tt-week-title' }, t('weekName', { week })),
      h('div', { class: 'tt-grid' },
        axis(range),
        columns[w].map((column) => dayColumn(model, options, column, range)))));
  });
  return root;
}

function laneCount(column) {
  const items = [...column.sessions, ...column.legs].map((x) => ({ startMin: x.startMin, endMin: x.endMin }));
  assignLanes(items);
  return items.reduce((max, item) => Math.max(max, item.lanes), 1);
}

function itemsOf(model, options, week, day) {
  if (options.kind === 'staff') {
    const route = staffDay(model, options.id, week, day);
    return { sessions: route.sessions, legs: route.legs.filter((leg) => leg.minutes > 0), travel: route.travelMinutes };
  }
  const source = options.kind === 'school' ? model.bySchool.get(options.id) : model.byClass.get(options.id);
  const sessions = (source || [])
    .filter((x) => x.day === day && inWeek(x, week) && passesFilters(x, options.filters, model));
  return { sessions, legs: [], travel: 0 };
}

/** Whole hours around the school day and everything drawn, so that blocks line up with the hour lines. */
function timeRange(model, options, columns) {
  let start = Infinity;
  let end = -Infinity;
  const school = options.kind === 'school' ? model.schools.get(options.id)
    : options.kind === 'class' ? model.schools.get(model.classes.get(options.id)?.schoolId) : null;
  for (const window of school?.schoolDay || []) {
    start = Math.min(start, toMinutes(window.start));
    end = Math.max(end, toMinutes(window.end));
  }
  for (const column of columns) {
    for (const item of [...column.sessions, ...column.legs]) {
      start = Math.min(start, item.startMin);
      end = Math.max(end, item.endMin);
    }
  }
  if (!Number.isFinite(start)) {
    start = 8 * 60;
    end = 16 * 60;
  }
  start = Math.floor(start / 60) * 60;
  end = Math.max(start + 60, Math.ceil(end / 60) * 60);
  return { start, end };
}

function axis(range) {
  const labels = [];
  for (let m = range.start; m <= range.end; m += 60) {
    labels.push(h('span', { class: 'tt-hour', style: { top: pct(m - range.start, range) } }, clock(m)));
  }
  return h('div', { class: 'tt-axis', 'aria-hidden': 'true' },
    h('div', { class: 'tt-day-head' }), h('div', { class: 'tt-axis-body' }, labels));
}

function dayColumn(model, options, column, range) {
  const items = [
    ...column.sessions.map((session) => ({ kind: 'session', session, startMin: session.startMin, endMin: session.endMin })),
    ...column.legs.map((leg) => ({ kind: 'travel', leg, startMin: leg.startMin, endMin: leg.endMin })),
  ];
  assignLanes(items);
  const body = h('div', { class: 'tt-day-body' });
  if (options.kind === 'class') body.append(...lessonBands(model, options.id, column, range));
  for (const item of items) {
    body.append(item.kind === 'session' ? sessionBlock(model, options, item, range) : travelBlock(model, options, item, range));
  }
  const dayName = term('day', column.day);
  const foot = options.kind === 'staff' && column.travel > 0
    ? h('div', { class: 'tt-day-foot' }, t('travelThatDay', { d: formatDuration(column.travel) })) : null;
  return h('div', { class: 'tt-day', dataset: { day: column.day, week: column.week } },
    h('div', { class: 'tt-day-head' },
      h('span', { class: 'day-long' }, dayName),
      h('span', { class: 'day-short', 'aria-hidden': 'true' }, term('dayShort', column.day))),
    body, foot);
}

/** Side by side where things overlap: each item gets a lane, and each group of overlapping items a lane count. */
function assignLanes(items) {
  items.sort((a, b) => a.startMin - b.startMin || b.endMin - a.endMin);
  let group = [];
  let groupEnd = -Infinity;
  const close = () => {
    const lanes = group.reduce((max, item) => Math.max(max, item.lane + 1), 1);
    group.forEach((item) => { item.lanes = lanes; });
    group = [];
  };
  for (const item of items) {
    if (item.startMin >= groupEnd && group.length > 0) {
      close();
      groupEnd = -Infinity;
    }
    const laneEnds = [];
    group.forEach((other) => { laneEnds[other.lane] = Math.max(laneEnds[other.lane] ?? -Infinity, other.endMin); });
    let lane = 0;
    while (laneEnds[lane] !== undefined && laneEnds[lane] > item.startMin) lane += 1;
    item.lane = lane;
    group.push(item);
    groupEnd = Math.max(groupEnd, item.endMin);
  }
  if (group.length > 0) close();
}

function pct(minutes, range) {
  return `${(100 * minutes) / (range.end - range.start)}%`;
}

function place(item, range) {
  return {
    top: pct(item.startMin - range.start, range),
    height: pct(Math.max(item.endMin - item.startMin, 10), range),
    left: `${(100 * item.lane) / item.lanes}%`,
    width: `${100 / item.lanes}%`,
  };
}

function sessionBlock(model, options, item, range) {
  const { session } = item;
  const person = session.staffId ? model.staff.get(session.staffId) : null;
  const colour = person ? roleColour(person.role) : UNCOVERED;
  const lines = blockLines(model, options.kind, session, person);
  const mark = options.changeOf ? options.changeOf(session) : null;
  const described = describeSession(model, session, item.week);
  const label = [described, mark ? options.changeText(mark) : null, session.locked ? lockText(session.locked) : null]
    .filter(Boolean).join(' – ');
  return h('button', {
    type: 'button',
    class: ['block', !person && 'uncovered', item.lanes > 2 && 'narrow',
      mark && (mark.upcoming ? 'changed upcoming' : 'changed'), session.locked && 'locked',
      options.isHighlighted(session) && 'highlight', options.selectedId === session.id && 'selected'],
    dataset: { sessionId: session.id, demandId: session.demandId, role: person ? person.role : 'uncovered',
      staffId: session.staffId || '', schoolId: session.schoolId, focusKey: `session:${session.id}:${session.week}`,
      ...(mark ? { changedFrom: mark.from } : {}), ...(session.locked ? { locked: session.locked } : {}) },
    style: { ...place(item, range), ...colourStyle(colour) },
    title: label,
    'aria-label': label,
    'aria-pressed': options.selectedId === session.id ? 'true' : 'false',
    onclick: () => options.onSelect(session.id),
  },
  mark ? h('span', { class: 'change-badge', 'aria-hidden': 'true' }, 'Δ') : null,
  session.locked ? padlock() : null,
  lines.map((line, i) => h('span', { class: `line line-${i + 1}` }, line)));
}

function blockLines(model, kind, session, person) {
  const who = person ? person.name : t('uncovered');
  const time = `${session.start}–${session.end}`;
  const tagged = person ? `${term('roleShort', person.role)} · ${time}` : time;
  const what = sessionTitle(model, session);
  if (kind === 'staff') {
    return [model.schools.get(session.schoolId)?.name || session.schoolId, what, time];
  }
  if (kind === 'class') {
    return [session.competence ? term('competence', session.competence) : what, who, tagged];
  }
  return [what, who, tagged];
}

/** "3.B · Læsning", "Samarbejdsmøde", "PPR-tilstedeværelse". */
export function sessionTitle(model, session) {
  if (session.type === 'co-teaching') {
    const className = model.classes.get(session.classId)?.name || session.classId;
    return session.competence ? `${className} · ${term('competence', session.competence)}` : className;
  }
  return term('typeShort', session.type);
}

/** The whole session in words, for the accessible name and the tooltip. */
export function describeSession(model, session) {
  const person = session.staffId ? model.staff.get(session.staffId) : null;
  const school = model.schools.get(session.schoolId)?.name || session.schoolId;
  const className = session.classId ? model.classes.get(session.classId)?.name || session.classId : null;
  return t('sessionDescription', {
    week: session.week === 'AB' ? t('everyWeek') : t('weekName', { week: session.week }),
    day: term('day', session.day),
    start: session.start,
    end: session.end,
    what: term('type', session.type) + (className ? ` ${className}` : '')
      + (session.competence ? ` (${term('competence', session.competence)})` : ''),
    who: person ? `${person.name} (${term('role', person.role)})` : t('uncovered'),
    school,
  });
}

function travelBlock(model, options, item, range) {
  const { leg } = item;
  const person = model.staff.get(options.id);
  const placeName = (schoolId) => (schoolId ? model.schools.get(schoolId)?.name || schoolId
    : person?.base?.name || t('base'));
  const label = t('travelDescription', {
    d: formatDuration(leg.minutes), from: placeName(leg.fromId), to: placeName(leg.toId),
    start: clock(leg.startMin), end: clock(leg.endMin),
  });
  return h('div', {
    class: ['travel-block', item.lanes > 2 && 'narrow', leg.minutes < 16 && 'short'],
    role: 'img',
    dataset: { from: leg.fromId || 'base', to: leg.toId || 'base', minutes: String(leg.minutes) },
    style: { ...place(item, range), ...colourStyle(TRAVEL) },
    title: label,
    'aria-label': label,
  },
  h('span', { class: 'line line-1' }, t('travelShort', { d: formatDuration(leg.minutes) })),
  h('span', { class: 'line line-2' }, `→ ${placeName(leg.toId)}`));
}

/** The class's own lessons, faintly: co-teaching can only lie in them. */
function lessonBands(model, classId, column, range) {
  const schoolClass = model.classes.get(classId);
  const school = model.schools.get(schoolClass?.schoolId);
  const grid = new Map((school?.lessonGrid || []).map((period) => [period.period, period]));
  return (schoolClass?.lessons || [])
    .filter((lesson) => lesson.day === column.day && (!lesson.week || inWeek(lesson, column.week)))
    .map((lesson) => grid.get(lesson.period))
    .filter(Boolean)
    .map((period) => h('div', {
      class: 'lesson-band',
      'aria-hidden': 'true',
      style: {
        top: pct(toMinutes(period.start) - range.start, range),
        height: pct(toMinutes(period.end) - toMinutes(period.start), range),
      },
    }));
}
