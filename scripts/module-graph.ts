// Prints the module dependency picture of the server, or with --write puts it into
// docs/architecture.md between its markers. `npx tsx scripts/module-graph.ts [--write]`
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GRAPH_END, GRAPH_START, moduleGraph } from '../packages/server/test/module-graph.ts';

const repo = path.resolve(fileURLToPath(import.meta.url), '../..');
const graph = moduleGraph(path.join(repo, 'packages/server/src'));
if (process.argv.includes('--write')) {
  const doc = path.join(repo, 'docs/architecture.md');
  const text = readFileSync(doc, 'utf8');
  const start = text.indexOf(GRAPH_START);
  const end = text.indexOf(GRAPH_END);
  if (start < 0 || end < start) throw new Error(`docs/architecture.md has no ${GRAPH_START} … ${GRAPH_END}`);
  writeFileSync(doc, text.slice(0, start) + graph + text.slice(end + GRAPH_END.length));
} else {
  console.log(graph);
}
