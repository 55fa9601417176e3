// "Why": the score explained rule by rule in words, each finding a button that shows its sessions in the grid.
import { h } from './dom.js';
import { formatNumber, getLang, t } from './i18n.js';
import { parseScore } from './model.js';

const SHOWN_AT_FIRST = 12;
const LEVELS = ['hard', 'medium', 'soft'];

/**
 * @param state {loading, error, data}: the answer of GET /api/plans/{id}/analysis
 * @param onShow match => void: takes the reader to the match's sessions
 * @param expanded Set of constraint names whose every finding is shown
 */
export function renderWhy(state, { onShow, onExpand, expanded }) {
  if (!state || state.loading) return h('p', { class: 'empty', role: 'status' }, t('whyLoading'));
  if (state.error) {
    return h('div', { class: 'card error-box', role: 'alert' },
      h('p', {}, t('whyFailed')), h('p', { class: 'hint' }, errorText(state.error)));
  }
  const { constraints = [], score } = state.data;
  const parsed = parseScore(score);
  const intro = h('p', { class: 'lead' }, parsed && parsed.hard < 0 ? t('whyIntroInfeasible') : t('whyIntro'));
  if (constraints.length === 0) {
    return h('div', { class: 'why' }, intro, h('p', { class: 'empty' }, t('whyNothing')));
  }
  return h('div', { class: 'why' }, intro,
    LEVELS.map((level) => {
      const list = constraints.filter((c) => c.level === level);
      if (list.length === 0) return null;
      return h('section', { class: 'why-level', dataset: { level } },
        h('h2', {}, t(`whyLevel.${level}`)),
        h('p', { class: 'hint' }, t(`whyLevelHint.${level}`)),
        list.map((constraint) => constraintCard(constraint, level, { onShow, onExpand, expanded })));
    }));
}

function constraintCard(constraint, level, { onShow, onExpand, expanded }) {
  const all = expanded.has(constraint.name);
  const matches = all ? constraint.matches : constraint.matches.slice(0, SHOWN_AT_FIRST);
  const penalty = parseScore(constraint.score);
  return h('details', { class: 'why-rule', open: level !== 'soft', dataset: { constraint: constraint.name } },
    h('summary', {},
      h('span', { class: 'why-name' }, getLang() === 'en' ? constraint.name : constraint.nameDa || constraint.name),
      h('span', { class: 'why-count' }, t('whyMatches', { n: formatNumber(constraint.matchCount) })),
      penalty ? h('span', { class: 'why-score' }, t('whyPoints', { p: formatNumber(penalty[level]) })) : null),
    h('ul', { class: 'why-matches' }, matches.map((match) => {
      const text = getLang() === 'en' ? match.textEn || match.text : match.text;
      const canShow = match.sessionIds.length + match.staffIds.length + match.schoolIds.length > 0;
      return h('li', {}, canShow
        ? h('button', { type: 'button', class: 'link-button', onclick: () => onShow(match, constraint.name) },
          h('span', {}, text), h('span', { class: 'why-go' }, t('whyShow')))
        : h('span', {}, text));
    })),
    matches.length < constraint.matches.length
      ? h('button', { type: 'button', class: 'more', onclick: () => onExpand(constraint.name) },
        t('whyMore', { n: formatNumber(constraint.matches.length - matches.length) }))
      : null);
}

export function errorText(error) {
  const errors = error?.errors || [{ message: String(error), messageDa: String(error) }];
  return errors.map((e) => (getLang() === 'en' ? e.message : e.messageDa || e.message)).join(' ');
}
