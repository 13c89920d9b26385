// Export of the shown (filtered, sorted) certificates as CSV or JSON, downloaded via a Blob and a
// temporary <a download>. CSV cells are quoted per RFC 4180 and defused against formula injection.
import { iso } from './dom.mjs';
import { daysLeft, validityStatus } from './status.mjs';

/** The columns. `status` is a stable word (expired, expiring, valid, not-yet-valid, unknown), not a label. */
export const CSV_HEADER = ['id', 'name', 'active', 'status', 'days_left', 'created_at', 'valid_at', 'expires_at', 'fingerprint_sha256'];

/**
 * One CSV cell. A cell a spreadsheet would read as a formula (starting with = + - @, or a tab or
 * carriage return that some strip first) gets a leading ' so it stays text. Quoted when it holds a
 * comma, quote, or line break; quotes are doubled.
 */
export function csvCell(value) {
  if (typeof value === 'number') return String(value); // a number is data, never a formula
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text (CRLF line ends, header first) of `certificates`; `fingerprintOf(id)` may be unknown. */
export function toCSV(certificates, now, fingerprintOf = () => '') {
  const lines = [CSV_HEADER.join(',')];
  for (const c of certificates) {
    const d = c.certificate_details ?? {};
    lines.push(
      [c.id, c.name ?? '', c.active ? 'true' : 'false', validityStatus(d, now).kind, daysLeft(d, now) ?? '',
        iso(c.created_at), iso(d.valid_at), iso(d.expires_at), fingerprintOf(c.id) ?? '']
        .map(csvCell)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

/** The JSON text of `certificates`, as the API returned them (plus nothing of the page's own). */
export function toJSON(certificates) {
  return JSON.stringify(certificates, null, 2) + '\n';
}

/** `certificates-2025-01-31.csv`, or `certificates-partial-2025-01-31.csv` for a partial list. */
export function fileName(extension, date = new Date(), partial = false) {
  return `certificates-${partial ? 'partial-' : ''}${date.toISOString().slice(0, 10)}.${extension}`;
}

/** The CSV as downloaded: with a byte order mark, so spreadsheet apps read names as UTF-8. */
export const CSV_BOM = '\uFEFF';

/** Saves `text` as a file through a temporary object URL and <a download>. */
export function download(text, name, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: revoking right away can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
