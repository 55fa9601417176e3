// The page: its state, the address (#/plan/ID/VIEW?school=...), and the wiring between the service and the views.
import { api, ApiError } from './api.js';
import { changeIndex, RERUN_SECONDS, rerunBestText } from './changes.js';
import { renderScoreChart } from './chart.js';
import { addDays, isIsoDate, nextMondayWithin, viewDate } from './dates.js';
import { h, mount } from './dom.js';
import { renderEditDialog, SHOWN_AT_FIRST } from './edits.js';
import { formatDateTime, formatNumber, getLang, setLang, t, translateStatic } from './i18n.js';
import { renderKpiStrip } from './kpis.js';
import { buildModel, DAYS, inWeek, parseScore, withDays } from './model.js';
import { renderTimetableForm, wireTimetableForm } from './timetables.js';
import { errorText } from './why.js';
import { renderView, tabLabel, VIEWS } from './views.js';

const $ = (id) => document.getElementById(id);

const state = {
  /** Who is logged in and the routes their role may call (GET /api/me); null until known. */
  me: null,
  route: { page: 'plans', planId: null, view: 'school', params: {} },
  plans: null,
  plansError: null,
  uploadErrors: null,
  planId: null,
  detail: null,
  model: null,
  loadError: null,
  live: emptyLive(),
  analysis: null,
  expandedWhy: new Set(),
  highlight: null,
  scrollToHighlight: false,
  selectedId: null,
  notice: null,
  diff: null,
  rerun: emptyRerun(),
  /**
   * The edit by hand in the dialog (see edits.js): who can take a seat, the times a session may move to, or the
   * preview of a change before it is saved; opener is the focus key of the button that opened the dialog.
   */
  edit: null,
  /** A lock being saved: its buttons wait for it. */
  locking: false,
};

/**
 * Whether the logged-in role may call a route, as "METHOD /api/…/{id}/…" of the service's route table: the page
 * shows a control only if the service would accept it, so a school leader meets no button that answers 403.
 */
function may(route) {
  return Boolean(state.me?.routes?.includes(route));
}

function emptyDraft(type = 'staffUnavailable') {
  return { type, staffId: '', to: '', hoursPerWeek: '', demandId: '' };
}

/**
 * The rerun form: what the PPR leader has entered so far, and how the last rerun went. pending: the revision of the
 * rerun the page asked for and now follows on the plan's events, until its done event.
 */
function emptyRerun() {
  return {
    effectiveDate: null, changes: [], draft: emptyDraft(), draftError: null, raw: '', rawOpen: false, open: null,
    busy: false, elapsed: 0, ticker: null, errors: null, sent: null, result: null, pending: null,
  };
}

function emptyLive() {
  return {
    points: [], status: null, kpis: null, score: null, secondsSpent: null, queuePosition: null, close: null,
    clock: 0, ticker: null,
  };
}

/** While solving, the chart's time axis moves on every second, between the service's reports. */
function startClock() {
  if (state.live.ticker) return;
  state.live.ticker = window.setInterval(() => {
    state.live.clock = Math.max(state.live.clock, state.live.secondsSpent || 0) + 1;
    renderPlanHead();
  }, 1000);
}

function stopClock() {
  if (state.live.ticker) window.clearInterval(state.live.ticker);
  state.live.ticker = null;
}

// ---------------------------------------------------------------- the address

/** The address's query keys that describe what a view shows. */
const PARAM_KEYS = ['school', 'staff', 'class', 'role', 'competence', 'week', 'mapWeek', 'day', 'date', 'diffFrom', 'sel', 'termBy'];

function parseHash() {
  const hash = window.location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = hash.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = Object.fromEntries(new URLSearchParams(query));
  if (parts[0] === 'plan' && parts[1]) {
    return { page: 'plan', planId: parts[1], view: VIEWS.includes(parts[2]) ? parts[2] : 'school', params };
  }
  return { page: 'plans', planId: null, view: 'school', params: {} };
}

/** The address of a view of the open plan; the filters carry over unless changed (null removes one). */
function planHref(view, changes = {}, planId = state.planId) {
  const params = { ...state.route.params, ...changes };
  if (!('sel' in changes)) delete params.sel;
  const query = new URLSearchParams();
  for (const key of PARAM_KEYS) {
    if (params[key] !== null && params[key] !== undefined && params[key] !== '') query.set(key, params[key]);
  }
  const q = query.toString();
  return `#/plan/${encodeURIComponent(planId)}/${view}${q ? `?${q}` : ''}`;
}

function go(view, changes) {
  const href = planHref(view, changes);
  if (window.location.hash === href) render();
  else window.location.hash = href;
}

async function onRoute() {
  const route = parseHash();
  const planChanged = route.planId !== state.planId;
  const viewChanged = route.view !== state.route.view || planChanged;
  state.route = route;
  state.selectedId = route.params.sel || null;
  if (viewChanged && !state.scrollToHighlight) state.highlight = null;
  if (route.page === 'plans') {
    leavePlan();
    render();
    await loadPlans();
    return;
  }
  if (planChanged) {
    leavePlan();
    state.planId = route.planId;
    render();
    await loadPlan(route.planId);
  }
  if (route.view === 'why' && !state.analysis) loadAnalysis();
  loadDiff();
  render();
}

// ---------------------------------------------------------------- talking to the service

async function loadPlans() {
  try {
    state.plans = await api.listPlans();
    state.plansError = null;
  } catch (error) {
    state.plansError = error;
  }
  render();
}

async function loadPlan(planId) {
  try {
    const detail = await api.getPlan(planId);
    if (state.planId !== planId) return;
    state.detail = detail;
    state.model = null;
    refreshModel();
    state.loadError = null;
    if ((detail.status === 'solving' || detail.status === 'queued') && !state.live.close) follow(planId);
  } catch (error) {
    if (state.planId === planId) state.loadError = error;
  }
}

