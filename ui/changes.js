// Changes: a rerun after staff changes (for the PPR leader) and what changed between two revisions, in sentences a
// school leader can forward, with a way to each changed session in the grid.
import { ROLES } from './colours.js';
import { h } from './dom.js';
import { compareNames, formatDate, formatDateTime, formatNumber, formatPercent, getLang, t, term } from './i18n.js';

/** The change types the form builds; the others are written as JSON. */
export const FORM_CHANGE_TYPES = ['staffUnavailable', 'staffHoursChanged', 'demandRemoved'];

/** The maximum time a rerun may solve, as the brief for the page asks the service for. */
export const RERUN_SECONDS = 30;

// ---------------------------------------------------------------- the diff's entries

/** sessionId → the diff entries of that session, earliest first. */
export function changeIndex(entries) {
  const index = new Map();
  for (const entry of entries || []) {
    if (!index.has(entry.sessionId)) index.set(entry.sessionId, []);
    index.get(entry.sessionId).push(entry);
  }
  for (const list of index.values()) list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return index;
}

/**
 * How a session shown for a date (null = the end of the term) is marked: {from, upcoming}. Changed: the latest
 * change on or before the date; upcoming: the session still looks as before and changes from a later date.
 */
export function changeMark(index, session, date) {
  const entries = index?.get(session.id);
  if (!entries || entries.length === 0) return null;
  const past = entries.filter((entry) => date === null || entry.from <= date);
  if (past.length > 0) return { from: past[past.length - 1].from, upcoming: false };
  return { from: entries[0].from, upcoming: true };
}

/** "ændret fra 1. marts 2027" / "ændres fra …", for the accessible name of a block and the details. */
export function changeMarkText(mark) {
  return t(mark.upcoming ? 'changingFrom' : 'changedFrom', { date: formatDate(mark.from) });
}

export function entryText(entry) {
  return getLang() === 'en' ? entry.messageEn || entry.message : entry.message || entry.messageEn;
}

/**
 * The sentences grouped per school (schools by name), each with "Vis i skema".
 * @param onShow entry => void
 */
export function renderChangeList(model, entries, { onShow, showSchool = true }) {
  if (!entries || entries.length === 0) return h('p', { class: 'empty changes-none' }, t('changesNone'));
  const bySchool = new Map();
  for (const entry of entries) {
    if (!bySchool.has(entry.schoolId)) bySchool.set(entry.schoolId, []);
    bySchool.get(entry.schoolId).push(entry);
  }
  const schoolName = (id) => model.schools.get(id)?.name || id;
  const schools = [...bySchool.keys()].sort((a, b) => compareNames(schoolName(a), schoolName(b)));
  const list = (items) => h('ul', { class: 'change-list' }, items.map((entry) => {
    const text = entryText(entry);
    return h('li', { class: 'change-item', dataset: { sessionId: entry.sessionId, kind: entry.kind, schoolId: entry.schoolId } },
      h('span', { class: 'change-text' }, text),
      h('button', { type: 'button', class: 'small', onclick: () => onShow(entry),
        'aria-label': t('changeShowLabel', { text }) }, t('changeShow')));
  }));
  if (!showSchool) return list(bySchool.get(schools[0]) || []);
  return h('div', { class: 'change-groups' }, schools.map((schoolId) => h('section', {
    class: 'change-school', dataset: { schoolId }, 'aria-labelledby': `change-school-${schoolId}`,
  },
  h('h3', { id: `change-school-${schoolId}` }, schoolName(schoolId),
    h('span', { class: 'change-count' }, t('changesCount', { n: bySchool.get(schoolId).length }))),
  list(bySchool.get(schoolId)))));
}

// ---------------------------------------------------------------- the tab

/**
 * ctx as views.js gives it, plus: diff {loading, error, none, data, from, to}, rerun (the form's state),
 * rerunActions {update, setDraft, add, remove, submit, toggle}, showChange(entry), revisions, published, revision,
 * live (the plan's job as its events tell it: status, queuePosition, kpis).
 */
