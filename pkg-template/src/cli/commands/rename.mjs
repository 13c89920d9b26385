// `rename`: a certificate's new name.
import { connect } from '../connection.mjs';
import { fields, formatOf, json } from '../output.mjs';
import { certificateFields } from '../certificate-view.mjs';
import { TABLE_OR_JSON } from '../options.mjs';

export default {
  name: 'rename',
  usage: 'rename ID NAME',
  summary: 'rename a certificate',
  options: {
    format: TABLE_OR_JSON,
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
