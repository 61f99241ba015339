#!/usr/bin/env node
// Inference time of .tflite models in TFLite's interpreter (XNNPACK, one
// thread; @tensorflow/tfjs-tflite), e.g. the optimized and the
// --layout=naive conversion of one model, in one process on the same inputs,
// timed in turns after warm-up runs as tfjs_speed.mjs does; each model's
// median is printed.
// usage: tflite_speed.mjs RUNS MODEL.tflite [MODEL.tflite ...]   (one line per model)
import {tf} from '../utils/verify/graphdef.mjs';
import {loadTFLite} from '../utils/verify/tflite.mjs';

const [runs, ...files] = process.argv.slice(2);
const models = [];
for (const file of files) {
  const {execute, placeholders, nodes, transposes} = await loadTFLite(file);
  const feeds = {};
  for (const ph of placeholders) {
    const shape = ph.attr.shape.shape.dim.map((d) => d.size);
    feeds[ph.name] = tf.randomUniform(shape, -1, 1, 'float32', 0);
  }
  models.push({file, execute, feeds, nodes, transposes, samples: []});
}
const time = async ({execute, feeds}) => {
  const start = performance.now();
  const results = await execute(feeds);
  await Promise.all(results.map((t) => t.data()));
  tf.dispose(results);
  return performance.now() - start;
};
for (let i = 0; i < 3; ++i)
  for (const m of models) await time(m);
for (let i = 0; i < Number(runs); ++i)
  for (const m of models) m.samples.push(await time(m));
for (const {file, samples, nodes, transposes} of models) {
  samples.sort((a, b) => a - b);
  console.log(`${file} operators=${nodes} transposes=${transposes} ` +
              `median_ms=${samples[samples.length >> 1].toFixed(2)} runs=${runs}`);
}
