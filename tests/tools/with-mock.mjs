// Runs a command with a fresh mock API up: `node tests/tools/with-mock.mjs -- cmd args...`.
// The command sees the mock's base URL in MOCK_BASE_URL (wasm tests bake it in at compile time).
import { spawn } from 'node:child_process';
import { startMock } from '../mock/server.mjs';

const command = process.argv.slice(process.argv.indexOf('--') + 1);
const mock = await startMock({ count: 250 });
const child = spawn(command[0], command.slice(1), {
  stdio: 'inherit',
  env: { ...process.env, MOCK_BASE_URL: mock.baseURL },
});
child.on('exit', async (code, signal) => {
  await mock.close();
  process.exit(code ?? (signal ? 1 : 0));
});