export function renderChangesView(ctx) {
  const { model } = ctx;
  if (!model.solution) {
    return h('div', { class: 'view view-changes' },
      h('p', { class: 'card empty not-solved', role: 'status' }, ctx.solving ? t('solvingNoSolutionYet') : t('notSolvedYet')));
  }
  return h('div', { class: 'view view-changes' },
    ctx.mayRerun ? rerunPanel(ctx) : null,
    diffSection(ctx));
}

function diffSection(ctx) {
  const { model, diff, params } = ctx;
  // A rerun that ended before it found a plan has no score, and nothing to compare.
  const solutions = (ctx.revisions || []).filter((r) => (r.kind === 'SOLUTION' || r.kind === 'RERUN')
    && r.state === 'COMPLETE' && r.score && r.number < ctx.revision);
  const compare = solutions.length > 0 ? h('div', { class: 'field' },
    h('label', { for: 'diff-from' }, t('changesCompare')),
    h('select', { id: 'diff-from', dataset: { focusKey: 'diff-from' },
      onchange: (e) => ctx.go('changes', { diffFrom: e.target.value || null }) },
    h('option', { value: '', selected: !params.diffFrom }, t('changesCompareDefault')),
    [...solutions].reverse().map((r) => h('option', { value: String(r.number), selected: params.diffFrom === String(r.number) },
      t('revisionOption', { n: r.number, kind: term('revisionKind', r.kind), at: formatDateTime(r.createdAt) }))))) : null;
  const entries = diff?.data?.entries || [];
  const schoolFilter = params.school && model.schools.has(params.school) ? params.school : '';
  const shown = schoolFilter ? entries.filter((e) => e.schoolId === schoolFilter) : entries;
  const schools = [...new Set(entries.map((e) => e.schoolId))]
    .map((id) => ({ value: id, label: model.schools.get(id)?.name || id }))
    .sort((a, b) => compareNames(a.label, b.label));
  const toolbar = h('div', { class: 'toolbar' }, compare,
    entries.length > 0 ? h('div', { class: 'field' },
      h('label', { for: 'changes-school' }, t('filterSchool')),
      h('select', { id: 'changes-school', dataset: { focusKey: 'changes-school' },
        onchange: (e) => ctx.go('changes', { school: e.target.value || null }) },
      h('option', { value: '', selected: !schoolFilter }, t('allSchools')),
      schools.map((s) => h('option', { value: s.value, selected: s.value === schoolFilter }, s.label)))) : null);

  let body;
  if (!diff || diff.loading) {
    body = h('p', { class: 'empty', role: 'status' }, t('changesLoading'));
  } else if (diff.error) {
    body = h('p', { class: 'error-box', role: 'alert' }, t('changesFailed'), ' ', errorWords(diff.error));
  } else if (diff.none || entries.length === 0) {
    body = h('div', { class: 'changes-quiet' },
      h('p', { class: 'empty changes-none' }, t('changesNone')),
      diff.none ? h('p', { class: 'hint' }, t('changesNoneHint')) : null);
  } else {
    body = [
      h('p', { class: 'lead' }, t('changesLead', { from: diff.from ?? '?', to: diff.to ?? ctx.revision, n: entries.length })),
      renderChangeList(model, shown, { onShow: ctx.showChange }),
    ];
  }
  return h('section', { class: 'changes-diff', 'aria-labelledby': 'changes-title' },
    h('h2', { id: 'changes-title', tabindex: '-1' }, t('changesTitle')),
    notPublishedHint(ctx),
    toolbar,
    body);
}

/** After a rerun, until it is published, the downloads still give the published plan. */
function notPublishedHint(ctx) {
  if (!ctx.published || ctx.published.revision === ctx.revision) return null;
  return h('p', { class: 'notice not-published' }, t('notPublishedYet', { r: ctx.revision, p: ctx.published.revision }));
}

function errorWords(error) {
  return (error?.errors || []).map((e) => (getLang() === 'en' ? e.message : e.messageDa || e.message)).join(' ');
}

// ---------------------------------------------------------------- the rerun form

/**
 * The sentence for a change in the form's list, in the chosen language. The date the change starts is the
 * effective date above the list, so the sentence does not repeat it.
 */
