#!/usr/bin/env node
// Side-by-side numeric extraction: Microsoft Recognizers-Text against factdiff, on the same texts.
//
//   node recognizers_peer.js --corpus ../shared/corpus --fixtures fixtures --factdiff build/factdiff
//
// Throughput: every article of the corpus through the peer's number, age, dimension, currency
// and date-time models (model construction timed apart), and through `factdiff extract` (one
// process over every cluster, start-up included). Gold: every numeric claim of the fixtures'
// gold.yaml, located in its article by its text (and occurrence); a claim is found when a result
// span overlaps it. The peer has no notion of what a number counts, so both sides are scored on
// span overlap alone; `factdiff bench` scores factdiff on values and predicates as well.
'use strict';

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const yaml = require('js-yaml');
const { NumberRecognizer } = require('@microsoft/recognizers-text-number');
const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit');
const { DateTimeRecognizer } = require('@microsoft/recognizers-text-date-time');

function parseArguments(argv) {
  const options = { corpus: '', fixtures: 'fixtures', factdiff: '', json: '', 'all-corpus': 'no' };
  for (let i = 2; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in options) || i + 1 >= argv.length) {
      throw new Error('usage: recognizers_peer.js --corpus DIR [--fixtures DIR] [--factdiff BIN] [--json FILE] [--all-corpus yes]');
    }
    options[key] = argv[i + 1];
  }
  if (!options.corpus) throw new Error('--corpus DIR is required');
  return options;
}

function seconds(start) {
  const [s, ns] = process.hrtime(start);
  return s + ns / 1e9;
}

function readYaml(file) {
  return yaml.load(fs.readFileSync(file, 'utf8')) || {};
}

// Every corpus article: { cluster, file, id, bytes, published }.
function corpusArticles(corpusDir) {
  const articles = [];
  for (const cluster of fs.readdirSync(corpusDir).sort()) {
    const folder = path.join(corpusDir, cluster);
    if (!fs.existsSync(path.join(folder, 'cluster.yaml'))) continue;
    const meta = readYaml(path.join(folder, 'cluster.yaml'));
    const dates = {};
    for (const article of meta.articles || []) dates[article.file] = article.dct || article.published || '';
    for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
      articles.push({
        cluster, file, id: file.replace(/\.txt$/, ''), folder,
        bytes: fs.readFileSync(path.join(folder, file)), published: String(dates[file] || ''),
      });
    }
  }
  return articles;
}

function buildModels() {
  const culture = 'en-us';
  const units = new NumberWithUnitRecognizer(culture);
  return {
    number: new NumberRecognizer(culture).getNumberModel(),
    age: units.getAgeModel(),
    dimension: units.getDimensionModel(),
    currency: units.getCurrencyModel(),
    datetime: new DateTimeRecognizer(culture).getDateTimeModel(),
  };
}

// Peer results of one text as byte spans [start, end).
function peerSpans(models, bytes, published) {
  const text = bytes.toString('utf8');
  const reference = published ? new Date(published) : new Date(2017, 0, 1);
  const spans = [];
  for (const [name, model] of Object.entries(models)) {
    const results = name === 'datetime' ? model.parse(text, reference) : model.parse(text);
    for (const result of results) {
      // Recognizers report UTF-16 indexes with an inclusive end.
      const start = Buffer.byteLength(text.slice(0, result.start), 'utf8');
      const end = start + Buffer.byteLength(text.slice(result.start, result.end + 1), 'utf8');
      spans.push({ start, end, model: name });
    }
  }
  return spans;
}

// Gold numeric claims of every fixture with a gold.yaml, located as byte spans per document.
function goldDocuments(fixturesDir, corpusDir) {
  const documents = [];
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(folder, entry.name));
    }
    const goldFile = path.join(folder, 'gold.yaml');
    if (!fs.existsSync(goldFile) || !fs.existsSync(path.join(folder, 'cluster.yaml'))) return;
    const cluster = readYaml(path.join(folder, 'cluster.yaml'));
    const source = cluster.corpus ? path.join(corpusDir, cluster.corpus) : folder;
    if (!fs.existsSync(source)) return;
    const gold = readYaml(goldFile);
    for (const [id, annotations] of Object.entries(gold.documents || {})) {
      const file = path.join(source, id + '.txt');
      if (!fs.existsSync(file)) continue;
      const bytes = fs.readFileSync(file);
      const locate = (item) => {
        const needle = Buffer.from(String(item.text), 'utf8');
        let at = -1;
        for (let seen = 0; seen < (item.occurrence || 1); ++seen) {
          at = bytes.indexOf(needle, at + 1);
          if (at < 0) return null;
        }
        return { start: at, end: at + needle.length, text: String(item.text) };
      };
      const claims = (annotations.numeric || []).map(locate).filter(Boolean);
      const notClaims = (annotations.not_claims || []).map((item) =>
        locate(typeof item === 'string' ? { text: item } : item)).filter(Boolean);
      documents.push({ fixture: path.relative(fixturesDir, folder), id, source, file, bytes, claims, notClaims });
    }
  };
  walk(fixturesDir);
  return documents;
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

