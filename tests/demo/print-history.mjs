// The Node half of `make demo`, second part: the organization's recent certificate activity from the
// audit log (auditLogs.list), newest first, one line per event. Reads OPENAI_ADMIN_KEY and
// OPENAI_BASE_URL like the official SDK.
import OpenAI from '../../pkg/dist/node.mjs';

const TYPES = ['certificate.created', 'certificate.updated', 'certificate.deleted', 'certificates.activated', 'certificates.deactivated'];
const client = new OpenAI();
const page = await client.admin.organization.auditLogs.list({ event_types: TYPES, limit: 8 });

const when = (s) => new Date(s * 1000).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
const who = (a = {}) => a.session?.user?.email ?? a.api_key?.user?.email ?? a.api_key?.id ?? '?';
const what = (e) => {
  const d = e[e.type] ?? {};
  const names = d.certificates ? d.certificates.map((c) => c.name || c.id).join(', ') : d.name || d.id;
  return `${names}${e.project ? ` in ${e.project.name ?? e.project.id}` : ''}${e.type === 'certificate.deleted' && d.certificate ? ' (its PEM kept: restorable)' : ''}`;
};
console.log('\nRecent certificate activity (audit log, newest first):');
if (!page.data.length) console.log('  none: audit logging is off for this organization');
for (const e of page.data) console.log(`  ${when(e.effective_at)}  ${e.type.padEnd(24)}  ${what(e)}  by ${who(e.actor)}`);

const deleted = await client.admin.organization.auditLogs.list({ event_types: ['certificate.deleted'], limit: 3 });
for (const e of deleted.data) {
  console.log(`Deleted ${when(e.effective_at)}: "${e['certificate.deleted']?.name}"; restore it from "Recent certificate activity" in the page.`);
}
