// The term view (issue 16): the dated work of the whole term at a glance. Calendar weeks across (their number, A or
// B, holiday weeks marked), schools down or people down; each programme (forløb) a bar from its first week to its
// last, each coordination meeting (koordinerings- og prioriteringsmøde) a mark in its week. Every bar and mark is a
// button: its details show on hover and focus, and it opens the school's timetable on its first date.
import { colourStyle, roleColour, UNCOVERED } from './colours.js';
import { addDays, mondayOf, termWeeks } from './dates.js';
import { h } from './dom.js';
import { compareNames, dayInText, formatDate, formatNumber, formatPercent, t, term } from './i18n.js';

/** The occurrence a session row belongs to: "koord-s03#2/1/1" (a seat) and "koord-s03#2/1" are one meeting. */
function occurrenceOf(row) {
  const [demandId, rest = ''] = String(row.id).split('#');
  return `${demandId}#${rest.split('/')[0]}`;
}

/**
 * The term's dated work as items: {kind: 'programme' | 'meeting', key, schoolId, rows, first, last} with first and
 * last the indexes of the calendar weeks it begins and ends in; the rows of a programme in date order (a new row where
 * its person changes), those of a meeting one per seat.
 */
export function termItems(model, weeks) {
  const term = model.problem.term || {};
  const index = new Map(weeks.map((week, i) => [week.monday, i]));
  const weekIndex = (date, fallback) => index.get(mondayOf(date || fallback));
  const groups = new Map();
  for (const row of model.datedRows) {
    const key = occurrenceOf(row);
    if (!groups.has(key)) {
      groups.set(key, { kind: row.type === 'programme' ? 'programme' : 'meeting', key, demandId: row.demandId,
        schoolId: row.schoolId, rows: [] });
    }
    groups.get(key).rows.push(row);
  }
  const items = [];
  for (const item of groups.values()) {
    item.rows.sort((a, b) => (a.from || '').localeCompare(b.from || '') || (a.seat || 0) - (b.seat || 0));
    const from = item.rows.reduce((min, row) => (!row.from ? term.firstDate : row.from < min ? row.from : min),
      item.rows[0].from || term.firstDate);
    const to = item.rows.reduce((max, row) => (!row.to ? term.lastDate : row.to > max ? row.to : max),
      item.rows[0].to || term.lastDate);
    item.from = from;
    item.to = to;
    item.first = weekIndex(from, term.firstDate);
    item.last = weekIndex(to, term.lastDate);
    if (item.first === undefined || item.last === undefined) continue;
    items.push(item);
  }
  return items;
}

/**
 * ctx: the views' context (views.js); by: 'school' | 'staff'. Only called for a plan with dated work.
 */
export function renderTermView(ctx, { by, kpis, toolbar }) {
  const { model } = ctx;
  const period = model.problem.term || {};
  const weeks = termWeeks(period);
  const items = termItems(model, weeks);
  const rows = by === 'staff' ? staffRows(model, items) : schoolRows(model, items, kpis);
  const detail = h('p', { class: 'term-detail', id: 'term-detail', role: 'status', 'aria-live': 'polite' },
    t('termDetailHint'));
  const show = (text) => { detail.textContent = text; };
  const lead = t('termLead', { from: formatDate(period.firstDate), to: formatDate(period.lastDate) });
  return h('div', { class: 'view view-term' },
    toolbar,
    h('div', { class: 'print-only print-heading' }, h('strong', {}, t('termTitle')), ` · ${ctx.planName} · ${lead}`),
    h('div', { class: 'entity-head' }, h('div', {},
      h('h2', { id: 'term-title' }, t('termTitle')),
      h('p', { class: 'hint' }, lead))),
    termLegend(),
    weeks.length === 0 ? h('p', { class: 'empty' }, t('termNoDates')) : h('div', {
      class: 'term-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'term-title',
      dataset: { focusKey: 'term-scroll' },
    }, termGrid(ctx, weeks, rows, show, by)),
    detail,
    by === 'school' && kpis?.programmeWeeks ? programmeWeeksTable(model, kpis) : null);
}

