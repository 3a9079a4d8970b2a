// Kring search: answers queries in the browser from the static index Kring exports per region.
//
// Three parts, each usable on its own (the test suite runs the first two under Node):
//   1. createAnalyzer: the same Dutch analysis chain as the Lucene side (tokenize, lowercase, ASCII-fold,
//      endings after an apostrophe, stop words, stem overrides, Snowball Dutch stemmer), so a query turns into
//      exactly Lucene's terms.
//   2. SearchEngine: reads the index (index.json, term shards, display-data chunks), adds the BM25 scores
//      Lucene precomputed, ranks documents with every word first and, when they are fewer than a handful, those
//      with the most words after them; expands the last word as a prefix while typing and unknown words that are
//      not Dutch (the lexicon's Bloom filters) to vocabulary words within edit distance 1 (2 from 8 letters), and
//      counts facets.
//   3. mountSearchPage: the /zoeken/ page (progressive enhancement of a plain form).
// No dependencies, no requests to other origins; every text shown comes from the theme's messages
// (index.json "texts").

// ---------------------------------------------------------------------------------------------------
// 1. Analysis

const WORD_SEGMENTER = typeof Intl !== 'undefined' && Intl.Segmenter
  ? new Intl.Segmenter('nl', { granularity: 'word' })
  : null;
