// The `check` report in Prometheus' text exposition format, for node_exporter's textfile collector
// or a Pushgateway: one sample per certificate and scope it is active in.

/** A label value escaped as the format requires (backslash, double quote, line feed). */
const escape = (value) => String(value ?? '').replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const labels = (pairs) => `{${Object.entries(pairs).map(([k, v]) => `${k}="${escape(v)}"`).join(',')}}`;
/** "organization" or "project:proj_abc". */
const scopeLabel = (place) => (place.scope === 'organization' ? 'organization' : `project:${place.id}`);

/** One gauge: HELP, TYPE and its samples (`[labels, value]`). */
function gauge(name, help, samples) {
  return [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, ...samples.map(([l, v]) => `${name}${l ? labels(l) : ''} ${v}`)];
}

const STATUS_VALUE = { ok: 0, warning: 1, critical: 2 };

/** The exposition text of `report` (check-report.mjs). */
export function prometheusText(report) {
  const each = report.certificates.flatMap((c) => c.active_in.map((place) => ({ c, l: { id: c.id, name: c.name, scope: scopeLabel(place) } })));
  return [
    ...gauge('openai_certificate_expiry_timestamp_seconds', 'When an active certificate expires (its notAfter), Unix seconds.',
      each.filter(({ c }) => c.expires_at !== null).map(({ c, l }) => [l, c.expires_at])),
    ...gauge('openai_certificate_active', 'Whether the certificate is active in the scope (1).', each.map(({ l }) => [l, 1])),
    ...gauge('openai_certificate_expired', 'Whether the active certificate has expired (1) or not (0).',
      each.map(({ c, l }) => [l, c.status === 'expired' ? 1 : 0])),
    ...gauge('openai_certificate_scope_unenforced', 'A scope where no certificate of its own is active (1).',
      report.scopes.map((place) => [{ scope: scopeLabel(place), name: place.name ?? '' }, 1])),
    ...gauge('openai_certificate_check_status', 'The worst status among active certificates: 0 ok, 1 warning, 2 critical.',
      [[null, STATUS_VALUE[report.status]]]),
    ...gauge('openai_certificate_check_timestamp_seconds', 'When the check ran, Unix seconds.', [[null, report.checked_at]]),
  ].join('\n') + '\n';
}
