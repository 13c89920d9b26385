// `history`: a certificate's audit events, newest first (deleted certificates included).
import { connect } from '../connection.mjs';
import { formatOf, json, localTime, table } from '../output.mjs';
import { actorOf, eventsOf, scopeOf } from '../audit.mjs';
import { TABLE_OR_JSON } from '../options.mjs';

export default {
  name: 'history',
  usage: 'history ID',
  summary: "a certificate's audit events: what, when, who (where audit logging is on)",
  options: {
    format: TABLE_OR_JSON,
  },
  positionals: [1, 1],
  example: 'openai-admin-certificates history cert_abc123',
  connects: true,
  async run({ values, positionals: [id] }) {
    const format = formatOf(values, ['table', 'json']);
    const events = await eventsOf(connect(values).admin.organization, id);
    if (format === 'json') return void process.stdout.write(json(events));
    if (!events.length) {
      process.stderr.write(`no audit events for ${id}: audit logging may be off for this organization\n`);
    }
    process.stdout.write(table(events, [
      ['WHEN', (e) => localTime(e.effective_at)],
      ['EVENT', (e) => e.type],
      ['WHERE', scopeOf],
      ['WHO', actorOf],
    ]));
  },
};
