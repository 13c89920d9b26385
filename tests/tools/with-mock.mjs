// Runs a command with a fresh mock API up behind Prism: `node tests/tools/with-mock.mjs -- cmd ...`.
// The command sees the API base URL (through Prism, which checks every exchange against the spec)
// in MOCK_BASE_URL and the mock's own root (for its /__mock/ control API) in MOCK_CONTROL_URL.
import { spawn } from 'node:child_process';
import { startMock } from '../mock/server.mjs';
import { startPrism } from './prism.mjs';

const command = process.argv.slice(process.argv.indexOf('--') + 1);
const mock = await startMock({ count: 250, maxCertificates: 1000 });
const prism = await startPrism(mock.baseURL);
const child = spawn(command[0], command.slice(1), {
  stdio: 'inherit',
  env: { ...process.env, MOCK_BASE_URL: prism.url, MOCK_CONTROL_URL: mock.url },
});
child.on('exit', async (code, signal) => {
  await prism.close();
  await mock.close();
  process.exit(code ?? (signal ? 1 : 0));
});
