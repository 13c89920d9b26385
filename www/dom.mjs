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
  for (const child of children.flat(Infinity)) {
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

/** Unix seconds → full ISO time (UTC), for `<time datetime>` and exports; '' when absent. */
export function iso(seconds) {
  return typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : '';
}

// Dates are shown in the viewer's own time zone, always with the zone named, never bare UTC.
const pad = (n) => String(n).padStart(2, '0');
const zoneName = new Intl.DateTimeFormat(undefined, { timeZoneName: 'short' });

/** The viewer's time zone, e.g. "Europe/Berlin". */
export const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'local time';

const zoneByOffset = new Map(); // the name only changes with the offset (DST): Intl once per offset

/** The zone's short name at that instant ("CET", "GMT+1", "UTC"). */
export function zoneAt(seconds) {
  const date = new Date(seconds * 1000);
  const offset = date.getTimezoneOffset();
  if (!zoneByOffset.has(offset)) {
    zoneByOffset.set(offset, zoneName.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? '');
  }
  return zoneByOffset.get(offset);
}

/** Unix seconds → `YYYY-MM-DD` in local time, or an em dash when the API left the date out. */
export function day(seconds) {
  if (typeof seconds !== 'number') return '—';
  const d = new Date(seconds * 1000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Unix seconds → `YYYY-MM-DD HH:MM ZONE` in local time. */
export function localTime(seconds) {
  if (typeof seconds !== 'number') return '—';
  const d = new Date(seconds * 1000);
  return `${day(seconds)} ${pad(d.getHours())}:${pad(d.getMinutes())} ${zoneAt(seconds)}`;
}

/** A `<time>` showing the local day (or day and time with `full`), the exact local time in its title. */
export function timeEl(seconds, { full = false } = {}) {
  if (typeof seconds !== 'number') return document.createTextNode('—');
  return el('time', { datetime: iso(seconds), title: localTime(seconds) }, full ? localTime(seconds) : day(seconds));
}

// Bidi controls (embeddings, overrides, isolates, marks) would let a name reorder what is shown
// ("\u202Egnp.exe" reads "exe.png"): they are shown as visible code points instead.
const BIDI_CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

/** `text` with every bidi control replaced by a visible `⟨U+202E⟩` marker. */
export function visibleControls(text) {
  return text.replace(BIDI_CONTROLS, (ch) => `⟨U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/** A server string as an isolated `<bdi>` with its bidi controls made visible. */
export function bidi(text) {
  return el('bdi', {}, visibleControls(String(text)));
}

/** Announces `text` in a live region (re-set so screen readers repeat identical messages). */
export function announce(region, text) {
  region.textContent = '';
  region.textContent = text;
}
