// The op-by-op check (verify.mjs --per-op MAP.json): onnxruntime with every
// mapped ONNX node's output exposed as a graph output, and the GraphDef run
// up to each corresponding node, or the .tflite's extra outputs
// (t2t-convert --map says which node output or tensor holds it, in its own
// shape: an NHWC tensor is compared with the ONNX NCHW one transposed). Reports per ONNX node, in graph order, max |error|
// and max |error| / max |reference|, the first node over the tolerance and
// its inputs' errors: a layout mistake or a wrong weight shows at the node
// that made it.
import fs from 'node:fs';
import ort from 'onnxruntime-node';
import protobuf from 'protobufjs';

import {tf} from './graphdef.mjs';

/// The ONNX node names t2t's importer gives: the node's own, else OpType_index.
const nodeName = (node, index) => node.name || `${node.opType}_${index}`;

/// `ref` laid out like `shape`: as it is, or NC... moved to N...C.
function aligned(ref, shape) {
  const same = (s) => s.length === shape.length && s.every((d, i) => d === shape[i]);
  if (same(ref.shape)) return ref;
  if (ref.rank >= 3) {
    const perm = [0, ...Array.from({length: ref.rank - 2}, (_, i) => i + 2), 1];
    const moved = tf.transpose(ref, perm);
    if (same(moved.shape)) return moved;
  }
  return null;
}

export async function perOpReport({onnxPath, mapPath, ortFeeds, runGraph, rtol}) {
  const map = JSON.parse(fs.readFileSync(mapPath, 'utf8'));
  const root = await protobuf.load('/usr/include/onnx/onnx.proto');
  const ModelProto = root.lookupType('onnx.ModelProto');
  const model = ModelProto.decode(fs.readFileSync(onnxPath));
  const nodes = model.graph.node.map((n, i) => ({name: nodeName(n, i), op: n.opType,
                                                 inputs: n.input, output: n.output[0]}));
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const producerOf = new Map(nodes.map((n) => [n.output, n]));
  const mapped = new Map(map.values.filter((v) => byName.has(v.onnx_node)).map((v) => [v.onnx_node, v]));
  const checked = nodes.filter((n) => mapped.has(n.name));
  // Nodes folded into a layer: their outputs are inside it, compared where it ends.
  const fusedInto = new Map(map.values.flatMap((v) => (v.fused ?? []).map((f) => [f, v.onnx_node])));

  // Every checked value becomes a graph output (a type is not needed:
  // onnxruntime infers it).
  const outputs = new Set(model.graph.output.map((o) => o.name));
  for (const n of checked)
    if (!outputs.has(n.output)) {
      model.graph.output.push({name: n.output});
      outputs.add(n.output);
    }
  const session = await ort.InferenceSession.create(ModelProto.encode(model).finish(),
                                                    {graphOptimizationLevel: 'disabled'});
  const expected = await session.run(ortFeeds, checked.map((n) => n.output));
  const got = await runGraph(checked.map((n) => mapped.get(n.name).output));

  const errors = new Map();
  let first = null;
  for (const [k, n] of checked.entries()) {
    const r = expected[n.output];
    const refT = tf.tensor(Array.from(r.data, Number), r.dims.map(Number), 'float32');
    const out = tf.cast(got[k], 'float32');
    const ref = aligned(refT, out.shape);
    let line;
    if (!ref) {
      errors.set(n.name, {rel: Infinity, text: `shape [${out.shape}] vs ONNX [${refT.shape}]`});
      line = `shape [${out.shape}] differs from ONNX [${refT.shape}]`;
    } else {
      const maxAbs = (await tf.max(tf.abs(tf.sub(out, ref))).data())[0];
      const maxRef = out.size ? (await tf.max(tf.abs(ref)).data())[0] : 0;
      const rel = maxAbs / Math.max(maxRef, 1e-12);
      const layout = ref === refT ? '' : ' (NHWC)';
      errors.set(n.name, {rel: Number.isFinite(maxAbs) ? rel : Infinity,
                          text: `max|err| ${maxAbs.toExponential(3)}, rel ${rel.toExponential(3)}`});
      line = `max|err| ${maxAbs.toExponential(3)}, max|ref| ${maxRef.toExponential(3)}, ` +
             `rel ${rel.toExponential(3)}${layout}`;
    }
    const over = !(errors.get(n.name).rel <= rtol);
    if (over && !first) first = n;
    console.log(`node '${n.name}' (${n.op}) ${over ? 'OVER' : 'ok'}: ${line}`);
  }
  console.log(`per-op: ${checked.length} of ${nodes.length} ONNX nodes compared (rtol ${rtol})`);
  if (!first) {
    console.log('per-op: every node within tolerance');
    return true;
  }
  console.log(`first diverging node: '${first.name}' (${first.op})`);
  for (const input of first.inputs) {
    if (!input) continue;
    const producer = producerOf.get(input);
    const e = producer && errors.get(producer.name);
    const where = !producer || e ? ''
                : fusedInto.has(producer.name) ? `, fused into '${fusedInto.get(producer.name)}'`
                : ', not compared (not mapped)';
    console.log(`  input '${input}': ${producer ? `from '${producer.name}' (${producer.op})` : 'graph input or weight'}` +
                (e ? `, ${e.text}` : where));
  }
  return false;
}
