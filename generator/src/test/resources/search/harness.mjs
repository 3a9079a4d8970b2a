// Runs the theme's search.js under Node for the parity tests.
//   node harness.mjs <search.js> analyze <tables.json> < words      → one line of terms per input line
//   node harness.mjs <search.js> search <index dir> < queries      → one JSON line per query
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [, , modulePath, mode, data] = process.argv;
const search = await import(pathToFileURL(modulePath).href);
const lines = readFileSync(0, 'utf8').split('\n');
if (lines[lines.length - 1] === '') lines.pop();
const out = [];
if (mode === 'analyze') {
  const analyzer = search.createAnalyzer(JSON.parse(readFileSync(data, 'utf8')));
  for (const line of lines) out.push(analyzer.terms(line).join(' '));
} else if (mode === 'search') {
  const meta = JSON.parse(readFileSync(join(data, 'index.json'), 'utf8'));
  const engine = new search.SearchEngine(meta, async (name, kind) => {
    const bytes = readFileSync(join(data, name));
    return kind === 'bin' ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) : JSON.parse(bytes.toString('utf8'));
  });
  for (const line of lines) {
    const result = await engine.search(line);
    out.push(JSON.stringify({
      query: line,
      total: result.total,
      anyTerm: result.anyTerm,
      top: result.hits.slice(0, 10).map((h) => [h.doc, h.score]),
    }));
  }
} else {
  throw new Error(`unknown mode ${mode}`);
}
process.stdout.write(out.join('\n') + '\n');