export function changeSentence(model, change) {
  const person = change.staffId ? model.staff.get(change.staffId) : null;
  const name = person ? person.name : change.staffId;
  switch (change.type) {
    case 'staffUnavailable':
      return change.to ? t('changeUnavailableUntil', { name, to: formatDate(change.to) }) : t('changeUnavailable', { name });
    case 'staffHoursChanged':
      return t('changeHours', { name, hours: formatNumber(change.hoursPerWeek, Number.isInteger(change.hoursPerWeek) ? 0 : 1) });
    case 'demandRemoved':
      return t('changeDemandRemoved', { what: demandLabel(model, model.demands.get(change.demandId) || { id: change.demandId }) });
    default:
      return t('changeRaw', { type: term('changeType', change.type) || String(change.type) });
  }
}

/** "3.B · Læsning (co-teaching)", "Samarbejds- og indsatsmøde". */
function demandWhat(model, demand) {
  const schoolClass = demand.classId ? model.classes.get(demand.classId) : null;
  if (demand.type === 'co-teaching') {
    return `${schoolClass?.name || demand.classId} · ${term('competence', demand.competence)} (${term('typeShort', demand.type)})`;
  }
  return term('typeShort', demand.type) || demand.id;
}

/** "3.B · Læsning (co-teaching), Søndre Skole". */
function demandLabel(model, demand) {
  const schoolId = demand.schoolId || model.classes.get(demand.classId)?.schoolId;
  const school = model.schools.get(schoolId)?.name || schoolId;
  return school ? `${demandWhat(model, demand)}, ${school}` : demandWhat(model, demand);
}

function staffOptions(model) {
  const people = [...model.staff.values()]
    .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || compareNames(a.name, b.name));
  const names = new Map();
  people.forEach((p) => names.set(p.name, (names.get(p.name) || 0) + 1));
  return people.map((p) => ({
    value: p.id,
    label: `${p.name} (${term('role', p.role)}${names.get(p.name) > 1 ? `, ${p.id}` : ''})`,
  }));
}

function demandGroups(model) {
  const groups = new Map();
  for (const demand of model.demands.values()) {
    const schoolId = demand.schoolId || model.classes.get(demand.classId)?.schoolId || '';
    if (!groups.has(schoolId)) groups.set(schoolId, []);
    groups.get(schoolId).push(demand);
  }
  const schoolName = (id) => model.schools.get(id)?.name || id;
  return [...groups.entries()].sort((a, b) => compareNames(schoolName(a[0]), schoolName(b[0])))
    .map(([schoolId, demands]) => ({
      label: schoolName(schoolId),
      options: demands.map((d) => ({ value: d.id, label: demandWhat(model, d) }))
        .sort((a, b) => compareNames(a.label, b.label)),
    }));
}

