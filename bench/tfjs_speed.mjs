#!/usr/bin/env node
// Inference time of t2t GraphDefs in TensorFlow.js (CPU backend), e.g. the
// optimized and the --layout=naive conversion of one model, in one process
// on the same inputs: warm-up runs, then the median of timed runs.
// usage: tfjs_speed.mjs cpu|wasm RUNS GRAPH.pb [GRAPH.pb ...]   (one line per graph)
import {loadGraphDef, tf, useBackend} from '../utils/verify/graphdef.mjs';

const [backend, runs, ...graphs] = process.argv.slice(2);
await useBackend(backend);
for (const file of graphs) {
  const {model, placeholders, outputs} = await loadGraphDef(file);
  const feeds = {};
  for (const ph of placeholders) {
    const shape = (ph.attr.shape.shape.dim ?? []).map((d) => Math.max(1, Number(d.size)));
    feeds[ph.name] = tf.randomUniform(shape, -1, 1, 'float32', 0);
  }
  const time = async () => {
    const start = performance.now();
    const out = model.execute(feeds, outputs);
    await Promise.all((Array.isArray(out) ? out : [out]).map((t) => t.data()));
    return performance.now() - start;
  };
  for (let i = 0; i < 2; ++i) await time();
  const samples = [];
  for (let i = 0; i < Number(runs); ++i) samples.push(await time());
  samples.sort((a, b) => a - b);
  console.log(`${file} backend=${backend} median_ms=${samples[samples.length >> 1].toFixed(1)} runs=${runs}`);
}
