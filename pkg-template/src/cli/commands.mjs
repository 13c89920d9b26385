// Every command, in the order --help lists them.
import list from './commands/list.mjs';
import get from './commands/get.mjs';
import inspect from './commands/inspect.mjs';
import upload from './commands/upload.mjs';
import rename from './commands/rename.mjs';
import { activate, deactivate } from './commands/activation.mjs';
import remove from './commands/delete.mjs';
import check from './commands/check.mjs';
import rotate from './commands/rotate.mjs';
import history from './commands/history.mjs';
import restore from './commands/restore.mjs';
import consoleCommand from './commands/console.mjs';

export const COMMANDS = [list, get, inspect, upload, rename, activate, deactivate, remove, check, rotate, history, restore, consoleCommand];
