// The Node half of `make demo`: lists every certificate through the built package and prints a table.
// Reads OPENAI_ADMIN_KEY and OPENAI_BASE_URL like the official SDK.
import OpenAI from '../../pkg/dist/node.mjs';

const client = new OpenAI();
const date = (s) => (s === undefined ? '—' : new Date(s * 1000).toISOString().slice(0, 10));
const rows = [];
for await (const c of client.admin.organization.certificates.list()) {
  rows.push([c.id, c.active ? 'active' : '', date(c.certificate_details.expires_at), c.name ?? '(unnamed)']);
}
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 6));
console.log(['id', 'state', 'expires'].map((h, i) => h.padEnd(widths[i])).join('  ') + '  name');
for (const r of rows) console.log(r.slice(0, 3).map((v, i) => v.padEnd(widths[i])).join('  ') + '  ' + r[3]);
console.log(`\n${rows.length} certificates listed with for await`);
