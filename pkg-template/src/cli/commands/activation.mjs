// `activate` and `deactivate`: the change and its effect on the scope printed first, then done
// only with --yes or a "y" at a terminal.
import { connect } from '../connection.mjs';
import { Refused } from '../failure.mjs';
import { formatOf, json, table } from '../output.mjs';
import { confirm } from '../input.mjs';
import { placeName } from '../enforcement.mjs';
import { certificateImpact } from '../../node.mjs';
import { impactInWords } from '../../impact-words.mjs';
import { YES, TABLE_OR_JSON } from '../options.mjs';

function command(action) {
  return {
    name: action,
    usage: `${action} ID... [--project ID] [--yes]`,
    summary: `${action} certificates for the organization (or a project), after showing the effect`,
    details: 'Without --yes it asks at a terminal; without a terminal and without --yes it refuses and changes nothing.',
    options: {
      project: { type: 'string', value: 'ID', help: "the project's scope instead of the organization's" },
      yes: YES,
      format: TABLE_OR_JSON,
    },
    positionals: [1, 10],
    example: `openai-admin-certificates ${action} cert_abc123 --project proj_abc --yes`,
    connects: true,
    async run({ values, positionals: ids }) {
      const format = formatOf(values, ['table', 'json']);
      const client = connect(values);
      const organization = client.admin.organization;
      if (!values.yes && !process.stdin.isTTY) {
        throw new Refused(`nothing ${action}d: stdin is not a terminal, pass --yes to ${action} without a question`);
      }
      const project = values.project;
      const place = project ? { scope: 'project', id: project } : { scope: 'organization' };
      // The library's impact on enforcement in every scope, in the console's words.
      const impact = await certificateImpact(client, { action, certificate_ids: ids, ...(project ? { project_id: project } : {}) });
      const { lines } = impactInWords(impact);
      process.stderr.write(`${action} in ${placeName(place)}: ${ids.join(', ')}\n${lines.map((l) => `${l}\n`).join('')}`);
      await confirm(`${action} ${ids.length} certificate${ids.length === 1 ? '' : 's'} in ${placeName(place)}?`, values.yes);
      const body = { certificate_ids: ids };
      const { data: done } = project
        ? await organization.projects.certificates[action](project, body)
        : await organization.certificates[action](body);
      process.stdout.write(format === 'json' ? json(done) : table(done, [['ID', (c) => c.id], ['NAME', (c) => c.name], ['ACTIVE', (c) => (c.active ? 'yes' : 'no')]]));
    },
  };
}

export const activate = command('activate');
export const deactivate = command('deactivate');
