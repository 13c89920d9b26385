// `list`: every certificate of the organization, or of one project.
import { connect } from '../connection.mjs';
import { collect, csv, formatOf, json, jsonl, table } from '../output.mjs';
import { COLUMNS, CSV_HEADER, csvRow } from '../certificate-view.mjs';
import { formatOption } from '../options.mjs';

export default {
  name: 'list',
  usage: 'list [--project ID] [--order asc|desc] [--format table|json|jsonl|csv]',
  summary: "every certificate of the organization (or those active in a project)",
  options: {
    project: { type: 'string', value: 'ID', help: "a project's certificates instead of the organization's" },
    order: { type: 'string', value: 'asc|desc', help: 'by creation time (default desc: newest first)' },
    format: formatOption('table', 'json', 'jsonl', 'csv'),
  },
  example: 'openai-admin-certificates list --format csv > certificates.csv',
  connects: true,
  async run({ values }) {
    const format = formatOf(values, ['table', 'json', 'jsonl', 'csv']);
    const certificates = connect(values).admin.organization;
    const params = values.order ? { order: values.order } : undefined;
    const listing = values.project
      ? certificates.projects.certificates.list(values.project, params)
      : certificates.certificates.list(params);
    const items = await collect(listing, 'certificates');
    const print = { table: () => table(items, COLUMNS), json: () => json(items), jsonl: () => jsonl(items), csv: () => csv(CSV_HEADER, items.map(csvRow)) };
    process.stdout.write(print[format]());
  },
};
