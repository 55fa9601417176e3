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
