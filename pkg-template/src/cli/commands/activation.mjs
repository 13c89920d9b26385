// `activate` and `deactivate`: the change and its effect on the scope printed first, then done
// only with --yes or a "y" at a terminal.
import { connect } from '../connection.mjs';
import { Refused } from '../failure.mjs';
import { collect, formatOf, json, table } from '../output.mjs';
import { confirm } from '../input.mjs';
import { placeName } from '../enforcement.mjs';

/** The API takes 1 to 10 ids per request. */
const BATCH = 10;

function command(action) {
  return {
    name: action,
    usage: `${action} ID... [--project ID] [--yes]`,
    summary: `${action} certificates for the organization (or a project), after showing the effect`,
    details: 'Without --yes it asks at a terminal; without a terminal and without --yes it refuses and changes nothing.',
    options: {
      project: { type: 'string', value: 'ID', help: "the project's scope instead of the organization's" },
      yes: { type: 'boolean', short: 'y', help: 'go ahead without asking' },
      format: { type: 'string', value: 'FORMAT', help: 'table or json (default: table on a terminal, else json)' },
    },
    positionals: [1, Infinity],
    example: `openai-admin-certificates ${action} cert_abc123 --project proj_abc --yes`,
    connects: true,
    async run({ values, positionals: ids }) {
      const format = formatOf(values, ['table', 'json']);
      const organization = connect(values).admin.organization;
      if (!values.yes && !process.stdin.isTTY) {
        throw new Refused(`nothing ${action}d: stdin is not a terminal, pass --yes to ${action} without a question`);
      }
      const project = values.project;
      const place = project ? { scope: 'project', id: project } : { scope: 'organization' };
      const active = project
        ? (await collect(organization.projects.certificates.list(project), 'certificates')).filter((c) => c.active !== false).map((c) => c.id)
        : (await collect(organization.certificates.list(), 'certificates')).filter((c) => c.active).map((c) => c.id);
      const after = action === 'activate' ? new Set([...active, ...ids]) : new Set(active.filter((id) => !ids.includes(id)));
      process.stderr.write(`${action} in ${placeName(place)}: ${ids.join(', ')}\n` +
        `active there now: ${active.length}; after: ${after.size}\n` +
        (after.size === 0 ? `after this no certificate is enforced in ${placeName(place)}\n` : ''));
      await confirm(`${action} ${ids.length} certificate${ids.length === 1 ? '' : 's'} in ${placeName(place)}?`, values.yes);
      const done = [];
      for (let i = 0; i < ids.length; i += BATCH) {
        const body = { certificate_ids: ids.slice(i, i + BATCH) };
        const page = project
          ? await organization.projects.certificates[action](project, body)
          : await organization.certificates[action](body);
        done.push(...page.data);
      }
      process.stdout.write(format === 'json' ? json(done) : table(done, [['ID', (c) => c.id], ['NAME', (c) => c.name], ['ACTIVE', (c) => (c.active ? 'yes' : 'no')]]));
    },
  };
}

export const activate = command('activate');
export const deactivate = command('deactivate');
