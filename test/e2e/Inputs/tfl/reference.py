#!/usr/bin/env python3
"""Seeded inputs and NumPy reference outputs for the tfl graphs of this folder.

usage: reference.py GRAPH OUT.json   (GRAPH: conv, pool, math, data)

Each reference is written from TensorFlow's documented op semantics, loop by
loop where that is clearest, independently of t2t's exporter; run-graph.mjs
compares the exported GraphDef's TensorFlow.js outputs with them.
"""
import json
import math
import sys

import numpy as np

rng = np.random.default_rng(7)


def rand(*shape):
    return rng.uniform(-1.0, 1.0, size=shape).astype(np.float32)


def same_pads(size, k, s, d=1):
    """TensorFlow's SAME: the output is ceil(size / s); the extra row goes after."""
    out = -(-size // s)
    total = max((out - 1) * s + (k - 1) * d + 1 - size, 0)
    return out, total // 2, total - total // 2


def conv2d(x, w, b, stride, dilation, pads):
    """NHWC x, HWIO w; pads = (top, bottom, left, right)."""
    n, h, wd, c = x.shape
    kh, kw, _, o = w.shape
    xp = np.pad(x, ((0, 0), pads[0:2], pads[2:4], (0, 0)))
    oh = (xp.shape[1] - (kh - 1) * dilation - 1) // stride + 1
    ow = (xp.shape[2] - (kw - 1) * dilation - 1) // stride + 1
    out = np.zeros((n, oh, ow, o), np.float64)
    for y in range(oh):
        for xx in range(ow):
            for i in range(kh):
                for j in range(kw):
                    pix = xp[:, y * stride + i * dilation, xx * stride + j * dilation, :]
                    out[:, y, xx, :] += pix @ w[i, j]
    return out + b


def depthwise(x, w, b, dilation):
    """SAME, stride 1; w is [H, W, C, M]; output channel c * M + m."""
    kh, kw, c, m = w.shape
    _, t, bo = same_pads(x.shape[1], kh, 1, dilation)
    _, l, r = same_pads(x.shape[2], kw, 1, dilation)
    xp = np.pad(x, ((0, 0), (t, bo), (l, r), (0, 0)))
    out = np.zeros(x.shape[:3] + (c * m,), np.float64)
    for y in range(x.shape[1]):
        for xx in range(x.shape[2]):
            for i in range(kh):
                for j in range(kw):
                    pix = xp[:, y + i * dilation, xx + j * dilation, :]
                    out[:, y, xx, :] += (pix[:, :, None] * w[i, j]).reshape(x.shape[0], -1)
    return out + b


def transpose_conv(x, w, b, stride, out_hw):
    """Conv2DBackpropInput, SAME: w is [H, W, O, I]; each input pixel scatters
    x[y, x] * w[i, j] to output (y * s + i - pad_top, x * s + j - pad_left)."""
    kh, kw, o, _ = w.shape
    _, top, _ = same_pads(out_hw[0], kh, stride)
    _, left, _ = same_pads(out_hw[1], kw, stride)
    out = np.zeros((x.shape[0],) + tuple(out_hw) + (o,), np.float64)
    for y in range(x.shape[1]):
        for xx in range(x.shape[2]):
            for i in range(kh):
                for j in range(kw):
                    oy, ox = y * stride + i - top, xx * stride + j - left
                    if 0 <= oy < out_hw[0] and 0 <= ox < out_hw[1]:
                        out[:, oy, ox, :] += x[:, y, xx, :] @ w[i, j].T
    return out + b


def pool(x, k, s, reduce):
    """SAME windows; the average divides by the pixels a window covers."""
    oh, t, _ = same_pads(x.shape[1], k, s)
    ow, l, _ = same_pads(x.shape[2], k, s)
    out = np.zeros((x.shape[0], oh, ow, x.shape[3]), np.float64)
    for y in range(oh):
        for xx in range(ow):
            y0, x0 = y * s - t, xx * s - l
            win = x[:, max(y0, 0):y0 + k, max(x0, 0):x0 + k, :]
            out[:, y, xx, :] = reduce(win, axis=(1, 2))
    return out


def resize_bilinear_half_pixel(x, oh, ow):
    def axis(out_size, in_size):
        scale = in_size / out_size
        src = (np.arange(out_size) + 0.5) * scale - 0.5
        lo = np.floor(src)
        frac = src - lo
        return (np.clip(lo, 0, in_size - 1).astype(int),
                np.clip(lo + 1, 0, in_size - 1).astype(int), frac)
    y0, y1, fy = axis(oh, x.shape[1])
    x0, x1, fx = axis(ow, x.shape[2])
    top = x[:, y0][:, :, x0] * (1 - fx)[None, None, :, None] + x[:, y0][:, :, x1] * fx[None, None, :, None]
    bot = x[:, y1][:, :, x0] * (1 - fx)[None, None, :, None] + x[:, y1][:, :, x1] * fx[None, None, :, None]
    return top * (1 - fy)[None, :, None, None] + bot * fy[None, :, None, None]


def lrn(x, radius, bias, alpha, beta):
    sq = np.zeros_like(x, dtype=np.float64)
    for c in range(x.shape[3]):
        lo, hi = max(c - radius, 0), min(c + radius + 1, x.shape[3])
        sq[..., c] = np.sum(x[..., lo:hi].astype(np.float64) ** 2, axis=-1)
    return x / (bias + alpha * sq) ** beta


def softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def conv_graph():
    x, w, b = rand(1, 5, 5, 3), rand(3, 3, 3, 4), rand(4)
    dw, db, tw, tb = rand(3, 3, 3, 2), rand(6), rand(3, 3, 2, 3), rand(2)
    fw, fb = rand(4, 75), rand(4)
    inputs = dict(x=x, w=w, b=b, dw=dw, db=db, tw=tw, tb=tb, fw=fw, fb=fb)
    outputs = {
        'conv': np.clip(conv2d(x, w, b, 2, 1, (1, 0, 0, 1)), 0, 6),
        'depthwise': depthwise(x, dw, db, 2),
        'transpose_conv': np.maximum(transpose_conv(x, tw, tb, 2, (10, 10)), 0),
        'fc': np.tanh(x.reshape(1, 75) @ fw.T + fb),
    }
    return inputs, outputs


def pool_graph():
    x = rand(1, 5, 6, 4)
    pads = lambda spec, **kw: np.pad(x, spec, **kw)
    outputs = {
        'max_pool': pool(x, 3, 2, np.max),
        'avg_pool': pool(x, 3, 2, np.mean),
        'pad': pads(((0, 0), (1, 0), (1, 2), (0, 0)), constant_values=0.5),
        'reflect': pads(((0, 0), (2, 0), (0, 0), (0, 0)), mode='reflect'),
        'symmetric': pads(((0, 0), (0, 0), (1, 3), (0, 0)), mode='symmetric'),
        'resize': resize_bilinear_half_pixel(x, 10, 12),
        'lrn': lrn(x, 1, 1.5, 0.25, 0.75),
    }
    return dict(x=x), outputs


def math_graph():
    x, y, alpha = rand(2, 3, 4) * 4, rand(2, 5, 4), rand(4)
    erf = np.vectorize(math.erf)
    elu = np.where(x > 0, x, np.exp(x) - 1)
    selu_alpha, selu_scale = 1.6732632423543772, 1.0507009873554805
    rev_excl = np.flip(np.cumsum(np.flip(x, 1), 1), 1) - x
    outputs = {
        'gelu': x * (1 + erf(x / math.sqrt(2))) / 2,
        'hard_swish': x * np.clip(x + 3, 0, 6) / 6,
        'prelu': np.where(x >= 0, x, alpha * x),
        'softmax': softmax(x),
        'log_softmax': np.log(softmax(x.astype(np.float64))),
        'add_relu': np.maximum(x + alpha, 0),
        'mul_n1_to_1': np.clip(x * alpha, -1, 1),
        'bmm': x @ np.swapaxes(y, 1, 2),
        'cumsum': rev_excl,
        'arg_max': np.argmax(x, axis=1),
        'mean': x.mean(axis=1, keepdims=True),
        'prod': x.prod(axis=(0, 2)),
        'select': np.where(x > alpha, x, alpha),
        'elu_selu': selu_scale * np.where(elu > 0, elu, selu_alpha * (np.exp(elu) - 1)),
    }
    return dict(x=x, y=y, alpha=alpha), outputs


def data_graph():
    x, img = rand(2, 4, 6), rand(1, 2, 3, 8)
    idx = np.array([3, 0, 2], np.int64)
    n, h, w, c = img.shape
    d2s = img.reshape(n, h, w, 2, 2, c // 4).transpose(0, 1, 3, 2, 4, 5).reshape(n, h * 2, w * 2, c // 4)
    outputs = {
        'strided': x[1:2, ::-1, 0:6:2],
        'slice': x[:, 2:4, 1:4],
        'gather': x[:, idx, :],
        'split1': x[:, :, 2:],
        'tile': np.tile(x, (2, 1, 1)),
        'd2s': d2s,
        'concat': np.concatenate([x[:, :, 2:], x[:, :, :2], x[:, :, :2]], axis=2),
        'transpose': x.transpose(2, 0, 1),
        'broadcast': np.broadcast_to(x, (3, 2, 4, 6)),
        'expand': x[:, :, None, :],
        'gather_nd': np.stack([x[1, 3], x[0, 0]]),
    }
    return dict(x=x, idx=idx, img=img), outputs


def as_json(array):
    array = np.asarray(array)
    dtype = 'int32' if array.dtype.kind in 'iu' else 'bool' if array.dtype == bool else 'float32'
    values = array.astype(np.float64).ravel().tolist() if dtype == 'float32' else array.ravel().tolist()
    return {'shape': list(array.shape), 'dtype': dtype, 'values': values}


def main():
    graph, out = sys.argv[1], sys.argv[2]
    inputs, outputs = {'conv': conv_graph, 'pool': pool_graph, 'math': math_graph,
                       'data': data_graph}[graph]()
    with open(out, 'w') as f:
        json.dump({'inputs': {k: as_json(v) for k, v in inputs.items()},
                   'outputs': {k: as_json(v) for k, v in outputs.items()}}, f)


if __name__ == '__main__':
    main()
