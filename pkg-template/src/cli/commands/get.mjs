// `get`: one certificate, with its PEM on request.
import { connect } from '../connection.mjs';
import { fields, formatOf, json } from '../output.mjs';
import { certificateFields } from '../certificate-view.mjs';
import { TABLE_OR_JSON } from '../options.mjs';

export default {
  name: 'get',
  usage: 'get ID [--content] [--format table|json]',
  summary: 'one certificate (with its PEM text with --content)',
  options: {
    content: { type: 'boolean', help: 'include the PEM text' },
    format: TABLE_OR_JSON,
  },
  positionals: [1, 1],
  example: 'openai-admin-certificates get cert_abc123 --content --format json',
  connects: true,
  async run({ values, positionals: [id] }) {
    const format = formatOf(values, ['table', 'json']);
    const params = values.content ? { include: ['content'] } : undefined;
    const certificate = await connect(values).admin.organization.certificates.retrieve(id, params);
    if (format === 'json') return void process.stdout.write(json(certificate));
    process.stdout.write(fields(certificateFields(certificate)));
    const pem = certificate.certificate_details?.content;
    if (pem) process.stdout.write(`\n${pem.trimEnd()}\n`);
  },
};
