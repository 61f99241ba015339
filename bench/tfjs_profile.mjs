#!/usr/bin/env node
// Where a GraphDef's TensorFlow.js inference time goes: kernel time summed
// per op type (tf.profile, after warm-up runs), largest first. It shows what
// a layout change can gain at most, e.g. how much of the naive graph is
// Transpose next to the convolutions both graphs share.
// usage: tfjs_profile.mjs cpu|wasm GRAPH.pb [TOP]
import {loadGraphDef, tf, useBackend} from '../utils/verify/graphdef.mjs';

const [backend, file, top = '12'] = process.argv.slice(2);
await useBackend(backend);
const {model, placeholders, outputs} = await loadGraphDef(file);
const feeds = {};
for (const ph of placeholders) {
  const shape = (ph.attr.shape.shape.dim ?? []).map((d) => Math.max(1, Number(d.size)));
  feeds[ph.name] = tf.randomUniform(shape, -1, 1, 'float32', 0);
}
for (let i = 0; i < 3; ++i)
  tf.dispose(model.execute(feeds, outputs));
const profile = await tf.profile(() => model.execute(feeds, outputs));
const byOp = new Map();
for (const kernel of profile.kernels) {
  const entry = byOp.get(kernel.name) ?? {count: 0, ms: 0};
  entry.count += 1;
  entry.ms += kernel.kernelTimeMs;
  byOp.set(kernel.name, entry);
}
const total = [...byOp.values()].reduce((sum, e) => sum + e.ms, 0);
console.log(`${file} (${backend}): kernel time ${total.toFixed(1)} ms`);
for (const [op, {count, ms}] of [...byOp].sort((a, b) => b[1].ms - a[1].ms).slice(0, Number(top)))
  console.log(`  ${op.padEnd(20)} x${String(count).padEnd(4)} ${ms.toFixed(1).padStart(8)} ms ` +
              `${(100 * ms / total).toFixed(1).padStart(5)}%`);
