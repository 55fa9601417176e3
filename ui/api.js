// The planner service's API, as issue 3 describes it. Every failure becomes an ApiError carrying the service's
// field errors ({path, message, messageDa}), so the page can show them in the chosen language.

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
  listPlans: () => request('GET', '/api/plans'),
  getPlan: (id) => request('GET', plan(id)),
  submitPlan: (jsonText) => request('POST', '/api/plans', {
    body: jsonText, headers: { 'Content-Type': 'application/json' },
  }),
  deletePlan: (id) => request('DELETE', plan(id)),
  startSolving: (id, seconds) => request('POST', `${plan(id)}/solve?seconds=${encodeURIComponent(seconds)}`),
  stopSolving: (id) => request('DELETE', `${plan(id)}/solve`),
  status: (id) => request('GET', `${plan(id)}/status`),
  analysis: (id) => request('GET', `${plan(id)}/analysis`),
  publish: (id) => request('POST', `${plan(id)}/publish`),

  /** best, status and done events while the plan solves; returns a function that closes the stream. */
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
};
