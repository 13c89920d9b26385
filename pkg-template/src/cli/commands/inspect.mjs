// `inspect`: what a PEM certificate says and whether it could be uploaded, with no request.
import { fields, formatOf, json, localTime } from '../output.mjs';
import { readInput } from '../input.mjs';
import { preflight } from '../preflight.mjs';
import { TABLE_OR_JSON } from '../options.mjs';

export default {
  name: 'inspect',
  usage: 'inspect FILE|-',
  summary: 'read a PEM certificate locally and check it against the upload rules (no key needed)',
  options: {
    format: TABLE_OR_JSON,
  },
  positionals: [1, 1],
  example: 'openai-admin-certificates inspect ca.pem',
  async run({ values, positionals: [file] }) {
    const format = formatOf(values, ['table', 'json']);
    const { info, problems } = await preflight(await readInput(file));
    if (format === 'json') return void process.stdout.write(json({ ...info, upload_problems: problems }));
    process.stdout.write(fields([
      ['subject', info.subject],
      ['issuer', info.issuer],
      ['serial number', info.serial_number],
      ['valid from', localTime(info.valid_at)],
      ['expires', localTime(info.expires_at)],
      ['CA', info.is_ca ? 'yes' : 'no'],
      ['SHA-256', info.fingerprint_sha256],
      ['upload', problems.length ? `refused: ${problems.join('; ')}` : 'allowed'],
    ]));
  },
};