/** The plan as the timetables show it: the sessions in force on the date in the address (see dates.js). */
function refreshModel() {
  const detail = state.detail;
  if (!detail) {
    state.model = null;
    return;
  }
  const date = viewDate(detail.solution?.term || detail.problem?.term, state.route.params.date);
  if (state.model && state.model.detail === detail && state.model.date === date) return;
  state.model = buildModel(detail, { date });
  if (!state.rerun.effectiveDate) state.rerun.effectiveDate = nextMondayWithin(state.model.problem.term);
  loadDays(state.model);
}

/**
 * The service's count of each person's days for the model's revision and date: the drives the timetables and the map
 * draw and the minutes the KPI tab sums. Until it comes the page draws the sessions without drives.
 */
async function loadDays(model) {
  const { detail, date } = model;
  if (!detail.solution || !detail.revision) return;
  try {
    const answer = await api.days(state.planId, detail.revision, date);
    if (state.model !== model) return;
    state.model = withDays(model, answer);
    render();
  } catch (error) {
    // A school leader is not shown the staff's drives (403); without the days the page draws no drives.
  }
}

/**
 * Which diff the page shows: the latest solution against the revision chosen in the address, else against the
 * solution it was made from (a rerun's base). A first solution was made from the submitted term, not from another
 * plan: there is nothing to compare, and asking would list every session as new.
 */
function diffRequest() {
  const detail = state.detail;
  if (!detail?.solution || !detail.revision) return null;
  const revisions = detail.revisions || [];
  const requested = state.route.params.diffFrom;
  if (/^\d+$/.test(requested || '') && Number(requested) < detail.revision) {
    return { key: `${state.planId}|${detail.revision}|${requested}`, from: Number(requested), to: detail.revision };
  }
  const key = `${state.planId}|${detail.revision}|`;
  const latest = revisions.find((r) => r.number === detail.revision);
  const parent = latest && revisions.find((r) => r.number === latest.parentNumber);
  if (!parent || !['SOLUTION', 'RERUN', 'EDIT'].includes(parent.kind)) return { key, none: true };
  return { key, from: parent.number, to: detail.revision, byDefault: true };
}

async function loadDiff() {
  const request = diffRequest();
  if (!request) {
    state.diff = null;
    return;
  }
  if (state.diff?.key === request.key) return;
  const { key, from, to } = request;
  if (request.none) {
    state.diff = { key, none: true };
    return;
  }
  const planId = state.planId;
  state.diff = { key, loading: true, from, to };
  try {
    const data = await api.diff(planId, request.byDefault ? {} : { from, to });
    if (state.planId === planId && state.diff?.key === key) state.diff = { key, data, from, to };
  } catch (error) {
    // 400: nothing to compare, which is no failure.
    if (state.planId === planId && state.diff?.key === key) {
      state.diff = error instanceof ApiError && error.status === 400 ? { key, none: true } : { key, error };
    }
  }
  if (state.planId === planId) render();
}

async function loadAnalysis() {
  const planId = state.planId;
  if (!state.detail?.solution) {
    state.analysis = { error: new ApiError(409, [{ path: '$', message: t('notSolvedYet'), messageDa: t('notSolvedYet') }]) };
    return;
  }
  state.analysis = { loading: true };
  try {
    const data = await api.analysis(planId);
    if (state.planId === planId) state.analysis = { data };
  } catch (error) {
    if (state.planId === planId) state.analysis = { error };
  }
  render();
}

function leavePlan() {
  if (state.live.close) state.live.close();
  stopClock();
  state.live = emptyLive();
  state.planId = null;
  state.detail = null;
  state.model = null;
  state.loadError = null;
  state.analysis = null;
  state.expandedWhy = new Set();
  state.highlight = null;
  state.diff = null;
  if (state.rerun.ticker) window.clearInterval(state.rerun.ticker);
  state.rerun = emptyRerun();
  state.edit = null;
  if ($('edit-dialog').open) $('edit-dialog').close();
}

function follow(planId) {
  if (state.live.close) state.live.close();
  state.live.close = api.follow(planId, {
    status: (data) => {
      if (state.planId !== planId) return;
      const changed = state.live.status !== data.status;
      state.live.status = data.status;
      if (data.status === 'solving') startClock();
      state.live.queuePosition = data.queuePosition ?? null;
      if (changed) render();
      else renderPlanHead();
    },
    best: (data) => {
      if (state.planId !== planId) return;
      state.live.status = 'solving';
      state.live.kpis = data.kpis;
      state.live.score = data.score;
      state.live.secondsSpent = data.secondsSpent;
      state.live.clock = Math.max(state.live.clock, data.secondsSpent || 0);
      startClock();
      const score = parseScore(data.score);
      if (score) state.live.points.push({ seconds: data.secondsSpent || 0, ...score });
      renderPlanHead();
      const best = $('rerun-best');
      if (best) best.textContent = rerunBestText(state.live);
    },
    done: async (data) => {
      if (state.planId !== planId) return;
      state.live.close = null;
      stopClock();
      // The page's own rerun, or one it found running when it opened the plan.
      if (state.rerun.pending !== null || Array.isArray(data.changes)) {
        await rerunDone(planId, data);
        return;
      }
      state.live.secondsSpent = Math.max(state.live.clock, state.live.secondsSpent || 0);
      state.live.status = data.status || 'idle';
      state.live.score = data.score;
      state.live.kpis = data.kpis;
      state.analysis = null;
      state.plans = null;
      await loadPlan(planId);
      if (state.route.view === 'why') loadAnalysis();
      loadDiff();
      // A job that failed says why, in the planner's words; the plan keeps what was saved before.
      if (data.error) showNotice(errorText({ errors: [data.error] }), true);
      else showNotice(t('solveDone'));
      render();
    },
  });
}