// Fallback for browsers without Intl.Segmenter: letters/digits, joined by ' . : _ inside a word (UAX #29).
const WORD_PATTERN = /[\p{L}\p{N}\p{M}_]+(?:['’.:][\p{L}\p{N}\p{M}_]+)*/gu;

/** What Dutch writes after an apostrophe ("baby's", "ADHD'ers", "cd'tje"), as ApostropheEndings drops it. */
const APOSTROPHE_ENDING = /^(.+)['\u2019\uff07](?:s|er|ers|tje|tjes|je|jes)$/;

/** Words of a text with their offsets, the way Lucene's StandardTokenizer (UAX #29) splits them. */
export function tokenize(text) {
  const tokens = [];
  if (WORD_SEGMENTER) {
    for (const segment of WORD_SEGMENTER.segment(text)) {
      if (segment.isWordLike) {
        tokens.push({ text: segment.segment, start: segment.index, end: segment.index + segment.segment.length });
      }
    }
  } else {
    for (const match of text.matchAll(WORD_PATTERN)) {
      tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
    }
  }
  return tokens;
}

/**
 * The analysis chain, configured from the index's own tables.
 * @param {{stopWords: string[], stemOverrides: Object<string,string>, folding: Array<number|string>}} tables
 */
export function createAnalyzer(tables) {
  // what each folded character becomes, in code point order; a number is the step to the next one when not 1
  const folding = new Map();
  for (let i = 0, code = -1, step = 1; i < tables.folding.length; i++) {
    const item = tables.folding[i];
    if (typeof item === 'number') {
      step = item;
    } else {
      code += step;
      step = 1;
      folding.set(String.fromCharCode(code), item);
    }
  }
  const stopWords = new Set(tables.stopWords);
  const fillers = new Set(tables.fillers ?? []);
  const particles = new Set(tables.particles ?? []);
  const lightVerbs = new Set(tables.lightVerbs ?? []);
  const pastForms = new Map(Object.entries(tables.pastForms ?? {}));
  const overrides = new Map(Object.entries(tables.stemOverrides));

  // Java's Character.toLowerCase, one code point at a time (String.toLowerCase would turn 'İ' into two chars).
  const lower = (word) => {
    let out = '';
    for (const ch of word) {
      const l = ch.toLowerCase();
      out += l.length === ch.length ? l : String.fromCodePoint(l.codePointAt(0));
    }
    return out;
  };
  // ASCIIFoldingFilter works per UTF-16 unit; the table holds every BMP character it changes.
  const fold = (word) => {
    let out = '';
    for (let i = 0; i < word.length; i++) {
      const ch = word[i];
      out += folding.get(ch) ?? ch;
    }
    return out;
  };
  // then an ending after an apostrophe goes (ApostropheEndings): "baby's", "ADHD'ers", "cd'tje" are the words
  const normalize = (word) => fold(lower(word)).replace(APOSTROPHE_ENDING, '$1');
  const termOf = (normalized) => overrides.get(normalized) ?? stemDutch(normalized);

  return {
    normalize,
    /** The folded word and its term, or null for a stop word. */
    word(text) {
      const normalized = normalize(text);
      if (stopWords.has(normalized)) return null;
      return { word: normalized, term: termOf(normalized) };
    },
    /** Every non-stop word of a text with its offsets, folded form and term. */
    analyze(text) {
      const words = [];
      for (const token of tokenize(text)) {
        const normalized = normalize(token.text);
        if (!stopWords.has(normalized)) {
          words.push({ ...token, word: normalized, term: termOf(normalized) });
        }
      }
      return words;
    },
    terms(text) {
      return this.analyze(text).map((w) => w.term);
    },
    /**
     * The terms of a diminutive's possible nouns, preferred first, then an adjective's, then a verb form's stem and
     * infinitive (DutchAnalysis.baseTerms).
     */
    baseTerms(word) {
      const own = termOf(word);
      const terms = [];
      for (const base of [...diminutiveBases(word), ...adjectiveNouns(word), ...verbBases(word)]) {
        if (stopWords.has(base)) continue;
        const term = termOf(base);
        if (term !== own && !terms.includes(term)) terms.push(term);
      }
      return terms;
    },
    isParticle: (word) => particles.has(word),
    /** "zit", "sta": searched only when nothing else is left (DutchAnalysis.lightVerbs). */
    isLightVerb: (word) => lightVerbs.has(word),
    /**
     * A particle and a word as one separable verb's words and terms (DutchAnalysis.joinedWords): rond + kom, and
     * rond + kwam (a strong past, by its infinitive: rondkomen).
     */
    joinedWords(particle, word) {
      if (!particles.has(particle) || particles.has(word) || !PLAIN_WORD.test(word)) return [];
      const seen = new Set();
      const past = pastForms.has(word) ? [pastForms.get(word)] : [];
      return [...new Set([word, ...verbBases(word), ...vowelInfinitives(word), ...past])].map((base) => particle + base)
        .filter((whole) => !stopWords.has(whole)).map((whole) => ({ word: whole, term: termOf(whole) }))
        .filter(({ term }) => !seen.has(term) && seen.add(term));
    },
    /**
     * The words a query searches: distinct terms, without fillers ("zoek", "groep") unless nothing else is
     * left, at most MAX_QUERY_TERMS (a pasted page searches its first words) — as DutchAnalysis.queryTerms.
     */
    queryWords(text) {
      const words = this.analyze(text);
      const kept = words.filter((w) => !fillers.has(w.word));
      const seen = new Set();
      const distinct = [];
      for (const w of kept.length ? kept : words) {
        if (seen.has(w.term)) continue;
        seen.add(w.term);
        distinct.push(w);
        if (distinct.length === MAX_QUERY_TERMS) break;
      }
      return distinct;
    },
  };
}

/**
 * The nouns a diminutive can be made from, most literal first (Diminutives.bases): groep|je, stoel|tje,
 * auto|otje, bal|letje, ring|etje, bloem|pje, konin|kje → koning. The index decides (kaart|je or paar|tje).
 */
export function diminutiveBases(word) {
  if (!PLAIN_WORD.test(word)) return [];
  const singular = word.endsWith('jes') ? word.slice(0, -1) : word;
  if (singular.length < 5 || !singular.endsWith('je')) return [];
  const stem = singular.slice(0, -2);
  const bases = [stem];
  const add = (base) => { if (!bases.includes(base)) bases.push(base); };
  const last = (text, i = 1) => text[text.length - i];
  if (stem.endsWith('t')) {
    const base = stem.slice(0, -1);
    add(base);
    if (base.length >= 3 && last(base) === last(base, 2) && 'aeou'.includes(last(base))) add(base.slice(0, -1));
  }
  if (stem.endsWith('et')) {
    const base = stem.slice(0, -2);
    if (base.length >= 2 && last(base) === last(base, 2) && !'aeiouy'.includes(last(base))) add(base.slice(0, -1));
    else if (base.endsWith('ng')) add(base);
  }
  if (stem.endsWith('mp')) add(stem.slice(0, -1));
  if (stem.endsWith('ink')) add(stem.slice(0, -1) + 'g');
  return bases.filter((base) => base.length >= 3);
}

/**
 * The nouns an adjective names the state of, in the order of the rules (AdjectiveNouns.nouns): dement → dementie,
 * depressief → depressie, autistisch → autisme, psychotisch → psychose, verslaafd → verslaving, rouwend → rouw,
 * angstig → angst; also with -e. The index decides whether the noun is there.
 */
const ADJECTIVE_RULES = [['ieve', 'ie'], ['ief', 'ie'], ['istische', 'isme'], ['istisch', 'isme'], ['otische', 'ose'],
  ['otisch', 'ose'], ['ente', 'entie'], ['ent', 'entie'], ['aafde', 'aving'], ['aafd', 'aving'], ['ende', ''],
  ['end', ''], ['ige', ''], ['ig', '']];

export function adjectiveNouns(word) {
  const nouns = [];
  if (!PLAIN_WORD.test(word)) return nouns;
  for (const [suffix, replacement] of ADJECTIVE_RULES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const noun = word.slice(0, word.length - suffix.length) + replacement;
    if (noun.length >= 4 && noun !== word && !nouns.includes(noun)) nouns.push(noun);
  }
  return nouns;
}

/** The particles a separable verb's participle starts with, before its ge- (VerbForms.SEPARABLE_PARTICLES). */
const SEPARABLE_PARTICLES = ['af', 'aan', 'bij', 'door', 'in', 'mee', 'na', 'neer', 'om', 'op', 'over', 'rond',
  'samen', 'terug', 'toe', 'uit', 'vast', 'voor', 'weg', 'los', 'kwijt', 'dood', 'tekort', 'stil', 'kapot', 'open',
  'dicht', 'mis', 'klaar'];

/**
 * The stems and infinitives a verb form can be a form of, most specific reading first (VerbForms.bases):
 * ge|rook|t, ge|pest, ge|scheiden; rook|te, zorg|de; drink|t, verhuis|d; the word itself ("ik rook"). Each stem
 * also as its infinitives: rook → roken, leef → leven, gok → gokken. The index decides which one is there.
 */
export function verbBases(word) {
  if (!PLAIN_WORD.test(word)) return [];
  const stems = [];
  const forms = [];
  const add = (form) => { if (!forms.includes(form)) forms.push(form); };
  // a separable verb's participle: vast|ge|lopen → vastlopen, kwijt|ge|raakt → kwijtraken
  for (const particle of SEPARABLE_PARTICLES) {
    if (word.startsWith(particle + 'ge') && word.length - particle.length >= 6) {
      verbBases(word.slice(particle.length)).forEach((base) => add(particle + base));
    }
  }
  if (word.startsWith('ge') && word.length >= 6) {
    const rest = word.slice(2);
    if (rest.endsWith('t') || rest.endsWith('d')) stems.push(rest.slice(0, -1), rest);
    else if (rest.endsWith('en') || rest.endsWith('aan')) add(rest);
  }
  const past = ['ten', 'den', 'te', 'de'].find((ending) => word.endsWith(ending));
  if (past) stems.push(word.slice(0, -past.length));
  if (word.endsWith('t') || word.endsWith('d')) stems.push(word.slice(0, -1));
  stems.push(word);
  for (const stem of stems) {
    if (stem.length < 3) continue;
    add(stem);
    verbInfinitives(stem).forEach(add);
  }
  return forms.filter((form) => form !== word);
}

/** ga, gaat → gaan; doe, doet → doen (VerbForms.vowelInfinitives). */
export const vowelInfinitives = (word) => (PLAIN_WORD.test(word) ? [...new Set((word.endsWith('t')
  ? [word, word.slice(0, -1)] : [word]).filter((stem) => stem.length > 1 && 'aeiouy'.includes(stem.at(-1)))
  .map((stem) => stem + (/(^|[^a])a$/.test(stem) ? 'an' : 'n')))] : []);

/**
 * A verb stem's possible infinitives (VerbForms.infinitives): drink|en, rok|en, lev|en, reiz|en, gok|ken; no doubling
 * after an unstressed -el, -en, -er (wandel|en, pieker|en).
 */
function verbInfinitives(stem) {
  const n = stem.length;
  const isVowel = (c) => 'aeiouy'.includes(c);
  if (n < 3 || isVowel(stem[n - 1])) return [];
  const [third, before, last] = [stem[n - 3], stem[n - 2], stem[n - 1]];
  const doubledVowel = before === third && 'aeou'.includes(before);
  const diphthong = (isVowel(before) && isVowel(third)) || (third === 'i' && before === 'j');
  const open = doubledVowel ? stem.slice(0, n - 2) + last : stem;
  const result = [];
  if ((last === 'f' || last === 's') && (doubledVowel || diphthong)) {
    result.push(open.slice(0, -1) + (last === 'f' ? 'v' : 'z') + 'en');
  }
  result.push(open + 'en');
  const oneSyllable = ![...stem.slice(0, n - 2)].some(isVowel);
  if (isVowel(before) && !diphthong && (oneSyllable || before !== 'e') && !'wjxy'.includes(last)) {
    result.push(stem + last + 'en');
  }
  return result;
}

// The Snowball Dutch stemmer (Lucene's org.tartarus.snowball.ext.DutchStemmer, the Porter-style algorithm of
// snowballstem.org/algorithms/dutch/stemmer.html), written out over a plain character array.
/** A query searches at most this many distinct terms (as DutchAnalysis.MAX_QUERY_TERMS). */
export const MAX_QUERY_TERMS = 12;
const MIN_PIECE = 3;   // RegionSearchIndex.MIN_PIECE
const PLAIN_WORD = /^[a-z]+$/;   // only such words have other forms (Diminutives.isPlainWord)

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'è']);
const ACCENTS = { 'ä': 'a', 'á': 'a', 'ë': 'e', 'é': 'e', 'ï': 'i', 'í': 'i', 'ö': 'o', 'ó': 'o', 'ü': 'u', 'ú': 'u' };

export function stemDutch(input) {
  const w = [];
  for (let i = 0; i < input.length; i++) w.push(ACCENTS[input[i]] ?? input[i]);
  const isV = (i) => i >= 0 && i < w.length && VOWELS.has(w[i]);
  const isNonV = (i) => i >= 0 && i < w.length && !VOWELS.has(w[i]);

  // prelude: initial y, y after a vowel and i between vowels become consonants (upper case)
  if (w[0] === 'y') w[0] = 'Y';
  for (let c = 0; ;) {
    let found = false;
    for (let p = c; p < w.length; p++) {
      if (!isV(p)) continue;
      if (w[p + 1] === 'i' && isV(p + 2)) { w[p + 1] = 'I'; c = p + 3; found = true; break; }
      if (w[p + 1] === 'y') { w[p + 1] = 'Y'; c = p + 2; found = true; break; }
    }
    if (!found) break;
  }

  // regions: R1 starts after the first non-vowel following a vowel (at least at 3), R2 likewise after R1
  let p1 = w.length;
  let p2 = w.length;
  const pastVowelThenConsonant = (from) => {
    let i = from;
    while (i < w.length && !isV(i)) i++;
    if (i >= w.length) return -1;
    i++;
    while (i < w.length && isV(i)) i++;
    if (i >= w.length) return -1;
    return i + 1;
  };
  const r1 = pastVowelThenConsonant(0);
  if (r1 >= 0) {
    p1 = Math.max(r1, 3);
    const r2 = pastVowelThenConsonant(r1);
    if (r2 >= 0) p2 = r2;
  }

  const endsWith = (s) => {
    if (s.length > w.length) return false;
    for (let i = 0; i < s.length; i++) if (w[w.length - s.length + i] !== s[i]) return false;
    return true;
  };
  const longest = (suffixes) => suffixes.filter(endsWith).sort((a, b) => b.length - a.length)[0];
  const cut = (n) => { w.length -= n; };
  const undouble = () => {
    if (endsWith('kk') || endsWith('dd') || endsWith('tt')) { cut(1); return true; }
    return false;
  };
  let eFound = false;
  const eEnding = () => {
    eFound = false;
    const start = w.length - 1;
    if (endsWith('e') && start >= p1 && isNonV(start - 1)) {
      cut(1);
      eFound = true;
      undouble();
    }
  };
  const enEnding = (start) => {
    if (start >= p1 && isNonV(start - 1)
        && !(start >= 3 && w[start - 3] === 'g' && w[start - 2] === 'e' && w[start - 1] === 'm')) {
      cut(w.length - start);
      undouble();
    }
  };

  // step 1
  const s1 = longest(['heden', 'ene', 'en', 'se', 's']);
  if (s1) {
    const start = w.length - s1.length;
    if (s1 === 'heden') {
      if (start >= p1) w.splice(start, s1.length, 'h', 'e', 'i', 'd');
    } else if (s1 === 'en' || s1 === 'ene') {
      enEnding(start);
    } else if (start >= p1 && start > 0 && !VOWELS.has(w[start - 1]) && w[start - 1] !== 'j') {
      cut(s1.length);
    }
  }
  // step 2
  eEnding();
  // step 3a
  if (endsWith('heid')) {
    const start = w.length - 4;
    if (start >= p2 && w[start - 1] !== 'c') {
      cut(4);
      if (endsWith('en')) enEnding(w.length - 2);
    }
  }
  // step 3b
  const s3 = longest(['end', 'ing', 'ig', 'lijk', 'baar', 'bar']);
  if (s3) {
    const start = w.length - s3.length;
    if (s3 === 'end' || s3 === 'ing') {
      if (start >= p2) {
        cut(s3.length);
        const igStart = w.length - 2;
        if (endsWith('ig') && igStart >= p2 && w[igStart - 1] !== 'e') cut(2);
        else undouble();
      }
    } else if (s3 === 'ig') {
      if (start >= p2 && w[start - 1] !== 'e') cut(2);
    } else if (s3 === 'lijk') {
      if (start >= p2) { cut(4); eEnding(); }
    } else if (s3 === 'baar') {
      if (start >= p2) cut(4);
    } else if (start >= p2 && eFound) {
      cut(3);
    }
  }
  // step 4: undouble a vowel in consonant-vowel-vowel-consonant at the end (maan → man)
  const n = w.length;
  if (n >= 4 && !VOWELS.has(w[n - 1]) && w[n - 1] !== 'I'
      && ['a', 'e', 'o', 'u'].includes(w[n - 2]) && w[n - 3] === w[n - 2] && isNonV(n - 4)) {
    w.splice(n - 2, 1);
  }
  // postlude
  return w.join('').replace(/I/g, 'i').replace(/Y/g, 'y');
}

// ---------------------------------------------------------------------------------------------------
// 2. The engine

/**
 * Reads one term shard: every term with its surface form, scores table and (lazily read) postings. In a large
 * region (`large`) a term also has its documents' facet values, passed to `facets` as its postings are read, and
 * a topic word the display rows of its ten best documents, passed to `display`.
 */
function readShard(buffer, { large = false, facets, display } = {}) {
  const bytes = new Uint8Array(buffer);
  const view32 = new DataView(new ArrayBuffer(4));
  const decoder = new TextDecoder();
  let pos = 0;
  const varint = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[pos++];
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
      shift += 7;
    }
  };
  const count = varint();
  const terms = new Map();
  const list = [];
  let previous = new Uint8Array(0);
  for (let t = 0; t < count; t++) {
    const shared = varint();
    const suffixLength = varint();
    const termBytes = new Uint8Array(shared + suffixLength);
    termBytes.set(previous.subarray(0, shared), 0);
    termBytes.set(bytes.subarray(pos, pos + suffixLength), shared);
    pos += suffixLength;
    previous = termBytes;
    const term = decoder.decode(termBytes);
    const surfaceLength = varint();
    const surface = surfaceLength ? decoder.decode(bytes.subarray(pos, pos + surfaceLength)) : term;
    pos += surfaceLength;
    const docCount = varint();
    const impactCount = varint();
    const impacts = new Float64Array(impactCount);
    for (let i = 0, bits = 0; i < impactCount; i++) {
      bits = i === 0 ? varint() : bits - varint();   // the float bits, highest first, as steps down
      view32.setUint32(0, bits);
      impacts[i] = view32.getFloat32(0);
    }
    const postingsLength = varint();
    const entry = { term, surface, docCount, impacts, start: pos, end: pos + postingsLength, postings: null };
    pos += postingsLength;
    if (large) {
      const facetsLength = varint();
      entry.facetsStart = pos;
      pos += facetsLength;
      const topLength = varint();
      if (topLength) {
        for (const [doc, ...row] of JSON.parse(decoder.decode(bytes.subarray(pos, pos + topLength)))) display(doc, row);
      }
      pos += topLength;
    }
    terms.set(term, entry);
    list.push(entry);
  }
  const postings = (entry) => {
    if (!entry.postings) {
      const docs = new Map();
      const saved = pos;
      pos = entry.start;
      let doc = 0;
      while (pos < entry.end) {
        doc += varint();
        docs.set(doc, entry.impacts[entry.impacts.length > 1 ? varint() : 0]);
      }
      if (large) {
        // columns, one value per posting: packed type/format/ended/days, municipality + 1, topics, display slot
        pos = entry.facetsStart;
        const list = [...docs.keys()];
        const packed = list.map(() => varint());
        const municipalities = list.map(() => varint() - 1);
        const topicLists = list.map(() => {
          const topics = [];
          for (let n = varint(); n > 0; n--) topics.push(varint());
          return topics;
        });
        list.forEach((d, i) => {
          facets(d, { type: packed[i] & 3, formats: (packed[i] >> 2) & 3, ended: Boolean(packed[i] & 16),
            days: packed[i] >> 5, municipality: municipalities[i], topics: topicLists[i], slot: varint() });
        });
      }
      pos = saved;
      entry.postings = docs;
    }
    return entry.postings;
  };
  return { terms, list, postings };
}

