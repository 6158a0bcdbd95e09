// The checks `npm test` runs before Vitest: Biome, tsc (`npm run typecheck`), the API lint and the
// web build. They do not depend on each other, so they run side by side (as many at a time as the
// machine has cores, at least two); each one's output is printed whole when it ends, and the script
// fails when any of them failed. `node scripts/checks.js --serial` runs them one by one.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

// Longest first, so the last one to start is a short one. tsconfig.node.json checks core, server,
// cli and bench in one program (they share their options; checked one by one, each program checked
// the server's sources again); the web app has its own (DOM, JSX).
const CHECKS = [
  ['tsc core, server, cli, bench', 'npx', ['tsc', '-p', 'tsconfig.node.json']],
  ['tsc web', 'npx', ['tsc', '-p', 'packages/web']],
  ['lint:api', 'npm', ['run', '--silent', 'lint:api']],
  ['lint', 'npx', ['biome', 'check', '.']],
  ['build:web', 'npm', ['run', '--silent', 'build:web']],
];

function runCheck([name, command, args]) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', (error) => {
      output += `${error.message}\n`;
    });
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const verdict = code === 0 ? 'ok' : `FAILED (exit ${code})`;
      process.stdout.write(`\n── ${name}: ${verdict}, ${seconds} s\n${output}`);
      resolve(code === 0);
    });
  });
}

const width = process.argv.includes('--serial') ? 1 : Math.max(2, availableParallelism());
const queue = [...CHECKS];
const results = [];
async function worker() {
  for (let check = queue.shift(); check; check = queue.shift()) results.push(await runCheck(check));
}
const started = performance.now();
await Promise.all(Array.from({ length: width }, worker));
const failed = results.filter((ok) => !ok).length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `\n── checks: ${CHECKS.length - failed} of ${CHECKS.length} passed in ${seconds} s (${width} at a time)`,
);
process.exit(failed === 0 ? 0 : 1);