/** "Beregn plan" solves from scratch; "Beregn videre" (continuing) goes on from the latest plan, locks kept. */
async function startSolving(continuing = false) {
  const input = $('solve-seconds');
  const seconds = Number(input.value);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 1800) {
    showNotice(t('solveSecondsInvalid'), true);
    input.focus();
    return;
  }
  try {
    await (continuing ? api.continueSolving : api.startSolving)(state.planId, seconds);
    stopClock();
    state.live = { ...emptyLive(), status: 'solving', secondsSpent: 0 };
    follow(state.planId);
    startClock();
    showNotice(t(continuing ? 'continueStarted' : 'solveStarted', { s: seconds }));
  } catch (error) {
    showNotice(errorText(error), true);
  }
  render();
}

async function stopSolving() {
  try {
    await api.stopSolving(state.planId);
    showNotice(t('solveStopping'));
  } catch (error) {
    showNotice(errorText(error), true);
  }
}

/**
 * Publishing changes what schools and staff see, so the page says what it changes and asks first: who will see the
 * plan and which calendars follow it.
 */
function confirmPublish() {
  const detail = state.detail;
  const dialog = $('publish-dialog');
  $('publish-dialog-text').textContent = t('publishConfirmText', {
    r: detail.revision, n: state.model ? state.model.schools.size : '?',
    before: !detail.published ? '' : detail.published.revision === detail.revision ? t('publishAgain')
      : t('publishReplaces', { p: detail.published.revision }),
  });
  dialog.returnValue = '';
  dialog.showModal();
}

async function publish() {
  try {
    const published = await api.publish(state.planId);
    showNotice(t('publishedNotice', { r: published.revision }));
    await loadPlan(state.planId);
  } catch (error) {
    showNotice(errorText(error), true);
  }
  render();
}

async function submitUpload(event) {
  event.preventDefault();
  const file = $('upload-file').files[0];
  if (!file) {
    // Nothing was sent, so nothing is wrong with a file: only the hint.
    state.uploadErrors = null;
    renderUploadErrors();
    mount($('upload-errors'), h('p', { class: 'error-box', role: 'alert', id: 'upload-no-file' }, t('uploadNoFile')));
    $('upload-file').focus();
    return;
  }
  $('upload-submit').disabled = true;
  try {
    const created = await api.submitPlan(file);
    state.uploadErrors = null;
    state.plans = null;
    $('upload-form').reset();
    showNotice(t('uploadDone', { name: file.name }));
    window.location.hash = planHref('school', {}, created.id);
  } catch (error) {
    state.uploadErrors = error instanceof ApiError ? error.errors
      : [{ path: '$', message: String(error), messageDa: String(error) }];
    renderUploadErrors();
  } finally {
    $('upload-submit').disabled = false;
  }
}

async function deletePlan(plan) {
  // eslint-disable-next-line no-alert
  if (!window.confirm(t('deleteConfirm', { name: plan.name }))) return;
  try {
    await api.deletePlan(plan.id);
    showNotice(t('deleted', { name: plan.name }));
  } catch (error) {
    showNotice(errorText(error), true);
  }
  await loadPlans();
}

// ---------------------------------------------------------------- what the page shows

function showNotice(text, isError = false) {
  state.notice = { text, isError };
  const el = $('notice');
  el.hidden = false;
  el.textContent = text;
  el.classList.toggle('error', isError);
}

function render() {
  const focusKey = document.activeElement?.dataset?.focusKey;
  translateStatic();
  $('lang-da').setAttribute('aria-pressed', String(getLang() === 'da'));
  $('lang-en').setAttribute('aria-pressed', String(getLang() === 'en'));
  const onPlan = state.route.page === 'plan';
  $('plans-page').hidden = onPlan;
  $('plan-page').hidden = !onPlan;
  document.body.dataset.page = state.route.page;
  renderCrumbs();
  if (onPlan) refreshModel();
  if (onPlan) renderPlanPage();
  else renderPlansPage();
  if (focusKey) {
    const again = document.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`);
    if (again && again !== document.activeElement) again.focus();
  }
  if (state.scrollToHighlight) {
    state.scrollToHighlight = false;
    const first = document.querySelector('.block.highlight, .uncovered-item.highlight');
    if (first) {
      first.scrollIntoView({ block: 'center', inline: 'center' });
      first.focus({ preventScroll: true });
    }
  }
}

function renderCrumbs() {
  const crumbs = [h('a', { href: '#/' }, t('crumbPlans'))];
  if (state.route.page === 'plan') {
    crumbs.push(h('span', { class: 'crumb-sep', 'aria-hidden': 'true' }, '›'),
      h('span', { 'aria-current': 'page' }, state.detail?.name || '…'));
  }
  mount($('crumbs'), crumbs);
}

function renderPlansPage() {
  document.title = `${t('plansTitle')} – ${t('appTitle')}`;
  $('upload-form').hidden = !may('POST /api/plans');
  const list = $('plans-list');
  if (state.plansError) {
    mount(list, h('p', { class: 'error-box', role: 'alert' }, errorText(state.plansError)));
  } else if (!state.plans) {
    mount(list, h('p', { class: 'empty' }, t('loading')));
  } else if (state.plans.length === 0) {
    mount(list, h('p', { class: 'empty' }, t('plansNone')));
  } else {
    mount(list, h('ul', { class: 'plan-list' }, state.plans.map(planCard)));
  }
  renderUploadErrors();
}

function planCard(plan) {
  const kpis = plan.kpis;
  const facts = [
    statusText(plan.status, plan.score, plan.published),
    kpis ? t('planCoverage', { p: formatNumber(kpis.coveragePercent, 1) }) : null,
    plan.published ? t('planPublished', { r: plan.published.revision, at: formatDateTime(plan.published.at) }) : null,
    t('planCreated', { at: formatDateTime(plan.createdAt), by: plan.createdBy }),
  ].filter(Boolean);
  return h('li', { class: 'plan-card', dataset: { planId: plan.id } },
    h('div', { class: 'plan-card-main' },
      h('a', { class: 'plan-name', href: `#/plan/${encodeURIComponent(plan.id)}/school` }, plan.name),
      h('p', { class: 'plan-facts' }, facts.join(' · '))),
    h('div', { class: 'plan-card-actions' },
      h('a', { class: 'button primary', href: `#/plan/${encodeURIComponent(plan.id)}/school`,
        'aria-label': t('openPlanLabel', { name: plan.name }) }, t('openPlan')),
      may('GET /api/plans/{id}/term.xlsx') ? h('a', { class: 'button small term-download',
        href: api.termWorkbookUrl(plan.id), download: '', 'aria-label': t('termDownloadLabel', { name: plan.name }) },
      t('termDownload')) : null,
      may('DELETE /api/plans/{id}') ? h('button', { type: 'button', class: 'danger small', onclick: () => deletePlan(plan),
        'aria-label': t('deletePlanLabel', { name: plan.name }) }, t('deletePlan')) : null));
}

