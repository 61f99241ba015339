#!/usr/bin/env node
// Injects a mistake into a GraphDef's Const, for testing verify.mjs
// --per-op: --flip negates and scales the first element (a wrong weight);
// --swap-hw swaps dims 0 and 1 of a 4-D constant's values, keeping its shape
// (a layout mistake: an HWIO filter read as WHIO).
// usage: corrupt-graphdef.mjs IN.pb OUT.pb --flip|--swap-hw CONST_NODE
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import protobuf from 'protobufjs';

const [input, output, mode, name] = process.argv.slice(2);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = await protobuf.load(path.join(here, '../../lib/Export/graphdef.proto'));
const GraphDef = root.lookupType('t2t.tensorflow.GraphDef');
const graph = GraphDef.decode(fs.readFileSync(input));
const node = graph.node.find((n) => n.name === name && n.op === 'Const');
if (!node) throw new Error(`no Const node '${name}'`);
const tensor = node.attr.value.tensor;
const content = tensor.tensorContent;
if (!content?.length) throw new Error(`Const '${name}' has no tensor_content`);
const values = new Float32Array(content.buffer.slice(content.byteOffset, content.byteOffset + content.length));
if (mode === '--flip') {
  values[0] = -10 * values[0] - 1;
} else if (mode === '--swap-hw') {
  const [h, w, ...rest] = tensor.tensorShape.dim.map((d) => Number(d.size));
  const inner = rest.reduce((a, b) => a * b, 1), copy = values.slice();
  for (let i = 0; i < h; ++i)
    for (let j = 0; j < w; ++j)
      for (let k = 0; k < inner; ++k) values[(i * w + j) * inner + k] = copy[(j * h + i) * inner + k];
} else {
  throw new Error(`unknown mode ${mode}`);
}
tensor.tensorContent = new Uint8Array(values.buffer);
fs.writeFileSync(output, GraphDef.encode(graph).finish());
