// The fortnight as a timetable: week A and week B, Monday to Friday on a time axis, for one school, one staff member
// (with the drives between schools as their own blocks) or one class.
import { colourStyle, roleColour, TRAVEL, UNCOVERED } from './colours.js';
import { h } from './dom.js';
import { lockText, padlock } from './edits.js';
import { dayInText, formatDate, formatDuration, t, term } from './i18n.js';
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
  // A day with four things at once gets four lanes, each wide enough for its text; A and B share the lanes so that
  // their days line up. Where the screen is narrower than the lanes, the grid scrolls sideways, never cuts text.
  const lanes = DAYS.map((day, d) => Math.max(1, ...columns.map((week) => laneCount(week[d]))));
  const sessions = columns.flat().flatMap((column) => column.sessions);
  const root = h('div', {
    class: 'tt',
    dataset: { kind: options.kind, weekMode: options.weekMode, day: options.day || '' },
    style: {
      '--tt-minutes': String(minutes),
      '--tt-hours': String(minutes / 60),
      '--tt-shortest': String(shortest(sessions)),
      '--lane-min': `${laneWidth(model, options, sessions)}px`,
    },
  });
  WEEKS.forEach((week, w) => {
    const title = weekTitle(model, week);
    root.append(h('section', { class: 'tt-week', dataset: { week, monday: model.fortnight?.[week]?.monday || '' },
      'aria-label': title },
      h('h3', { class: 'tt-week-title' }, title),
      h('div', { class: 'tt-grid' },
        axis(range),
        columns[w].map((column, d) => dayColumn(model, options, column, range, lanes[d])))));
  });
  return root;
}

/**
 * "Uge A", or for the plan on a date (its fortnight, see model.js) the calendar week too: "Uge A · uge 2, 11. januar
 * 2027 – 17. januar 2027".
 */
function weekTitle(model, week) {
  const calendar = model.fortnight?.[week];
  if (!calendar || !calendar.number) return t('weekName', { week });
  return t(calendar.holiday === 'week' ? 'weekOfTermHoliday' : 'weekOfTerm', {
    week, n: calendar.number, from: formatDate(calendar.monday), to: formatDate(calendar.sunday),
  });
}

/** Titles longer than this many characters wrap at their spaces (in a block long enough for them). */
const WRAPPED_TITLE = 18;
/** The block's text size on screen (styles.css, --block-font). */
const BLOCK_FONT_PX = 11.5;
/** A block's padding and borders across, and the room its corner marks (Δ, padlock) take. */
const BLOCK_EDGES_PX = 14;
const MARK_PX = 14;

/** The shortest session drawn, in minutes: the grid is tall enough for its three lines. */
function shortest(sessions) {
  return Math.max(15, Math.min(45, ...sessions.map((x) => x.endMin - x.startMin)));
}

/**
 * How wide a lane must be for the widest line of any block, measured in the page's own font: every block shows
 * its lines in full on screen, and the grid scrolls sideways where the screen is narrower than its lanes.
 */
function laneWidth(model, options, sessions) {
  const widest = sessions.reduce((max, session) => {
    const person = session.staffId ? model.staff.get(session.staffId) : null;
    return Math.max(max, ...blockLines(model, options.kind, session, person).map(lineWidth));
  }, 60);
  const marked = sessions.some((x) => x.locked || (options.changeOf && options.changeOf(x)));
  return Math.ceil(widest + BLOCK_EDGES_PX + (marked ? MARK_PX : 0));
}

function lineWidth(line) {
  const bold = line.part === 'what' || line.part === 'where';
  const text = line.text.replace(/\u00ad/g, '');
  if (line.part !== 'what' || text.length <= WRAPPED_TITLE) return textWidth(text, bold);
  return Math.max(...text.split(' ').map((word) => textWidth(word, bold)));
}

let measure = null;
let family = null;