function statusText(status, score, published = null) {
  if (status === 'solving') return t('statusSolving');
  if (status === 'queued') return t('statusQueued');
  const parsed = parseScore(score);
  // A school leader is not given the score: what they read is the published plan.
  if (!parsed) return published ? t('statusPublishedPlan') : t('statusNotSolved');
  return parsed.hard < 0 ? t('statusInfeasible') : t('statusSolved');
}

function renderUploadErrors() {
  const box = $('upload-errors');
  if (!state.uploadErrors) {
    mount(box);
    return;
  }
  const lang = getLang();
  mount(box, h('div', { class: 'error-box', role: 'alert' },
    h('p', {}, t('uploadErrors', { n: state.uploadErrors.length })),
    h('ul', { class: 'field-errors' }, state.uploadErrors.map((e) => {
      const message = lang === 'en' ? e.message : e.messageDa || e.message;
      // A workbook's error already begins with its sheet, row and column: "Medarbejdere, række 7, 'Timer pr. uge': …".
      if ('sheet' in e) return h('li', { class: 'workbook-error' }, message);
      return h('li', {}, e.path && e.path !== '$' ? [h('code', {}, e.path), ': '] : null, message);
    }))));
}

function renderPlanPage() {
  renderPlanHead();
  const panel = $('tab-panel');
  if (state.loadError) {
    mount($('tabs'));
    mount(panel, h('p', { class: 'error-box', role: 'alert' }, errorText(state.loadError)));
    return;
  }
  if (!state.model) {
    mount($('tabs'));
    mount(panel, h('p', { class: 'empty' }, t('loading')));
    return;
  }
  document.title = `${state.detail.name} – ${t('appTitle')}`;
  // Staff timetables, their loads and the map draw each person's days, which only whole-plan readers are given.
  const views = VIEWS.filter((view) => !['staff', 'kpis', 'map'].includes(view) || may('GET /api/plans/{id}/days'))
    // The term view shows dated work (programmes, coordination meetings): only a plan that has some gets it.
    .filter((view) => view !== 'term' || state.model.hasDatedWork);
  mount($('tabs'), views.map((view) => h('a', {
    href: planHref(view), class: ['tab', view === 'uncovered' && state.model.uncovered.length > 0 && 'tab-alert'],
    'aria-current': view === state.route.view ? 'page' : null, dataset: { view, focusKey: `tab-${view}` },
  }, tabLabel(view, state.model, state.diff?.data?.entries?.length || 0))));
  mount(panel, renderView(views.includes(state.route.view) ? state.route.view : 'school', viewContext()));
  renderTimetableForm(state.model, state.planId);
}

function weekModeOf(params) {
  const wide = window.matchMedia('(min-width: 1100px)').matches;
  return ['A', 'B', 'both'].includes(params.week) ? params.week : (wide ? 'both' : 'A');
}

/**
 * Where the grid must look to show these sessions: their day (a phone shows one day at a time) and, when one week
 * is shown and they are in the other, their week.
 */
function gridPlace(sessions) {
  const first = sessions.find(Boolean);
  if (!first) return {};
  const mode = weekModeOf(state.route.params);
  return mode !== 'both' && !inWeek(first, mode) ? { day: first.day, week: first.week } : { day: first.day };
}

/** The day a phone shows unless one is chosen: the first with something in the grid of the view. */
function firstBusyDay(params, weekMode) {
  const model = state.model;
  const view = state.route.view;
  const sessions = (view === 'staff' ? model.byStaff.get(params.staff)
    : view === 'class' ? model.byClass.get(params.class) : model.bySchool.get(params.school)) || [];
  return DAYS.find((day) => sessions.some((x) => x.day === day && (weekMode === 'both' || inWeek(x, weekMode))))
    || DAYS[0];
}

