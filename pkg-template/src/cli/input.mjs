// Reading a PEM file argument (`-` is stdin) and asking for confirmation.
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { Refused, UsageError } from './failure.mjs';

/** The text of FILE, or of stdin for `-`. */
export async function readInput(file) {
  if (file === '-') {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${error.code ?? error.message}`);
  }
}

/**
 * Resolves when the change may go ahead: at once with `--yes`; after a "y" typed at a terminal;
 * never without a terminal (Refused), so a script cannot change anything by accident.
 */
export async function confirm(question, yes) {
  if (yes) return;
  if (!process.stdin.isTTY) throw new Refused('stdin is not a terminal: pass --yes to go ahead without a question');
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await prompt.question(`${question} [y/N] `);
    if (!/^y(es)?$/i.test(answer.trim())) throw new Refused('not confirmed; nothing changed');
  } finally {
    prompt.close();
  }
}
