// Planning by hand (issue 19): who can take a session, the times it may move to, and what a change would do to the
// plan before it is saved. The service scores every choice with the solver's own rules; the page only shows its
// answers in words.
import { colourStyle, roleColour } from './colours.js';
import { h, s } from './dom.js';
import { dayInText, formatDuration, formatNumber, formatPercent, getLang, t, term } from './i18n.js';
import { parseScore } from './model.js';

const LEVELS = ['hard', 'medium', 'soft'];
/** A long list of times or people shows its best first; the rest come on asking. */
export const SHOWN_AT_FIRST = 12;
/** Rules broken by one choice that are listed at once; more fold away behind their count. */
const BROKEN_SHOWN = 3;

/** A padlock drawn in the page itself (nothing fetched), for locked sessions in the grid and the details. */
export function padlock(className = 'lock-badge') {
  return s('svg', { class: className, viewBox: '0 0 12 14', width: '11', height: '13', 'aria-hidden': 'true',
    focusable: 'false' },
  s('path', { d: 'M3.5 6.5V4.5a2.5 2.5 0 0 1 5 0v2', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.6' }),
  s('rect', { x: '1', y: '6', width: '10', height: '7.5', rx: '1.5', fill: 'currentColor' }));
}

/** "låst: tid og personer" / "låst: personen", for a session's lock ('session' or 'person'). */
export function lockText(lock) {
  return lock === 'person' ? t('lockedPerson') : t('lockedSession');
}

const text = (item) => (getLang() === 'en' ? item.textEn || item.text : item.text || item.textEn);
const ruleName = (item) => (getLang() === 'en' ? item.rule : item.nameDa || item.rule);


/** "Uge A, mandag 09:00–09:45" for a time the times route names. */
export function timeText(time) {
  const week = time.week === 'AB' ? t('everyWeek') : t('weekName', { week: time.week });
  return `${week}, ${dayInText(time.day)} ${time.start}${time.end ? `–${time.end}` : ''}`;
}

/**
 * The dialog's content for the state of the edit in hand:
 *   {kind: 'candidates', title, loading | error | data}, {kind: 'times', title, loading | error | data},
 *   {kind: 'preview', edits, back, loading | error | data, saving, saveError}.
 * actions: {choose(edits), save(), close(), back(), reload(), expand()}
 */
export function renderEditDialog(model, edit, actions) {
  if (edit.kind === 'preview') return preview(model, edit, actions);
  const head = dialogHead(edit.title, edit.subtitle, actions);
  if (edit.loading) return [head, h('p', { class: 'empty', role: 'status' }, t('editLoading'))];
  if (edit.error) return [head, failure(edit.error), closeRow(actions)];
  return [head, edit.kind === 'times' ? timeList(edit, actions) : candidateList(model, edit, actions),
    closeRow(actions)];
}

function dialogHead(title, subtitle, actions) {
  return h('div', { class: 'edit-head' },
    h('div', {},
      h('h2', { id: 'edit-dialog-title', tabindex: '-1' }, title),
      subtitle ? h('p', { class: 'hint' }, subtitle) : null),
    h('button', { type: 'button', class: 'small', onclick: actions.close, 'aria-label': t('editCloseLabel') },
      t('close')));
}

function closeRow(actions) {
  return h('div', { class: 'form-actions' },
    h('button', { type: 'button', id: 'edit-close', onclick: actions.close }, t('close')));
}

function failure(error) {
  const errors = error?.errors || [{ message: String(error), messageDa: String(error) }];
  return h('div', { class: 'error-box', role: 'alert' },
    errors.map((e) => h('p', {}, getLang() === 'en' ? e.message : e.messageDa || e.message)));
}

// ---------------------------------------------------------------- who can take it

function candidateList(model, edit, actions) {
  const data = edit.data;
  const candidates = shown(edit, data.candidates);
  const current = data.currentStaffId ? model.staff.get(data.currentStaffId) : null;
  const intro = h('p', { class: 'lead' }, current ? t('candidatesLeadCovered', { name: current.name })
    : t('candidatesLead'));
  const list = candidates.length === 0 ? h('p', { class: 'empty candidates-none' }, t('candidatesNone'))
    : h('ol', { class: 'option-list candidates' }, candidates.map((candidate, i) => {
      const name = candidate.name || model.staff.get(candidate.staffId)?.name || candidate.staffId;
      return h('li', { class: 'option candidate', dataset: { staffId: candidate.staffId } },
        h('div', { class: 'option-head' },
          h('span', { class: 'option-rank', 'aria-hidden': 'true' }, `${i + 1}.`),
          h('strong', { class: 'option-name' }, name),
          candidate.role ? h('span', { class: 'role-tag', style: colourStyle(roleColour(candidate.role)) },
            term('role', candidate.role)) : null,
          verdict(candidate)),
        effects(candidate.effects),
        brokenList(candidate.broken, 'optionBreaks'),
        h('div', { class: 'option-actions' },
          h('button', { type: 'button', class: 'primary small choose', onclick: () => actions.choose([candidate.edit]),
            'aria-label': t('chooseCandidateLabel', { name }) }, t('choose'))));
    }));
  const more = moreButton(edit, data.candidates, actions);
  // A covered seat may also be left without anyone, which is a choice a planner makes knowingly.
  const release = data.currentStaffId ? h('p', { class: 'option-release' },
    h('button', { type: 'button', class: 'small', onclick: () => actions.choose([releaseEdit(edit.target)]) },
      t('leaveUncovered'))) : null;
  return [intro, scoreLine(data.score), list, more, release];
}

function releaseEdit(target) {
  return target.sessionId ? { type: 'person', sessionId: target.sessionId, staffId: null }
    : { type: 'person', demandId: target.demandId, seat: target.seat ?? null, staffId: null };
}

function scoreLine(score) {
  const words = scoreWords(score);
  return words ? h('p', { class: 'hint' }, t('scoreNow', { score: words })) : null;
}

/** Better, worse or breaking rules: the choice's score against the plan's now, as a tag and in words. */
function verdict(option) {
  const parsed = parseScore(option.scoreDiff);
  const same = parsed && LEVELS.every((level) => parsed[level] === 0);
  const key = option.feasible === false ? 'verdictInfeasible' : option.better ? 'verdictBetter'
    : same ? 'verdictSame' : 'verdictWorse';
  const diff = diffWords(option.scoreDiff);
  return [h('span', { class: ['verdict', `verdict-${key}`] }, t(key)),
    diff && !same ? h('span', { class: 'verdict-diff' }, diff) : null];
}

function effects(list) {
  if (!list || list.length === 0) return null;
  return h('ul', { class: 'effects' }, list.map((effect) => h('li', {}, text(effect))));
}

/** The rules a choice would break; a long list folds away behind its count, the hard rules named. */
function brokenList(list, titleKey) {
  if (!list || list.length === 0) return null;
  if (list.length <= BROKEN_SHOWN) {
    return h('div', { class: 'option-broken' }, h('span', { class: 'option-broken-title' }, t(titleKey)), ruleList(list));
  }
  const hard = list.filter((finding) => finding.level === 'hard').length;
  return h('details', { class: 'option-broken' },
    h('summary', {}, h('span', { class: 'option-broken-title' }, t('optionBreaksCount', { n: list.length, hard }))),
    ruleList(list));
}

function ruleList(list, className = 'rule-list') {
  return h('ul', { class: className }, list.map((finding) => h('li', { class: 'rule', dataset: { level: finding.level,
    rule: finding.rule } },
  h('span', { class: 'rule-level' }, t(`ruleLevel.${finding.level}`)),
  h('span', { class: 'rule-name' }, ruleName(finding)),
  h('span', { class: 'rule-text' }, text(finding)))));
}

// ---------------------------------------------------------------- another time

function timeList(edit, actions) {
  const data = edit.data;
  const times = shown(edit, data.times);
  const intro = h('p', { class: 'lead' }, data.current ? t('timesLead', { time: timeText(data.current) })
    : t('timesLeadNone'));
  const list = times.length === 0 ? h('p', { class: 'empty times-none' }, t('timesNone'))
    : h('ol', { class: 'option-list times' }, times.map((time) => {
      const when = timeText(time);
      // The time it has now may be among the allowed ones: it is shown as where the list starts from, not offered.
      const now = sameTime(time, data.current);
      return h('li', { class: ['option', now ? 'time-current' : 'time-option'],
        dataset: { week: time.week, day: time.day, start: time.start } },
      h('div', { class: 'option-head' },
        h('strong', { class: 'option-name' }, when),
        now ? h('span', { class: 'verdict verdict-now' }, t('timeNow')) : verdict(time)),
      now ? null : effects(time.effects),
      now ? null : brokenList(time.broken, 'optionBreaks'),
      now ? null : h('div', { class: 'option-actions' },
        h('button', { type: 'button', class: 'primary small choose', onclick: () => actions.choose([time.edit]),
          'aria-label': t('chooseTimeLabel', { time: when }) }, t('choose'))));
    }));
  return [intro, scoreLine(data.score), list, moreButton(edit, data.times, actions)];
}

function sameTime(a, b) {
  return Boolean(b) && a.week === b.week && a.day === b.day && a.start === b.start;
}

function shown(edit, list) {
  return edit.expanded ? list || [] : (list || []).slice(0, SHOWN_AT_FIRST);
}

function moreButton(edit, list, actions) {
  const rest = (list || []).length - shown(edit, list).length;
  return rest > 0 ? h('button', { type: 'button', class: 'more', id: 'edit-more', onclick: actions.expand },
    t('editMore', { n: formatNumber(rest) })) : null;
}

// ---------------------------------------------------------------- the preview

function preview(model, edit, actions) {
  const head = dialogHead(t('previewTitle'), null, actions);
  if (edit.loading) return [head, h('p', { class: 'empty', role: 'status' }, t('previewLoading'))];
  if (edit.error) {
    return [head, failure(edit.error), h('div', { class: 'form-actions' },
      edit.back ? h('button', { type: 'button', onclick: actions.back }, t('previewBack')) : null,
      h('button', { type: 'button', id: 'edit-cancel', onclick: actions.close }, t('previewCancel')))];
  }
  const data = edit.data;
  return [head,
    h('section', { class: 'preview-part preview-changes', 'aria-labelledby': 'preview-changes-title' },
      h('h3', { id: 'preview-changes-title' }, t('previewChanges')),
      (data.changes || []).length > 0 ? h('ul', {}, data.changes.map((change) => h('li', {}, text(change))))
        : h('p', { class: 'empty' }, t('previewNoChanges'))),
    h('section', { class: 'preview-part preview-score', 'aria-labelledby': 'preview-score-title' },
      h('h3', { id: 'preview-score-title' }, t('previewScore')),
      h('p', { class: ['preview-feasible', data.feasible ? 'good' : 'bad'] },
        data.feasible ? t('previewFeasible') : t('previewInfeasible')),
      h('p', { class: 'preview-verdict' }, overall(data.scoreBefore, data.score)),
      scoreTable(data.scoreBefore, data.score),
      kpiChanges(data.kpisBefore, data.kpis)),
    h('section', { class: 'preview-part preview-rules', 'aria-labelledby': 'preview-rules-title' },
      h('h3', { id: 'preview-rules-title' }, t('previewBroken')),
      (data.broken || []).length > 0 ? ruleList(data.broken, 'rule-list broken')
        : h('p', { class: 'empty rules-none' }, t('previewBrokenNone')),
      (data.mended || []).length > 0 ? [h('h3', {}, t('previewMended')), ruleList(data.mended, 'rule-list mended')]
        : null),
    h('section', { class: 'preview-part preview-travel', 'aria-labelledby': 'preview-travel-title' },
      h('h3', { id: 'preview-travel-title' }, t('previewTravel')),
      (data.days || []).length > 0 ? h('ul', { class: 'travel-changes' }, data.days.map((day) => h('li', {},
        t('previewTravelDay', {
          name: day.name || model.staff.get(day.staffId)?.name || day.staffId,
          day: dayInText(day.day), week: day.week,
          before: formatNumber(day.travelMinutesBefore), after: formatNumber(day.travelMinutesAfter),
        }))))
        : h('p', { class: 'empty' }, t('previewTravelNone'))),
    edit.saveError ? failure(edit.saveError) : null,
    // 409: the plan has a newer revision or is being solved; the edit must be made again on the plan as it is now.
    edit.saveError?.status === 409 ? h('p', {}, h('button', { type: 'button', class: 'small', id: 'edit-reload',
      onclick: actions.reload }, t('editReload'))) : null,
    h('div', { class: 'form-actions' },
      h('button', { type: 'button', class: 'primary', id: 'edit-save', disabled: edit.saving, onclick: actions.save },
        edit.saving ? t('previewSaving') : t('previewSave')),
      h('button', { type: 'button', id: 'edit-cancel', onclick: actions.close }, t('previewCancel')),
      edit.back ? h('button', { type: 'button', class: 'link-button', onclick: actions.back }, t('previewBack'))
        : null)];
}

/** The score before and after, level by level, as penalty points (fewer is better). */
function scoreTable(before, after) {
  const b = parseScore(before);
  const a = parseScore(after);
  if (!b || !a) return null;
  return h('table', { class: 'score-compare' },
    h('caption', { class: 'visually-hidden' }, t('previewScore')),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('previewLevel'))),
      h('th', { scope: 'col', class: 'num' }, t('previewBefore')),
      h('th', { scope: 'col', class: 'num' }, t('previewAfter')))),
    h('tbody', {}, LEVELS.map((level) => h('tr', {
      dataset: { level }, class: a[level] > b[level] ? 'better' : a[level] < b[level] ? 'worse' : null },
    h('th', { scope: 'row' }, t(`scoreLevel.${level}`)),
    h('td', { class: 'num' }, formatNumber(Math.abs(b[level]))),
    h('td', { class: 'num' }, formatNumber(Math.abs(a[level])))))));
}

