#!/usr/bin/python3
"""Exports a torchvision architecture to ONNX with seeded random weights.

BatchNorm running statistics and affine parameters are randomized so that a
wrong BatchNorm folding shows up numerically. Nothing is downloaded: weights
are random, architectures come from Debian's python3-torchvision.

usage: export_torchvision.py MODEL OUT.onnx [--opset N] [--size H] [--dynamic-batch] [--dynamic-hw]

--dynamic-hw makes the input's height and width symbolic (and the output's
spatial dims, for segmentation models).
"""
import argparse

import torch
import torchvision


def build(name):
    factories = {**vars(torchvision.models), **vars(torchvision.models.segmentation)}
    if name not in factories:
        raise SystemExit(f"unknown torchvision model '{name}'")
    kwargs = {"weights": None}
    if name.startswith(("googlenet", "inception")):
        kwargs.update(aux_logits=False, init_weights=True)
    if name.startswith(("deeplab", "fcn", "lraspp")):
        kwargs.update(weights_backbone=None, num_classes=5)
        if not name.startswith("lraspp"):
            kwargs.update(aux_loss=False)
    return factories[name](**kwargs)


def randomize_batchnorm(model, generator):
    for m in model.modules():
        if isinstance(m, torch.nn.modules.batchnorm._BatchNorm):
            n = m.num_features
            m.running_mean.copy_(torch.randn(n, generator=generator) * 0.1)
            m.running_var.copy_(torch.rand(n, generator=generator) * 0.5 + 0.75)
            if m.affine:
                m.weight.data.copy_(torch.rand(n, generator=generator) * 0.5 + 0.75)
                m.bias.data.copy_(torch.randn(n, generator=generator) * 0.1)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("model")
    p.add_argument("out")
    p.add_argument("--opset", type=int, default=13)
    p.add_argument("--size", type=int, default=224)
    p.add_argument("--batch", type=int, default=1)
    p.add_argument("--dynamic-batch", action="store_true")
    p.add_argument("--dynamic-hw", action="store_true")
    args = p.parse_args()

    torch.manual_seed(0)
    generator = torch.Generator().manual_seed(0)
    model = build(args.model).eval()
    with torch.no_grad():
        randomize_batchnorm(model, generator)
    x = torch.randn(args.batch, 3, args.size, args.size, generator=generator)
    dynamic = {"input": {}, "output": {}}
    if args.dynamic_batch:
        dynamic = {"input": {0: "batch"}, "output": {0: "batch"}}
    if args.dynamic_hw:
        dynamic["input"].update({2: "height", 3: "width"})
        if args.model.startswith(("deeplab", "fcn", "lraspp")):
            dynamic["output"].update({2: "height", 3: "width"})
    dynamic = dynamic if dynamic["input"] else None
    with torch.no_grad():
        torch.onnx.export(model, x, args.out, opset_version=args.opset,
                          input_names=["input"], output_names=["output"],
                          dynamic_axes=dynamic, do_constant_folding=True)


if __name__ == "__main__":
    main()
