// `upload`: pre-flight by the upload rules, then one create request.
import { connect } from '../connection.mjs';
import { Refused } from '../failure.mjs';
import { fields, formatOf, json } from '../output.mjs';
import { readInput } from '../input.mjs';
import { preflight } from '../preflight.mjs';
import { certificateFields } from '../certificate-view.mjs';
import { TABLE_OR_JSON } from '../options.mjs';

export default {
  name: 'upload',
  usage: 'upload FILE|- [--name NAME]',
  summary: 'upload a CA certificate, refused before any request if the upload rules forbid it',
  options: {
    name: { type: 'string', value: 'NAME', help: 'its name in the organization' },
    format: TABLE_OR_JSON,
  },
  positionals: [1, 1],
  example: 'openai-admin-certificates upload ca.pem --name "Production CA 2026"',
  connects: true,
  async run({ values, positionals: [file] }) {
    const format = formatOf(values, ['table', 'json']);
    const client = connect(values);
    const pem = await readInput(file);
    const { problems } = await preflight(pem);
    if (problems.length) throw new Refused(`not uploaded: ${problems.join('; ')}`);
    const body = values.name === undefined ? { certificate: pem } : { certificate: pem, name: values.name };
    const created = await client.admin.organization.certificates.create(body);
    process.stdout.write(format === 'json' ? json(created) : fields(certificateFields(created)));
  },
};
