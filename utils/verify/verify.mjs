#!/usr/bin/env node
// The conversion check: runs an ONNX model with onnxruntime and its t2t
// GraphDef with TensorFlow.js (CPU) on the same seeded random inputs, and
// reports per-output max |error| and max |error| / max |reference|.
//
// usage: verify.mjs MODEL.onnx GRAPH.pb [--io-layout nhwc|nchw] [--batch N]
//                   [--seed N] [--rtol R] [--runs K]
// Exit status: 0 all outputs match, 1 a mismatch, 2 an error.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import {loadGraphModel} from '@tensorflow/tfjs-converter';
import ort from 'onnxruntime-node';
import protobuf from 'protobufjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = path.join(here, '..', '..', 'lib', 'Export', 'graphdef.proto');

function parseArgs(argv) {
  const args = {ioLayout: 'nhwc', batch: 1, seed: 0, rtol: 1e-4, runs: 1, positional: []};
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    const value = () => argv[++i];
    if (a === '--io-layout') args.ioLayout = value();
    else if (a === '--batch') args.batch = Number(value());
    else if (a === '--seed') args.seed = Number(value());
    else if (a === '--rtol') args.rtol = Number(value());
    else if (a === '--runs') args.runs = Number(value());
    else args.positional.push(a);
  }
  if (args.positional.length !== 2) {
    console.error('usage: verify.mjs MODEL.onnx GRAPH.pb [--io-layout nhwc|nchw] [--batch N] [--seed N] [--rtol R]');
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

const TFJS_DTYPE = {DT_FLOAT: 'float32', DT_HALF: 'float32', DT_DOUBLE: 'float32',
                    DT_INT32: 'int32', DT_INT64: 'int32', DT_INT16: 'int32', DT_INT8: 'int32',
                    DT_UINT8: 'int32', DT_UINT16: 'int32', DT_BOOL: 'bool'};

/// Const node -> typed values, from tensor_content or the *_val fields.
function constValues(tensor, dtype, count) {
  const content = tensor.tensorContent;
  if (content && content.length) {
    const buf = Buffer.from(content);
    const view = (Type) => new Type(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length));
    switch (tensor.dtype) {
      case 'DT_FLOAT': return view(Float32Array);
      case 'DT_DOUBLE': return Float32Array.from(view(Float64Array));
      case 'DT_INT32': return view(Int32Array);
      case 'DT_INT64': return Int32Array.from(view(BigInt64Array), (v) => Number(v));
      case 'DT_INT16': return Int32Array.from(view(Int16Array));
      case 'DT_INT8': return Int32Array.from(view(Int8Array));
      case 'DT_UINT8': return Int32Array.from(view(Uint8Array));
      case 'DT_UINT16': return Int32Array.from(view(Uint16Array));
      case 'DT_BOOL': return Uint8Array.from(view(Uint8Array));
      default: throw new Error(`Const of ${tensor.dtype} is not supported by TensorFlow.js`);
    }
  }
  const vals = tensor.floatVal?.length ? tensor.floatVal : tensor.intVal?.length ? tensor.intVal
             : tensor.int64Val?.length ? tensor.int64Val.map(Number) : tensor.boolVal ?? [];
  const Type = dtype === 'float32' ? Float32Array : dtype === 'bool' ? Uint8Array : Int32Array;
  const out = new Type(count);
  for (let i = 0; i < count; ++i) out[i] = vals.length ? Number(vals[Math.min(i, vals.length - 1)]) : 0;
  return out;
}

/// GraphDef bytes -> a TensorFlow.js GraphModel; Const values become weights.
async function loadGraphDef(file) {
  const root = await protobuf.load(schema);
  const GraphDef = root.lookupType('t2t.tensorflow.GraphDef');
  const graph = GraphDef.toObject(GraphDef.decode(fs.readFileSync(file)),
                                  {enums: String, longs: Number, bytes: Array, defaults: false});
  const weightSpecs = [], chunks = [];
  const placeholders = [], outputs = [];
  for (const node of graph.node) {
    if (node.op === 'Placeholder') placeholders.push(node);
    if (node.op !== 'Const') continue;
    const tensor = node.attr.value.tensor;
    const shape = (tensor.tensorShape?.dim ?? []).map((d) => Number(d.size));
    const dtype = TFJS_DTYPE[tensor.dtype];
    if (!dtype) throw new Error(`Const '${node.name}' has dtype ${tensor.dtype}, unsupported by TensorFlow.js`);
    const values = constValues(tensor, dtype, shape.reduce((a, b) => a * b, 1));
    weightSpecs.push({name: node.name, shape, dtype});
    chunks.push(Buffer.from(values.buffer, values.byteOffset, values.byteLength));
  }
  const consumed = new Set(graph.node.flatMap((n) => (n.input ?? []).map((i) => i.split(':')[0])));
  for (const node of graph.node)
    if (node.op === 'Identity' && !consumed.has(node.name)) outputs.push(node.name);
  const data = Buffer.concat(chunks);
  const model = await loadGraphModel(tf.io.fromMemory({
    modelTopology: {node: graph.node, library: {}, versions: graph.versions ?? {}},
    weightSpecs,
    weightData: data.buffer.slice(data.byteOffset, data.byteOffset + data.length),
  }));
  return {model, placeholders, outputs};
}

const toNCHW = (t) => (t.rank === 4 ? tf.transpose(t, [0, 3, 1, 2]) : t);
const toNHWC = (t) => (t.rank === 4 ? tf.transpose(t, [0, 2, 3, 1]) : t);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const [onnxPath, graphPath] = args.positional;
  await tf.setBackend('cpu');
  const {model, placeholders, outputs} = await loadGraphDef(graphPath);
  // The reference runs unoptimized: onnxruntime 1.20's Pad+AveragePool fusion
  // drops count_include_pad semantics (seen on torch's AvgPool2d exports).
  const session = await ort.InferenceSession.create(onnxPath, {graphOptimizationLevel: 'disabled'});
  const nhwc = args.ioLayout === 'nhwc';
  let worst = 0, failed = false;

  for (let run = 0; run < args.runs; ++run) {
    const next = random(args.seed + run);
    const tfFeeds = {}, ortFeeds = {};
    for (const [i, ph] of placeholders.entries()) {
      const dims = ph.attr.shape.shape.dim ?? [];
      const shape = dims.map((d, k) => (Number(d.size) >= 0 ? Number(d.size) : k === 0 ? args.batch : NaN));
      if (shape.some(Number.isNaN)) throw new Error(`input '${ph.name}' has a dynamic non-batch dim`);
      const dtype = TFJS_DTYPE[ph.attr.dtype.type];
      const count = shape.reduce((a, b) => a * b, 1);
      const values = Float32Array.from({length: count}, next);
      let t = tf.tensor(values, shape, 'float32');
      if (dtype !== 'float32') t = tf.cast(tf.round(tf.mul(t, 4)), dtype);
      tfFeeds[ph.name] = t;
      const onnxT = nhwc ? toNCHW(t) : t;
      const onnxName = session.inputNames[i];
      const data = await onnxT.data();
      ortFeeds[onnxName] = ph.attr.dtype.type === 'DT_INT64'
          ? new ort.Tensor('int64', BigInt64Array.from(data, (v) => BigInt(v)), onnxT.shape)
          : ph.attr.dtype.type === 'DT_BOOL' ? new ort.Tensor('bool', Uint8Array.from(data), onnxT.shape)
          : new ort.Tensor(dtype === 'float32' ? 'float32' : 'int32', data, onnxT.shape);
    }
    const expected = await session.run(ortFeeds);
    let got = model.execute(tfFeeds, outputs);
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
