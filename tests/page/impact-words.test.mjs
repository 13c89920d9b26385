// The impact of a change in words (the library's impact-words.mjs, which the console re-exports), on impacts shaped as certificateImpact
// returns them. Pure: no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { impactInWords, listInWords } from '../../www/impact-words.mjs';

const none = { stop_requiring: [], fall_back: [], start_requiring: [], in_use: [], refused: false, organization_left_with_none: false, ends_enforcement: false, changes_nothing: false };
const p = (name) => ({ id: `proj_${name.toLowerCase()}`, name });

test('lists read as a sentence', () => {
  assert.equal(listInWords(['Billing']), 'Billing');
  assert.equal(listInWords(['Billing', 'Search']), 'Billing and Search');
  assert.equal(listInWords(['A', 'B', 'C']), 'A, B and C');
});

test("the organization's last certificate: names the projects and asks twice", () => {
  const words = impactInWords({ ...none, stop_requiring: [p('Billing'), p('Search')], organization_left_with_none: true, ends_enforcement: true });
  assert.deepEqual(words.lines, ['After this, Billing and Search no longer require client certificates.', 'The organization is left with no active certificate.']);
  assert.equal(words.ends, true);
});

test("a project's last certificate falls back to the organization's", () => {
  const words = impactInWords({ ...none, fall_back: [p('Payments')] });
  assert.deepEqual(words.lines, ["Payments falls back to the organization's certificates."]);
  assert.equal(words.ends, false);
});

test('a delete in use says where and what to do', () => {
  const words = impactInWords({ ...none, refused: true, changes_nothing: true, in_use: [{ certificate_id: 'cert_a', organization: true, projects: [p('Search')] }] });
  assert.deepEqual(words.lines, ['cert_a is still active in the organization and Search: the delete would be refused. Deactivate it there first.']);
});

test('a no-op says so', () => {
  assert.deepEqual(impactInWords({ ...none, changes_nothing: true }).lines, ['This changes no enforcement anywhere.']);
});

test('a change that alters only the set a scope accepts says so', () => {
  const impact = { refused: false, in_use: [], stop_requiring: [], fall_back: [], start_requiring: [], organization_left_with_none: false, changes_nothing: false, ends_enforcement: false };
  assert.deepEqual(impactInWords(impact), { lines: ['Every scope keeps requiring client certificates; only the set it accepts changes.'], ends: false });
});
