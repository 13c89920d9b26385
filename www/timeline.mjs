// The validity timeline: one bar per certificate from "valid from" to "expires", sorted by expiry,
// with a "now" line and the next 30 days shaded, so what is about to expire stands out. Drawn in
// SVG with createElementNS in real pixels (redrawn on resize) so labels stay readable on phones.
// Over MAX_BARS certificates it summarises instead: a histogram of expiries, a few hundred nodes
// whatever the count, so 10,000 certificates do not mean 10,000 SVG bars.
import { day, svg, visibleControls } from './dom.mjs';
import { DAY, SOON_DAYS, countByKind, validityStatus } from './status.mjs';

const YEAR = 365.25 * DAY;
const PAD = { left: 8, right: 12, top: 34, bottom: 10 };
/** Above this many certificates the timeline is a histogram of expiries. */
export const MAX_BARS = 300;
const BUCKETS = 72;

/** The time range drawn: around the data, but never hiding "now" and at most 3 years either side. */
export function domain(certificates, now) {
  let lo = now - 120 * DAY;
  let hi = now + 120 * DAY;
  for (const c of certificates) {
    const { valid_at: from, expires_at: to } = c.certificate_details ?? {};
    if (typeof from === 'number') lo = Math.min(lo, from);
    if (typeof to === 'number') hi = Math.max(hi, to);
  }
  return [Math.max(lo, now - 3 * YEAR), Math.min(hi, now + 3 * YEAR)];
}

/** Tick instants (UTC): first days of years, or of quarters when the range is under 3 years. */
export function ticks([lo, hi]) {
  const quarterly = hi - lo < 3 * YEAR;
  const out = [];
  const start = new Date(lo * 1000);
  let year = start.getUTCFullYear();
  let month = quarterly ? Math.floor(start.getUTCMonth() / 3) * 3 : 0;
  for (;;) {
    const t = Date.UTC(year, month, 1) / 1000;
    if (t > hi) break;
    if (t >= lo) out.push({ t, label: quarterly && month !== 0 ? `${year}-${String(month + 1).padStart(2, '0')}` : String(year) });
    month += quarterly ? 3 : 12;
    if (month >= 12) {
      year += 1;
      month = 0;
    }
  }
  return out;
}

