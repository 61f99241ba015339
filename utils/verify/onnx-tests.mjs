#!/usr/bin/env node
// Runs ONNX backend test cases (a folder per case: model.onnx plus
// test_data_set_*/{input,output}_*.pb, as in Debian's libonnx-testdata)
// through `t2t-convert --io-layout=nchw` and TensorFlow.js, compares with the
// expected outputs, and reports passed / failed / unsupported per ONNX op.
//
// usage: onnx-tests.mjs --t2t-convert BIN [--json OUT.json] [--markdown OUT.md]
//                       [--min-pass N | --min-pass SUITE=N,...] [--filter REGEX]
//                       [--jobs N] SUITE_DIR...
// A case passes when every output has the expected shape and every element
// satisfies |got - want| <= atol + rtol * |want| (rtol 1e-3, atol 1e-7).
// Exit status: 0, or 1 when fewer cases pass than --min-pass asks (in all,
// or per suite: a suite is its folder's name) or t2t-convert
// crashed (killed by a signal) on any case; 2 on a usage error.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import protobuf from 'protobufjs';

import {loadGraphDef, tf} from './graphdef.mjs';

const RTOL = 1e-3, ATOL = 1e-7;
const ONNX_PROTO = '/usr/include/onnx/onnx.proto';

/// "N" (a minimum over all cases) or "SUITE=N,SUITE=N" (one per suite).
function parseMinimum(text) {
  if (!text.includes('=')) return {total: Number(text)};
  return Object.fromEntries(text.split(',').map((entry) => {
    const [suite, n] = entry.split('=');
    return [suite, Number(n)];
  }));
}

// The groups of t2t's unsupported-operator report, each 'OP xN (why)'.
function unsupportedGroups(stderr) {
  const lines = stderr.split('\n');
  const groups = [];
  lines.forEach((line, i) => {
    const group = /^\s+(\S+ x\d+):/.exec(line);
    if (!group) return;
    const why = /^\s+why: (.*)/.exec(lines[i + 1] || '');
    groups.push(why ? `${group[1]} (${why[1]})` : group[1]);
  });
  return groups.join(', ');
}

function parseArgs(argv) {
  const args = {suites: [], jobs: Math.max(1, os.cpus().length), minPass: {total: 0}, filter: null};
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i], value = () => argv[++i];
    if (a === '--t2t-convert') args.convert = value();
    else if (a === '--json') args.json = value();
    else if (a === '--markdown') args.markdown = value();
    else if (a === '--min-pass') args.minPass = parseMinimum(value());
    else if (a === '--filter') args.filter = new RegExp(value());
    else if (a === '--jobs') args.jobs = Number(value());
    else args.suites.push(a);
  }
  if (!args.convert || !args.suites.length) {
    console.error('usage: onnx-tests.mjs --t2t-convert BIN [--json F] [--markdown F] ' +
                  '[--min-pass N] [--filter RE] [--jobs N] SUITE_DIR...');
    process.exit(2);
  }
  return args;
}

// ONNX TensorProto.DataType -> [TensorFlow.js dtype, typed-array reader of raw_data].
const ONNX_DTYPES = {
  1: ['float32', Float32Array], 2: ['int32', Uint8Array], 3: ['int32', Int8Array],
  4: ['int32', Uint16Array], 5: ['int32', Int16Array], 6: ['int32', Int32Array],
  7: ['int32', BigInt64Array], 9: ['bool', Uint8Array], 10: ['float32', Uint16Array],
  11: ['float32', Float64Array],
  12: ['int32', Uint32Array], 13: ['int32', BigUint64Array],
};

/// IEEE 754 binary16 bits -> number.
function halfToFloat(bits) {
  const sign = bits & 0x8000 ? -1 : 1, exponent = (bits >> 10) & 0x1f, fraction = bits & 0x3ff;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 0x1f) return fraction ? NaN : sign * Infinity;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

function tensorValues(t) {
  const spec = ONNX_DTYPES[t.dataType];
  if (!spec) throw new Error(`tensor of ONNX data type ${t.dataType} is not supported`);
  const [dtype, Type] = spec;
  let values;
  if (t.rawData && t.rawData.length) {
    const buf = Buffer.from(t.rawData);
    values = new Type(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length));
  } else {
    values = t.floatData?.length ? t.floatData : t.int32Data?.length ? t.int32Data
           : t.int64Data?.length ? t.int64Data : t.doubleData?.length ? t.doubleData
           : t.uint64Data ?? [];
  }
  const shape = (t.dims ?? []).map(Number);
  // float16 comes as its bit patterns (raw_data or int32_data).
  const decode = t.dataType === 10 ? halfToFloat : Number;
  return {dtype, shape, values: Array.from(values, decode)};
}

