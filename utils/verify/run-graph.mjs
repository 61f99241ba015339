#!/usr/bin/env node
// Runs a GraphDef in TensorFlow.js, or a .tflite in TFLite's interpreter, on
// given inputs and compares its outputs with expected values computed
// elsewhere (for graphs written directly in the tfl dialect, which have no
// ONNX model to compare with).
//
// usage: run-graph.mjs GRAPH.pb|MODEL.tflite DATA.json [--rtol R]
// DATA.json: {"inputs":  {NAME: {"shape": [...], "dtype": "float32|int32|bool", "values": [...]}},
//             "outputs": {NAME: {"shape": [...], "values": [...]}}}
// An output matches when its shape is the expected one and
// max |got - want| <= rtol * max |want| (rtol 1e-5 by default).
// Exit status: 0 all outputs match, 1 a mismatch, 2 an error.
import fs from 'node:fs';

import {loadGraphDef, tf} from './graphdef.mjs';
import {loadTFLite} from './tflite.mjs';

function parseArgs(argv) {
  const args = {rtol: 1e-5, positional: []};
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--rtol') args.rtol = Number(argv[++i]);
    else args.positional.push(argv[i]);
  }
  if (args.positional.length !== 2) {
    console.error('usage: run-graph.mjs GRAPH.pb DATA.json [--rtol R]');
    process.exit(2);
  }
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const [graphPath, dataPath] = args.positional;
  const data = JSON.parse(fs.readFileSync(dataPath, 'utf8'));
  await tf.setBackend('cpu');
  const load = graphPath.endsWith('.tflite') ? loadTFLite : loadGraphDef;
  const {execute, placeholders, outputs} = await load(graphPath);

  const feeds = {};
  for (const ph of placeholders) {
    const given = data.inputs[ph.name];
    if (!given) throw new Error(`no value given for input '${ph.name}'`);
    feeds[ph.name] = tf.tensor(given.values, given.shape, given.dtype ?? 'float32');
  }
  const expectedNames = Object.keys(data.outputs);
  const missing = expectedNames.filter((n) => !outputs.includes(n));
  if (missing.length) throw new Error(`the graph has no output named ${missing.join(', ')}`);
  let got = await execute(feeds, expectedNames);
  if (!Array.isArray(got)) got = [got];

  let failed = false, worst = 0;
  for (const [k, name] of expectedNames.entries()) {
    const want = data.outputs[name];
    const out = got[k];
    if (out.shape.join('x') !== want.shape.join('x')) {
      console.log(`output '${name}' MISMATCH: shape [${out.shape}] instead of [${want.shape}]`);
      failed = true;
      continue;
    }
    const values = Array.from(await out.data(), Number);
    let maxErr = 0, maxRef = 0;
    for (let i = 0; i < values.length; ++i) {
      maxErr = Math.max(maxErr, Math.abs(values[i] - want.values[i]));
      maxRef = Math.max(maxRef, Math.abs(want.values[i]));
    }
    const rel = maxErr / Math.max(maxRef, 1e-30);
    const ok = Number.isFinite(maxErr) && !values.some(Number.isNaN) && rel <= args.rtol;
    worst = Math.max(worst, rel);
    failed ||= !ok;
    console.log(`output '${name}' ${ok ? 'ok' : 'MISMATCH'}: max|err| ${maxErr.toExponential(3)}, ` +
                `max|ref| ${maxRef.toExponential(3)}, rel ${rel.toExponential(3)} (rtol ${args.rtol})`);
  }
  console.log(`${failed ? 'FAIL' : 'PASS'}: worst relative error ${worst.toExponential(3)}`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(`run-graph: ${e.message}`);
  process.exit(2);
});
