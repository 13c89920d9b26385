// `restore`: a deleted certificate uploaded again from the PEM its `certificate.deleted` event
// carries, under its name (a new id; not activated), after the upload rules.
import { connect } from '../connection.mjs';
import { Refused } from '../failure.mjs';
import { fields, formatOf, json } from '../output.mjs';
import { confirm } from '../input.mjs';
import { preflight } from '../preflight.mjs';
import { eventsOf } from '../audit.mjs';
import { certificateFields } from '../certificate-view.mjs';
import { YES, TABLE_OR_JSON } from '../options.mjs';

export default {
  name: 'restore',
  usage: 'restore ID [--yes]',
  summary: 'upload a deleted certificate again from its certificate.deleted audit event',
  details: 'It gets a new id and is not activated. Without --yes it asks at a terminal; without a terminal and without --yes it refuses.',
  options: {
    yes: YES,
    format: TABLE_OR_JSON,
  },
  positionals: [1, 1],
  example: 'openai-admin-certificates restore cert_abc123 --yes',
  connects: true,
  async run({ values, positionals: [id] }) {
    const format = formatOf(values, ['table', 'json']);
    const organization = connect(values).admin.organization;
    const [deletion] = await eventsOf(organization, id, ['certificate.deleted']);
    const details = deletion?.['certificate.deleted'];
    if (!details?.certificate) {
      throw new Refused(`no certificate.deleted event with a PEM for ${id} (audit logging may be off, or it was never deleted)`);
    }
    const { problems } = await preflight(details.certificate);
    if (problems.length) throw new Refused(`not restored: ${problems.join('; ')}`);
    const name = details.name || undefined;
    process.stderr.write(`restore ${id}${name ? ` (${name})` : ''}, deleted ${new Date(deletion.effective_at * 1000).toISOString()}: upload it again, not activated\n`);
    await confirm(`upload ${id} again?`, values.yes);
    const created = await organization.certificates.create(name ? { certificate: details.certificate, name } : { certificate: details.certificate });
    process.stdout.write(format === 'json' ? json(created) : fields(certificateFields(created)));
  },
};
