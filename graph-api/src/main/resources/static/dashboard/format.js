// Formatting and small DOM helpers the views share. One locale, so numbers read the same in every browser.

const LOCALE = 'en-GB';

export const integer = (n) => new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 }).format(n);
export const decimal = (n, digits = 2) =>
  new Intl.NumberFormat(LOCALE, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
export const percent = (share) =>
  new Intl.NumberFormat(LOCALE, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
export const when = (iso) => (iso ? iso.replace('T', ' ').replace(/(:\d\d)(\.\d+)?Z$/, '$1 UTC') : '');
export const hours = (h) => (h === null || h === undefined ? 'n/a' : `${decimal(h, 1)} h`);
export const label = (key) => key.replaceAll('_', ' ');

/** An HTML element: el('td', {class: 'n', title: '...'}, 'text', child, ...). Text is always text, never markup. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  return fill(node, attributes, children);
}

const SVG = 'http://www.w3.org/2000/svg';

/** The same for SVG. */
export function svg(tag, attributes = {}, ...children) {
  return fill(document.createElementNS(SVG, tag), attributes, children);
}

function fill(node, attributes, children) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

/** A message in place of a view's content: kind is 'empty' or 'error'. */
export function message(kind, text) {
  return el('p', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : null }, text);
}

/** A colour per category name: the first ten names seen get distinct colours, then they repeat. */
const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f',
  '#bab0ac'];
const assigned = new Map();
export function colourOf(name) {
  if (!assigned.has(name)) assigned.set(name, PALETTE[assigned.size % PALETTE.length]);
  return assigned.get(name);
}

/** From a light to a deep blue as t goes from 0 to 1. */
export function ramp(t) {
  const from = [239, 243, 255];
  const to = [8, 69, 148];
  const mix = from.map((f, i) => Math.round(f + (to[i] - f) * Math.max(0, Math.min(1, t))));
  return `rgb(${mix.join(',')})`;
}
