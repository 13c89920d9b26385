// Tiny DOM helpers. Every string goes in as a text node or through setAttribute, never as HTML,
// because certificate names and every other server string are untrusted.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** `el('td', { class: 'id' }, 'text', otherNode)`: an HTML element with attributes and children. */
export function el(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** The same for SVG elements (createElementNS: the page draws its own charts, no library). */
export function svg(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** `document.getElementById` that fails loudly when the page and the code disagree. */
export function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The page has no #${id}`);
  return node;
}

/** Unix seconds → `YYYY-MM-DD` (UTC), or an em dash when the API left the date out. */
export function day(seconds) {
  return typeof seconds === 'number' ? new Date(seconds * 1000).toISOString().slice(0, 10) : '—';
}

/** Unix seconds → full ISO time, for `<time datetime>` and exports; '' when absent. */
export function iso(seconds) {
  return typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : '';
}

/** A `<time>` showing the day, with the exact instant in its title and datetime. */
export function timeEl(seconds) {
  if (typeof seconds !== 'number') return document.createTextNode('—');
  return el('time', { datetime: iso(seconds), title: iso(seconds).replace('.000Z', 'Z') }, day(seconds));
}

/** Announces `text` in a live region (re-set so screen readers repeat identical messages). */
export function announce(region, text) {
  region.textContent = '';
  region.textContent = text;
}