function termLegend() {
  return h('ul', { class: 'legend term-legend', 'aria-label': t('legend') },
    h('li', {}, h('span', { class: 'swatch swatch-programme', 'aria-hidden': 'true' }), t('termLegendProgramme')),
    h('li', {}, h('span', { class: 'swatch swatch-meeting', 'aria-hidden': 'true' }), t('termLegendMeeting')),
    h('li', {}, h('span', { class: 'swatch swatch-uncovered', style: colourStyle(UNCOVERED), 'aria-hidden': 'true' }),
      t('uncovered')),
    h('li', {}, h('span', { class: 'swatch swatch-holiday', 'aria-hidden': 'true' }), t('termHolidayWeek')));
}

/** Schools down: each school with dated work (a school leader's model holds only their school). */
function schoolRows(model, items, kpis) {
  const figures = new Map((kpis?.programmeWeeks || []).map((x) => [x.schoolId, x]));
  const dated = new Set([...model.demands.values()].filter((d) => ['programme', 'coordination-meeting'].includes(d.type))
    .map((d) => d.schoolId));
  items.forEach((item) => dated.add(item.schoolId));
  return [...model.schools.values()].filter((school) => dated.has(school.id))
    .sort((a, b) => compareNames(a.name, b.name))
    .map((school) => ({
      key: school.id, name: school.name, items: items.filter((item) => item.schoolId === school.id),
      figure: figures.get(school.id) || null, dataset: { schoolId: school.id },
    }));
}

/** People down: each person with dated work, and a row for what nobody covers. */
function staffRows(model, items) {
  const byPerson = new Map();
  const uncovered = [];
  for (const item of items) {
    const people = new Set(item.rows.map((row) => row.staffId));
    for (const staffId of people) {
      if (!staffId) {
        uncovered.push(item);
        continue;
      }
      if (!byPerson.has(staffId)) byPerson.set(staffId, []);
      byPerson.get(staffId).push(item);
    }
  }
  const rows = [...byPerson.entries()].map(([staffId, list]) => {
    const person = model.staff.get(staffId);
    return { key: staffId, name: person?.name || staffId, role: person?.role, items: list, dataset: { staffId } };
  }).sort((a, b) => compareNames(a.name, b.name));
  if (uncovered.length > 0) {
    rows.push({ key: 'uncovered', name: t('uncovered'), items: uncovered, uncoveredRow: true,
      dataset: { staffId: '' } });
  }
  return rows;
}

/**
 * One grid: a column for the row names, one per calendar week. Each row takes as many grid lines (lanes) as it
 * needs so that nothing overlaps: the meeting marks first, then the programme bars.
 */
