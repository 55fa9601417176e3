// The page: its state, the address (#/plan/ID/VIEW?school=...), and the wiring between the service and the views.
import { api, ApiError } from './api.js';
import { renderScoreChart } from './chart.js';
import { h, mount } from './dom.js';
import { formatDateTime, formatNumber, getLang, setLang, t, translateStatic } from './i18n.js';
import { renderKpiStrip } from './kpis.js';
import { buildModel, parseScore } from './model.js';
import { errorText } from './why.js';
import { renderView, tabLabel, VIEWS } from './views.js';

const $ = (id) => document.getElementById(id);

const state = {
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
};

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
const PARAM_KEYS = ['school', 'staff', 'class', 'role', 'competence', 'week', 'mapWeek', 'day', 'sel'];

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
    state.model = buildModel(detail);
    state.loadError = null;
    if ((detail.status === 'solving' || detail.status === 'queued') && !state.live.close) follow(planId);
  } catch (error) {
    if (state.planId === planId) state.loadError = error;
  }
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
    },
    done: async (data) => {
      if (state.planId !== planId) return;
      state.live.close = null;
      stopClock();
      state.live.secondsSpent = Math.max(state.live.clock, state.live.secondsSpent || 0);
      state.live.status = data.status || 'idle';
      state.live.score = data.score;
      state.live.kpis = data.kpis;
      state.analysis = null;
      state.plans = null;
      await loadPlan(planId);
      if (state.route.view === 'why') loadAnalysis();
      showNotice(t('solveDone'));
      render();
    },
  });
}

async function startSolving() {
  const input = $('solve-seconds');
  const seconds = Number(input.value);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 1800) {
    showNotice(t('solveSecondsInvalid'), true);
    input.focus();
    return;
  }
  try {
    await api.startSolving(state.planId, seconds);
    stopClock();
    state.live = { ...emptyLive(), status: 'solving', secondsSpent: 0 };
    follow(state.planId);
    startClock();
    showNotice(t('solveStarted', { s: seconds }));
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
    state.uploadErrors = [{ path: '', message: t('uploadNoFile'), messageDa: t('uploadNoFile') }];
    renderUploadErrors();
    $('upload-file').focus();
    return;
  }
  $('upload-submit').disabled = true;
  try {
    const created = await api.submitPlan(await file.text());
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
    statusText(plan.status, plan.score),
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
      h('button', { type: 'button', class: 'danger small', onclick: () => deletePlan(plan),
        'aria-label': t('deletePlanLabel', { name: plan.name }) }, t('deletePlan'))));
}

function statusText(status, score) {
  if (status === 'solving') return t('statusSolving');
  if (status === 'queued') return t('statusQueued');
  const parsed = parseScore(score);
  if (!parsed) return t('statusNotSolved');
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
    h('ul', { class: 'field-errors' }, state.uploadErrors.map((e) => h('li', {},
      e.path && e.path !== '$' ? h('code', {}, e.path) : null,
      e.path && e.path !== '$' ? ': ' : null,
      lang === 'en' ? e.message : e.messageDa || e.message)))));
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
  mount($('tabs'), VIEWS.map((view) => h('a', {
    href: planHref(view), class: ['tab', view === 'uncovered' && state.model.uncovered.length > 0 && 'tab-alert'],
    'aria-current': view === state.route.view ? 'page' : null, dataset: { view, focusKey: `tab-${view}` },
  }, tabLabel(view, state.model))));
  mount(panel, renderView(state.route.view, viewContext()));
}

function viewContext() {
  const params = state.route.params;
  const wide = window.matchMedia('(min-width: 1100px)').matches;
  const weekMode = ['A', 'B', 'both'].includes(params.week) ? params.week : (wide ? 'both' : 'A');
  return {
    model: state.model,
    planId: state.planId,
    planName: state.detail.name,
    solving: ['solving', 'queued'].includes(state.live.status || state.detail.status),
    params,
    weekMode,
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
  };
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
  if (staffId && (sessions.length > 0 || !schoolId)) go('staff', { staff: staffId, role: null, competence: null, school: null });
  else if (schoolId) go('school', { school: schoolId, role: null, competence: null });
}

function showUncovered(item) {
  state.highlight = { demandId: item.demandId, seat: item.seat ?? null };
  state.scrollToHighlight = true;
  go('school', { school: item.schoolId, role: null, competence: null });
}

function renderPlanHead() {
  const detail = state.detail;
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
      : statusText(status, score)),
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
  $('solve-start').addEventListener('click', startSolving);
  $('solve-stop').addEventListener('click', stopSolving);
  $('publish').addEventListener('click', publish);
  window.addEventListener('hashchange', onRoute);
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
onRoute();
