#!/usr/bin/env node
// Inference time of t2t GraphDefs in TensorFlow.js, e.g. the optimized and
// the --layout=naive conversion of one model, in one process on the same
// inputs. The graphs are timed in turns (run i of every graph, then run i+1)
// after warm-up runs, so that JIT, caches and machine load weigh on all alike;
// each graph's median is printed.
// usage: tfjs_speed.mjs cpu|wasm RUNS GRAPH.pb [GRAPH.pb ...]   (one line per graph)
import {loadGraphDef, tf, useBackend} from '../utils/verify/graphdef.mjs';

const [backend, runs, ...files] = process.argv.slice(2);
await useBackend(backend);
const graphs = [];
for (const file of files) {
  const {model, placeholders, outputs} = await loadGraphDef(file);
  const feeds = {};
  for (const ph of placeholders) {
    const shape = (ph.attr.shape.shape.dim ?? []).map((d) => Math.max(1, Number(d.size)));
    feeds[ph.name] = tf.randomUniform(shape, -1, 1, 'float32', 0);
  }
  graphs.push({file, model, feeds, outputs, samples: []});
}
const time = async ({model, feeds, outputs}) => {
  const start = performance.now();
  const out = model.execute(feeds, outputs);
  const results = Array.isArray(out) ? out : [out];
  await Promise.all(results.map((t) => t.data()));
  tf.dispose(results);
  return performance.now() - start;
};
for (let i = 0; i < 3; ++i)
  for (const g of graphs) await time(g);
for (let i = 0; i < Number(runs); ++i)
  for (const g of graphs) g.samples.push(await time(g));
for (const {file, samples} of graphs) {
  samples.sort((a, b) => a - b);
  console.log(`${file} backend=${backend} median_ms=${samples[samples.length >> 1].toFixed(1)} runs=${runs}`);
}
