// Class timetables from a school's timetabling system (Untis or CSV) into a plan's term: the form below the plan,
// the service's answer in words, and the new term submitted as a new plan. The form is static HTML, so a re-render
// of the plan never loses the files chosen.
import { api, ApiError } from './api.js';
import { h, mount } from './dom.js';
import { compareNames, getLang, t } from './i18n.js';

const $ = (id) => document.getElementById(id);

/** Fills the school list from the plan, keeping the choice while the plan is the same. */
export function renderTimetableForm(model, planId) {
  const select = $('tt-school');
  if (!select || !model) return;
  const key = `${planId}|${model.schools.size}`;
  if (select.dataset.plan !== key) {
    const chosen = select.value;
    const schools = [...model.schools.values()].sort((a, b) => compareNames(a.name, b.name));
    mount(select, schools.map((school) => h('option', { value: school.id }, school.name)));
    if (schools.some((school) => school.id === chosen)) select.value = chosen;
    select.dataset.plan = key;
    mount($('tt-result'));
  }
}

/** @param openPlan id => void: takes the reader to a newly submitted plan */
export function wireTimetableForm(currentPlanId, openPlan) {
  $('timetable-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = $('tt-result');
    if (!$('tt-input').files[0]) {
      mount(result, h('p', { class: 'error-box', role: 'alert' }, t('ttNoFile')));
      $('tt-input').focus();
      return;
    }
    const form = new FormData();
    form.append('school', $('tt-school').value);
    form.append('format', $('tt-format').value);
    for (const name of ['input', 'lessons', 'grid']) {
      const file = $(`tt-${name}`).files[0];
      if (file) form.append(name, file, file.name);
    }
    if ($('tt-columns').value.trim()) form.append('columns', $('tt-columns').value.trim());
    $('tt-submit').disabled = true;
    mount(result, h('p', { class: 'hint', role: 'status' }, t('ttReading')));
    try {
      mount(result, summary(await api.importTimetable(currentPlanId(), form), openPlan));
    } catch (error) {
      const errors = error instanceof ApiError ? error.errors : [{ message: String(error), messageDa: String(error) }];
      mount(result, h('div', { class: 'error-box', role: 'alert', id: 'tt-errors' },
        h('p', {}, t('ttFailed', { n: errors.length })),
        h('ul', {}, errors.map((e) => h('li', {}, getLang() === 'en' ? e.message : e.messageDa || e.message)))));
    } finally {
      $('tt-submit').disabled = false;
    }
  });
}

function summary(answer, openPlan) {
  const leftOut = answer.classes.reduce((sum, c) => sum + c.oneWeekOnly, 0);
  const submit = h('button', { type: 'button', class: 'primary', id: 'tt-submit-term' }, t('ttSubmitTerm'));
  submit.addEventListener('click', async () => {
    submit.disabled = true;
    try {
      const created = await api.submitTerm(answer.term);
      openPlan(created.id);
    } catch (error) {
      const errors = error instanceof ApiError ? error.errors : [{ message: String(error), messageDa: String(error) }];
      submit.after(h('p', { class: 'error-box', role: 'alert' },
        errors.map((e) => (getLang() === 'en' ? e.message : e.messageDa || e.message)).join(' ')));
      submit.disabled = false;
    }
  });
  return h('div', { class: 'tt-summary', id: 'tt-summary' },
    h('p', {}, t('ttDone', { n: answer.classes.length })),
    h('ul', { class: 'tt-classes' }, answer.classes.map((c) => h('li', { dataset: { classId: c.classId } },
      t('ttClass', { name: c.name, n: c.lessons })))),
    leftOut > 0 ? h('p', { class: 'hint' }, t('ttOneWeekOnly', { n: leftOut })) : null,
    answer.classesNotInFile.length > 0
      ? h('p', { class: 'hint' }, t('ttNotInFile', { names: answer.classesNotInFile.join(', ') })) : null,
    h('p', { class: 'hint' }, Object.entries(answer.encodings).map(([file, encoding]) => `${file}: ${encoding}`)
      .join(' · ') + (answer.gridSet ? ` · ${t('ttGridSet')}` : '')),
    h('div', { class: 'form-actions' }, submit));
}