// Recall of gold claims by span overlap, and the share of results that overlap a gold claim.
function scoreSpans(goldDocs, spansOf) {
  const score = { gold: 0, found: 0, results: 0, onGold: 0, onNotClaims: 0 };
  for (const doc of goldDocs) {
    const spans = spansOf(doc);
    score.gold += doc.claims.length;
    score.found += doc.claims.filter((claim) => spans.some((span) => overlaps(span, claim))).length;
    score.results += spans.length;
    score.onGold += spans.filter((span) => doc.claims.some((claim) => overlaps(span, claim))).length;
    score.onNotClaims += spans.filter((span) => doc.notClaims.some((item) => overlaps(span, item))).length;
  }
  return score;
}

const NUMERIC_KINDS = new Set(['count', 'measure', 'money', 'percent', 'age', 'duration', 'date', 'time']);

// factdiff's numeric claims per document of one folder, through `factdiff extract --format json`.
function factdiffClaims(binary, folder) {
  const output = execFileSync(binary, ['extract', '--format', 'json', folder],
                              { maxBuffer: 1 << 30, encoding: 'utf8' });
  const report = JSON.parse(output);
  const byDoc = {};
  for (const claim of report.claims || []) {
    if (!NUMERIC_KINDS.has(claim.kind)) continue;
    (byDoc[claim.doc] = byDoc[claim.doc] || []).push({ start: claim.start, end: claim.end });
  }
  return byDoc;
}

function factdiffThroughput(binary, corpusDir, articles) {
  const folders = [...new Set(articles.map((a) => a.folder))];
  const startup = process.hrtime();
  execFileSync(binary, ['extract', '--format', 'json', articles[0].folder], { maxBuffer: 1 << 30 });
  const oneCluster = seconds(startup);
  const start = process.hrtime();
  execFileSync(binary, ['extract', '--format', 'json', ...folders], { maxBuffer: 1 << 30 });
  return { seconds: seconds(start), one_cluster_seconds: oneCluster };
}

function line(name, score, throughput) {
  const pct = (a, b) => (b === 0 ? '-' : (100 * a / b).toFixed(1) + '%');
  return `${name.padEnd(22)} ${(throughput.mb_per_second.toPrecision(3) + ' MB/s').padStart(13)} ` +
    `${(throughput.documents_per_second.toFixed(1) + ' doc/s').padStart(13)}   ` +
    `gold found ${String(score.found).padStart(4)}/${score.gold} (${pct(score.found, score.gold)})   ` +
    `results ${String(score.results).padStart(5)}, on gold ${pct(score.onGold, score.results)}, ` +
    `on not_claims ${score.onNotClaims}`;
}

