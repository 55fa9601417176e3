// A plan as the page uses it: the problem and its solution indexed by id, with each session's times in minutes, and
// each person's days with their drives as the service counts them (GET /api/plans/{id}/days): the page draws travel,
// it does not compute it.
import { addDays, isoWeekNumber, mondayOf, termWeeks, weekLetter } from './dates.js';

export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
export const WEEKS = ['A', 'B'];
export const PRIORITIES = ['red', 'yellow', 'green'];
export const COMPETENCES = ['reading', 'dld', 'maths', 'behaviour', 'autism', 'wellbeing'];

export function toMinutes(hhmm) {
  const [hours, minutes] = String(hhmm).split(':').map(Number);
  return hours * 60 + minutes;
}

export function clock(minutes) {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * Whether a session is in a week of the fortnight. Dated work (a programme, a coordination meeting) shown for a
 * date is in the weeks of that fortnight it holds in only (weeksHeld, see buildModel).
 */
export function inWeek(session, week) {
  if (Array.isArray(session.weeksHeld)) return session.weeksHeld.includes(week);
  return session.week === 'AB' || session.week === week;
}

/** The demand types placed on dates by rule (issue 16): they hold from and to a date, not all term. */
export const DATED_TYPES = ['programme', 'coordination-meeting'];

export function isDatedWork(session) {
  return DATED_TYPES.includes(session.type);
}

/**
 * The two calendar weeks the timetables show for a date: the date's own week and its partner, week A first,
 * {A: week, B: week} with each week as termWeeks gives it; null without a date or a term.
 */
export function fortnightOf(term, date) {
  if (!date || !term?.firstDate) return null;
  const monday = mondayOf(date);
  const letter = weekLetter(term, date);
  const mondayA = letter === 'A' ? monday : addDays(monday, -7);
  const weeks = new Map(termWeeks(term).map((week) => [week.monday, week]));
  const week = (start, l) => weeks.get(start) || { monday: start, sunday: addDays(start, 6), letter: l, number: isoWeekNumber(start),
    holiday: null, holidayDates: [], outside: true };
  return { A: week(mondayA, 'A'), B: week(addDays(mondayA, 7), 'B') };
}

/** The weeks of the fortnight a dated session holds in: a week it overlaps, which is no holiday week. */
function weeksHeld(session, fortnight) {
  const letters = session.week === 'AB' ? ['A', 'B'] : [session.week];
  return letters.filter((letter) => {
    const week = fortnight[letter];
    return week && !week.outside && week.holiday !== 'week'
      && (!session.from || session.from <= week.sunday) && (!session.to || session.to >= week.monday);
  });
}

/** The roles that may fill a session: for an uncovered one, the roles it is waiting for. */
function acceptedRoles(demand, seat) {
  if (Array.isArray(demand.seats) && demand.seats.length > 0) {
    return demand.seats[Math.max(0, (seat || 1) - 1)] || demand.seats[0];
  }
  if (Array.isArray(demand.roles) && demand.roles.length > 0) return demand.roles;
  return demand.type === 'co-teaching' ? ['co-teacher'] : [];
}

function index(items) {
  return new Map((items || []).map((item) => [item.id, item]));
}

/**
 * Whether a session is in force on a date. After a rerun a session may hold only from or to a date (inclusive);
 * date null means the end of the term: the sessions that hold to the end (no {@code to}).
 */
export function holdsOn(session, date) {
  if (date === null || date === undefined) return !session.to;
  return (!session.from || session.from <= date) && (!session.to || session.to >= date);
}

/**
 * One version of each session: the one in force on the date. Should two ever hold at once, the later one is
 * kept, so the timetable never draws a session twice.
 */
function inForce(sessions, date, fortnight) {
  const byId = new Map();
  const dated = [];
  for (const session of sessions) {
    if (isDatedWork(session)) {
      // Dated work is shown in the calendar weeks it holds in; the plan at the end of the term is the template only.
      if (!fortnight) continue;
      const held = weeksHeld(session, fortnight);
      if (held.length > 0) dated.push({ ...session, weeksHeld: held });
      continue;
    }
    if (!holdsOn(session, date)) continue;
    const other = byId.get(session.id);
    if (!other || (session.from || '') > (other.from || '')) byId.set(session.id, session);
  }
  return [...byId.values(), ...dated];
}

/**
 * @param detail the answer of GET /api/plans/{id}
 * @param options.date the date whose plan is shown ("2027-03-01"), or null for the plan at the end of the term
 */
export function buildModel(detail, { date = null } = {}) {
  const solution = detail.solution || null;
  // A solved document carries the term it was solved for; after a rerun that is the term as changed (a new staff
  // member, changed hours), which the original problem does not know.
  const problem = (solution && Array.isArray(solution.staff) ? solution : detail.problem) || {};
  const schools = index(problem.schools);
  const classes = index(problem.classes);
  const staff = distinctNames(index(problem.staff));
  const demands = index(problem.demands);
  const allSessions = solution?.sessions || [];
  const fortnight = fortnightOf(problem.term, date);
  const sessions = inForce(allSessions, date, fortnight).map((session) => {
    const demand = demands.get(session.demandId) || {};
    const person = session.staffId ? staff.get(session.staffId) : null;
    return {
      ...session,
      startMin: toMinutes(session.start),
      endMin: toMinutes(session.end),
      competence: demand.competence || null,
      demandName: demand.name || null,
      role: person ? person.role : null,
      acceptedRoles: acceptedRoles(demand, session.seat),
    };
  });
  const model = {
    detail, problem, solution, schools, classes, staff, demands, sessions, date, fortnight,
    days: null,
    dated: allSessions.some((session) => session.from || session.to),
    // Programmes and coordination meetings, every row of the term (the term view draws them all).
    datedRows: allSessions.filter(isDatedWork),
    hasDatedWork: allSessions.some(isDatedWork) || [...demands.values()].some((demand) => isDatedWork(demand)),
    uncovered: solution?.uncovered || [],
    sessionsById: new Map(),
    bySchool: group(sessions, (x) => x.schoolId),
    byStaff: group(sessions.filter((x) => x.staffId), (x) => x.staffId),
    byClass: group(sessions.filter((x) => x.classId), (x) => x.classId),
  };
  sessions.forEach((session) => model.sessionsById.set(session.id, session));
  return model;
}

/**
 * Two staff members with the same name are told apart everywhere the page names them: the name is followed by the
 * person's id ("Anne Holm (ppr-03)"); a name nobody else has stays as it is.
 */
function distinctNames(staff) {
  const count = new Map();
  for (const person of staff.values()) count.set(person.name, (count.get(person.name) || 0) + 1);
  for (const [id, person] of staff) {
    if (count.get(person.name) > 1) staff.set(id, { ...person, name: `${person.name} (${person.id})` });
  }
  return staff;
}

function group(items, key) {
  const map = new Map();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, []);
    map.get(k).push(item);
  }
  return map;
}

