// `check`: the expiry of every certificate active anywhere, for cron, CI and monitoring; the exit
// code is the worst status (0 ok, 1 warning, 2 critical or expired), as monitoring plugins answer.
import { connect } from '../connection.mjs';
import { EXIT, UsageError } from '../failure.mjs';
import { formatOf, json, localTime, table } from '../output.mjs';
import { enforcement, placeName } from '../enforcement.mjs';
import { checkReport } from '../check-report.mjs';
import { prometheusText } from '../prometheus.mjs';
import { formatOption } from '../options.mjs';

/** A whole number of days from a flag, or its default. */
function days(values, flag, fallback) {
  if (values[flag] === undefined) return fallback;
  if (!/^[0-9]+$/.test(values[flag])) throw new UsageError(`--${flag} must be a whole number of days, got '${values[flag]}'`);
  return Number(values[flag]);
}

const where = (c) => c.active_in.map((p) => (p.scope === 'organization' ? 'organization' : p.name ? `${p.id} (${p.name})` : p.id)).join(', ');

export default {
  name: 'check',
  usage: 'check [--warn DAYS] [--critical DAYS] [--format table|json|prometheus]',
  summary: 'expiry of every certificate active anywhere; the exit code is the worst status',
  details:
    'Status per active certificate: expired; critical (at most --critical days left); warning (at most\n' +
    '--warn days left); ok. Also lists the scopes where no certificate of their own is active.\n' +
    'Exit code: 0 ok, 1 warning, 2 critical or expired, 3 could not check.',
  options: {
    warn: { type: 'string', value: 'DAYS', help: 'warning at most this many days left (default 30)' },
    critical: { type: 'string', value: 'DAYS', help: 'critical at most this many days left (default 14)' },
    format: formatOption('table', 'json', 'prometheus'),
  },
  example: 'openai-admin-certificates check --format prometheus > /var/lib/node_exporter/openai_certificates.prom',
  connects: true,
  async run({ values }) {
    const format = formatOf(values, ['table', 'json', 'prometheus']);
    const thresholds = { warn: days(values, 'warn', 30), critical: days(values, 'critical', 14) };
    if (thresholds.critical > thresholds.warn) throw new UsageError('--critical must be at most --warn');
    const found = await enforcement(connect(values).admin.organization);
    const report = checkReport(found, { ...thresholds, now: Math.floor(Date.now() / 1000) });
    if (format === 'json') process.stdout.write(json(report));
    else if (format === 'prometheus') process.stdout.write(prometheusText(report));
    else {
      process.stdout.write(table(report.certificates, [
        ['STATUS', (c) => c.status], ['DAYS LEFT', (c) => c.days_left ?? ''], ['EXPIRES', (c) => localTime(c.expires_at)],
        ['ID', (c) => c.id], ['NAME', (c) => c.name], ['ACTIVE IN', where],
      ]));
      for (const place of report.scopes) process.stdout.write(`no certificate of its own in ${placeName(place)}\n`);
      process.stdout.write(`overall: ${report.status}\n`);
    }
    return EXIT[report.status];
  },
};