function viewContext() {
  const params = state.route.params;
  const weekMode = weekModeOf(params);
  return {
    model: state.model,
    planId: state.planId,
    planName: state.detail.name,
    solving: ['solving', 'queued'].includes(state.live.status || state.detail.status),
    params,
    weekMode,
    day: DAYS.includes(params.day) ? params.day : firstBusyDay(params, weekMode),
    selectedId: state.selectedId,
    analysis: state.analysis,
    expandedWhy: state.expandedWhy,
    isHighlighted: (session) => isHighlighted(session),
    href: (view, changes) => planHref(view, changes),
    go,
    select: (id) => {
      go(state.route.view, { sel: id });
      if (id) window.setTimeout(() => $('details')?.focus({ preventScroll: false }), 0);
    },
    showMatch,
    showUncovered,
    expandWhy: (name) => {
      state.expandedWhy.add(name);
      render();
    },
    diff: state.diff,
    changeIndex: changeIndexOf(state.diff),
    showChange,
    rerun: state.rerun,
    rerunActions,
    mayRerun: may('POST /api/plans/{id}/changes'),
    edits: editContext(),
    live: state.live,
    revisions: state.detail.revisions || [],
    revision: state.detail.revision,
    published: state.detail.published,
  };
}

function changeIndexOf(diff) {
  if (!diff?.data) return null;
  if (!diff.index) diff.index = changeIndex(diff.data.entries);
  return diff.index;
}

/**
 * From a change to the grid: the school's timetable with the session marked, on a date that shows the change (the
 * new session from its date, a session that ends the day before it).
 */
function showChange(entry) {
  state.highlight = { sessionIds: [entry.sessionId] };
  state.scrollToHighlight = true;
  const shown = state.model?.date ?? null;
  const firstDate = state.model?.problem?.term?.firstDate;
  const changes = { school: entry.schoolId, role: null, competence: null };
  if (entry.after) {
    if (shown !== null && shown < entry.from) changes.date = entry.from;
  } else if (shown === null || shown >= entry.from) {
    const dayBefore = addDays(entry.from, -1);
    if (!firstDate || dayBefore >= firstDate) changes.date = dayBefore;
  }
  go('school', { ...changes, ...gridPlace([state.model?.sessionsById.get(entry.sessionId)]) });
}

// ---------------------------------------------------------------- the rerun form

const rerunActions = {
  /** Typing changes the state only; the form is drawn again where what it shows depends on it. */
  update(partial, rerender = false) {
    Object.assign(state.rerun, partial);
    if (rerender) render();
  },
  setDraft(partial, rerender = true) {
    Object.assign(state.rerun.draft, partial);
    state.rerun.draftError = null;
    if (rerender) render();
  },
  toggle(open) {
    state.rerun.open = open;
  },
  add() {
    const r = state.rerun;
    const draft = r.draft;
    let change = null;
    if ((draft.type === 'staffUnavailable' || draft.type === 'staffHoursChanged') && !draft.staffId) {
      r.draftError = { key: 'rerunNeedStaff', focus: 'rerun-staff' };
    } else if (draft.type === 'staffUnavailable') {
      change = { type: draft.type, staffId: draft.staffId, ...(isIsoDate(draft.to) ? { to: draft.to } : {}) };
    } else if (draft.type === 'staffHoursChanged') {
      const hours = Number(String(draft.hoursPerWeek).replace(',', '.'));
      if (String(draft.hoursPerWeek).trim() === '' || !Number.isFinite(hours) || hours < 0 || hours > 48) {
        r.draftError = { key: 'rerunNeedHours', focus: 'rerun-hours' };
      } else {
        change = { type: draft.type, staffId: draft.staffId, hoursPerWeek: hours };
      }
    } else if (draft.type === 'demandRemoved') {
      if (draft.demandId) change = { type: draft.type, demandId: draft.demandId };
      else r.draftError = { key: 'rerunNeedDemand', focus: 'rerun-demand' };
    }
    if (change) {
      r.changes.push(change);
      r.draft = emptyDraft(draft.type);
      r.draftError = null;
      r.errors = null;
    }
    render();
    if (r.draftError) $(r.draftError.focus)?.focus();
  },
  remove(i) {
    state.rerun.changes.splice(i, 1);
    state.rerun.errors = null;
    render();
    // The last Remove button had the focus and is gone: Add is the nearest thing to do next.
    if (!document.activeElement || document.activeElement === document.body) $('rerun-add')?.focus();
  },
  submit: submitRerun,
};

/** The raw JSON field: a list of changes, one change, or a whole change document ({"changes": [...]}). */
function rawChanges(raw) {
  if (!raw || !raw.trim()) return { list: [] };
  let parsed;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return { error: { path: 'raw', key: 'rerunRawInvalid', params: { error: error.message } } };
  }
  if (Array.isArray(parsed)) return { list: parsed };
  if (parsed && typeof parsed === 'object' && Array.isArray(parsed.changes)) return { list: parsed.changes };
  if (parsed && typeof parsed === 'object' && parsed.type) return { list: [parsed] };
  return { error: { path: 'raw', key: 'rerunRawShape' } };
}

async function submitRerun() {
  const r = state.rerun;
  if (r.busy) return;
  r.errors = null;
  r.result = null;
  const raw = rawChanges(r.raw);
  const sent = r.changes.map((change) => ({ change }));
  (raw.list || []).forEach((change) => sent.push({ change, fromRaw: true }));
  const problems = [];
  if (!isIsoDate(r.effectiveDate)) problems.push({ path: 'effectiveDate', key: 'rerunNeedDate' });
  if (raw.error) problems.push(raw.error);
  else if (sent.length === 0) problems.push({ path: '', key: 'rerunNoChanges' });
  if (problems.length > 0) {
    r.errors = problems;
    render();
    $('rerun-errors')?.focus();
    return;
  }
  const planId = state.planId;
  r.busy = true;
  r.sent = sent;
  r.elapsed = 0;
  render();
  let queued;
  try {
    queued = await api.rerun(planId, { effectiveDate: r.effectiveDate, changes: sent.map((x) => x.change) },
      RERUN_SECONDS);
  } catch (error) {
    if (state.planId !== planId) return;
    r.errors = error instanceof ApiError ? error.errors
      : [{ path: '$', message: String(error), messageDa: String(error) }];
    r.busy = false;
    render();
    $('rerun-errors')?.focus();
    return;
  }
  if (state.planId !== planId) return;
  // The service has checked the changes and queued the rerun; the page follows it on the plan's events.
  r.pending = queued.revision;
  if (state.live.close) state.live.close();
  stopClock();
  state.live = { ...emptyLive(), status: queued.status, queuePosition: queued.queuePosition ?? null, secondsSpent: 0 };
  follow(planId);
  if (queued.status === 'solving') startClock();
  r.ticker = window.setInterval(() => {
    if (!r.busy || state.live.status !== 'solving') return;
    r.elapsed += 1;
    const elapsed = $('rerun-elapsed');
    if (elapsed) elapsed.textContent = t('rerunElapsed', { s: formatNumber(r.elapsed) });
  }, 1000);
  render();
}