function termGrid(ctx, weeks, rows, show, by) {
  const cells = [];
  cells.push(h('div', { class: 'term-corner', style: { gridRow: '1', gridColumn: '1' } },
    by === 'staff' ? t('filterStaff') : t('filterSchool')));
  weeks.forEach((week, i) => {
    const title = t('termWeekTitle', { n: week.number, week: week.letter, from: formatDate(week.monday),
      to: formatDate(week.sunday) }) + (week.holiday === 'week' ? ` – ${t('termHolidayWeek')}`
      : week.holiday === 'days' ? ` – ${t('termHolidayDays', { dates: week.holidayDates.map(formatDate).join(', ') })}` : '');
    cells.push(h('div', {
      class: ['term-week', week.holiday === 'week' && 'holiday', week.holiday === 'days' && 'holiday-days'],
      dataset: { col: String(i), monday: week.monday, weekNumber: String(week.number), letter: week.letter },
      style: { gridRow: '1', gridColumn: String(i + 2) }, title,
    },
    h('span', { class: 'visually-hidden' }, title),
    h('span', { class: 'term-week-number', 'aria-hidden': 'true' }, String(week.number)),
    h('span', { class: 'term-week-letter', 'aria-hidden': 'true' }, week.letter),
    week.holiday ? h('span', { class: 'term-week-off', 'aria-hidden': 'true' },
      week.holiday === 'week' ? t('termHolidayShort') : '•') : null));
  });
  let line = 2;
  for (const row of rows) {
    const laid = lay(row.items);
    const lanes = Math.max(1, laid.lanes);
    const rowLines = `${line} / ${line + lanes}`;
    cells.push(h('div', { class: 'term-row-band', 'aria-hidden': 'true',
      style: { gridRow: rowLines, gridColumn: `1 / ${weeks.length + 2}` } }));
    weeks.forEach((week, i) => {
      if (week.holiday === 'week') {
        cells.push(h('div', { class: 'term-holiday', 'aria-hidden': 'true',
          style: { gridRow: rowLines, gridColumn: String(i + 2) } }));
      }
    });
    cells.push(h('div', {
      class: ['term-label', row.uncoveredRow && 'uncovered'],
      dataset: { ...row.dataset, rowKey: row.key }, style: { gridRow: rowLines, gridColumn: '1' },
    },
    h('span', { class: 'term-label-name' }, row.name),
    row.role ? h('span', { class: 'role-tag', style: colourStyle(roleColour(row.role)) }, term('roleShort', row.role))
      : null,
    row.figure ? h('span', { class: 'term-figure', dataset: { programmeWeeks: row.key } },
      t('termProgrammeWeeks', { covered: formatNumber(row.figure.covered), expected: formatNumber(row.figure.expected),
        p: formatPercent(row.figure.coveredPercent) })) : null));
    for (const { item, lane } of laid.placed) {
      const gridRow = String(line + lane);
      cells.push(item.kind === 'programme' ? programmeBar(ctx, item, gridRow, show, by, row)
        : meetingMark(ctx, item, gridRow, show));
    }
    line += lanes;
  }
  return h('div', { class: ['term-grid', `term-by-${by}`], style: { '--term-weeks': String(weeks.length) },
    dataset: { weeks: String(weeks.length), rows: String(rows.length) } }, cells);
}

/** Lanes: marks in the first lanes, bars below, each in the first lane free for all its weeks. */
function lay(items) {
  const placed = [];
  let lanes = 0;
  for (const kind of ['meeting', 'programme']) {
    const ends = [];
    const list = items.filter((item) => item.kind === kind).sort((a, b) => a.first - b.first || a.last - b.last);
    for (const item of list) {
      let lane = 0;
      while (ends[lane] !== undefined && ends[lane] >= item.first) lane += 1;
      ends[lane] = item.last;
      placed.push({ item, lane: lanes + lane });
    }
    lanes += ends.length;
  }
  return { placed, lanes };
}

function personName(model, staffId) {
  return staffId ? model.staff.get(staffId)?.name || staffId : t('uncovered');
}

function when(row) {
  return `${dayInText(row.day)} ${row.start}–${row.end}`;
}

/** "Forløb på Højby Skole: Anne Holm, tirsdag 08:00–09:00, 4. januar 2027 – 21. februar 2027". */
function programmeText(model, item) {
  const school = model.schools.get(item.schoolId)?.name || item.schoolId;
  const people = item.rows.map((row) => t('termProgrammePart', {
    who: personName(model, row.staffId), when: when(row),
    from: formatDate(row.from || item.from), to: formatDate(row.to || item.to),
  }));
  return t('termProgrammeText', { school, parts: people.join('; ') });
}

/** "Koordinerings- og prioriteringsmøde på Højby Skole: onsdag 10:30–11:30, uge 8 (B), Anne Holm og Bo Berg". */
function meetingText(model, item, week) {
  const school = model.schools.get(item.schoolId)?.name || item.schoolId;
  const row = item.rows[0];
  const people = item.rows.map((x) => personName(model, x.staffId));
  return t('termMeetingText', {
    school, when: when(row), from: formatDate(item.from), to: formatDate(addDays(mondayOf(item.from), 6)),
    n: week?.number ?? '', week: row.week, who: people.join(', '),
  });
}

