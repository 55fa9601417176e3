// Building the page from data without innerHTML, so that no name in a plan can ever become markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * h('button', {class: 'primary', onclick: fn, dataset: {id: 'x'}, style: {top: '10%'}}, 'text', child, [more])
 * Attributes named on* become event listeners; style and custom properties go through the CSSOM, which the
 * page's Content-Security-Policy allows (a style="" attribute it would not).
 */
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** The same for SVG elements: attributes are set as given (fill, x, viewBox ...). */
export function s(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(el, attrs, children) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (name === 'style') {
      for (const [prop, v] of Object.entries(value)) {
        if (prop.startsWith('--')) el.style.setProperty(prop, v);
        else el.style[prop] = v;
      }
    } else if (name === 'class') {
      el.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces the element's children. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A label and a select with options [{value, label}]; the label is tied to the select by id. */
export function selectField({ id, label, value, options, onChange, focusKey, hideLabel }) {
  const select = h('select', { id, dataset: { focusKey: focusKey || id }, onchange: (e) => onChange(e.target.value) },
    options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)));
  return h('div', { class: 'field' },
    h('label', { for: id, class: hideLabel ? 'visually-hidden' : null }, label), select);
}