/**
 * The rerun's job has ended (done): the new revision and what changed, as the page showed them when the service
 * answered with the rerun itself. A rerun that ended without its plan (stopped, or failed) leaves the form as it was.
 */
async function rerunDone(planId, done) {
  const r = state.rerun;
  const ours = r.pending !== null;
  const found = !ours || done.revision === r.pending;
  window.clearInterval(r.ticker);
  r.ticker = null;
  r.busy = false;
  r.pending = null;
  if (ours && found) {
    r.result = done;
    r.changes = [];
    r.raw = '';
    r.sent = null;
    r.open = null;
  } else if (ours) {
    r.errors = [done.error ? { path: '$', ...done.error } : { path: '$', key: 'rerunNoPlan' }];
  }
  state.analysis = null;
  state.plans = null;
  // The plan's score and key figures are now the rerun's; the live figures of its progress would hide them.
  state.live = emptyLive();
  await loadPlan(planId);
  if (state.planId !== planId) return;
  if (found) {
    // The done event lists what changed against the plan the rerun started from: the diff the page shows by default.
    // A page that began to follow only as the rerun ended gets no list, and asks for the diff.
    const request = diffRequest();
    if (Array.isArray(done.changes) && request?.byDefault && request.to === done.revision) {
      state.diff = { key: request.key, data: { entries: done.changes }, from: request.from, to: request.to };
    } else {
      state.diff = null;
      loadDiff();
    }
    showNotice(t('rerunDone', {
      r: done.revision, sessions: done.kpis?.changedSessions ?? done.changes?.length ?? '?',
      schools: done.kpis?.changedSchools ?? '?',
    }));
  }
  render();
  // After the page's rerun, what changed is what the reader came for; after one that found nothing, what to do next.
  if (ours) (found ? $('changes-title') : $('rerun-errors'))?.focus();
}

// ---------------------------------------------------------------- planning by hand (issue 19)

/**
 * A plan whose sessions change during the term (a rerun's, or one with programmes and coordination meetings on
 * dates) is changed by a rerun or solved again, not by hand: the service refuses, so the page does not offer it.
 */
function changesDuringTerm(detail) {
  return Boolean(detail?.solution?.sessions?.some((session) => session.from || session.to));
}

/**
 * What the views need to offer edits by hand: only what the role may call, nothing while the plan solves, and
 * nothing on a plan that changes during the term.
 */
function editContext() {
  const solving = ['solving', 'queued'].includes(state.live.status || state.detail?.status);
  const byHand = !changesDuringTerm(state.detail);
  return {
    mayRecommend: byHand && may('GET /api/plans/{id}/recommendations'),
    mayMove: byHand && may('GET /api/plans/{id}/sessions/{sessionId}/times') && may('POST /api/plans/{id}/edits/preview'),
    mayLock: byHand && may('POST /api/plans/{id}/edits'),
    busy: solving || state.locking,
    recommend: openCandidates,
    moveTimes: openTimes,
    lock: saveLock,
  };
}

/** "Hvem kan tage den?" for a session ({sessionId}) or an uncovered demand ({demandId, seat}). */
async function openCandidates(target, title, opener) {
  const planId = state.planId;
  const revision = state.detail.revision;
  const edit = { kind: 'candidates', target, title: t('candidatesTitle'), subtitle: title, opener, loading: true };
  openEdit(edit);
  try {
    edit.data = await api.recommendations(planId, revision, target);
  } catch (error) {
    edit.error = error;
  }
  edit.loading = false;
  if (state.edit === edit) renderEdit();
}

/** "Flyt til et andet tidspunkt…": the session's allowed times, best first. */
async function openTimes(session, title, opener) {
  const planId = state.planId;
  const revision = state.detail.revision;
  const edit = { kind: 'times', target: { sessionId: session.id }, title: t('timesTitle'), subtitle: title, opener,
    loading: true };
  openEdit(edit);
  try {
    edit.data = await api.sessionTimes(planId, revision, session.id);
  } catch (error) {
    edit.error = error;
  }
  edit.loading = false;
  if (state.edit === edit) renderEdit();
}

function openEdit(edit) {
  state.edit = edit;
  renderEdit();
  const dialog = $('edit-dialog');
  if (!dialog.open) dialog.showModal();
  $('edit-dialog-title')?.focus();
}

/** The preview of edits on the plan's revision: nothing is saved until "Gem som ny version". */
async function previewEdits(edits) {
  const back = state.edit && state.edit.kind !== 'preview' ? state.edit : null;
  const edit = { kind: 'preview', edits, back, opener: state.edit?.opener, revision: state.detail.revision,
    loading: true };
  state.edit = edit;
  renderEdit();
  $('edit-dialog-title')?.focus();
  try {
    edit.data = await api.previewEdits(state.planId, edit.revision, edits);
  } catch (error) {
    edit.error = error;
  }
  edit.loading = false;
  if (state.edit === edit) {
    renderEdit();
    $('edit-dialog-title')?.focus();
  }
}

