// The --help texts, made from each command's own description, so a flag and its help cannot drift.

const CONNECTION = [
  ['--base-url URL', 'API base URL (default: $OPENAI_BASE_URL, else the official API)'],
];
const ENVIRONMENT = `Environment:
  OPENAI_ADMIN_KEY  the admin key (required by every command but inspect; never a flag)
  OPENAI_BASE_URL   the API base URL (overridden by --base-url)

`;
const EXIT_CODES = `Exit codes: 0 done; 1 warning and 2 critical (check only); 3 could not do what was asked.
`;

/** Aligned `flag  description` lines. */
function lines(pairs) {
  const width = Math.max(...pairs.map(([flag]) => flag.length));
  return pairs.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}\n`).join('');
}

/** `openai-admin-certificates CMD --help`. */
export function commandHelp(command) {
  const flags = Object.entries(command.options ?? {}).map(([name, o]) => [
    `${o.short ? `-${o.short}, ` : ''}--${name}${o.value ? ` ${o.value}` : ''}`,
    o.help,
  ]);
  if (command.connects) flags.push(...CONNECTION);
  flags.push(['-h, --help', 'this help']);
  return `Usage: openai-admin-certificates ${command.usage}

${command.summary}
${command.details ? `\n${command.details}\n` : ''}
Options:
${lines(flags)}
Example:
  ${command.example}

${command.connects ? ENVIRONMENT : ''}${EXIT_CODES}`;
}

/** `openai-admin-certificates --help`. */
export function overview(commands) {
  return `Usage: openai-admin-certificates COMMAND [options]   (COMMAND --help for each)

OpenAI organization mTLS certificates from the command line, through the openai-admin-certificates library.

Commands:
${lines(commands.map((c) => [c.name, c.summary]))}
Example:
  OPENAI_ADMIN_KEY=sk-admin-... npx openai-admin-certificates check --warn 30 --critical 14

${ENVIRONMENT}${EXIT_CODES}`;
}
