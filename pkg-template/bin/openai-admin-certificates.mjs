#!/usr/bin/env node
// The package's command line: `npx openai-admin-certificates --help`.
import { main } from '../dist/cli/main.mjs';

process.exitCode = await main(process.argv.slice(2));
