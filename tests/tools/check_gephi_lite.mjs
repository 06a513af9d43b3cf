#!/usr/bin/env node
// Checks that bilat's graph.graphml and graph.gexf load in Gephi Lite's parsers
// (graphology-graphml and graphology-gexf) and hold the expected numbers of nodes and edges.
//
// usage: node check_gephi_lite.mjs GRAPH.graphml GRAPH.gexf NODES EDGES [GEXF_EDGES]
//
// GEXF_EDGES (default EDGES) is the GEXF's edge count: the GEXF writes the facts of one kind
// between one pair as one edge with several spells, as Gephi would merge them on import.
// Run `npm install` in this folder first. Besides the counts it checks that both files are
// well-formed XML (strict parse) in valid UTF-8 without characters XML 1.0 forbids, that every
// node has a label, a kind and a colour and every edge a kind and a weight > 0, and, for the
// GEXF, the dynamic-mode header and that each dated edge's start is before its end.
// Exit status: 0 all good, 1 a problem (one message per line on stderr), 2 bad usage,
// 77 (skip) when the npm packages are not installed.

import { readFileSync } from 'node:fs';
import process from 'node:process';

const usage = 'usage: node check_gephi_lite.mjs GRAPH.graphml GRAPH.gexf NODES EDGES [GEXF_EDGES]';
const args = process.argv.slice(2);
if (args.length < 4 || args.length > 5 || !args.slice(2).every((a) => /^\d+$/.test(a))) {
  console.error(usage);
  process.exit(2);
}
const [graphmlPath, gexfPath] = args;
const wantNodes = Number(args[2]);
const wantEdges = Number(args[3]);
const wantGexfEdges = Number(args[4] ?? args[3]);

let Graph, graphml, gexf, xmldom;
try {
  Graph = (await import('graphology')).default;
  graphml = (await import('graphology-graphml')).default;
  gexf = (await import('graphology-gexf')).default;
  xmldom = (await import('@xmldom/xmldom')).default;
} catch (e) {
  console.error(`npm packages missing (run npm install in tests/tools): ${e.message}: skipped`);
  process.exit(77);
}

const problems = [];
const problem = (msg) => problems.push(msg);

// The file as text: valid UTF-8, nothing XML 1.0 forbids (Gephi and browsers reject those).
function readXml(path) {
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch (e) {
    problem(`${path}: cannot read as UTF-8: ${e.message}`);
    return null;
  }
  if (!text.startsWith('<?xml version="1.0" encoding="UTF-8"?>'))
    problem(`${path}: does not start with the UTF-8 XML declaration`);
  const bad = text.match(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  if (bad) {
    const line = text.slice(0, bad.index).split('\n').length;
    problem(`${path}: line ${line}: character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} is not allowed in XML 1.0`);
  }
  return text;
}

// A strict parse: any xmldom error or fatal error is a problem (browsers refuse such files).
function parseStrict(path, text) {
  const errors = [];
  const report = (msg) => errors.push(msg);
  const doc = new xmldom.DOMParser({
    locator: {},
    errorHandler: { warning: () => {}, error: report, fatalError: report },
  }).parseFromString(text, 'application/xml');
  for (const e of errors) problem(`${path}: XML error: ${e.split('\n')[0]}`);
  return errors.length ? null : doc;
}

function checkCounts(path, graph, edges) {
  if (graph.order !== wantNodes) problem(`${path}: ${graph.order} nodes, expected ${wantNodes}`);
  if (graph.size !== edges) problem(`${path}: ${graph.size} edges, expected ${edges}`);
}

function checkAttributes(path, graph) {
  graph.forEachNode((node, a) => {
    for (const key of ['label', 'kind', 'color'])
      if (a[key] === undefined || a[key] === '') problem(`${path}: node ${node} has no ${key}`);
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (!a.kind) problem(`${path}: edge ${edge} (${source} -> ${target}) has no kind`);
    if (!(typeof a.weight === 'number' && a.weight > 0))
      problem(`${path}: edge ${edge} (${source} -> ${target}): weight ${a.weight} is not > 0`);
  });
}

function checkGraphml(path) {
  const text = readXml(path);
  const doc = text === null ? null : parseStrict(path, text);
  if (!doc) return;
  let graph;
  try {
    graph = graphml.parse(Graph, doc);
  } catch (e) {
    problem(`${path}: graphology-graphml cannot parse it: ${e.message}`);
    return;
  }
  checkCounts(path, graph, wantEdges);
  checkAttributes(path, graph);
  graph.forEachNode((node, a) => {
    if (!(typeof a.size === 'number' && a.size > 0)) problem(`${path}: node ${node}: size ${a.size}`);
  });
}

function checkGexf(path) {
  const text = readXml(path);
  const doc = text === null ? null : parseStrict(path, text);
  if (!doc) return;
  let graph;
  try {
    graph = gexf.parse(Graph, doc);
  } catch (e) {
    problem(`${path}: graphology-gexf cannot parse it: ${e.message}`);
    return;
  }
  checkCounts(path, graph, wantGexfEdges);
  checkAttributes(path, graph);
  const g = doc.getElementsByTagName('graph')[0];
  const want = { mode: 'dynamic', timeformat: 'date', timerepresentation: 'interval' };
  for (const [k, v] of Object.entries(want))
    if (g.getAttribute(k) !== v) problem(`${path}: <graph ${k}="${g.getAttribute(k)}">, expected "${v}"`);
  const edges = doc.getElementsByTagName('edge');
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i];
    const start = e.getAttribute('start'), end = e.getAttribute('end');
    const spells = e.getElementsByTagName('spell');
    if (spells.length && (start || end))
      problem(`${path}: edge ${e.getAttribute('id')} has both spells and start/end (Gephi ignores start/end then)`);
    for (let j = 0; j < spells.length; j++) {
      const s = spells[j].getAttribute('start'), t = spells[j].getAttribute('end');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || !/^\d{4}-\d{2}-\d{2}$/.test(t) || !(s < t))
        problem(`${path}: edge ${e.getAttribute('id')}: spell [${s}, ${t}) is not a valid day interval`);
    }
    if (!start && !end) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || !/^\d{4}-\d{2}-\d{2}$/.test(end) || !(start < end))
      problem(`${path}: edge ${e.getAttribute('id')}: interval [${start}, ${end}) is not a valid day interval`);
  }
}

checkGraphml(graphmlPath);
checkGexf(gexfPath);
if (problems.length) {
  for (const p of problems.slice(0, 20)) console.error(p);
  if (problems.length > 20) console.error(`... and ${problems.length - 20} more problems`);
  process.exit(1);
}
console.log(`${graphmlPath}, ${gexfPath}: parsed by graphology-graphml and graphology-gexf, ${wantNodes} nodes, ${wantEdges} edges (${wantGexfEdges} in the GEXF)`);
