// Runs the theme's search.js under Node for the parity tests.
//   node harness.mjs <search.js> analyze <tables.json> < words      → one line of terms per input line
//   node harness.mjs <search.js> queryTerms <tables.json> < queries → the terms each query searches
//   node harness.mjs <search.js> baseTerms <tables.json> < words    → the terms of each word's diminutive bases
//   node harness.mjs <search.js> joinedWords <tables.json> < "particle word" lines → "word:term" of each joining
//   node harness.mjs <search.js> search <index dir> < queries      → one JSON line per query
//   node harness.mjs <search.js> cost <index dir> < queries       → the files a first search fetches, as JSON
//   node harness.mjs <search.js> ranking <index dir> < queries    → the paths of each query's top 10, as JSON
//   node harness.mjs <search.js> paths <index dir> < (nothing)     → the paths of all documents, as JSON
//   node harness.mjs <search.js> query <index dir> < JSON lines    → {q, typing, filters} in, full answer out
//   node harness.mjs <search.js> firstPage <index dir> < queries   → "total [titles of the top 10] {facet={value=count}}",
//                                                                     as Java prints a List and sorted Maps
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [, , modulePath, mode, data] = process.argv;
const search = await import(pathToFileURL(modulePath).href);
const lines = readFileSync(0, 'utf8').split('\n');
if (lines[lines.length - 1] === '') lines.pop();
const out = [];

function openIndex(dir) {
  const meta = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  return new search.SearchEngine(meta, async (name, kind) => {
    const bytes = readFileSync(join(dir, name));
    return kind === 'bin' ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) : JSON.parse(bytes.toString('utf8'));
  });
}
if (mode === 'analyze') {
  const analyzer = search.createAnalyzer(JSON.parse(readFileSync(data, 'utf8')));
  for (const line of lines) out.push(analyzer.terms(line).join(' '));
} else if (mode === 'queryTerms') {
  const analyzer = search.createAnalyzer(JSON.parse(readFileSync(data, 'utf8')));
  for (const line of lines) out.push(analyzer.queryWords(line).map((w) => w.term).join(' '));
} else if (mode === 'baseTerms') {
  const analyzer = search.createAnalyzer(JSON.parse(readFileSync(data, 'utf8')));
  for (const line of lines) out.push(analyzer.baseTerms(analyzer.normalize(line)).join(' '));
} else if (mode === 'joinedWords') {
  const analyzer = search.createAnalyzer(JSON.parse(readFileSync(data, 'utf8')));
  for (const line of lines) {
    const [particle, word] = line.split(' ');
    out.push(analyzer.joinedWords(particle, word).map((w) => w.word + ':' + w.term).join(' '));
  }
} else if (mode === 'search') {
  const engine = openIndex(data);
  for (const line of lines) {
    const result = await engine.search(line);
    out.push(JSON.stringify({
      query: line,
      total: result.total,
      anyTerm: result.anyTerm,
      top: result.hits.slice(0, 10).map((h) => [h.doc, h.score]),
    }));
  }
} else if (mode === 'query') {
  const engine = openIndex(data);
  for (const line of lines) {
    const { q, typing = false, filters = {} } = JSON.parse(line);
    const sets = Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, new Set(v)]));
    const result = await engine.search(q, { typing, filters: sets });
    const docs = await engine.documents(result.hits.slice(0, 10).map((h) => h.doc));
    const facets = Object.fromEntries(Object.entries(result.facets).map(([facet, counts]) =>
      [facet, Object.fromEntries([...counts].filter(([, n]) => n > 0))]));
    out.push(JSON.stringify({
      q,
      total: result.total,
      anyTerm: result.anyTerm,
      suggestion: result.suggestion,
      titles: docs.map((d) => d.title),
      tiers: result.hits.slice(0, 10).map((h) => h.tier),
      matched: result.words.map((w) => w.matched.map((m) => `${m.kind}:${m.term}`)),
      facets,
    }));
  }
} else if (mode === 'firstPage') {
  const engine = openIndex(data);
  const map = (entries) => `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}=${v}`).join(', ')}}`;
  for (const line of lines) {
    const result = await engine.search(line);
    const docs = await engine.documents(result.hits.slice(0, 10).map((h) => h.doc));
    const facets = Object.entries(result.facets)
      .map(([facet, counts]) => [facet, map([...counts].filter(([, n]) => n > 0))])
      .filter(([, counts]) => counts !== '{}');
    out.push(`${result.total} [${docs.map((d) => d.title).join(', ')}] ${map(facets)}`);
  }
} else if (mode === 'cost') {
  // what a first search fetches after index.json: a fresh engine per query, files in the order asked
  for (const line of lines) {
    const fetched = [];
    const meta = JSON.parse(readFileSync(join(data, 'index.json'), 'utf8'));
    const engine = new search.SearchEngine(meta, async (name, kind) => {
      fetched.push(name);
      const bytes = readFileSync(join(data, name));
      return kind === 'bin' ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) : JSON.parse(bytes.toString('utf8'));
    });
    const result = await engine.search(line);
    await engine.documents(result.hits.slice(0, 10).map((h) => h.doc));
    out.push(JSON.stringify([...new Set(fetched)]));
  }
} else if (mode === 'paths') {
  // the path of every document of the index, in document order
  const engine = openIndex(data);
  const docs = await engine.documents([...Array(engine.meta.documents).keys()]);
  out.push(JSON.stringify(docs.map((d) => d.path)));
} else if (mode === 'ranking') {
  const engine = openIndex(data);
  for (const line of lines) {
    const result = await engine.search(line);
    const docs = await engine.documents(result.hits.slice(0, 10).map((h) => h.doc));
    out.push(JSON.stringify(docs.map((d) => d.path)));
  }
} else {
  throw new Error(`unknown mode ${mode}`);
}
process.stdout.write(out.join('\n') + '\n');