async function saveEdits() {
  const edit = state.edit;
  if (!edit || edit.kind !== 'preview' || edit.saving) return;
  const planId = state.planId;
  edit.saving = true;
  edit.saveError = null;
  renderEdit();
  let saved;
  try {
    saved = await api.saveEdits(planId, edit.revision, edit.edits);
  } catch (error) {
    edit.saving = false;
    // 409: the plan moved on or is being solved; the service says which, in Danish.
    edit.saveError = error;
    if (state.edit === edit) renderEdit();
    $('edit-save')?.focus();
    return;
  }
  $('edit-dialog').close();
  await planSaved(planId, t('editSaved', { n: saved.savedRevision }));
}

/** "Lås" keeps the session's time and people ('session'), "Lås kun personen" the seat's person; null unlocks. */
async function saveLock(session, lock) {
  if (state.locking) return;
  const planId = state.planId;
  state.locking = true;
  render();
  try {
    const saved = await api.saveEdits(planId, state.detail.revision, [{ type: 'lock', sessionId: session.id, lock }]);
    state.locking = false;
    await planSaved(planId, t(lock ? 'lockSaved' : 'unlockSaved', { n: saved.savedRevision }));
    // The button pressed has given way to its opposite, which is where the hand is.
    $(lock ? 'edit-unlock' : 'edit-lock')?.focus();
  } catch (error) {
    state.locking = false;
    showNotice(errorText(error), true);
    render();
  }
}

/** A new revision was saved (or another's found): the page shows it, as it does the plan after a solve. */
async function planSaved(planId, notice) {
  state.analysis = null;
  state.plans = null;
  // The plan's score and key figures are now the saved revision's; those of an earlier solve would hide them.
  stopClock();
  state.live = emptyLive();
  await loadPlan(planId);
  if (state.planId !== planId) return;
  if (state.route.view === 'why') loadAnalysis();
  loadDiff();
  showNotice(notice);
  render();
  // The button that opened the dialog may be gone with what it offered (a lock hides the move): the details remain.
  if (!document.activeElement || document.activeElement === document.body) $('details')?.focus();
}

function renderEdit() {
  const edit = state.edit;
  if (!edit || !state.model) return;
  const dialog = $('edit-dialog');
  const hadFocus = dialog.contains(document.activeElement);
  mount($('edit-dialog-body'), renderEditDialog(state.model, edit, {
    choose: previewEdits,
    save: saveEdits,
    close: () => $('edit-dialog').close(),
    reload: async () => {
      const planId = state.planId;
      $('edit-dialog').close();
      await planSaved(planId, t('editReloaded'));
    },
    expand: () => {
      edit.expanded = true;
      renderEdit();
      // The hand goes on where the list went on.
      document.querySelectorAll('#edit-dialog .option button.choose')[SHOWN_AT_FIRST]?.focus();
    },
    back: () => {
      state.edit = edit.back;
      renderEdit();
      $('edit-dialog-title')?.focus();
    },
  }));
  // What had the focus was drawn anew: the dialog's title takes it, so that the keyboard stays in the dialog.
  if (hadFocus && !dialog.contains(document.activeElement)) $('edit-dialog-title')?.focus();
}

/** The dialog closed (a button or Escape): the focus returns to what opened it, drawn again or not. */
function editClosed() {
  const opener = state.edit?.opener;
  state.edit = null;
  mount($('edit-dialog-body'));
  if (opener) document.querySelector(`[data-focus-key="${CSS.escape(opener)}"]`)?.focus();
}

function isHighlighted(session) {
  const mark = state.highlight;
  if (!mark) return false;
  if (mark.uncoveredAt) return !session.staffId && session.schoolId === mark.uncoveredAt;
  if (mark.demandId) {
    return session.demandId === mark.demandId && !session.staffId
      && (mark.seat === null || mark.seat === undefined || session.seat === mark.seat);
  }
  return mark.sessionIds.some((id) => session.id === id || session.id.startsWith(`${id}/`));
}

/** The rule whose findings name only a school: its uncovered sessions are what the finding is about. */
const DEMAND_NOT_COVERED = 'Demand not covered';

/** From "why" to the grid: the person's timetable where a person is named, else the school's. */
function showMatch(match, constraintName) {
  const sessions = match.sessionIds.flatMap((id) => [...state.model.sessionsById.values()]
    .filter((x) => x.id === id || x.id.startsWith(`${id}/`)));
  state.highlight = sessions.length === 0 && constraintName === DEMAND_NOT_COVERED && match.schoolIds.length > 0
    ? { uncoveredAt: match.schoolIds[0] } : { sessionIds: match.sessionIds };
  state.scrollToHighlight = true;
  const staffId = match.staffIds[0] || sessions.find((x) => x.staffId)?.staffId;
  const schoolId = sessions[0]?.schoolId || match.schoolIds[0];
  const place = gridPlace(sessions.length > 0 ? sessions
    : [...state.model.sessionsById.values()].filter((x) => isHighlighted(x)));
  if (staffId && (sessions.length > 0 || !schoolId)) {
    go('staff', { staff: staffId, role: null, competence: null, school: null, ...place });
  } else if (schoolId) go('school', { school: schoolId, role: null, competence: null, ...place });
}

function showUncovered(item) {
  state.highlight = { demandId: item.demandId, seat: item.seat ?? null };
  state.scrollToHighlight = true;
  const place = gridPlace([...state.model.sessionsById.values()].filter((x) => isHighlighted(x)));
  go('school', { school: item.schoolId, role: null, competence: null, ...place });
}

