#!/usr/bin/env node
// The conversion check: runs an ONNX model with onnxruntime and its t2t
// GraphDef with TensorFlow.js (CPU), or its .tflite in TFLite's interpreter
// (tflite.mjs; at the input sizes written), on the same seeded random
// inputs, and reports per-output max |error| and max |error| / max |reference|.
//
// usage: verify.mjs MODEL.onnx GRAPH.pb|MODEL.tflite [--io-layout nhwc|nchw] [--batch N]
//                   [--dims D,...] [--seed N] [--rtol R] [--runs K]
//                   [--set NAME=VALUE ...] [--per-op MAP.json]
// --dims gives the inputs' dynamic dims after the batch, in order (an NHWC
// image with a symbolic height and width: --dims H,W); --set fills input
// NAME with VALUE instead of random values (a sample rate, a flag); an ONNX
// input the graph does not have (bound with t2t-convert --bind) must be set.
// --per-op compares every ONNX node's output with its GraphDef node or TFLite
// tensor (the map from t2t-convert --map; a .tflite converted with --map
// outputs those tensors; per-op.mjs) and names the first diverging node.
// Exit status: 0 all outputs (and nodes) match, 1 a mismatch, 2 an error.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import ort from 'onnxruntime-node';

import fs from 'node:fs';
import protobuf from 'protobufjs';

import {TFJS_DTYPE, loadGraphDef} from './graphdef.mjs';
import {perOpReport} from './per-op.mjs';
import {loadTFLite} from './tflite.mjs';

/// A TensorFlow node name for an ONNX name, as t2t's exporter makes it.
const sanitize = (name) => {
  const out = name.replace(/[^A-Za-z0-9_./]/g, '_');
  return /^[A-Za-z0-9.]/.test(out) ? out : 'n' + out;
};

/// onnxruntime tensors of the ONNX inputs the graph does not have (bound to
/// constants when converted), every element `args.set[name]`.
async function boundFeeds(onnxPath, names, set) {
  const root = await protobuf.load('/usr/include/onnx/onnx.proto');
  const model = root.lookupType('onnx.ModelProto').decode(fs.readFileSync(onnxPath));
  const feeds = {};
  for (const name of names) {
    if (!(name in set)) throw new Error(`the graph has no input '${name}': give its value with --set`);
    const input = model.graph.input.find((i) => i.name === name);
    const shape = (input.type.tensorType.shape?.dim ?? []).map((d) => Number(d.dimValue));
    const count = shape.reduce((a, b) => a * b, 1), v = set[name];
    const elem = input.type.tensorType.elemType;
    feeds[name] = elem === 7 ? new ort.Tensor('int64', BigInt64Array.from({length: count}, () => BigInt(v)), shape)
                : elem === 6 ? new ort.Tensor('int32', Int32Array.from({length: count}, () => v), shape)
                : elem === 9 ? new ort.Tensor('bool', Uint8Array.from({length: count}, () => v), shape)
                : new ort.Tensor('float32', Float32Array.from({length: count}, () => v), shape);
  }
  return feeds;
}

function parseArgs(argv) {
  const args = {ioLayout: 'nhwc', batch: 1, seed: 0, rtol: 1e-4, runs: 1, dims: [], set: {},
                positional: []};
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    const value = () => argv[++i];
    if (a === '--io-layout') args.ioLayout = value();
    else if (a === '--batch') args.batch = Number(value());
    else if (a === '--dims') args.dims = value().split(',').map(Number);
    else if (a === '--seed') args.seed = Number(value());
    else if (a === '--rtol') args.rtol = Number(value());
    else if (a === '--runs') args.runs = Number(value());
    else if (a === '--per-op') args.perOp = value();
    else if (a === '--set') {
      const [name, v] = value().split('=');
      args.set[name] = Number(v);
    }
    else args.positional.push(a);
  }
  if (args.positional.length !== 2) {
    console.error('usage: verify.mjs MODEL.onnx GRAPH.pb [--io-layout nhwc|nchw] [--batch N] [--dims D,...] [--seed N] [--rtol R] [--set NAME=VALUE]');
    process.exit(2);
  }
  return args;
}

// Deterministic inputs: mulberry32, uniform in [-1, 1).
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  };
}

