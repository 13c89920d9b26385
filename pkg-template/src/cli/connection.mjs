// The client every command uses: this package's own `OpenAI`, so every request goes through the
// engine's validation, retries and pagination. The key only ever comes from the environment (a
// flag would land in shell history and in `ps`).
import OpenAI from '../node.mjs';
import { UsageError } from './failure.mjs';

export const KEY_VAR = 'OPENAI_ADMIN_KEY';

/** The key from the environment, or a UsageError naming the variable. */
export function adminKey(env = process.env) {
  const key = env[KEY_VAR];
  if (!key) throw new UsageError(`${KEY_VAR} is not set: export the admin key in it (the key is never a flag)`);
  return key;
}

/** The base URL: `--base-url`, else OPENAI_BASE_URL, else the library's default (the official API). */
export function baseURL(values, env = process.env) {
  return values['base-url'] || env.OPENAI_BASE_URL || undefined;
}

/** A client for `values` (the parsed flags). */
export function connect(values, env = process.env) {
  return new OpenAI({ adminAPIKey: adminKey(env), baseURL: baseURL(values, env) });
}
