// Runs a .tflite model in TensorFlow Lite's own interpreter: the npm package
// @tensorflow/tfjs-tflite is TFLite's C++ interpreter (with the XNNPACK
// delegate) compiled to WebAssembly. It was built for browsers; four shims
// let Node.js load its single-threaded build from the package's wasm/ folder
// (a fifth fixes its reading of scalar shapes; outputs are read after
// inference, see execute). Its int64 inputs and outputs
// are not usable: TensorFlow.js has no int64, and the package copies them
// wrongly.
// The model's interface and operator counts are read from the file with a
// reader of our own (flatbuffer tables by field position), independently of
// t2t's exporter.
import {createRequire} from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import {tf} from './graphdef.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const wasmDir = path.join(here, 'node_modules/@tensorflow/tfjs-tflite/wasm') + '/';

let tflite;
function interpreter() {
  if (tflite) return tflite;
  // 1. No SharedArrayBuffer: the package picks its single-threaded build
  //    (the threaded one needs Workers).
  delete globalThis.SharedArrayBuffer;
  // (And no streaming compile of a fetch response, which Node's wants real.)
  delete WebAssembly.instantiateStreaming;
  // 2. The browser globals it reads.
  globalThis.navigator ??= {userAgent: 'node', hardwareConcurrency: 2};
  globalThis.self = globalThis;
  globalThis.location = {origin: 'file://', href: `file://${wasmDir}`};
  const local = (url) => path.join(wasmDir, path.basename(String(url)));
  // 3. fetch of its .wasm from the package folder.
  globalThis.fetch = async (url) => {
    const bytes = fs.readFileSync(local(url));
    return {ok: true, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)};
  };
  // 4. importScripts of its loader script, from the same folder.
  globalThis.importScripts = (...urls) => urls.forEach((u) => (0, eval)(fs.readFileSync(local(u), 'utf8')));
  tflite = require('@tensorflow/tfjs-tflite/dist/tf-tflite.node.js');
  tflite.setWasmPath(wasmDir);
  // 5. The package reads a scalar's shape "" as [0]: it is [].
  tflite.TFLiteModel.prototype.getShapeFromTFLiteTensorInfo = (info) =>
    info.shape === '' ? [] : info.shape.split(',').map(Number);
  return tflite;
}

/// A flatbuffer table at `pos` of `bytes`: field(i) is the absolute position
/// of field i (0 when absent).
function table(view, pos) {
  const vtable = pos - view.getInt32(pos, true);
  const vsize = view.getUint16(vtable, true);
  return {
    pos,
    field(i) {
      const at = 4 + 2 * i;
      const off = at < vsize ? view.getUint16(vtable + at, true) : 0;
      return off ? pos + off : 0;
    },
  };
}
const deref = (view, at) => at + view.getUint32(at, true);
function vector(view, t, i) {
  const at = t.field(i);
  if (!at) return {length: 0, start: 0};
  const v = deref(view, at);
  return {length: view.getUint32(v, true), start: v + 4};
}
function string(view, t, i) {
  const {length, start} = vector(view, t, i);
  return Buffer.from(view.buffer, view.byteOffset + start, length).toString('utf8');
}
const ints = (view, t, i) => {
  const {length, start} = vector(view, t, i);
  return Array.from({length}, (_, k) => view.getInt32(start + 4 * k, true));
};
const tables = (view, t, i) => {
  const {length, start} = vector(view, t, i);
  return Array.from({length}, (_, k) => table(view, deref(view, start + 4 * k)));
};

const TENSOR_DTYPE = {0: 'DT_FLOAT', 2: 'DT_INT32', 4: 'DT_INT64', 6: 'DT_BOOL'};
const BUILTIN_TRANSPOSE = 39;

/// The model's subgraph 0: inputs as GraphDef-like placeholders (name,
/// dtype, the shape written: the web runner cannot resize), output names,
/// operator count and TRANSPOSE count.
export function readTFLite(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (Buffer.from(bytes.subarray(4, 8)).toString() !== 'TFL3') throw new Error('not a TFLite model (no TFL3 identifier)');
  const model = table(view, deref(view, 0));
  const codes = tables(view, model, 1).map((c) => {
    const deprecated = c.field(0) ? view.getInt8(c.field(0)) : 0;
    const code = c.field(3) ? view.getInt32(c.field(3), true) : 0;
    return Math.max(deprecated, code);
  });
  const subgraph = tables(view, model, 2)[0];
  const tensors = tables(view, subgraph, 0);
  const describe = (index) => {
    const t = tensors[index];
    const type = t.field(1) ? view.getInt8(t.field(1)) : 0;
    return {name: string(view, t, 3), dtype: TENSOR_DTYPE[type], shape: ints(view, t, 0),
            signature: ints(view, t, 7)};
  };
  const operators = tables(view, subgraph, 3);
  const opcodes = operators.map((o) => codes[o.field(0) ? view.getUint32(o.field(0), true) : 0]);
  const inputs = ints(view, subgraph, 1).map(describe);
  const outputs = ints(view, subgraph, 2).map(describe);
  return {inputs, outputs, nodes: operators.length,
          transposes: opcodes.filter((c) => c === BUILTIN_TRANSPOSE).length};
}

/// A .tflite file loaded into TFLite's interpreter (one thread), with the
/// interface verify.mjs uses for GraphDefs.
export async function loadTFLite(file) {
  const bytes = fs.readFileSync(file);
  const info = readTFLite(bytes);
  const tfliteModule = interpreter();
  const model = await tfliteModule.loadTFLiteModel(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), {numThreads: 1});
  const placeholders = info.inputs.map((i) => ({
    name: i.name,
    attr: {dtype: {type: i.dtype}, shape: {shape: {dim: i.shape.map((size) => ({size}))}}},
  }));
  const outputs = info.outputs.map((o) => o.name);
  // The package's predict() takes its output views before inference, stale
  // once a dynamic tensor (a loop's growing value) moved the arena: the
  // outputs are read after infer() here. All are computed; `names` picks
  // and orders them.
  const runner = model.modelRunner;
  const execute = async (feeds, names = outputs) => {
    runner.getInputs().forEach((input, i) => model.setModelInputFromTensor(input, feeds[info.inputs[i].name]));
    if (!runner.infer()) throw new Error('TFLite inference failed');
    const all = runner.getOutputs().map((o) => {
      const data = o.data();
      const values = ['int8', 'int16', 'uint32'].includes(o.dataType) ? Int32Array.from(data)
                   : o.dataType === 'float64' ? Float32Array.from(data) : data.slice();
      return tf.tensor(values, model.getShapeFromTFLiteTensorInfo(o));
    });
    return names.map((name) => all[outputs.indexOf(name)]);
  };
  return {model, execute, placeholders, outputs, nodes: info.nodes, transposes: info.transposes};
}
