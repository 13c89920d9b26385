// Output formats: an aligned table for people (the default on a terminal), JSON, JSON lines and
// CSV for machines (JSON is the default when stdout is piped). Dates in tables are local time with
// the zone; machine formats keep the API's Unix seconds.
import { UsageError } from './failure.mjs';

/** The format asked for, or the default for where stdout goes; refuses one not in `allowed`. */
export function formatOf(values, allowed, stream = process.stdout) {
  const format = values.format ?? (stream.isTTY ? 'table' : 'json');
  if (!allowed.includes(format)) throw new UsageError(`--format must be one of ${allowed.join(', ')}, got '${format}'`);
  return format;
}

/** Unix seconds as local time with its zone ("2026-05-19 14:03 CEST"); '' without a date. */
export function localTime(seconds) {
  if (typeof seconds !== 'number') return '';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
      hourCycle: 'h23', timeZoneName: 'short',
    })
      .formatToParts(new Date(seconds * 1000))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

/** Aligned columns: `columns` are `[header, row => cell]`; control characters shown escaped. */
export function table(rows, columns) {
  const cells = [columns.map(([header]) => header), ...rows.map((row) => columns.map(([, get]) => printable(get(row))))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => line[i].length)));
  return cells.map((line) => line.map((cell, i) => (i === line.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ').trimEnd()).join('\n') + '\n';
}

/** `[label, value]` pairs, one per line, labels aligned. */
export function fields(pairs) {
  const width = Math.max(...pairs.map(([label]) => label.length));
  return pairs.map(([label, value]) => `${label.padEnd(width)}  ${printable(value)}`).join('\n') + '\n';
}

/** A cell as text a terminal shows as is: null as '', control characters escaped. */
function printable(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** RFC 4180 CSV (CRLF); a cell a spreadsheet would read as a formula is prefixed with '. */
export function csv(header, rows) {
  const cell = (value) => {
    if (typeof value === 'number') return String(value);
    let text = value === null || value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** JSON, pretty on a terminal. */
export const json = (value, stream = process.stdout) => JSON.stringify(value, null, stream.isTTY ? 2 : undefined) + '\n';

/** One JSON object per line. */
export const jsonl = (items) => items.map((item) => JSON.stringify(item) + '\n').join('');

/** Every item of a listing; a count on stderr as it goes when stderr is a terminal. */
export async function collect(iterable, label, stream = process.stderr) {
  const items = [];
  for await (const item of iterable) {
    items.push(item);
    if (stream.isTTY && items.length % 100 === 0) stream.write(`\r${label}: ${items.length}…`);
  }
  if (stream.isTTY && items.length >= 100) stream.write('\r\x1b[K');
  return items;
}
