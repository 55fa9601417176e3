// Calendar dates as the service writes them ("2027-03-01"), computed in UTC so that no time zone moves a day.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value) {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function addDays(isoDate, days) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Today in the browser's own calendar. */
export function today() {
  const now = new Date();
  return [now.getFullYear(), String(now.getMonth() + 1).padStart(2, '0'), String(now.getDate()).padStart(2, '0')]
    .join('-');
}

/** 1 = Monday … 7 = Sunday. */
function isoWeekday(isoDate) {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay() || 7;
}

/** Whether the date lies in the term {firstDate, lastDate} (both inclusive). */
export function withinTerm(term, isoDate) {
  return Boolean(term?.firstDate && term?.lastDate && isoDate >= term.firstDate && isoDate <= term.lastDate);
}

/**
 * The day a rerun most likely starts: the Monday after today, kept within the term (its first Monday when the
 * term has not begun, its last Monday when it is over).
 */
export function nextMondayWithin(term, fromDate = today()) {
  let monday = addDays(fromDate, 8 - isoWeekday(fromDate));
  if (!term?.firstDate || !term?.lastDate) return monday;
  if (monday < term.firstDate) {
    const first = term.firstDate;
    monday = isoWeekday(first) === 1 ? first : addDays(first, 8 - isoWeekday(first));
  }
  if (monday > term.lastDate) monday = addDays(term.lastDate, 1 - isoWeekday(term.lastDate));
  return monday < term.firstDate ? term.firstDate : monday;
}

/**
 * The date whose plan the timetables show: the one asked for, else today while the term runs, else null, which
 * means the plan as it stands at the end of the term.
 */
export function viewDate(term, requested, todayDate = today()) {
  if (isIsoDate(requested)) return requested;
  return withinTerm(term, todayDate) ? todayDate : null;
}

/** The Monday of the date's calendar week. */
export function mondayOf(isoDate) {
  return addDays(isoDate, 1 - isoWeekday(isoDate));
}

/** The ISO week number of the date (1–53). */
export function isoWeekNumber(isoDate) {
  const thursday = addDays(isoDate, 4 - isoWeekday(isoDate));
  const jan4 = `${thursday.slice(0, 4)}-01-04`;
  const firstMonday = mondayOf(jan4);
  return Math.round((Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${firstMonday}T00:00:00Z`)) / 604800000) + 1;
}

/** The Monday of an ISO week written "2027-W07". */
function mondayOfIsoWeek(text) {
  const match = /^(\d{4})-W(\d{2})$/.exec(text);
  if (!match) return null;
  return addDays(mondayOf(`${match[1]}-01-04`), 7 * (Number(match[2]) - 1));
}

/**
 * Week A or B of the fortnight the date lies in, as the service counts it (TermCalendar): from the Monday of the
 * term's first date, alternating every calendar week, holiday weeks included.
 */
export function weekLetter(term, isoDate) {
  if (!term?.firstDate) return null;
  const weeks = Math.round((Date.parse(`${mondayOf(isoDate)}T00:00:00Z`)
    - Date.parse(`${mondayOf(term.firstDate)}T00:00:00Z`)) / 604800000);
  const first = term.firstWeek === 'B' ? 'B' : 'A';
  return Math.abs(weeks) % 2 === 0 ? first : (first === 'A' ? 'B' : 'A');
}

/**
 * The calendar weeks of the term, in order: {monday, sunday, number (ISO), letter (A/B), holiday}, where holiday is
 * 'week' when the week has no teaching day (a holiday week, or every weekday a holiday), 'days' when some weekdays
 * are holidays (their dates in holidayDates), and null otherwise.
 */
export function termWeeks(term) {
  if (!isIsoDate(term?.firstDate) || !isIsoDate(term?.lastDate) || term.lastDate < term.firstDate) return [];
  const holidayWeeks = new Set();
  const holidayDates = new Set();
  for (const holiday of term.holidays || []) {
    const monday = mondayOfIsoWeek(String(holiday).trim());
    if (monday) holidayWeeks.add(monday);
    else if (isIsoDate(holiday)) holidayDates.add(holiday);
  }
  const weeks = [];
  for (let monday = mondayOf(term.firstDate); monday <= term.lastDate; monday = addDays(monday, 7)) {
    const weekdays = [0, 1, 2, 3, 4].map((d) => addDays(monday, d))
      .filter((date) => date >= term.firstDate && date <= term.lastDate);
    const off = holidayWeeks.has(monday) ? weekdays : weekdays.filter((date) => holidayDates.has(date));
    weeks.push({
      monday, sunday: addDays(monday, 6), number: isoWeekNumber(monday), letter: weekLetter(term, monday),
      holiday: off.length > 0 && off.length === weekdays.length ? 'week' : off.length > 0 ? 'days' : null,
      holidayDates: holidayWeeks.has(monday) ? [] : off,
    });
  }
  return weeks;
}
