// The baseline: a bare Fastify server (no hooks, no logging, no database) answering one fixed JSON
// body on GET /, in a process of its own as the app is. Started by bare-route.ts; prints its port.
// Run: node --import tsx bench/support/bare-route-server.ts BODY_FILE
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const body = readFileSync(process.argv[2] as string, 'utf8');
const app = Fastify();
app.get('/', async (_request, reply) => reply.type('application/json; charset=utf-8').send(body));
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
