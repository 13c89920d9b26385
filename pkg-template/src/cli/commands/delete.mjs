// `delete`: refused while the certificate is active anywhere, naming where.
import { connect } from '../connection.mjs';
import { Refused } from '../failure.mjs';
import { fields, formatOf, json } from '../output.mjs';
import { confirm } from '../input.mjs';
import { enforcement, placeName } from '../enforcement.mjs';
import { YES, TABLE_OR_JSON } from '../options.mjs';

export default {
  name: 'delete',
  usage: 'delete ID [--yes]',
  summary: 'delete a certificate that is active nowhere',
  details: 'Without --yes it asks at a terminal; without a terminal and without --yes it refuses and changes nothing.',
  options: {
    yes: YES,
    format: TABLE_OR_JSON,
  },
  positionals: [1, 1],
  example: 'openai-admin-certificates delete cert_abc123 --yes',
  connects: true,
  async run({ values, positionals: [id] }) {
    const format = formatOf(values, ['table', 'json']);
    const organization = connect(values).admin.organization;
    if (!values.yes && !process.stdin.isTTY) {
      throw new Refused('nothing deleted: stdin is not a terminal, pass --yes to delete without a question');
    }
    const { activeIn } = await enforcement(organization);
    const places = activeIn(id);
    if (places.length) throw new Refused(`${id} is active in ${places.map(placeName).join(', ')}: deactivate it there first`);
    await confirm(`delete ${id}?`, values.yes);
    const deleted = await organization.certificates.delete(id);
    process.stdout.write(format === 'json' ? json(deleted) : fields([['deleted', deleted.id]]));
  },
};