/** Coverage and travel before and after: the figures a planner watches most. */
function kpiChanges(before, after) {
  if (!before || !after) return null;
  const rows = [];
  if (typeof after.coveragePercent === 'number') {
    rows.push([t('kpiCoverage'), formatPercent(before.coveragePercent), formatPercent(after.coveragePercent)]);
  }
  if (typeof after.travelMinutesPerFortnight === 'number') {
    rows.push([t('kpiTravel'), formatDuration(before.travelMinutesPerFortnight),
      formatDuration(after.travelMinutesPerFortnight)]);
  }
  if (rows.length === 0) return null;
  return h('ul', { class: 'kpi-changes' }, rows.map(([label, b, a]) => h('li', {}, `${label}: ${b} → ${a}`)));
}

function compare(a, b) {
  for (const level of LEVELS) {
    if (a[level] !== b[level]) return a[level] > b[level] ? 1 : -1;
  }
  return 0;
}

function overall(before, after) {
  const b = parseScore(before);
  const a = parseScore(after);
  if (!b || !a) return '';
  const c = compare(a, b);
  return c > 0 ? t('previewBetter') : c < 0 ? t('previewWorse') : t('previewSame');
}

/** "regelbrud 0 · udækket (vægtet) 120 · ønsker 3.400 point". */
function scoreWords(score) {
  const parsed = parseScore(score);
  if (!parsed) return '';
  return t('scoreWords', { hard: formatNumber(Math.abs(parsed.hard)), medium: formatNumber(Math.abs(parsed.medium)),
    soft: formatNumber(Math.abs(parsed.soft)) });
}

/** A score difference in words: "60 færre point for udækket, 50 flere for ønsker". */
function diffWords(diff) {
  const parsed = parseScore(diff);
  if (!parsed) return '';
  return LEVELS.filter((level) => parsed[level] !== 0).map((level) => t(parsed[level] > 0 ? 'diffFewer' : 'diffMore', {
    n: formatNumber(Math.abs(parsed[level])), level: t(`scoreLevel.${level}`).toLowerCase() })).join(', ')
    || t('diffNone');
}