function programmeBar(ctx, item, gridRow, show, by, row) {
  const { model } = ctx;
  const people = [];
  item.rows.forEach((x) => { if (people[people.length - 1] !== x.staffId) people.push(x.staffId); });
  const covered = item.rows.every((x) => x.staffId);
  const firstPerson = model.staff.get(item.rows.find((x) => x.staffId)?.staffId);
  // People down, the row already names the person: the bar names the school.
  const label = by === 'staff' && !row.uncoveredRow
    ? model.schools.get(item.schoolId)?.name || item.schoolId
    : people.map((staffId) => personName(model, staffId)).join(' → ');
  const text = programmeText(model, item);
  const span = item.last - item.first + 1;
  return h('button', {
    type: 'button',
    class: ['term-bar', !covered && 'uncovered', !covered && item.rows.some((x) => x.staffId) && 'part-uncovered'],
    dataset: { occurrence: item.key, demandId: item.demandId, schoolId: item.schoolId, firstWeek: String(item.first),
      lastWeek: String(item.last), from: item.from, to: item.to, focusKey: `term:${item.key}:${row.key}` },
    style: { gridRow, gridColumn: `${item.first + 2} / span ${span}`,
      ...colourStyle(covered ? roleColour(firstPerson?.role) : UNCOVERED) },
    title: text, 'aria-label': text,
    onmouseenter: () => show(text), onfocus: () => show(text),
    onclick: () => ctx.go('school', { school: item.schoolId, date: item.from, week: null, sel: null }),
  }, h('span', { class: 'term-bar-label' }, label));
}

function meetingMark(ctx, item, gridRow, show) {
  const { model } = ctx;
  const weeks = termWeeks(model.problem.term || {});
  const text = meetingText(model, item, weeks[item.first]);
  const covered = item.rows.every((x) => x.staffId);
  const firstPerson = model.staff.get(item.rows.find((x) => x.staffId)?.staffId);
  return h('button', {
    type: 'button',
    class: ['term-mark', !covered && 'uncovered'],
    dataset: { occurrence: item.key, demandId: item.demandId, schoolId: item.schoolId, week: String(item.first),
      from: item.from, focusKey: `term:${item.key}` },
    style: { gridRow, gridColumn: String(item.first + 2),
      ...colourStyle(covered ? roleColour(firstPerson?.role) : UNCOVERED) },
    title: text, 'aria-label': text,
    onmouseenter: () => show(text), onfocus: () => show(text),
    onclick: () => ctx.go('school', { school: item.schoolId, date: item.from, week: null, sel: null }),
  }, h('span', { class: 'term-mark-label', 'aria-hidden': 'true' }, term('dayShort', item.rows[0].day)));
}

/** The programme weeks covered at each school against those expected (kpis.programmeWeeks). */
export function programmeWeeksTable(model, kpis) {
  const rows = [...kpis.programmeWeeks].sort((a, b) => compareNames(model.schools.get(a.schoolId)?.name || a.schoolId,
    model.schools.get(b.schoolId)?.name || b.schoolId));
  return h('section', { class: 'card programme-weeks', 'aria-labelledby': 'programme-weeks-title' },
    h('h3', { id: 'programme-weeks-title' }, t('programmeWeeksTitle')),
    h('p', { class: 'hint' }, t('programmeWeeksHint')),
    h('div', { class: 'table-scroll' }, h('table', { class: 'figures' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('filterSchool')),
        h('th', { scope: 'col', class: 'num' }, t('programmeWeeksCovered')),
        h('th', { scope: 'col', class: 'num' }, t('programmeWeeksPlanned')),
        h('th', { scope: 'col', class: 'num' }, t('programmeWeeksExpected')),
        h('th', { scope: 'col', class: 'num' }, t('programmeWeeksPercent')))),
      h('tbody', {}, rows.map((x) => h('tr', { dataset: { schoolId: x.schoolId } },
        h('th', { scope: 'row' }, model.schools.get(x.schoolId)?.name || x.schoolId),
        h('td', { class: 'num' }, formatNumber(x.covered)),
        h('td', { class: 'num' }, formatNumber(x.planned)),
        h('td', { class: 'num' }, formatNumber(x.expected)),
        h('td', { class: 'num' }, formatPercent(x.coveredPercent))))))));
}
