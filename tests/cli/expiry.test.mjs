// expiryStatus, the one expiry classification (check and the console's "needs attention"), from
// the installed package's ESM and CommonJS entries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cjs, esm } from '../package/support.mjs';

const DAY = 86_400;
const now = 1_800_000_000;

test('expiryStatus: started days left, boundaries inclusive, expired at the second, unknown without a date', () => {
  const at = (seconds, thresholds) => esm.expiryStatus(now + seconds, { now, ...thresholds });
  assert.deepEqual(at(30 * DAY + 1), { status: 'ok', days_left: 31 });
  assert.deepEqual(at(30 * DAY), { status: 'warning', days_left: 30 });
  assert.deepEqual(at(14 * DAY + 1), { status: 'warning', days_left: 15 });
  assert.deepEqual(at(14 * DAY), { status: 'critical', days_left: 14 });
  assert.deepEqual(at(1), { status: 'critical', days_left: 1 });
  assert.deepEqual(at(0), { status: 'expired', days_left: 0 });
  assert.deepEqual(at(-1), { status: 'expired', days_left: -1 });
  assert.deepEqual(at(5 * DAY, { warn: 7, critical: 3 }), { status: 'warning', days_left: 5 });
  assert.deepEqual(esm.expiryStatus(null), { status: 'unknown', days_left: null });
  assert.deepEqual(cjs.expiryStatus(now + DAY, { now }), { status: 'critical', days_left: 1 });
});