/// Spawns `cmd`, resolving with {code, signal, stderr} (stdout is dropped).
function run(cmd, argv, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, {stdio: ['ignore', 'ignore', 'pipe']});
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => { clearTimeout(timer); resolve({code, signal, stderr}); });
  });
}

/// The op a case is about: its only op type, else the op whose name starts
/// the case name (test_gru_defaults -> GRU), else its first node's op.
function caseOp(name, opTypes) {
  const distinct = [...new Set(opTypes)];
  if (distinct.length === 1) return distinct[0];
  const stem = name.replace(/^test_/, '').replace(/_/g, '').toLowerCase();
  const byName = distinct.filter((op) => stem.startsWith(op.toLowerCase()))
                         .sort((a, b) => b.length - a.length);
  return byName[0] ?? distinct[0] ?? '(none)';
}

/// The first line of t2t-convert's diagnostics that says what went wrong.
function firstError(stderr) {
  const line = stderr.split('\n').find((l) => /error:/.test(l)) ?? stderr.split('\n')[0] ?? '';
  return line.replace(/^.*?error: /, '').trim().slice(0, 200);
}

async function compare(execute, placeholders, outputs, dataDir, TensorProto) {
  const load = (f) => tensorValues(TensorProto.toObject(
      TensorProto.decode(fs.readFileSync(path.join(dataDir, f))), {longs: String, bytes: Array}));
  const files = fs.readdirSync(dataDir);
  const inputs = files.filter((f) => /^input_\d+\.pb$/.test(f)).sort((a, b) => parseInt(a.slice(6)) - parseInt(b.slice(6)));
  const expected = files.filter((f) => /^output_\d+\.pb$/.test(f)).sort((a, b) => parseInt(a.slice(7)) - parseInt(b.slice(7)));
  if (inputs.length !== placeholders.length)
    return `${inputs.length} inputs given, the graph has ${placeholders.length} placeholders`;
  if (expected.length !== outputs.length)
    return `${expected.length} outputs expected, the graph has ${outputs.length}`;
  const feeds = {};
  for (const [i, f] of inputs.entries()) {
    const t = load(f);
    feeds[placeholders[i].name] = tf.tensor(t.values, t.shape, t.dtype);
  }
  let got = await execute(feeds);
  if (!Array.isArray(got)) got = [got];
  for (const [k, f] of expected.entries()) {
    const want = load(f);
    const shape = got[k].shape;
    if (shape.join('x') !== want.shape.join('x'))
      return `output ${k}: shape [${shape}] instead of [${want.shape}]`;
    const data = await got[k].data();
    for (let i = 0; i < want.values.length; ++i) {
      const w = want.values[i], g = Number(data[i]);
      if (Number.isNaN(w) && Number.isNaN(g)) continue;
      if (w === g) continue;
      if (!(Math.abs(g - w) <= ATOL + RTOL * Math.abs(w)))
        return `output ${k}: element ${i} is ${g}, expected ${w}`;
    }
  }
  return null;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  await tf.setBackend('cpu');
  const root = await protobuf.load(ONNX_PROTO);
  const ModelProto = root.lookupType('onnx.ModelProto');
  const TensorProto = root.lookupType('onnx.TensorProto');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 't2t-onnx-tests-'));

  const cases = [];
  for (const suite of args.suites)
    for (const name of fs.readdirSync(suite).sort())
      if ((!args.filter || args.filter.test(name)) && fs.existsSync(path.join(suite, name, 'model.onnx')))
        cases.push({suite: path.basename(suite), name, dir: path.join(suite, name)});

  // Converts in parallel; TensorFlow.js then runs each graph in this process.
  let next = 0;
  const convertOne = async (c) => {
    const model = ModelProto.decode(fs.readFileSync(path.join(c.dir, 'model.onnx')));
    c.op = caseOp(c.name, model.graph.node.map((n) => n.opType));
    c.pb = path.join(work, `${c.suite}-${c.name}.pb`);
    c.conversion = await run(args.convert, [path.join(c.dir, 'model.onnx'), '-o', c.pb,
                                            '--io-layout=nchw', '-q'], 60000);
  };
  await Promise.all(Array.from({length: args.jobs}, async () => {
    while (next < cases.length) await convertOne(cases[next++]);
  }));

  for (const c of cases) {
    const {code, signal, stderr} = c.conversion;
    if (signal) {
      [c.status, c.reason] = ['crash', `t2t-convert killed by ${signal}`];
    } else if (code !== 0) {
      c.status = /unsupported ONNX operators/.test(stderr) ? 'unsupported' : 'failed';
      c.reason = c.status === 'unsupported'
          ? 'unsupported: ' + unsupportedGroups(stderr)
          : 'conversion: ' + firstError(stderr);
    } else {
      try {
        const {model, execute, placeholders, outputs} = await loadGraphDef(c.pb);
        const sets = fs.readdirSync(c.dir).filter((d) => d.startsWith('test_data_set_')).sort();
        c.reason = null;
        for (const set of sets) {
          c.reason = await compare(execute, placeholders, outputs, path.join(c.dir, set), TensorProto);
          if (c.reason) break;
        }
        c.status = c.reason ? 'failed' : 'passed';
        if (c.reason) c.reason = 'mismatch: ' + c.reason;
        model.dispose();
      } catch (e) {
        [c.status, c.reason] = ['failed', 'TensorFlow.js: ' + String(e.message).split('\n')[0].slice(0, 200)];
      }
    }
  }
  fs.rmSync(work, {recursive: true, force: true});
  report(cases, args);
}