function textWidth(text, bold) {
  if (!measure) {
    measure = document.createElement('canvas').getContext('2d');
    family = getComputedStyle(document.body).fontFamily;
  }
  measure.font = `${bold ? '700 ' : ''}${BLOCK_FONT_PX}px ${family}`;
  return measure.measureText(text).width;
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

function dayColumn(model, options, column, range, lanes) {
  const items = [
    ...column.sessions.map((session) => ({ kind: 'session', session, startMin: session.startMin, endMin: session.endMin })),
    ...column.legs.map((leg) => ({ kind: 'travel', leg, startMin: leg.startMin, endMin: leg.endMin })),
  ];
  assignLanes(items);
  const body = h('div', { class: 'tt-day-body' });
  if (options.kind === 'class') body.append(...lessonBands(model, options.id, column, range));
  for (const item of items) {
    item.week = column.week;
    body.append(item.kind === 'session' ? sessionBlock(model, options, item, range) : travelBlock(model, options, item, range));
  }
  const dayName = term('day', column.day);
  const foot = options.kind === 'staff' && column.travel > 0
    ? h('div', { class: 'tt-day-foot' }, t('travelThatDay', { d: formatDuration(column.travel) })) : null;
  return h('div', {
    class: ['tt-day', options.day === column.day && 'day-shown'],
    dataset: { day: column.day, week: column.week },
    style: { '--day-lanes': String(lanes) },
  },
  h('div', { class: 'tt-day-head' }, dayName),
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
    class: ['block', !person && 'uncovered',
      mark && (mark.upcoming ? 'changed upcoming' : 'changed'), session.locked && 'locked',
      options.isHighlighted(session) && 'highlight', options.selectedId === session.id && 'selected'],
    dataset: { sessionId: session.id, week: item.week, demandId: session.demandId, role: person ? person.role : 'uncovered',
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
  lines.map((line) => h('span', { class: `line line-${line.part}` }, line.content || line.text)));
}

/**
 * The block's lines, {part, text, content}: what, who and when (in a staff member's grid: where, what and when).
 * Who is the full name, with the person's short code beside it for a block too narrow for the name (styles.css
 * shows one of them); the codes are in the legend.
 */
function blockLines(model, kind, session, person) {
  const time = `${session.start}–${session.end}`;
  const when = { part: 'when', text: time, content: [
    h('span', { class: 'tt-role' }, person ? `${term('roleShort', person.role)} · ` : ''), time] };
  const what = { part: 'what', text: sessionTitle(model, session), content: breakable(sessionTitle(model, session)) };
  if (kind === 'staff') {
    return [{ part: 'where', text: model.schools.get(session.schoolId)?.name || session.schoolId }, what, when];
  }
  const who = person
    ? { part: 'who', text: person.name, content: [h('span', { class: 'who-full' }, person.name),
      h('span', { class: 'who-code' }, staffCode(model, person.id))] }
    : { part: 'who', text: t('uncovered') };
  if (kind === 'class' && session.competence) {
    const competence = term('competence', session.competence);
    return [{ part: 'what', text: competence, content: breakable(competence) }, who, when];
  }
  return [what, who, when];
}

/** "Adfærd/ADHD" may break after its slash where a lane is narrow (on paper). */
function breakable(text) {
  return text.split('/').flatMap((part, i) => (i === 0 ? [part] : ['/', h('wbr'), part]));
}

const codeCache = new WeakMap();

/**
 * A short code for each staff member of the plan, unique in it: the initials ("KK"), with more letters of the
 * last name where two share them ("KKr"), and a number as the last resort.
 */
export function staffCode(model, staffId) {
  if (!codeCache.has(model.staff)) codeCache.set(model.staff, staffCodes(model.staff));
  return codeCache.get(model.staff).get(staffId) || staffId;
}

function staffCodes(staff) {
  const codes = new Map();
  const taken = new Set();
  const people = [...staff.values()].sort((a, b) => a.id.localeCompare(b.id));
  for (const person of people) {
    const words = String(person.name || person.id).split(/[\s-]+/).filter(Boolean);
    const first = words[0] || person.id;
    const last = words[words.length - 1] || '';
    let code = null;
    for (let n = 1; n <= last.length && !code; n += 1) {
      const candidate = (first[0] + last.slice(0, n)).replace(/^(.)(.)/, (m, a, b) => a.toUpperCase() + b.toUpperCase());
      if (!taken.has(candidate)) code = candidate;
    }
    for (let n = 2; !code; n += 1) {
      if (!taken.has(`${first[0]}${last[0] || ''}${n}`)) code = `${first[0]}${last[0] || ''}${n}`;
    }
    taken.add(code);
    codes.set(person.id, code);
  }
  return codes;
}

/** "3.B · Læsning", "Samarbejds- og indsatsmøde", "PPR-tilstedeværelse". */
export function sessionTitle(model, session) {
  if (session.type === 'co-teaching') {
    const className = model.classes.get(session.classId)?.name || session.classId;
    return session.competence ? `${className} · ${term('competence', session.competence)}` : className;
  }
  return term('typeShort', session.type);
}

/**
 * "Hver uge", "Uge A"; dated work (a programme, a coordination meeting) names the week it is shown in, or the weeks of
 * the fortnight it holds in, never every week.
 */
export function weekText(session, shownWeek = null) {
  if (Array.isArray(session.weeksHeld)) {
    const weeks = shownWeek ? [shownWeek] : session.weeksHeld;
    return weeks.map((week) => t('weekName', { week })).join(', ');
  }
  return session.week === 'AB' ? t('everyWeek') : t('weekName', { week: session.week });
}

/** The whole session in words, for the accessible name and the tooltip. */
export function describeSession(model, session, shownWeek = null) {
  const person = session.staffId ? model.staff.get(session.staffId) : null;
  const school = model.schools.get(session.schoolId)?.name || session.schoolId;
  const className = session.classId ? model.classes.get(session.classId)?.name || session.classId : null;
  return t('sessionDescription', {
    week: weekText(session, shownWeek),
    day: dayInText(session.day),
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
    class: ['travel-block', leg.minutes < 16 && 'short'],
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
