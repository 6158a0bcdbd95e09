// `npm start`: builds the web app only when its sources changed since the last build, then starts
// the server through the compiled CLI (which builds itself when its own sources changed).
import { buildWebIfStale } from './web-build.js';

const status = buildWebIfStale();
if (status !== 0) process.exit(status);

process.argv = [process.argv[0] ?? 'node', 'helhed', 'serve'];
await import('../packages/cli/bin/helhed.js');