function main() {
  const options = parseArguments(process.argv);
  const articles = corpusArticles(options.corpus);
  const totalBytes = articles.reduce((sum, a) => sum + a.bytes.length, 0);
  const published = new Map(articles.map((a) => [path.join(a.folder, a.file), a.published]));
  const goldDocs = goldDocuments(options.fixtures, options.corpus);
  const goldBytes = goldDocs.reduce((sum, d) => sum + d.bytes.length, 0);

  const initStart = process.hrtime();
  const models = buildModels();
  const initSeconds = seconds(initStart);
  // One warm-up text so lazy regex compilation is not charged to the first article.
  peerSpans(models, Buffer.from('5 people were killed on Friday, Nov. 13, 2015.'), '2015-11-16');
  // The peer takes about a second per article, so it is timed on the gold documents (the
  // texts it is scored on), not on the whole corpus; --all-corpus times every article too.
  const peerStart = process.hrtime();
  const peerSpansOf = new Map();
  for (const doc of goldDocs) peerSpansOf.set(doc.file, peerSpans(models, doc.bytes, published.get(doc.file) || ''));
  const peerSeconds = seconds(peerStart);
  const peerScore = scoreSpans(goldDocs, (doc) => peerSpansOf.get(doc.file));
  const peerThroughput = {
    texts: 'gold documents', seconds: peerSeconds, init_seconds: initSeconds,
    mb_per_second: goldBytes / 1e6 / peerSeconds, documents_per_second: goldDocs.length / peerSeconds,
  };

  const result = {
    schema: 'factdiff.peers/1',
    corpus: { documents: articles.length, bytes: totalBytes },
    gold: { documents: goldDocs.length, bytes: goldBytes, claims: goldDocs.reduce((n, d) => n + d.claims.length, 0) },
    recognizers: { throughput: peerThroughput, score: peerScore },
  };
  if (options.factdiff) {
    // The same gold documents: one process per fixture folder, start-up included.
    const sources = [...new Set(goldDocs.map((d) => d.source))];
    const claimsBySource = new Map();
    const start = process.hrtime();
    for (const source of sources) claimsBySource.set(source, factdiffClaims(options.factdiff, source));
    const goldSeconds = seconds(start);
    const factdiffScore = scoreSpans(goldDocs, (doc) => claimsBySource.get(doc.source)[doc.id] || []);
    const corpusFolders = [...new Set(articles.map((a) => a.folder))];
    const corpusStart = process.hrtime();
    execFileSync(options.factdiff, ['extract', '--format', 'json', ...corpusFolders], { maxBuffer: 1 << 30 });
    const corpusSeconds = seconds(corpusStart);
    // The folders of the gold documents hold a few documents without gold; count their bytes too.
    const sourceBytes = articles.filter((a) => sources.includes(a.folder)).reduce((n, a) => n + a.bytes.length, 0) ||
      goldBytes;
    const sourceDocs = articles.filter((a) => sources.includes(a.folder)).length || goldDocs.length;
    result.factdiff = {
      throughput: {
        texts: 'gold fixture folders', seconds: goldSeconds, processes: sources.length,
        mb_per_second: sourceBytes / 1e6 / goldSeconds, documents_per_second: sourceDocs / goldSeconds,
      },
      corpus_throughput: {
        texts: 'whole corpus, one process', seconds: corpusSeconds,
        mb_per_second: totalBytes / 1e6 / corpusSeconds, documents_per_second: articles.length / corpusSeconds,
      },
      score: factdiffScore,
    };
  }
  if (options['all-corpus'] === 'yes') {
    const start = process.hrtime();
    for (const article of articles) peerSpans(models, article.bytes, article.published);
    const allSeconds = seconds(start);
    result.recognizers.corpus_throughput = {
      texts: 'whole corpus', seconds: allSeconds,
      mb_per_second: totalBytes / 1e6 / allSeconds, documents_per_second: articles.length / allSeconds,
    };
  }

  console.log(`corpus: ${articles.length} documents, ${(totalBytes / 1e6).toFixed(2)} MB; gold: ` +
              `${result.gold.claims} numeric claims in ${result.gold.documents} documents ` +
              `(${(goldBytes / 1e6).toFixed(2)} MB)`);
  console.log(line('recognizers-text', peerScore, peerThroughput) +
              `   (gold documents; model set-up ${initSeconds.toFixed(2)} s not counted)`);
  if (result.recognizers.corpus_throughput) {
    const t = result.recognizers.corpus_throughput;
    console.log(`recognizers-text whole corpus: ${t.mb_per_second.toFixed(3)} MB/s, ` +
                `${t.documents_per_second.toFixed(2)} doc/s (${t.seconds.toFixed(1)} s)`);
  }
  if (result.factdiff) {
    const f = result.factdiff;
    console.log(line('factdiff extract', f.score, f.throughput) +
                `   (gold fixture folders, ${f.throughput.processes} processes, start-up included)`);
    console.log(`factdiff extract whole corpus: ${f.corpus_throughput.mb_per_second.toFixed(2)} MB/s, ` +
                `${f.corpus_throughput.documents_per_second.toFixed(1)} doc/s ` +
                `(${f.corpus_throughput.seconds.toFixed(2)} s, one process)`);
  }
  if (options.json) fs.writeFileSync(options.json, JSON.stringify(result, null, 2) + '\n');
}

main();