function renderPlanHead() {
  const detail = state.detail;
  const termLink = $('term-download');
  termLink.href = api.termWorkbookUrl(state.planId);
  termLink.setAttribute('aria-label', t('termDownloadLabel', { name: detail?.name || '' }));
  if (!detail) {
    document.body.dataset.planStatus = 'loading';
    document.body.dataset.solved = 'false';
    $('plan-title').textContent = t('loading');
    mount($('plan-meta'));
    mount($('kpi-strip'));
    $('live-card').hidden = true;
    return;
  }
  const live = state.live;
  const status = live.status || detail.status;
  const solving = status === 'solving' || status === 'queued';
  $('plan-title').textContent = detail.name;
  const score = live.score || detail.score;
  const parsed = parseScore(score);
  mount($('plan-meta'),
    h('span', { class: ['status-badge', `status-${solving ? status : parsed ? (parsed.hard < 0 ? 'bad' : 'good') : 'none'}`],
      dataset: { status } },
    solving ? (status === 'queued' ? t('statusQueuedAt', { n: live.queuePosition ?? '?' }) : t('statusSolving'))
      : statusText(status, score, detail.published)),
    detail.revision ? ` ${t('revision', { n: detail.revision })}` : '',
    detail.published ? ` · ${t('planPublished', { r: detail.published.revision, at: formatDateTime(detail.published.at) })}` : '',
    parsed ? h('span', { class: 'score-words' }, ` · ${t('scoreWords', {
      hard: formatNumber(Math.abs(parsed.hard)), medium: formatNumber(Math.abs(parsed.medium)),
      soft: formatNumber(Math.abs(parsed.soft)),
    })}`) : '');
  // For anyone (or any test) waiting on the plan: what it is doing and whether it has a solution to show.
  document.body.dataset.planStatus = status;
  document.body.dataset.solved = String(Boolean(detail.solution));
  $('solve-start').disabled = solving;
  $('solve-stop').disabled = !solving;
  $('publish').disabled = solving || !detail.solution;
  // Only what the role may do is shown: a school leader reads, a PPR leader also reruns and publishes.
  const solves = may('POST /api/plans/{id}/solve');
  const continues = may('POST /api/plans/{id}/continue');
  for (const id of ['solve-start', 'solve-stop']) $(id).hidden = !solves;
  $('solve-seconds-field').hidden = !solves && !continues;
  $('solve-continue').hidden = !continues;
  $('solve-continue').disabled = solving || !detail.solution || changesDuringTerm(detail);
  $('solve-continue').title = changesDuringTerm(detail) ? t('changesDuringTerm') : '';
  $('publish').hidden = !may('POST /api/plans/{id}/publish');
  termLink.hidden = !may('GET /api/plans/{id}/term.xlsx');
  $('timetable-import').hidden = !may('POST /api/plans/{id}/timetable');
  mount($('kpi-strip'), renderKpiStrip(solving ? live.kpis || detail.kpis : detail.kpis || live.kpis));
  const card = $('live-card');
  card.hidden = live.points.length === 0 && !solving;
  if (!card.hidden) {
    mount($('live-chart'),
      h('p', { class: 'live-status', role: 'status' }, solving
        ? t('liveSolving', { s: formatNumber(Math.max(live.clock, live.secondsSpent || 0), 0) })
        : t('liveDone', { s: formatNumber(live.secondsSpent || 0, 1) })),
      live.points.length > 0 ? renderScoreChart(live.points, solving ? live.clock : live.secondsSpent || 0)
        : h('p', { class: 'hint' }, t('liveWaiting')));
  }
}

// ---------------------------------------------------------------- wiring

function wire() {
  $('lang-da').addEventListener('click', () => switchLang('da'));
  $('lang-en').addEventListener('click', () => switchLang('en'));
  $('upload-form').addEventListener('submit', submitUpload);
  wireTimetableForm(() => state.planId, (planId) => {
    state.plans = null;
    showNotice(t('ttSubmitted'));
    window.location.hash = planHref('school', {}, planId);
  });
  $('solve-start').addEventListener('click', () => startSolving(false));
  $('solve-continue').addEventListener('click', () => startSolving(true));
  // Escape closes the dialog too; either way the focus goes back to the button that opened it.
  $('edit-dialog').addEventListener('close', editClosed);
  $('solve-stop').addEventListener('click', stopSolving);
  $('publish').addEventListener('click', confirmPublish);
  $('publish-dialog').addEventListener('close', () => {
    if ($('publish-dialog').returnValue === 'publish') publish();
  });
  window.addEventListener('hashchange', onRoute);
  // Escape closes a session's details (a dialog open above them closes first) and gives the focus back to its block.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !state.selectedId || document.querySelector('dialog[open]')) return;
    const id = state.selectedId;
    go(state.route.view, { sel: null });
    window.setTimeout(() => document.querySelector(`.block[data-session-id="${CSS.escape(id)}"]`)?.focus(), 0);
  });
  // Print shows both weeks whatever the screen shows; the print style sheet does the rest.
  window.addEventListener('beforeprint', () => document.body.classList.add('printing'));
  window.addEventListener('afterprint', () => document.body.classList.remove('printing'));
  let wasWide = window.matchMedia('(min-width: 1100px)').matches;
  window.addEventListener('resize', () => {
    const wide = window.matchMedia('(min-width: 1100px)').matches;
    if (wide !== wasWide) {
      wasWide = wide;
      if (state.route.page === 'plan') render();
    }
  });
}

function switchLang(lang) {
  setLang(lang);
  if (state.notice) $('notice').hidden = true;
  render();
}

wire();
// Who is logged in comes first: the page is drawn once with the controls of the role, never with all of them first.
api.me().then((me) => {
  state.me = me;
  document.body.dataset.role = me.role;
}).catch(() => {}).finally(onRoute);