/// Map.groupBy, which Node 20 lacks.
function groupBy(list, key) {
  const groups = new Map();
  for (const item of list) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(item);
  }
  return groups;
}

function report(cases, args) {
  const count = (list, status) => list.filter((c) => c.status === status).length;
  const bySuite = groupBy(cases, (c) => c.suite);
  for (const [suite, list] of bySuite)
    console.log(`${suite}: ${list.length} cases, ${count(list, 'passed')} passed, ` +
                `${count(list, 'failed')} failed, ${count(list, 'unsupported')} unsupported, ` +
                `${count(list, 'crash')} crashed`);
  for (const c of cases.filter((c) => c.status === 'crash')) console.log(`CRASH ${c.suite}/${c.name}: ${c.reason}`);
  const passed = count(cases, 'passed');
  console.log(`total: ${passed} of ${cases.length} passed`);
  let belowMinimum = false;
  for (const [suite, minimum] of Object.entries(args.minPass)) {
    const got = suite === 'total' ? passed : count(bySuite.get(suite) ?? [], 'passed');
    if (got < minimum) {
      console.log(`BELOW MINIMUM ${suite}: ${got} passed, at least ${minimum} expected`);
      belowMinimum = true;
    }
  }

  if (args.json)
    fs.writeFileSync(args.json, JSON.stringify(cases.map(({suite, name, op, status, reason}) =>
        ({suite, name, op, status, reason})), null, 1));
  if (args.markdown) fs.writeFileSync(args.markdown, markdown(bySuite, count));
  process.exit(belowMinimum || count(cases, 'crash') ? 1 : 0);
}

function markdown(bySuite, count) {
  const out = ['# ONNX op coverage', '',
    'Generated by `utils/verify/onnx-tests.mjs` (ctest `onnx-backend-tests`): every case of',
    "Debian's `libonnx-testdata` converted with `t2t-convert --io-layout=nchw` and run in",
    `TensorFlow.js; a case passes when every element is within rtol ${RTOL}, atol ${ATOL}.`, '',
    'Why cases do not pass, by kind (each case below names its own reason):',
    '- `unsupported: OP xN (why)`: t2t has no lowering for that form of OP, with the reason its',
    '  lowering patterns gave; the common causes are',
    '  values TensorFlow graphs need static that the test feeds at run time (Split sizes,',
    '  Tile repeats, a filter to dilate), training ops and randomness (Adam, Momentum,',
    '  Bernoulli, Dropout in training), and',
    '  vision ops (RoiAlign).',
    '- `conversion: ... STRING ... / sequence, map and optional`: t2t converts numeric',
    '  tensors for inference; string tensors and sequence/map/optional values are out of scope.',
    '- `TensorFlow.js: ...`: the GraphDef converted, but TensorFlow.js cannot run it (no',
    '  bfloat16, no 0-sized tensors, no einsum ellipsis); TensorFlow itself may.',
    '- `mismatch: ...`: the graph ran and differs. The Resize `downsample_scales` cases feed',
    '  their scales at run time; t2t takes the scale from the declared sizes, which ONNX does',
    '  not when the scale does not divide evenly. Large float64 values overflow float32.',
    ''];
  for (const [suite, list] of bySuite) {
    out.push(`## ${suite}: ${count(list, 'passed')} of ${list.length} passed`, '',
             '| op | cases | passed | failed | unsupported |', '|---|---|---|---|---|');
    const byOp = [...groupBy(list, (c) => c.op)].sort(([a], [b]) => a.localeCompare(b));
    for (const [op, l] of byOp)
      out.push(`| ${op} | ${l.length} | ${count(l, 'passed')} | ${count(l, 'failed') + count(l, 'crash')} | ${count(l, 'unsupported')} |`);
    out.push('', `### ${suite}: cases that do not pass`, '');
    for (const c of list.filter((c) => c.status !== 'passed'))
      out.push(`- \`${c.name}\` (${c.op}): ${c.reason.replace(/\|/g, '\\|')}`);
    out.push('');
  }
  return out.join('\n');
}

main().catch((e) => {
  console.error(`onnx-tests: ${e.stack}`);
  process.exit(2);
});
