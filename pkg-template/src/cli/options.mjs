// The options several commands share, written once.

/** `--yes`: a write without the question. */
export const YES = Object.freeze({ type: 'boolean', short: 'y', help: 'go ahead without asking' });

/** `--format` among `formats`, the first the default on a terminal, else json. */
export const formatOption = (...formats) =>
  Object.freeze({
    type: 'string',
    value: 'FORMAT',
    help: `${formats.slice(0, -1).join(', ')} or ${formats.at(-1)} (default: table on a terminal, else json)`,
  });

/** `--format table|json`. */
export const TABLE_OR_JSON = formatOption('table', 'json');
