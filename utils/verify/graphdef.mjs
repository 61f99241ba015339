// Loads a t2t GraphDef (.pb) into a TensorFlow.js GraphModel: the schema is
// t2t's own lib/Export/graphdef.proto; Const values become the weights.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import {loadGraphModel} from '@tensorflow/tfjs-converter';
import protobuf from 'protobufjs';

// Re-exported so that scripts outside this package share one TensorFlow.js.
export {tf};

/// Selects TensorFlow.js's backend: 'cpu' (pure JavaScript, the verifier's)
/// or 'wasm' (XNNPACK kernels), loaded from this package on demand.
export async function useBackend(name) {
  if (name === 'wasm') await import('@tensorflow/tfjs-backend-wasm');
  if (!(await tf.setBackend(name))) throw new Error(`TensorFlow.js backend '${name}' is unavailable`);
  await tf.ready();
}

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = path.join(here, '..', '..', 'lib', 'Export', 'graphdef.proto');

export const TFJS_DTYPE = {DT_FLOAT: 'float32', DT_HALF: 'float32', DT_DOUBLE: 'float32',
                    DT_INT32: 'int32', DT_INT64: 'int32', DT_INT16: 'int32', DT_INT8: 'int32',
                    DT_UINT8: 'int32', DT_UINT16: 'int32', DT_UINT32: 'int32', DT_UINT64: 'int32',
                    DT_BOOL: 'bool'};

/// Ops TensorFlow.js runs only in GraphModel.executeAsync.
const ASYNC_OPS = new Set(['Enter', 'Switch', 'Where', 'NonMaxSuppressionV3', 'NonMaxSuppressionV4',
                           'NonMaxSuppressionV5']);

/// Const node -> typed values, from its tensor_content bytes or the *_val fields.
function constValues(tensor, content, dtype, count) {
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
      // Wider unsigned values wrap into int32 (TensorFlow.js has no uint32).
      case 'DT_UINT32': return Int32Array.from(view(Uint32Array), (v) => v | 0);
      case 'DT_UINT64': return Int32Array.from(view(BigUint64Array), (v) => Number(BigInt.asIntN(32, v)));
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
export async function loadGraphDef(file) {
  const root = await protobuf.load(schema);
  const GraphDef = root.lookupType('t2t.tensorflow.GraphDef');
  const decoded = GraphDef.decode(fs.readFileSync(file));
  // Weights stay Buffers: as JS arrays (what tfjs wants for the other bytes
  // fields) large ones exceed the array length limit.
  const contents = new Map();
  for (const node of decoded.node) {
    const tensor = node.op === 'Const' ? node.attr.value?.tensor : null;
    if (tensor?.tensorContent?.length) {
      contents.set(node.name, tensor.tensorContent);
      tensor.tensorContent = new Uint8Array(0);
    }
  }
  const graph = GraphDef.toObject(decoded, {enums: String, longs: Number, bytes: Array, defaults: false});
  const weightSpecs = [], chunks = [];
  const placeholders = [], outputs = [];
  for (const node of graph.node) {
    if (node.op === 'Placeholder') {
      placeholders.push(node);
      // TensorFlow.js turns a 0 in a Placeholder's shape into NaN and then
      // rejects every feed, even a 0-sized one: such dims are left unknown.
      for (const d of node.attr.shape?.shape?.dim ?? [])
        if (!Number(d.size)) d.size = -1; // (0 is protobuf's default: absent here)
    }
    if (node.op !== 'Const') continue;
    const tensor = node.attr.value.tensor;
    const shape = (tensor.tensorShape?.dim ?? []).map((d) => Number(d.size ?? 0)); // 0: absent (the default)
    const dtype = TFJS_DTYPE[tensor.dtype];
    if (!dtype) throw new Error(`Const '${node.name}' has dtype ${tensor.dtype}, unsupported by TensorFlow.js`);
    const values = constValues(tensor, contents.get(node.name), dtype, shape.reduce((a, b) => a * b, 1));
    weightSpecs.push({name: node.name, shape, dtype});
    chunks.push(Buffer.from(values.buffer, values.byteOffset, values.byteLength));
  }
  const consumed = new Set(graph.node.flatMap((n) => (n.input ?? []).map((i) => i.replace(/^\^/, '').split(':')[0])));
  // The outputs: Identity nodes nothing reads, but for those of a loop's or
  // branch's Switch (a loop value or pivot its region leaves unused).
  const opOf = new Map(graph.node.map((n) => [n.name, n.op]));
  const ofSwitch = (node) => opOf.get((node.input?.[0] ?? '').split(':')[0]) === 'Switch';
  for (const node of graph.node)
    if (node.op === 'Identity' && !consumed.has(node.name) && !ofSwitch(node)) outputs.push(node.name);
  const data = Buffer.concat(chunks);
  const model = await loadGraphModel(tf.io.fromMemory({
    modelTopology: {node: graph.node, library: {}, versions: graph.versions ?? {}},
    weightSpecs,
    weightData: data.buffer.slice(data.byteOffset, data.byteOffset + data.length),
  }));
  // Counted from the decoded file, independently of t2t's own statistics.
  const transposes = graph.node.filter((n) => n.op === 'Transpose').length;
  // A graph with loop frames or ops of data-dependent shape (Where) runs
  // only asynchronously in TensorFlow.js.
  const dynamic = graph.node.some((n) => ASYNC_OPS.has(n.op));
  const execute = dynamic ? (feeds, names = outputs) => model.executeAsync(feeds, names)
                          : async (feeds, names = outputs) => model.execute(feeds, names);
  return {model, execute, placeholders, outputs, nodes: graph.node.length, transposes};
}

