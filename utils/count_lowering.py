#!/usr/bin/python3
"""Counts the ONNX ops lowered by declarative patterns and by C++ patterns.

usage: count_lowering.py [SRC_ROOT] [--min-declarative PERCENT] [--check-tests]

An op is declarative when a pattern of dialects/conversion/ONNXToTFL/<Family>.td
matches it (ONNX_<Op>Op in the file), C++ when a C++ pattern of
lib/Conversion/ONNXToTFL/<Family>.cpp does (OpRewritePattern<onnx::<Op>Op>, or
onnx::<Op>Op in a patterns.add<...> list). Prints one line per family and
the totals; fails when an op is lowered in both ways (one op, one owner) or
when the declarative share is below the minimum. With --check-tests, also
fails when a lowered op has no lowering test in test/Conversion/ONNXToTFL
that converts it (positive) and none that shows it refused (negative: a test
checking "unsupported ONNX operators"), or when a tfl op of
dialects/tfl/TFLOps.td appears in no test/Export test.
"""
import argparse
import glob
import os
import re
import sys


def ops_in_td(path):
    text = re.sub(r"//.*", "", open(path).read())
    return set(re.findall(r"\bONNX_(\w+)Op\b", text))


def ops_in_cpp(path):
    text = re.sub(r"//.*", "", open(path).read())
    ops = set(re.findall(r"OpRewritePattern<onnx::(\w+)Op>", text))
    for block in re.findall(r"patterns\.add<(.*?)>\s*\(", text, re.S):
        ops |= set(re.findall(r"onnx::(\w+)Op\b", block))
    return ops


def tests_cover(root, lowered):
    positive, negative = set(), set()
    for path in glob.glob(os.path.join(root, "test", "Conversion", "ONNXToTFL", "*.mlir")):
        text = open(path).read()
        ops = set(re.findall(r"onnx\.([A-Z]\w*)", text))
        (negative if "unsupported ONNX operators" in text else positive).update(ops)
    tfl = open(os.path.join(root, "dialects", "tfl", "TFLOps.td")).read()
    mnemonics = re.findall(r"def TFL_\w+Op\s*:\s*TFL_\w+<\"(\w+)\"", tfl)
    exported = "".join(open(f).read() for f in glob.glob(os.path.join(root, "test", "Export", "*.mlir")))
    gaps = [f"error: {op} has no positive lowering test" for op in sorted(lowered - positive)]
    gaps += [f"error: {op} has no negative lowering test" for op in sorted(lowered - negative)]
    gaps += [f"error: tfl.{m} has no export test" for m in mnemonics if f"tfl.{m}" not in exported]
    print(f"tests: {len(lowered & positive & negative)} of {len(lowered)} lowered ops with positive "
          f"and negative lowering tests; {len(mnemonics)} tfl ops with export tests: "
          f"{len(mnemonics) - sum('export test' in g for g in gaps)}")
    for gap in gaps:
        print(gap)
    return not gaps


def main():
    p = argparse.ArgumentParser()
    p.add_argument("root", nargs="?", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    p.add_argument("--min-declarative", type=float, default=0.0)
    p.add_argument("--check-tests", action="store_true")
    args = p.parse_args()
    td_dir = os.path.join(args.root, "dialects", "conversion", "ONNXToTFL")
    cpp_dir = os.path.join(args.root, "lib", "Conversion", "ONNXToTFL")
    families = sorted({os.path.splitext(os.path.basename(f))[0]
                       for f in glob.glob(os.path.join(td_dir, "*.td")) +
                       glob.glob(os.path.join(cpp_dir, "*.cpp"))} - {"Common"})
    declarative, cpp, rows = {}, {}, []
    for family in families:
        td = os.path.join(td_dir, family + ".td")
        cc = os.path.join(cpp_dir, family + ".cpp")
        d = ops_in_td(td) if os.path.exists(td) else set()
        c = ops_in_cpp(cc) if os.path.exists(cc) else set()
        if not d and not c:
            continue
        for op in d:
            declarative.setdefault(op, []).append(family)
        for op in c:
            cpp.setdefault(op, []).append(family)
        rows.append((family, sorted(d - c), sorted(c)))
    print(f"{'family':<15} {'DRR':>4} {'C++':>4}  C++ ops")
    for family, d, c in rows:
        print(f"{family:<15} {len(d):>4} {len(c):>4}  {' '.join(c)}")
    both = sorted(set(declarative) & set(cpp))
    owners = sorted(op for op, fams in {**declarative, **cpp}.items()
                    if len(set(declarative.get(op, []) + cpp.get(op, []))) > 1)
    total = len(set(declarative) | set(cpp))
    share = 100.0 * len(set(declarative) - set(cpp)) / total if total else 0.0
    print(f"total: {total} ONNX ops lowered, {len(set(declarative) - set(cpp))} declarative, "
          f"{len(cpp)} C++: {share:.1f}% declarative")
    failed = False
    for op in both:
        print(f"error: {op} is lowered both declaratively and in C++")
        failed = True
    for op in owners:
        print(f"error: {op} is lowered in more than one family")
        failed = True
    if args.check_tests:
        failed |= not tests_cover(args.root, set(declarative) | set(cpp))
    if share < args.min_declarative:
        print(f"error: {share:.1f}% declarative, below {args.min_declarative}%")
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