const toNCHW = (t) => (t.rank === 4 ? tf.transpose(t, [0, 3, 1, 2]) : t);
const toNHWC = (t) => (t.rank === 4 ? tf.transpose(t, [0, 2, 3, 1]) : t);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const [onnxPath, graphPath] = args.positional;
  await tf.setBackend('cpu');
  const tflite = graphPath.endsWith('.tflite');
  const {execute, placeholders, nodes, transposes} = await (tflite ? loadTFLite : loadGraphDef)(graphPath);
  console.log(tflite ? `tflite: ${nodes} operators, ${transposes} TRANSPOSE`
                     : `graph: ${nodes} nodes, ${transposes} Transpose`);
  // The reference runs unoptimized: onnxruntime 1.20's Pad+AveragePool fusion
  // drops count_include_pad semantics (seen on torch's AvgPool2d exports).
  const session = await ort.InferenceSession.create(onnxPath, {graphOptimizationLevel: 'disabled'});
  const nhwc = args.ioLayout === 'nhwc';
  let worst = 0, failed = false;
  const graphInputs = new Set(placeholders.map((ph) => ph.name));
  const fedNames = session.inputNames.filter((n) => graphInputs.has(sanitize(n)));
  const bound = session.inputNames.filter((n) => !graphInputs.has(sanitize(n)));
  const boundValues = bound.length ? await boundFeeds(onnxPath, bound, args.set) : {};
  const onnxNames = fedNames.length === placeholders.length ? fedNames : session.inputNames;

  for (let run = 0; run < args.runs; ++run) {
    const next = random(args.seed + run);
    const tfFeeds = {}, ortFeeds = {...boundValues};
    const given = [...args.dims];
    for (const [i, ph] of placeholders.entries()) {
      const dims = ph.attr.shape.shape.dim ?? [];
      const shape = dims.map((d, k) =>
        Number(d.size) >= 0 ? Number(d.size) : k === 0 ? args.batch : given.length ? given.shift() : NaN);
      if (shape.some(Number.isNaN)) {
        throw new Error(`input '${ph.name}' has a dynamic non-batch dim: give its size with --dims`);
      }
      const dtype = TFJS_DTYPE[ph.attr.dtype.type];
      const count = shape.reduce((a, b) => a * b, 1);
      const values = Float32Array.from({length: count}, next);
      let t = tf.tensor(values, shape, 'float32');
      if (ph.name in args.set) t = tf.fill(shape, args.set[ph.name], dtype);
      else if (dtype !== 'float32') t = tf.cast(tf.round(tf.mul(t, 4)), dtype);
      tfFeeds[ph.name] = t;
      const onnxT = nhwc ? toNCHW(t) : t;
      const onnxName = onnxNames[i];
      const data = await onnxT.data();
      ortFeeds[onnxName] = ph.attr.dtype.type === 'DT_INT64'
          ? new ort.Tensor('int64', BigInt64Array.from(data, (v) => BigInt(v)), onnxT.shape)
          : ph.attr.dtype.type === 'DT_BOOL' ? new ort.Tensor('bool', Uint8Array.from(data), onnxT.shape)
          : new ort.Tensor(dtype === 'float32' ? 'float32' : 'int32', data, onnxT.shape);
    }
    if (args.perOp && run === 0) {
      const ok = await perOpReport({onnxPath, mapPath: args.perOp, ortFeeds, rtol: args.rtol,
                                    runGraph: async (names) => {
                                      const out = await execute(tfFeeds, names);
                                      return Array.isArray(out) ? out : [out];
                                    }});
      failed ||= !ok;
    }
    const expected = await session.run(ortFeeds);
    let got = await execute(tfFeeds);
    if (!Array.isArray(got)) got = [got];
    for (const [k, name] of session.outputNames.entries()) {
      const ref = expected[name];
      const out = nhwc ? toNCHW(got[k]) : got[k];
      const refT = tf.tensor(Array.from(ref.data, Number), ref.dims.map(Number), 'float32');
      if (out.shape.join('x') !== refT.shape.join('x')) {
        console.log(`output '${name}': shape ${out.shape} differs from ONNX ${refT.shape}`);
        failed = true;
        continue;
      }
      const maxAbs = (await tf.max(tf.abs(tf.sub(tf.cast(out, 'float32'), refT))).data())[0];
      const maxRef = (await tf.max(tf.abs(refT)).data())[0];
      const rel = maxAbs / Math.max(maxRef, 1e-12);
      worst = Math.max(worst, rel);
      const ok = rel <= args.rtol && Number.isFinite(maxAbs);
      failed ||= !ok;
      console.log(`output '${name}' ${ok ? 'ok' : 'MISMATCH'}: max|err| ${maxAbs.toExponential(3)}, ` +
                  `max|ref| ${maxRef.toExponential(3)}, rel ${rel.toExponential(3)} (rtol ${args.rtol})`);
    }
  }
  console.log(`${failed ? 'FAIL' : 'PASS'}: worst relative error ${worst.toExponential(3)}`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(`verify: ${e.message}`);
  process.exit(2);
});
