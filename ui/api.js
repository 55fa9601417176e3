// The planner service's API, as issue 3 describes it. Every failure becomes an ApiError carrying the service's
// field errors ({path, message, messageDa}, and for a workbook also sheet, row and column), so the page can show
// them in the chosen language.

/** The media type of the planners' term workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Whether a chosen file is the term workbook rather than a JSON term. */
export function isWorkbook(file) {
  return /\.xlsx$/i.test(file.name || '') || file.type === XLSX_TYPE;
}

export class ApiError extends Error {
  constructor(status, errors) {
    super(errors.map((e) => `${e.path}: ${e.message}`).join('; ') || `HTTP ${status}`);
    this.status = status;
    this.errors = errors;
  }
}

async function request(method, path, { body, headers } = {}) {
  let response;
  try {
    response = await fetch(path, { method, body, headers: { Accept: 'application/json', ...headers } });
  } catch (cause) {
    throw new ApiError(0, [{ path: '$', message: 'The service cannot be reached.',
      messageDa: 'Tjenesten kan ikke nås.' }]);
  }
  const text = await response.text();
  let json = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  if (response.status === 401) {
    // Not logged in, or the login ran out: the service's own login page takes the token and comes back here.
    window.location.assign('/login');
  }
  if (!response.ok) {
    const errors = Array.isArray(json?.errors) && json.errors.length > 0 ? json.errors
      : [{ path: '$', message: `The service answered ${response.status}.`,
        messageDa: `Tjenesten svarede ${response.status}.` }];
    throw new ApiError(response.status, errors);
  }
  return json;
}

const plan = (id) => `/api/plans/${encodeURIComponent(id)}`;

export const api = {
  /** Who is logged in, and every route their role may call (the service's own route table). */
  me: () => request('GET', '/api/me'),
  listPlans: () => request('GET', '/api/plans'),
  getPlan: (id) => request('GET', plan(id)),
  /** Each person's days with their drives, as the service counts them, in a revision on a date (null: term's end). */
  days: (id, revision, date) => request('GET', `${plan(id)}/days?revision=${encodeURIComponent(revision)}`
    + (date ? `&date=${encodeURIComponent(date)}` : '')),
  /** A term as a JSON file or as the workbook (xlsx), sent as it is. */
  submitPlan: async (file) => request('POST', '/api/plans', isWorkbook(file)
    ? { body: file, headers: { 'Content-Type': XLSX_TYPE } }
    : { body: await file.text(), headers: { 'Content-Type': 'application/json' } }),
  /** A term as JSON, such as the one a timetable import answers, submitted as a new plan. */
  submitTerm: (term) => request('POST', '/api/plans', { body: JSON.stringify(term),
    headers: { 'Content-Type': 'application/json' } }),
  /** A school's class timetables (a multipart form) into the plan's term; answers the new term, stores nothing. */
  importTimetable: (id, form) => request('POST', `${plan(id)}/timetable`, { body: form }),
  deletePlan: (id) => request('DELETE', plan(id)),
  startSolving: (id, seconds) => request('POST', `${plan(id)}/solve?seconds=${encodeURIComponent(seconds)}`),
  stopSolving: (id) => request('DELETE', `${plan(id)}/solve`),
  status: (id) => request('GET', `${plan(id)}/status`),
  analysis: (id) => request('GET', `${plan(id)}/analysis`),
  publish: (id) => request('POST', `${plan(id)}/publish`),
  /** "Beregn videre": solving goes on from the latest plan revision, locked work kept; followed like a solve. */
  continueSolving: (id, seconds) => request('POST', `${plan(id)}/continue?seconds=${encodeURIComponent(seconds)}`),
  /**
   * Who can take a seat, ranked best first with what the score would become: target {sessionId} for a session of the
   * plan, or {demandId, seat} for an uncovered demand (seat may be absent).
   */
  recommendations: (id, revision, target) => {
    const query = new URLSearchParams({ revision: String(revision) });
    if (target.sessionId) query.set('sessionId', target.sessionId);
    else {
      query.set('demandId', target.demandId);
      if (target.seat !== null && target.seat !== undefined) query.set('seat', String(target.seat));
    }
    return request('GET', `${plan(id)}/recommendations?${query}`);
  },
  /** The times a session may move to, ranked best first; a session id may carry a seat ("m-skole1/2"). */
  sessionTimes: (id, revision, sessionId) => request('GET',
    `${plan(id)}/sessions/${encodeURIComponent(sessionId)}/times?revision=${encodeURIComponent(revision)}`),
  /** What edits by hand would do to the plan of that revision: score, rules broken and mended, travel; stores nothing. */
  previewEdits: (id, revision, edits) => request('POST', `${plan(id)}/edits/preview`, {
    body: JSON.stringify({ revision, edits }), headers: { 'Content-Type': 'application/json' },
  }),
  /** The edits saved as a new revision (savedRevision); 409 when the plan has moved on or is being solved. */
  saveEdits: (id, revision, edits) => request('POST', `${plan(id)}/edits`, {
    body: JSON.stringify({ revision, edits }), headers: { 'Content-Type': 'application/json' },
  }),
  /**
   * Queues a rerun of the plan after staff changes: the service checks the changes and answers at once with the
   * status of the rerun's job and the number of its revision; the rerun itself comes on the plan's events (follow).
   */
  rerun: (id, changeSet, seconds) => request('POST', `${plan(id)}/changes?seconds=${encodeURIComponent(seconds)}`, {
    body: JSON.stringify(changeSet), headers: { 'Content-Type': 'application/json' },
  }),
  /** What changed between two revisions; without from and to, the latest solution against the one it came from. */
  diff: (id, { from, to } = {}) => {
    const query = new URLSearchParams();
    if (from) query.set('from', from);
    if (to) query.set('to', to);
    const q = query.toString();
    return request('GET', `${plan(id)}/diff${q ? `?${q}` : ''}`);
  },

  /**
   * best, status and done events while the plan solves or is rerun (done after a rerun also lists what changed);
   * returns a function that closes the stream.
   */
  follow(id, handlers) {
    const source = new EventSource(`${plan(id)}/events`);
    const on = (name, handler) => source.addEventListener(name, (event) => {
      let data = null;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      handler(data);
    });
    on('best', handlers.best);
    on('status', handlers.status);
    on('done', (data) => {
      // The service closes the stream after done; without this the browser would reconnect to it.
      source.close();
      handlers.done(data);
    });
    return () => source.close();
  },

  /** Where a download of the plan (or one school's or staff member's part of it) is served. */
  exportUrl(id, format, scope) {
    const query = scope?.school ? `?school=${encodeURIComponent(scope.school)}`
      : scope?.staff ? `?staff=${encodeURIComponent(scope.staff)}` : '';
    return `${plan(id)}/export.${format}${query}`;
  },

  /** The term workbook with a small example, to fill in. */
  templateUrl: () => '/api/template.xlsx',

  /** A plan's term as the workbook, to change and submit again. */
  termWorkbookUrl: (id) => `${plan(id)}/term.xlsx`,
};