/** Draws into `container` and keeps it drawn at the container's width. Returns `draw(certs, now)`. */
export function createTimeline(container) {
  let last = null;
  // The width comes from the ResizeObserver, never from reading layout while drawing: a read
  // right after the table changed would force a layout of the whole page inside the render.
  let width = container.clientWidth;
  let paintedWidth = width;
  new ResizeObserver(([entry]) => {
    width = Math.round(entry.contentRect.width);
    if (last && width !== paintedWidth) paint(...last);
  }).observe(container);

  function paint(certificates, now, { loading = false } = {}) {
    paintedWidth = width;
    const drawn = Math.max(width, 280);
    const dated = certificates
      .filter((c) => typeof c.certificate_details?.expires_at === 'number')
      .sort((a, b) => a.certificate_details.expires_at - b.certificate_details.expires_at);
    const rowH = Math.max(1, Math.min(12, 220 / Math.max(dated.length, 1)));
    const plotH = dated.length > MAX_BARS ? 160 : Math.max(dated.length * rowH, 40);
    const height = PAD.top + plotH + PAD.bottom;
    const [lo, hi] = domain(dated, now);
    const x = (t) => PAD.left + ((Math.min(Math.max(t, lo), hi) - lo) / (hi - lo)) * (drawn - PAD.left - PAD.right);
    const counts = countByKind(certificates, now);
    const chart = svg('svg', {
      viewBox: `0 0 ${drawn} ${height}`, width: drawn, height, role: 'img', 'aria-labelledby': 'timeline-title', class: 'timeline-svg',
    }, svg('title', { id: 'timeline-title' }, loading ? 'Validity timeline: loading' :
      `Validity timeline of ${dated.length} certificates: ${counts.expired} expired, ${counts.expiring} expiring within ${SOON_DAYS} days, ` +
        `${counts.valid} valid, ${counts['not-yet-valid']} not yet valid.`));

    chart.append(svg('rect', { class: 'soon-band', x: x(now), y: PAD.top - 4, width: x(now + SOON_DAYS * DAY) - x(now), height: plotH + 8 }));
    let lastLabel = -Infinity;
    for (const tick of ticks([lo, hi])) {
      const tx = x(tick.t);
      chart.append(svg('line', { class: 'grid', x1: tx, x2: tx, y1: PAD.top - 6, y2: PAD.top + plotH }));
      if (tx - lastLabel > 56 && tx < drawn - 30) {
        chart.append(svg('text', { class: 'tick', x: tx + 3, y: 12 }, tick.label));
        lastLabel = tx;
      }
    }
    const bars = svg('g', { class: 'bars' });
    if (dated.length > MAX_BARS) drawHistogram(bars, dated, now, { lo, hi, x, plotH });
    else dated.forEach((c, i) => {
      const d = c.certificate_details;
      const status = validityStatus(d, now);
      const from = typeof d.valid_at === 'number' ? d.valid_at : lo;
      const x1 = x(from);
      const y = PAD.top + i * rowH;
      const bar = svg('rect', {
        class: `bar ${status.kind}`, x: x1, y, width: Math.max(x(d.expires_at) - x1, 2), height: Math.max(rowH - (rowH > 4 ? 1 : 0), 1),
        dataset: { id: c.id },
      }, svg('title', {}, `${visibleControls(c.name ?? '(unnamed)')} (${c.id}): ${status.label}, valid ${day(from)} → ${day(d.expires_at)}`));
      bars.append(bar);
      // A dot at the end of what is about to expire: visible even when bars are a pixel high.
      if (status.kind === 'expiring') {
        bars.append(svg('circle', { class: 'expiry-dot', cx: x(d.expires_at), cy: y + rowH / 2, r: Math.max(3, rowH / 2) }));
      }
    });
    chart.append(bars);
    const nowX = x(now);
    chart.append(
      svg('line', { class: 'now-line', x1: nowX, x2: nowX, y1: PAD.top - 8, y2: PAD.top + plotH + 4 }),
      svg('text', { class: 'now-label', x: nowX, y: PAD.top - 10, 'text-anchor': nowX > drawn - 40 ? 'end' : 'middle' }, 'now'),
    );
    if (!dated.length) {
      chart.append(svg('text', { class: 'tick', x: drawn / 2, y: PAD.top + 24, 'text-anchor': 'middle' }, loading ? 'Loading…' : 'No certificates to show'));
    }
    container.replaceChildren(chart);
  }

  return function draw(certificates, now, options) {
    last = [certificates, now, options];
    paint(certificates, now, options);
  };
}

// Expiries counted per time bucket, each column coloured by the status its certificates have now.
function drawHistogram(group, dated, now, { lo, hi, x, plotH }) {
  const width = (hi - lo) / BUCKETS;
  const counts = new Map();
  for (const c of dated) {
    const t = Math.min(Math.max(c.certificate_details.expires_at, lo), hi - 1);
    const b = Math.floor((t - lo) / width);
    const kind = validityStatus(c.certificate_details, now).kind;
    const key = `${b}:${kind}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const totals = new Map();
  for (const [key, n] of counts) totals.set(key.split(':')[0], (totals.get(key.split(':')[0]) ?? 0) + n);
  const max = Math.max(...totals.values());
  const stack = new Map();
  for (const [key, n] of [...counts].sort()) {
    const [b, kind] = key.split(':');
    const base = stack.get(b) ?? 0;
    const h = Math.max((n / max) * plotH, 1);
    const x1 = x(lo + Number(b) * width);
    group.append(svg('rect', {
      class: `bar ${kind}`, x: x1, y: PAD.top + plotH - base - h, width: Math.max(x(lo + (Number(b) + 1) * width) - x1 - 1, 1), height: h,
    }, svg('title', {}, `${n} ${kind} certificate${n === 1 ? '' : 's'} expiring ${day(lo + Number(b) * width)} → ${day(lo + (Number(b) + 1) * width)}`)));
    stack.set(b, base + h);
  }
}