/** Rows of editDistance, kept between calls: a misspelt word is compared with every term of its first letter. */
let distanceRows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Damerau–Levenshtein (optimal string alignment) distance, giving up above max. */
export function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (distanceRows[0].length <= b.length) {
    distanceRows = distanceRows.map(() => new Int32Array(b.length * 2 + 1));
  }
  // three rows of the table: two rows up (for a swap of neighbours), the row above, and this one
  let [twoUp, above, row] = distanceRows;
  for (let j = 0; j <= b.length; j++) above[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = max + 1;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, twoUp[j - 2] + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [twoUp, above, row] = [above, row, twoUp];
  }
  return above[b.length];
}

/**
 * The hashes of a folded word in the lexicon's Bloom filters, exactly as LexiconFilter computes them: FNV-1a over
 * the UTF-16 code units (h1), h2 = (h1 ^ h1 >>> 15) * 0x2c1b3c6d | 1, bucket h2 >>> 26.
 */
export function lexiconHashes(word) {
  let h1 = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h1 ^= word.charCodeAt(i);
    h1 = Math.imul(h1, 0x01000193);
  }
  const h2 = Math.imul(h1 ^ (h1 >>> 15), 0x2c1b3c6d) | 1;
  return { h1: h1 >>> 0, h2: h2 >>> 0, bucket: h2 >>> 26 };
}

