// `console`: the admin console on 127.0.0.1, signed in through a local proxy that holds the key.
import { adminKey, baseURL } from '../connection.mjs';
import { UsageError } from '../failure.mjs';
import { startConsole } from '../console/server.mjs';

const OFFICIAL = 'https://api.openai.com/v1';

export default {
  name: 'console',
  usage: 'console [--port N]',
  summary: 'serve the admin console on 127.0.0.1, signed in through a local proxy that keeps the key',
  details:
    'Prints one URL that opens the console signed in; the admin key stays in this process. The proxy\n' +
    'forwards only the console\'s certificates, projects and audit-log calls, and only from that page.',
  options: {
    port: { type: 'string', value: 'N', help: 'the port on 127.0.0.1 (default: any free port)' },
  },
  example: 'openai-admin-certificates console --port 8790',
  connects: true,
  async run({ values }) {
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got '${values.port}'`);
    const server = await startConsole({ port, key: adminKey(), upstream: baseURL(values) ?? OFFICIAL });
    process.stdout.write(`${server.url}\n`);
    process.stderr.write('Open the URL above in a browser; Ctrl-C stops the console.\n');
    await new Promise((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
  },
};
