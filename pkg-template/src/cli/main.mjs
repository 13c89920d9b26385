// The command line's entry: picks the command, parses its flags with node:util's parseArgs, runs
// it and turns what happened into the exit code (failure.mjs).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EXIT, UsageError, errorLine } from './failure.mjs';
import { COMMANDS } from './commands.mjs';
import { commandHelp, overview } from './help.mjs';

/** The package's version, from its package.json. */
function version() {
  return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
}

/** parseArgs' option table for a command: its own flags, --help and (if it connects) --base-url. */
function optionTable(command) {
  const table = { help: { type: 'boolean', short: 'h' } };
  if (command.connects) table['base-url'] = { type: 'string' };
  for (const [name, { type, short, multiple }] of Object.entries(command.options ?? {})) {
    table[name] = { type, ...(short && { short }), ...(multiple && { multiple }) };
  }
  return table;
}

/** Runs the command line `argv` (without node and the script); resolves to the exit code. */
export async function main(argv) {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(overview(COMMANDS));
    return name === undefined ? EXIT.failed : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command '${name}' (see --help)`);
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: optionTable(command), allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(`${error.message} (see ${name} --help)`);
    }
    if (parsed.values.help) {
      process.stdout.write(commandHelp(command));
      return EXIT.ok;
    }
    const [min, max] = command.positionals ?? [0, 0];
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      throw new UsageError(`usage: openai-admin-certificates ${command.usage} (see ${name} --help)`);
    }
    return (await command.run(parsed)) ?? EXIT.ok;
  } catch (error) {
    process.stderr.write(`openai-admin-certificates: ${errorLine(error)}\n`);
    return EXIT.failed;
  }
}