function rerunPanel(ctx) {
  const { model, rerun, rerunActions: act } = ctx;
  const period = model.problem.term || {};
  const busy = rerun.busy;
  const draft = rerun.draft;
  const input = (key) => (e) => act.update({ [key]: e.target.value });
  // A choice draws the form again (the fields of a type, an error cleared); typing never does, so nothing is lost.
  const draftChoice = (key) => (e) => act.setDraft({ [key]: e.target.value }, true);
  const draftInput = (key) => (e) => act.setDraft({ [key]: e.target.value }, false);

  const typeFields = [];
  if (draft.type === 'staffUnavailable' || draft.type === 'staffHoursChanged') {
    typeFields.push(h('div', { class: 'field' },
      h('label', { for: 'rerun-staff' }, t('rerunStaff')),
      h('select', { id: 'rerun-staff', dataset: { focusKey: 'rerun-staff' }, onchange: draftChoice('staffId'), disabled: busy },
        h('option', { value: '', selected: !draft.staffId }, t('rerunChooseStaff')),
        staffOptions(model).map((o) => h('option', { value: o.value, selected: o.value === draft.staffId }, o.label)))));
  }
  if (draft.type === 'staffUnavailable') {
    typeFields.push(h('div', { class: 'field' },
      h('label', { for: 'rerun-until' }, t('rerunUntil')),
      h('input', { type: 'date', id: 'rerun-until', value: draft.to || '', min: rerun.effectiveDate || period.firstDate,
        max: period.lastDate, dataset: { focusKey: 'rerun-until' }, oninput: draftInput('to'), disabled: busy })));
  }
  if (draft.type === 'staffHoursChanged') {
    typeFields.push(h('div', { class: 'field' },
      h('label', { for: 'rerun-hours' }, t('rerunHours')),
      h('input', { type: 'number', id: 'rerun-hours', min: '0', max: '48', step: '0.5', inputmode: 'decimal',
        value: draft.hoursPerWeek ?? '', dataset: { focusKey: 'rerun-hours' }, oninput: draftInput('hoursPerWeek'), disabled: busy })));
  }
  if (draft.type === 'demandRemoved') {
    typeFields.push(h('div', { class: 'field field-wide' },
      h('label', { for: 'rerun-demand' }, t('rerunDemand')),
      h('select', { id: 'rerun-demand', dataset: { focusKey: 'rerun-demand' }, onchange: draftChoice('demandId'), disabled: busy },
        h('option', { value: '', selected: !draft.demandId }, t('rerunChooseDemand')),
        demandGroups(model).map((group) => h('optgroup', { label: group.label },
          group.options.map((o) => h('option', { value: o.value, selected: o.value === draft.demandId }, o.label)))))));
  }

  const changeList = rerun.changes.length === 0
    ? h('p', { class: 'empty', id: 'rerun-changes-empty' }, t('rerunChangesNone'))
    : h('ol', { class: 'rerun-changes' }, rerun.changes.map((change, i) => {
      const text = changeSentence(model, change);
      return h('li', { dataset: { type: change.type } },
        h('span', {}, text),
        h('button', { type: 'button', class: 'small', disabled: busy, onclick: () => act.remove(i),
          dataset: { focusKey: `rerun-remove-${i}` }, 'aria-label': t('rerunRemoveLabel', { text }) }, t('rerunRemove')));
    }));

  const base = ctx.published
    ? t('rerunBasePublished', { n: ctx.published.revision })
    : t('rerunBaseLatest', { n: ctx.revision });

  // Open until there are changes to read; then the changes come first and the form waits behind its heading.
  // What the reader opens or closes stays so.
  const open = rerun.open ?? !(ctx.diff?.loading || (ctx.diff?.data?.entries?.length || 0) > 0);
  return h('details', {
    class: 'card rerun', id: 'rerun-panel', open,
    // A details element drawn open reports a toggle of its own; only the reader's count.
    ontoggle: (e) => { if (e.target.open !== open) act.toggle(e.target.open); },
  },
  h('summary', { dataset: { focusKey: 'rerun-summary' } }, h('span', { class: 'rerun-title' }, t('rerunTitle'))),
  h('form', { id: 'rerun-form', novalidate: true, 'aria-busy': busy ? 'true' : 'false',
    onsubmit: (e) => { e.preventDefault(); act.submit(); } },
  h('p', { class: 'lead' }, t('rerunLead')),
  h('p', { class: 'hint' }, base),
  h('div', { class: 'field rerun-date' },
    h('label', { for: 'rerun-date' }, t('rerunEffectiveDate')),
    h('input', { type: 'date', id: 'rerun-date', required: true, value: rerun.effectiveDate || '', min: period.firstDate,
      max: period.lastDate, disabled: busy, dataset: { focusKey: 'rerun-date' }, oninput: input('effectiveDate'),
      'aria-describedby': 'rerun-date-hint' }),
    h('span', { class: 'hint', id: 'rerun-date-hint' },
      t('rerunEffectiveHint', { first: formatDate(period.firstDate), last: formatDate(period.lastDate) }))),

  h('h3', { id: 'rerun-changes-title' }, t('rerunChangesTitle')),
  changeList,

  h('fieldset', { class: 'rerun-add', disabled: busy },
    h('legend', {}, t('rerunAddTitle')),
    h('div', { class: 'toolbar' },
      h('div', { class: 'field' },
        h('label', { for: 'rerun-type' }, t('rerunType')),
        h('select', { id: 'rerun-type', dataset: { focusKey: 'rerun-type' }, onchange: (e) => act.setDraft({ type: e.target.value }, true) },
          FORM_CHANGE_TYPES.map((type) => h('option', { value: type, selected: type === draft.type }, term('changeType', type))))),
      typeFields,
      h('button', { type: 'button', id: 'rerun-add', dataset: { focusKey: 'rerun-add' }, onclick: () => act.add() }, t('rerunAdd'))),
    rerun.draftError ? h('p', { class: 'error-box', role: 'alert', id: 'rerun-draft-error' }, t(rerun.draftError.key)) : null),

  h('details', { class: 'rerun-raw', open: rerun.rawOpen || Boolean(rerun.raw),
    ontoggle: (e) => act.update({ rawOpen: e.target.open }, false) },
  h('summary', {}, t('rerunRawTitle')),
  h('label', { for: 'rerun-raw' }, t('rerunRawLabel')),
  h('p', { class: 'hint', id: 'rerun-raw-hint' }, t('rerunRawHint')),
  h('textarea', { id: 'rerun-raw', rows: '6', spellcheck: 'false', disabled: busy, dataset: { focusKey: 'rerun-raw' },
    'aria-describedby': 'rerun-raw-hint', placeholder: '[{"type": "staffAdded", "staff": {…}}]',
    oninput: input('raw') }, rerun.raw || '')),

  rerun.errors ? rerunErrors(ctx) : null,

  h('div', { class: 'form-actions rerun-actions' },
    h('button', { type: 'submit', class: 'primary', id: 'rerun-submit', disabled: busy || ctx.solving,
      dataset: { focusKey: 'rerun-submit' } },
      busy ? t('rerunSubmitBusy') : t('rerunSubmit')),
    h('p', { class: 'rerun-status', id: 'rerun-status', role: 'status' }, busy ? rerunProgress(ctx) : ''))));
}