/**
 * Puts the service's days (the answer of GET /api/plans/{id}/days, for the model's revision and date) on the model:
 * by staff member, each day by week and weekday, the drives with their times in minutes.
 */
export function withDays(model, answer) {
  const days = new Map();
  for (const person of answer?.staff || []) {
    const byDay = new Map();
    for (const day of person.days) {
      byDay.set(`${day.week}|${day.day}`, {
        travelMinutes: day.travelMinutes,
        legs: day.legs.map((leg) => ({ ...leg, startMin: leg.start, endMin: leg.end })),
      });
    }
    days.set(person.staffId, { ...person, byDay });
  }
  return { ...model, days };
}

/**
 * A staff member's day in one week: the sessions in time order and the drives the service counted (none until the
 * days have come, and none for a reader who is not shown them).
 */
export function staffDay(model, staffId, week, day) {
  const sessions = (model.byStaff.get(staffId) || []).filter((x) => x.day === day && inWeek(x, week))
    .sort((a, b) => a.startMin - b.startMin || a.endMin - b.endMin);
  const counted = model.days?.get(staffId)?.byDay.get(`${week}|${day}`);
  return { sessions, legs: counted?.legs || [], travelMinutes: counted?.travelMinutes || 0 };
}

/** Minutes used in the fortnight, split into sessions and travel, against the minutes available (2 weeks). */
export function staffLoad(model, staffId) {
  const counted = model.days?.get(staffId);
  if (counted) {
    return { sessionMinutes: counted.sessionMinutes, travelMinutes: counted.travelMinutes,
      available: counted.availableMinutes };
  }
  // Nobody the service counted: no sessions in the plan (or the days have not come yet).
  return { sessionMinutes: 0, travelMinutes: 0, available: 2 * 60 * (model.staff.get(staffId)?.hoursPerWeek || 0) };
}

/** Whether a session passes the role and competence filters ('' = all). */
export function passesFilters(session, filters, model) {
  if (filters.role) {
    const roles = session.staffId ? [session.role] : session.acceptedRoles;
    if (!roles.includes(filters.role)) return false;
  }
  if (filters.competence) {
    if (session.type === 'co-teaching') return session.competence === filters.competence;
    const person = session.staffId ? model.staff.get(session.staffId) : null;
    return Boolean(person && (person.competences || []).includes(filters.competence));
  }
  return true;
}

/** Parses "0hard/-180medium/-4781soft". */
export function parseScore(score) {
  if (!score) return null;
  const match = /(-?\d+)hard\/(-?\d+)medium\/(-?\d+)soft/.exec(score);
  if (!match) return null;
  return { hard: Number(match[1]), medium: Number(match[2]), soft: Number(match[3]) };
}
