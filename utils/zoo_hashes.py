#!/usr/bin/python3
"""SHA-256 of every GraphDef of the e2e zoo, to show a refactoring changed no output.

usage: zoo_hashes.py BIN_DIR WORK_DIR (--record HASHES | --check HASHES) [--jobs N]

Exports the zoo at opset 13 (torchvision models at 64x64, AlexNet and VGG at 224x224, with a dynamic batch,
the sequence models, the small modules of test/e2e/Inputs), converts each with
both io layouts and both layouts (naive, optimized) and records or compares
one `sha256  model.io-layout.layout.pb` line per GraphDef. --check prints every
difference and exits 1 if any.
"""
import argparse
import concurrent.futures
import hashlib
import os
import subprocess
import sys

SRC = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INPUTS = os.path.join(SRC, "test", "e2e", "Inputs")
TORCHVISION = ["alexnet", "convnext_tiny", "deeplabv3_mobilenet_v3_large", "densenet121",
               "efficientnet_b0", "fcn_resnet50", "googlenet", "inception_v3",
               "lraspp_mobilenet_v3_large", "mnasnet0_5", "mobilenet_v2", "mobilenet_v3_small",
               "regnet_x_400mf", "resnet18", "resnext50_32x4d", "shufflenet_v2_x0_5",
               "squeezenet1_1", "vgg11"]
SMALL = {"encoder": ["sequence_models.py", "encoder", "{out}", "13"],
         "gru": ["sequence_models.py", "gru", "{out}", "13"],
         "lstm": ["sequence_models.py", "lstm", "{out}", "13"],
         "vit": ["sequence_models.py", "vit", "{out}", "13"],
         "functional_pad": ["functional_pad.py", "{out}", "13"],
         "pool1d": ["pool1d.py", "{out}", "13"],
         "math_mlp": ["math_mlp.py", "{out}"],
         "pool_resize": ["pool_resize.py", "{out}"],
         "shared_weight": ["shared_weight.py", "{out}"]}
VARIANTS = [(io, layout) for io in ("nhwc", "nchw") for layout in ("optimized", "naive")]


def export(name, work):
    out = os.path.join(work, name + ".onnx")
    if name in SMALL:
        script, *args = SMALL[name]
        command = [sys.executable, os.path.join(INPUTS, script)] + [a.format(out=out) for a in args]
    else:
        size = {"inception_v3": "96", "alexnet": "224", "vgg11": "224"}.get(name, "64")
        command = [sys.executable, os.path.join(SRC, "utils", "export_torchvision.py"), name, out,
                   "--size", size, "--dynamic-batch"]
    run = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if run.returncode:
        raise SystemExit(f"exporting {name} failed:\n{run.stderr}")
    return out


def convert_all(name, model, bin_dir, work):
    lines = []
    for io, layout in VARIANTS:
        pb = os.path.join(work, f"{name}.{io}.{layout}.pb")
        subprocess.run([os.path.join(bin_dir, "t2t-convert"), model, "-o", pb, "-q",
                        f"--io-layout={io}", f"--layout={layout}"], check=True)
        with open(pb, "rb") as f:
            lines.append(f"{hashlib.sha256(f.read()).hexdigest()}  {os.path.basename(pb)}")
        os.remove(pb)
    return lines


def main():
    p = argparse.ArgumentParser()
    p.add_argument("bin_dir")
    p.add_argument("work")
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--record")
    mode.add_argument("--check")
    p.add_argument("--jobs", type=int, default=os.cpu_count())
    args = p.parse_args()
    os.makedirs(args.work, exist_ok=True)

    names = TORCHVISION + sorted(SMALL)
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        models = list(pool.map(lambda n: export(n, args.work), names))
        lines = sorted(sum(pool.map(lambda nm: convert_all(*nm, args.bin_dir, args.work),
                                    zip(names, models)), []), key=lambda l: l.split()[1])
    if args.record:
        with open(args.record, "w") as f:
            f.write("\n".join(lines) + "\n")
        print(f"recorded {len(lines)} GraphDefs")
        return 0
    with open(args.check) as f:
        expected = dict(reversed(l.split()) for l in f if l.strip())
    actual = dict(reversed(l.split()) for l in lines)
    differ = [n for n in sorted(expected) if actual.get(n) != expected[n]]
    differ += [n for n in sorted(actual) if n not in expected]
    for n in differ:
        print(f"differs: {n} (expected {expected.get(n, '-')}, got {actual.get(n, '-')})")
    print(f"{len(actual) - len(differ)} of {len(expected)} GraphDefs identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