/**
 * While the rerun waits for a free solver, its place in the queue; while it solves, the time so far and its best
 * plan yet. Said when the rerun is queued and when it starts; the seconds and figures that change are for the eye.
 */
function rerunProgress(ctx) {
  const { rerun, live } = ctx;
  if (live.status === 'queued') return t('rerunQueued', { n: live.queuePosition ?? '?' });
  return [t('rerunBusy', { max: RERUN_SECONDS }), ' ',
    h('span', { id: 'rerun-elapsed', 'aria-hidden': 'true' }, t('rerunElapsed', { s: formatNumber(rerun.elapsed || 0) })),
    h('span', { id: 'rerun-best', class: 'rerun-best', 'aria-hidden': 'true' }, rerunBestText(live))];
}

/** The rerun's best plan so far in figures, from the service's progress; nothing before the first. */
export function rerunBestText(live) {
  if (live.status !== 'solving' || !live.kpis) return '';
  return t('rerunBest', { sessions: live.kpis.changedSessions ?? 0, coverage: formatPercent(live.kpis.coveragePercent) });
}

/** The service's field errors, each tied to the change it concerns ("Ændring 2 (…): …"). */
function rerunErrors(ctx) {
  const { model, rerun } = ctx;
  const lang = getLang();
  const items = rerun.errors.map((error) => {
    // The page's own checks carry a dictionary key; the service's errors come in both languages.
    const message = error.key ? t(error.key, error.params) : lang === 'en' ? error.message : error.messageDa || error.message;
    const at = /^changes\[(\d+)\]/.exec(error.path || '');
    let where = null;
    if (at) {
      const i = Number(at[1]);
      const sent = rerun.sent?.[i];
      const what = !sent ? '' : sent.fromRaw ? t('rerunErrorRaw') : changeSentence(model, sent.change);
      where = t('rerunErrorChange', { n: i + 1, text: what });
    } else if (error.path === 'effectiveDate') {
      where = t('rerunEffectiveDate');
    } else if (error.path === 'raw') {
      where = t('rerunRawLabel');
    } else if (error.path && error.path !== '$') {
      where = h('code', {}, error.path);
    }
    return h('li', {}, where, where ? ': ' : null, message);
  });
  return h('div', { class: 'error-box', role: 'alert', id: 'rerun-errors', tabindex: '-1' },
    h('p', {}, t('rerunErrors', { n: rerun.errors.length })),
    h('ul', { class: 'field-errors' }, items));
}
