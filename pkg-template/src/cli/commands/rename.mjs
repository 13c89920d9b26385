// `rename`: a certificate's new name.
import { connect } from '../connection.mjs';
import { fields, formatOf, json } from '../output.mjs';
import { certificateFields } from '../certificate-view.mjs';

export default {
  name: 'rename',
  usage: 'rename ID NAME',
  summary: 'rename a certificate',
  options: {
    format: { type: 'string', value: 'FORMAT', help: 'table or json (default: table on a terminal, else json)' },
  },
  positionals: [2, 2],
  example: 'openai-admin-certificates rename cert_abc123 "Production CA (retiring)"',
  connects: true,
  async run({ values, positionals: [id, name] }) {
    const format = formatOf(values, ['table', 'json']);
    const updated = await connect(values).admin.organization.certificates.update(id, { name });
    process.stdout.write(format === 'json' ? json(updated) : fields(certificateFields(updated)));
  },
};
