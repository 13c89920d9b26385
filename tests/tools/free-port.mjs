// A loopback port nothing listens on right now, for a test server that must be told its port.
import { createServer } from 'node:net';

/** A free port on 127.0.0.1 (taken and released at once). */
export async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address();
  await new Promise((r) => server.close(r));
  return port;
}