export const FACETS = ['topic', 'municipality', 'type', 'format', 'day'];

/** The facets whose filter (a set of wanted values, if any) none of a document's values meets. */
function failedFilters(values, filters) {
  return FACETS.filter((facet) => filters[facet] && filters[facet].size
    && !values[facet].some((v) => filters[facet].has(v)));
}

export class SearchEngine {
  /**
   * @param meta the parsed index.json
   * @param load (name, kind) => Promise of an ArrayBuffer (kind 'bin') or parsed JSON (kind 'json'), for a
   *             file next to index.json
   */
  constructor(meta, load) {
    this.meta = meta;
    this.load = load;
    this.analyzer = createAnalyzer(meta.analysis);
    this.shardCache = new Map();
    this.chunkCache = new Map();
    this.lexiconCache = new Map();
    this.facetValues = this.#facetValues();
    // a large region's facet values and top display rows, from the shards
    this.records = new Map();
    this.rows = new Map();
    this.allFacets = null;
  }

  static async open(indexUrl, fetchImpl = fetch) {
    const response = await fetchImpl(indexUrl, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${indexUrl}: ${response.status}`);
    const meta = await response.json();
    const base = new URL('.', new URL(indexUrl, globalThis.location?.href)).href;
    return new SearchEngine(meta, async (name, kind) => {
      const r = await fetchImpl(base + name);
      if (!r.ok) throw new Error(`${name}: ${r.status}`);
      return kind === 'bin' ? r.arrayBuffer() : r.json();
    });
  }

  /** Index of the shard that holds a term (the last shard whose first term is not after it). */
  shardIndex(term) {
    const shards = this.meta.shards;
    let lo = 0;
    let hi = shards.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (shards[mid][0] <= term) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  shard(i) {
    if (!this.shardCache.has(i)) {
      const promise = this.load(this.meta.shards[i][1], 'bin').then((buffer) => readShard(buffer, {
        large: Boolean(this.meta.facetFile),
        facets: (doc, record) => this.records.set(doc, record),
        display: (doc, row) => this.rows.set(doc, row),
      }));
      promise.catch(() => this.shardCache.delete(i));
      this.shardCache.set(i, promise);
    }
    return this.shardCache.get(i);
  }

  /**
   * Whether a folded word is Dutch (in the OpenTaal lexicon): one small Bloom-filter file per bucket, fetched
   * only when a query word is not in the index. A "no" is certain; a "yes" is wrong for about 1 in 100 words.
   */
  async isDutchWord(word) {
    const lexicon = this.meta.lexicon;
    if (!lexicon) return false;
    const { h1, h2, bucket } = lexiconHashes(word);
    if (!this.lexiconCache.has(bucket)) {
      const promise = this.load(`l${bucket}.${lexicon.hash}.bin`, 'bin').then((b) => new Uint8Array(b));
      promise.catch(() => this.lexiconCache.delete(bucket));
      this.lexiconCache.set(bucket, promise);
    }
    const bits = await this.lexiconCache.get(bucket);
    const m = bits.length * 8;
    for (let i = 0; i < lexicon.probes; i++) {
      const bit = ((h1 + Math.imul(i, h2)) >>> 0) % m;
      if (!(bits[bit >>> 3] & (1 << (bit & 7)))) return false;
    }
    return true;
  }

  /** The shards holding every term from `from` up to (not including) `to`. */
  shardRange(from, to) {
    const first = this.shardIndex(from);
    const last = this.shardIndex(to);
    const shards = [];
    for (let i = first; i <= last; i++) shards.push(i);
    return shards;
  }

  /**
   * Searches. Options: typing (the last word also matches as a prefix), filters ({facet: Set of values}),
   * limit (how many results get display data).
   * Returns {words, hits: [{doc, score, tier}], total, anyTerm, suggestion, facets}.
   */
  async search(query, { typing = false, filters = {} } = {}) {
    const typed = this.analyzer.queryWords(query);
    const lastTyped = typed[typed.length - 1];
    const endsInWord = typing && typed.length > 0 && lastTyped.end === query.trimEnd().length
      && query.length === query.trimEnd().length;
    const words = await this.#joinSeparable(typed);
    let matches = [];
    if (words.length) {
      matches = await Promise.all(words.map((w, i) => this.#matchWord(w, endsInWord && i === words.length - 1
        && w === lastTyped)));
    }
    let hits;
    let anyTerm = false;
    let allTerms = 0;
    if (!words.length) {
      await this.#loadAllFacets();
      hits = [];
      for (let doc = 0; doc < this.meta.documents; doc++) hits.push({ doc, score: 0, tier: 0, words: 0, all: true });
    } else {
      // every word first; when that is less than a handful, the documents with the most of the words follow;
      // groups about the query's subject always do, unless a word they lack names a subject too ("ik zit in de
      // schulden": the debt group never says "zit"; "financiële zorgen" brings no group about caring, "zorg")
      const { all, rest, hit, about } = this.#combine(matches);   // one pass over the words' documents
      allTerms = all.length;
      hits = all;
      if (words.length > 1) {
        if (all.length < this.#ranking.handful) {
          const some = rest.map(hit);
          anyTerm = some.length > 0;
          hits = all.concat(some);
        } else {
          // only the groups about the subject of a large region's thousands with some of the words: a phone's time
          const subject = this.#namesASubject(matches);
          hits = all.concat(rest.filter((c) => matches.every((m, i) => !subject[i] || m.docs.has(c.doc))
            && about(c.doc)).map(hit));
        }
      }
    }
    // more words first, exact before typo matches, then score (groups weigh more than other documents)
    // groups about the query's subject lead (a resident who types "mijn man is overleden" looks for a grief group)
    hits.sort((a, b) => b.lead - a.lead || b.all - a.all || b.words - a.words || a.tier - b.tier || b.score - a.score
      || a.doc - b.doc);
    // an ended group is shown only when nothing else matches
    const ended = (h) => this.#record(h.doc).ended;
    if (words.length && hits.some((h) => !ended(h))) {
      hits = hits.filter((h) => !ended(h));
      anyTerm = anyTerm && hits.some((h) => !h.all);
    } else if (!words.length) {
      hits = hits.filter((h) => !ended(h));   // browsing by facet lists what still meets
    }
    const browsing = !words.length;
    const facets = this.#countFacets(hits, filters);
    const filtered = this.#hasFilters(filters) ? hits.filter((h) => this.#passes(h.doc, filters)) : hits;
    const suggestion = this.#suggestion(query, words, matches);
    return {
      words: words.map((w, i) => ({ ...w, matched: matches[i].matched })),
      hits: browsing && !this.#hasFilters(filters) ? [] : filtered,
      total: browsing && !this.#hasFilters(filters) ? 0 : filtered.length,
      anyTerm,
      allTerms: filtered.filter((h) => h.all).length,
      suggestion,
      facets,
    };
  }

  get #ranking() {
    return this.meta.ranking ?? { handful: 1, typeWeights: [1, 1, 1, 1] };
  }

  /**
   * Display data for documents: {doc, title, path, snippet, splits, type, municipality, topics}; splits holds the
   * compounds among the snippet's words with the pieces the index split them into.
   */
  async documents(docs) {
    if (docs.some((d) => !this.#hasRecord(d))) await this.#loadAllFacets();
    const size = this.meta.chunkSize;
    // rows from a topic word's shard, or from their chunk (by slot: a large region's display order is its own)
    const slot = (d) => this.#record(d).slot;
    const chunks = [...new Set(docs.filter((d) => !this.rows.has(d)).map((d) => Math.floor(slot(d) / size)))];
    await Promise.all(chunks.map((c) => this.#chunk(c)));
    const result = [];
    for (const doc of docs) {
      const row = this.rows.get(doc) ?? (await this.#chunk(Math.floor(slot(doc) / size)))[slot(doc) % size];
      const [title, path, snippet, splits = {}] = row;
      result.push({ doc, title, path, snippet, splits, ended: this.#record(doc).ended, ...this.facetsOf(doc) });
    }
    return result;
  }

  /** The facet values of one document, by facet name. */
  facetsOf(doc) {
    const r = this.#record(doc);
    const days = [];
    for (let d = 0; d < 7; d++) if (r.days & (1 << d)) days.push(String(d + 1));
    return {
      type: [this.meta.types[r.type]],
      municipality: r.municipality < 0 ? [] : [this.meta.municipalities[r.municipality][0]],
      topic: r.topics.map((t) => this.meta.topics[t][0]),
      format: [...(r.formats & 1 ? ['location'] : []), ...(r.formats & 2 ? ['online'] : [])],
      day: days,
    };
  }

  /** A document's {type, formats, municipality, topics, days, ended, slot}: from columns or from its shard. */
  #record(doc) {
    const f = this.meta.facets ?? this.allFacets;
    if (!f) return this.records.get(doc);
    if (!this.endedSet) this.endedSet = new Set(f.ended ?? []);
    return {
      type: Number(f.type[doc]),
      formats: Number(f.format[doc]),
      municipality: f.municipality[doc],
      topics: f.topics[doc],
      days: f.days[doc],
      ended: this.endedSet.has(doc),
      slot: f.slots ? f.slots[doc] : doc,
    };
  }

  #hasRecord(doc) {
    return Boolean(this.meta.facets ?? this.allFacets) || this.records.has(doc);
  }

  /** A large region's facet columns of every document (to browse by facet). */
  async #loadAllFacets() {
    if (this.meta.facets || this.allFacets) return;
    this.allFacetsPromise ??= this.load(this.meta.facetFile, 'json');
    this.allFacetsPromise.catch(() => { this.allFacetsPromise = null; });
    this.allFacets = await this.allFacetsPromise;
  }

  #chunk(c) {
    const inline = this.meta.chunks[c];
    if (typeof inline !== 'string') return Promise.resolve(inline);   // a small region's data is in index.json
    if (!this.chunkCache.has(c)) {
      const promise = this.load(this.meta.chunks[c], 'json');
      promise.catch(() => this.chunkCache.delete(c));
      this.chunkCache.set(c, promise);
    }
    return this.chunkCache.get(c);
  }

  /**
   * "ik kom niet rond" as "rondkomen" when the index has it; then without a light verb that is left ("zit" of "ik
   * zit in de schulden"), unless nothing else is (RegionSearchIndex.joinSeparable).
   */
  async #joinSeparable(words) {
    const result = [...words];
    for (let p = 0; p < result.length; p++) {
      if (!this.analyzer.isParticle(result[p].word)) continue;
      joined: for (let v = 0; v < result.length; v++) {
        if (v === p) continue;
        for (const { word, term } of this.analyzer.joinedWords(result[p].word, result[v].word)) {
          if ((await this.shard(this.shardIndex(term))).terms.has(term)) {
            result[v] = { ...result[v], word, term };
            result.splice(p--, 1);
            break joined;
          }
        }
      }
    }
    const meant = result.filter((w) => !this.analyzer.isLightVerb(w.word));
    const seen = new Set();
    return (meant.length ? meant : result).filter((w) => !seen.has(w.term) && seen.add(w.term));
  }

  /** Postings of one query word: exact term (tier 0), else or additionally its expansions (tier 1). */
  async #matchWord(w, asPrefix) {
    const exactShard = await this.shard(this.shardIndex(w.term));
    const own = exactShard.terms.get(w.term);
    // the word itself, or a form of it the index holds (a diminutive's noun, a compound's two pieces)
    const forms = own ? [{ shard: exactShard, entry: own }] : await this.#otherForm(w.word);
    const exact = forms ? forms[0].entry : null;
    const docs = new Map();
    const matched = [];
    if (forms) {
      // a compound's pieces: a document needs both, and the word scores what they score together
      const pieces = new Map();
      for (const { shard, entry } of forms) {
        matched.push({ term: entry.term, surface: entry.surface, kind: 'exact' });
        for (const [doc, score] of shard.postings(entry)) {
          const piece = pieces.get(doc) ?? { score: 0, count: 0 };
          piece.score += score;
          piece.count++;
          pieces.set(doc, piece);
        }
      }
      for (const [doc, { score, count }] of pieces) if (count === forms.length) docs.set(doc, { score, tier: 0 });
    }
    const expansions = [];
    if (asPrefix && w.word.length >= 3) {
      for (const prefix of new Set([w.word, w.term])) {
        for (const i of this.shardRange(prefix, prefix + '\uffff')) {
          const shard = await this.shard(i);
          for (const entry of shard.list) {
            if (entry.term.startsWith(prefix) && entry.term !== w.term) expansions.push({ shard, entry, kind: 'prefix' });
          }
        }
      }
    }
    let fuzzy = [];
    // a correct Dutch word that the region's texts happen not to use is no typo: no "did you mean dood → doe"
    if (!exact && !(await this.isDutchWord(w.word).catch(() => false))) {
      const max = w.term.length >= 8 ? 2 : 1;
      const first = w.term[0];
      // like Lucene's FuzzyQuery with prefixLength 1: the first letter is taken as typed
      for (const i of this.shardRange(first, first + '\uffff')) {
        const shard = await this.shard(i);
        for (const entry of shard.list) {
          if (entry.term[0] !== first) continue;
          const distance = Math.min(editDistance(w.term, entry.term, max), editDistance(w.word, entry.surface, max));
          if (distance <= max) fuzzy.push({ shard, entry, kind: 'fuzzy', distance });
        }
      }
      fuzzy.sort((a, b) => a.distance - b.distance || b.entry.docCount - a.entry.docCount);
      expansions.push(...fuzzy);
    }
    const done = new Set(forms ? forms.map((f) => f.entry.term) : []);
    for (const { shard, entry, kind } of expansions) {
      if (done.has(entry.term)) continue;
      done.add(entry.term);
      matched.push({ term: entry.term, surface: entry.surface, kind });
      for (const [doc, score] of shard.postings(entry)) {
        const current = docs.get(doc);
        if (!current) docs.set(doc, { score, tier: 1 });
        else if (current.tier === 1 && score > current.score) current.score = score;
      }
    }
    return { docs, matched, fuzzy };
  }

  /**
   * A word the index lacks, in a form it holds (RegionSearchIndex.wordTerms): a diminutive's noun, an adjective's,
   * a verb form's stem or infinitive, else a
   * compound's two pieces (kanker|groep), also of that noun (wandel|groep|je); null when there is none.
   */
  async #otherForm(word) {
    if (!PLAIN_WORD.test(word)) return null;
    const lookUp = async (term) => {
      const shard = await this.shard(this.shardIndex(term));
      const entry = shard.terms.get(term);
      return entry ? { shard, entry } : null;
    };
    for (const term of this.analyzer.baseTerms(word)) {
      const found = await lookUp(term);
      if (found) return [found];
    }
    for (const whole of [word, ...diminutiveBases(word)]) {
      const pieces = await this.#pieces(whole, lookUp);
      if (pieces) return pieces;
    }
    return null;
  }

  /** Two pieces the index has: longest first piece first, a linking -s-/-e-/-en- left out (as RegionSearchIndex). */
  async #pieces(word, lookUp) {
    for (let i = word.length - MIN_PIECE; i >= MIN_PIECE; i--) {
      const head = this.analyzer.word(word.slice(0, i));
      if (!head) continue;
      const rest = word.slice(i);
      const tails = [rest];
      if (rest.startsWith('s') || rest.startsWith('e')) tails.push(rest.slice(1));
      if (rest.startsWith('en')) tails.push(rest.slice(2));
      let first;
      for (const tail of tails) {
        const piece = tail.length >= MIN_PIECE ? this.analyzer.word(tail) : null;
        if (!piece) continue;
        first ??= await lookUp(head.term);
        if (!first) break;
        const second = await lookUp(piece.term);
        if (second) return [first, second];
      }
    }
    return null;
  }

  /**
   * The documents with every word as hits, the others with some of them as counts (made hits with {@code hit}
   * where wanted, {@code about} telling the groups about the query's subject); scores summed in double and rounded
   * to float, as Lucene does, then times the document type's weight (groups first at about equal relevance), in
   * float as RegionSearchIndex does.
   */
  #combine(matches) {
    const weights = this.#ranking.typeWeights.map(Math.fround);
    const counts = new Map();
    for (const m of matches) {
      for (const [doc, { score, tier }] of m.docs) {
        const current = counts.get(doc) ?? { doc, sum: 0, tier: 0, words: 0 };
        current.sum += score;
        current.tier += tier;
        current.words++;
        counts.set(doc, current);
      }
    }
    const about = this.#about(matches);
    const hit = (c) => ({ doc: c.doc, score: Math.fround(Math.fround(c.sum) * weights[this.#record(c.doc).type]),
      tier: c.tier, words: c.words, all: c.words === matches.length, lead: about(c.doc) });
    const all = [];
    const rest = [];
    for (const c of counts.values()) {
      if (c.words === matches.length) all.push(hit(c));
      else rest.push(c);
    }
    return { all, rest, hit, about };
  }

  /**
   * Whether a document is a group about the query's subject: a word of the query (as typed, not a typo or prefix
   * match) is its topic's name or one of the topic's synonyms — as RegionSearchIndex reads the topics field.
   */
  #about(matches) {
    const topicTerms = this.meta.topicTerms ?? [];
    const named = new Set();
    for (const m of matches) {
      for (const { term, kind } of m.matched) {
        if (kind !== 'exact') continue;
        topicTerms.forEach((terms, t) => { if (terms.includes(term)) named.add(t); });
      }
    }
    const group = this.meta.types.indexOf('group');
    return (doc) => {
      if (named.size === 0) return false;
      const r = this.#record(doc);
      return r.type === group && r.topics.some((t) => named.has(t));
    };
  }

  /** Per query word: whether it names a topic (as typed: its exact terms), as RegionSearchIndex reads the topics. */
  #namesASubject(matches) {
    const topicTerms = new Set((this.meta.topicTerms ?? []).flat());
    return matches.map((m) => m.matched.some(({ term, kind }) => kind === 'exact' && topicTerms.has(term)));
  }

  #hasFilters(filters) {
    return FACETS.some((f) => filters[f] && filters[f].size);
  }

  #passes(doc, filters) {
    return failedFilters(this.facetsOf(doc), filters).length === 0;
  }

  /**
   * Per facet, per value: how many results it would give (other facets' filters applied, not its own). Each
   * result's values are worked out once: a word found in most of a large region's documents ("online") has
   * thousands of results, and this ran five times over all of them.
   */
  #countFacets(hits, filters) {
    const counts = {};
    for (const facet of FACETS) counts[facet] = new Map(this.facetValues[facet].map((v) => [v, 0]));
    for (const { doc } of hits) {
      const values = this.facetsOf(doc);
      // a result that fails no filter counts for every facet; one that fails one filter only for that facet
      const failed = failedFilters(values, filters);
      if (failed.length > 1) continue;
      for (const facet of failed.length === 1 ? failed : FACETS) {
        for (const value of values[facet]) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
      }
    }
    return counts;
  }

  #facetValues() {
    return {
      topic: this.meta.topics.map((t) => t[0]),
      municipality: this.meta.municipalities.map((m) => m[0]),
      type: this.meta.types,
      format: ['location', 'online'],
      day: ['1', '2', '3', '4', '5', '6', '7'],
    };
  }

  /** "Did you mean": the query with each unknown word replaced by its closest vocabulary word. */
  #suggestion(query, words, matches) {
    let suggestion = '';
    let last = 0;
    let changed = false;
    words.forEach((w, i) => {
      const best = matches[i].fuzzy[0];
      if (best && !matches[i].matched.some((m) => m.kind === 'exact')) {
        suggestion += query.slice(last, w.start) + best.entry.surface;
        last = w.end;
        changed = true;
      }
    });
    return changed ? suggestion + query.slice(last) : null;
  }
}

// ---------------------------------------------------------------------------------------------------
// 3. The search page (/zoeken/): a plain form, enhanced. Builds DOM with textContent only — never HTML from
// the index — and keeps the query and filters in the URL so searches can be shared and bookmarked.

const PARAMS = { topic: 'onderwerp', municipality: 'gemeente', type: 'soort', format: 'vorm', day: 'dag' };
// URL tokens (stable, readable); their labels come from the texts
const URL_VALUES = {
  type: { group: 'groep', story: 'verhaal', event: 'activiteit', page: 'pagina' },
  format: { location: 'op-locatie', online: 'online' },
  day: { 1: 'ma', 2: 'di', 3: 'wo', 4: 'do', 5: 'vr', 6: 'za', 7: 'zo' },
};
const PAGE_SIZE = 10;
const LETTERS = /^\p{L}+$/u;   // HyphenatedWords joins pieces of letters only
const engines = new Map();

/** The engine for an index URL, opened once per page. */
export function openEngine(indexUrl) {
  const url = new URL(indexUrl, document.baseURI).href;
  if (!engines.has(url)) {
    const promise = SearchEngine.open(url);
    promise.catch(() => engines.delete(url));
    engines.set(url, promise);
  }
  return engines.get(url);
}

/** Starts fetching the index when the header search box gets focus, so /zoeken/ answers at once. */
export function preload(indexUrl) {
  openEngine(indexUrl).catch(() => {});
}

/**
 * Whether a query may come from someone in crisis, so the page shows where to get help at once: it contains one
 * of the |-separated words (without capitals or accents: "zelfmoord" also in "zelfmoordgedachten"), or has every
 * term of a sensitive topic's name or synonym (with the analyzer, once the index is there).
 */
export function urgentMatcher(words, topics, analyzer) {
  const plain = (text) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ');
  const phrases = words.split('|').map((w) => plain(w).trim()).filter(Boolean);
  const named = analyzer ? topics.split('|').map((t) => analyzer.terms(t)).filter((terms) => terms.length) : [];
  return (query) => {
    const text = plain(query);
    if (phrases.some((phrase) => text.includes(phrase))) return true;
    if (!named.length) return false;
    const terms = new Set(analyzer.terms(query));
    return named.some((entry) => entry.every((term) => terms.has(term)));
  };
}

export function mountSearchPage(root) {
  const form = root.querySelector('form');
  const input = form.querySelector('input[type="search"]');
  const status = root.querySelector('[role="status"]');
  const facetsBox = root.querySelector('.search-facets');
  const urgent = root.querySelector('.search-urgent');
  const none = root.querySelector('.search-none');
  const resultsBox = root.querySelector('.search-results');
  const siteRoot = new URL('..', new URL(root.dataset.searchIndex, document.baseURI)).href;
  let engine;
  let texts = {};
  let shown = PAGE_SIZE;
  let generation = 0;
  let statusTimer;
  let inputTimer;
  let facetsOpen;

  const t = (key, ...args) => (texts[key] ?? key).replace(/\{(\d)}/g, (_, i) => args[Number(i)]);
  const el = (tag, props = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props)) {
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else node.setAttribute(k, v);
    }
    for (const child of children) if (child != null) node.append(child);
    return node;
  };

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    const filters = {};
    for (const [facet, param] of Object.entries(PARAMS)) {
      const fromUrl = URL_VALUES[facet] ? Object.fromEntries(Object.entries(URL_VALUES[facet]).map(([k, v]) => [v, k])) : null;
      filters[facet] = new Set(params.getAll(param).map((v) => (fromUrl ? fromUrl[v] : v)).filter(Boolean));
    }
    return { query: params.get('q') ?? '', filters };
  };
  let state = readUrl();
  input.value = state.query;

  const writeUrl = () => {
    const params = new URLSearchParams();
    if (state.query.trim()) params.set('q', state.query.trim());
    for (const [facet, param] of Object.entries(PARAMS)) {
      for (const value of state.filters[facet]) params.append(param, URL_VALUES[facet]?.[value] ?? value);
    }
    const search = params.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  };

  // what else changes with the status (the help when nothing is found) appears with it, not at every key typed
  const setStatus = (nodes, delay, alongside) => {
    clearTimeout(statusTimer);
    const apply = () => {
      status.replaceChildren(...nodes);
      alongside?.();
    };
    if (delay) statusTimer = setTimeout(apply, delay); else apply();
  };

  const label = (facet, value) => {
    if (facet === 'topic') return engine.meta.topics.find((x) => x[0] === value)?.[1] ?? value;
    if (facet === 'municipality') return engine.meta.municipalities.find((x) => x[0] === value)?.[1] ?? value;
    return t(`${facet}.${value}`);
  };

  const renderFacets = (facets) => {
    const groups = [];
    for (const facet of Object.keys(PARAMS)) {
      const items = [];
      for (const [value, count] of facets[facet]) {
        const checked = state.filters[facet].has(value);
        if (!count && !checked) continue;
        const id = `filter-${facet}-${value}`;
        const box = el('input', { type: 'checkbox', id, name: PARAMS[facet], value: URL_VALUES[facet]?.[value] ?? value,
          form: form.id });
        box.checked = checked;
        box.addEventListener('change', () => {
          if (box.checked) state.filters[facet].add(value); else state.filters[facet].delete(value);
          shown = PAGE_SIZE;
          run(false, 0);
        });
        items.push(el('li', {}, box, el('label', { for: id }, label(facet, value) + ' ',
          el('span', { class: 'count', text: `(${count})` }))));
      }
      if (items.length) {
        groups.push(el('fieldset', { class: 'facet' }, el('legend', { text: t(`facet.${facet}`) }), el('ul', {}, ...items)));
      }
    }
    const active = Object.values(state.filters).some((s) => s.size);
    if (active) {
      const clear = el('button', { type: 'button', class: 'facet-clear', text: t('clearFilters') });
      clear.addEventListener('click', () => {
        for (const set of Object.values(state.filters)) set.clear();
        run(false, 0);
        input.focus();
      });
      groups.push(clear);
    }
    if (!groups.length) {
      facetsBox.replaceChildren();
      return;
    }
    // a disclosure: open on wide screens once there is something to narrow, closed on a phone so the results
    // come first, and closed on the empty page so that loading the script does not push the page down
    facetsOpen ??= hasQuery() && matchMedia('(min-width: 56rem)').matches;
    const panel = el('details', { class: 'facets-panel' }, el('summary', { text: t('filters') }), ...groups);
    panel.open = facetsOpen;
    panel.addEventListener('toggle', () => { facetsOpen = panel.open; });
    // keep keyboard users where they were: the checkbox they just used is a new element with the same id
    const focused = facetsBox.contains(document.activeElement) ? document.activeElement.id : null;
    facetsBox.replaceChildren(panel);
    if (focused) document.getElementById(focused)?.focus();
  };

  /**
   * The snippet with matched words marked: a window around the first match. A compound the index split is marked
   * only in the piece that matched (borst<mark>kanker</mark>), and only when the index really split it there.
   */
  const snippet = (text, words, splits) => {
    const terms = new Set(words.flatMap((w) => w.matched.map((m) => m.term)));
    const marks = [];
    const analyzed = engine.analyzer.analyze(text);
    for (let i = 0; i < analyzed.length; i++) {
      // a hyphenated word, which the index also holds joined: "burnout" found "burn-out" and marks it whole
      let last = i;
      while (last + 1 < analyzed.length && text.slice(analyzed[last].end, analyzed[last + 1].start) === '-'
        && LETTERS.test(analyzed[last].word) && LETTERS.test(analyzed[last + 1].word)) last++;
      if (last > i && terms.has(engine.analyzer.word(analyzed.slice(i, last + 1).map((w) => w.word).join(''))?.term)) {
        marks.push({ start: analyzed[i].start, end: analyzed[last].end });
        i = last;
        continue;
      }
      const w = analyzed[i];
      // two words side by side that the index also holds joined (JoinedWords): "longcovid" found "long covid"
      const next = analyzed[i + 1];
      if (next && !terms.has(w.term) && text.slice(w.end, next.start) === ' ' && LETTERS.test(w.word)
        && LETTERS.test(next.word) && terms.has(engine.analyzer.word(w.word + next.word)?.term)) {
        marks.push({ start: w.start, end: next.end });
        i++;
        continue;
      }
      if (terms.has(w.term)) {
        marks.push(w);
        continue;
      }
      const sameLength = w.end - w.start === w.word.length;   // folding kept the offsets (no æ → ae)
      let from = 0;
      for (const part of splits[w.word] ?? []) {
        const at = w.word.indexOf(part, from);
        if (at < 0) break;
        from = at + part.length;
        if (!terms.has(engine.analyzer.word(part)?.term)) continue;
        if (!sameLength) {
          marks.push(w);
          break;
        }
        marks.push({ start: w.start + at, end: w.start + at + part.length });
      }
    }
    let start = 0;
    if (marks.length && marks[0].start > 120) {
      start = text.lastIndexOf(' ', marks[0].start - 40) + 1;
    }
    const end = Math.min(text.length, start + 220);
    const out = el('p', { class: 'result-snippet' });
    let pos = start;
    if (start > 0) out.append('… ');
    for (const m of marks) {
      if (m.start < pos || m.end > end) continue;
      out.append(text.slice(pos, m.start), el('mark', { text: text.slice(m.start, m.end) }));
      pos = m.end;
    }
    out.append(text.slice(pos, end));
    if (end < text.length) {
      out.append(text.slice(end).split(' ')[0], ' …');
    }
    return out;
  };

  const renderResults = async (result, mine) => {
    const visible = result.hits.slice(0, shown);
    const docs = await engine.documents(visible.map((h) => h.doc));
    if (mine !== generation) return;
    // results with every word, then (after a short note) those with some of the words, numbered on
    const nodes = [];
    let list;
    docs.forEach((doc, i) => {
      // the note stands above the first result with only some of the words that follows one with all of them
      // (groups about the query's subject lead, whatever words they have)
      const some = !visible[i].all && !visible[i].lead;
      const previous = visible[i - 1];
      if (!list || (some && previous && (previous.all || previous.lead))) {
        if (list) nodes.push(el('p', { class: 'result-note', text: t('someTerms') }));
        list = el('ol', { class: 'result-list', ...(i ? { start: String(i + 1) } : {}) });
        nodes.push(list);
      }
      const where = doc.municipality.length ? label('municipality', doc.municipality[0]) : null;
      list.append(el('li', { class: 'result' },
        el('h2', { class: 'result-title' }, el('a', { href: new URL(doc.path, siteRoot).href, text: doc.title })),
        el('p', { class: 'result-meta' }, el('span', { class: 'result-type',
          text: t(`type.${doc.type[0]}`) + (doc.ended ? ` (${t('ended')})` : '') }),
          where ? ` · ${where}` : null),
        snippet(doc.snippet, result.words, doc.splits)));
    });
    if (result.hits.length > shown) {
      const more = el('button', { type: 'button', class: 'result-more', text: t('more') });
      more.addEventListener('click', () => {
        const first = shown;
        shown += PAGE_SIZE;
        renderResults(result, generation).then(() => resultsBox.querySelectorAll('.result a')[first]?.focus());
      });
      nodes.push(more);
    }
    resultsBox.replaceChildren(...(result.hits.length ? nodes : []));
  };

  const statusFor = (result) => {
    const query = state.query.trim();
    // a screen reader hears of the help lines too, not only of the results below them
    const nodes = urgent && !urgent.hidden ? [t('urgent'), ' '] : [];
    const count = result.total;
    const hasWords = result.words.length > 0;
    if (!hasWords && !count) {
      return query ? [...nodes, t('onlyStopWords')] : nodes;
    }
    const key = count === 0 ? 'count.zero' : count === 1 ? 'count.one' : 'count.other';
    nodes.push(hasWords ? t(`${key}.query`, count, query) : t(key, count));
    if (result.anyTerm) nodes.push(' ', t(result.allTerms ? 'someTerms' : 'anyTerm'));
    if (result.suggestion) {
      const link = el('a', { href: `?q=${encodeURIComponent(result.suggestion)}`, text: result.suggestion });
      link.addEventListener('click', (event) => {
        event.preventDefault();
        input.value = result.suggestion;
        state.query = result.suggestion;
        run(false, 0);
      });
      const [before, after] = (texts.didYouMean ?? '{0}?').split('{0}');
      nodes.push(' ', before, link, after ?? '');
    }
    if (foundNothing(result)) nodes.push(' ', t('none'));   // after a suggestion, which may find it after all
    return nodes;
  };

  // words that found nothing, not narrowed by filters (those are cleared in the filter column)
  const foundNothing = (result) => Boolean(none) && result.total === 0 && result.words.length > 0
    && !Object.values(state.filters).some((s) => s.size);
  const showNothingFound = (visible) => {
    if (!none) return;
    none.hidden = !visible;
    root.classList.toggle('found-nothing', visible);
  };

  const hasQuery = () => Boolean(state.query.trim()) || Object.values(state.filters).some((s) => s.size);

  // "Hulp nodig nu?" above the results: the words work without the index, the topics once it is there
  let urgentMatch;
  const showUrgentHelp = () => {
    if (!urgent) return;
    if (!urgentMatch || (engine && !urgentMatch.analyzed)) {
      urgentMatch = urgentMatcher(urgent.dataset.urgentWords ?? '', urgent.dataset.urgentTopics ?? '',
        engine?.analyzer);
      urgentMatch.analyzed = Boolean(engine);
    }
    urgent.hidden = !urgentMatch(state.query);
  };

  const run = async (typing, statusDelay) => {
    const mine = ++generation;
    root.dataset.state = 'busy';   // 'ready' once results, facets and status are on the page (tests wait for it)
    writeUrl();
    root.classList.toggle('has-query', hasQuery());
    showUrgentHelp();
    try {
      engine ??= await openEngine(root.dataset.searchIndex);
      texts = engine.meta.texts;
      showUrgentHelp();
      const asked = performance.now();
      const result = await engine.search(state.query, { typing, filters: state.filters });
      performance.measure('kring:search-query', { start: asked });  // the engine's part, for the benchmark
      if (mine !== generation) return;
      renderFacets(result.facets);
      await renderResults(result, mine);
      if (mine !== generation) return;
      const nothing = foundNothing(result);
      if (!nothing) showNothingFound(false);
      setStatus(statusFor(result), statusDelay, () => showNothingFound(nothing));
      root.dataset.state = 'ready';
      performance.mark('kring:search-ready');  // when results appeared, for DevTools and the benchmark
    } catch (error) {
      if (mine !== generation) return;
      showNothingFound(false);
      setStatus([texts.error ?? root.dataset.errorText], 0);
      root.dataset.state = 'error';
      throw error;
    }
  };

  input.addEventListener('input', () => {
    state.query = input.value;
    shown = PAGE_SIZE;
    clearTimeout(inputTimer);
    // screen readers hear the count once typing pauses, not on every key
    inputTimer = setTimeout(() => run(true, 700), 60);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state.query = input.value;
    shown = PAGE_SIZE;
    run(false, 0);
  });
  run(false, 0);
}
