// The Export CSV and Export JSON buttons: what the table shows (filtered, sorted), with the
// fingerprints read first for the CSV (a retrieve each, cached; left empty above 1,000 rows), and
// a partial list said so in the file name and the message.
import { CSV_BOM, download, fileName, toCSV, toJSON } from './export.mjs';
import { plural } from './status.mjs';

/** Above this many rows the CSV leaves fingerprints out rather than retrieving every certificate. */
export const FINGERPRINT_LIMIT = 1000;

/**
 * Wires the buttons. `rows()` gives what to export, `partial()` whether the list is incomplete,
 * `fingerprints` the cache (fingerprints.mjs), `say(text)` announces, `now()` the time.
 */
export function wireExports({ csvButton, jsonButton, rows, partial, fingerprints, say, now }) {
  const note = (n, isPartial, noFingerprints) =>
    `Exported ${plural(n, 'certificate')}` +
    (isPartial ? ': a partial list, since loading did not reach the end (the file name says "partial").' : '.') +
    (noFingerprints ? ` Fingerprints are left out above ${FINGERPRINT_LIMIT.toLocaleString('en')} rows.` : '');

  csvButton.addEventListener('click', async () => {
    const list = rows();
    const ids = list.map((c) => c.id);
    const withFingerprints = ids.length <= FINGERPRINT_LIMIT;
    if (withFingerprints) await fingerprints.fill(ids, { onProgress: (done, total) => say(`Reading fingerprints: ${done} of ${total}…`) });
    const isPartial = partial();
    download(CSV_BOM + toCSV(list, now(), (id) => fingerprints.known(id)), fileName('csv', new Date(), isPartial), 'text/csv;charset=utf-8');
    say(note(list.length, isPartial, !withFingerprints));
  });
  jsonButton.addEventListener('click', () => {
    const list = rows();
    const isPartial = partial();
    download(toJSON(list), fileName('json', new Date(), isPartial), 'application/json');
    say(note(list.length, isPartial, false));
  });
}
