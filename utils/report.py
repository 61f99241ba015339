#!/usr/bin/env python3
"""One self-contained HTML page about a conversion: t2t-convert's summary,
per-output errors against onnxruntime and, per ONNX node, the op-by-op check
(verify.mjs --per-op) with the first diverging node, unsupported operators
and their reasons, and pictures of the optimized and --layout=naive graphs
side by side (Graphviz; transposes red, fused layers labelled).
usage: report.py MODEL.onnx -o REPORT.html [--bin build/bin] [-- VERIFY_ARGS...]
(VERIFY_ARGS go to verify.mjs, e.g. --io-layout nchw --seed 3)"""
import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

from svg_classes import node_classes

SRC = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STYLE = """
body { font-family: Helvetica, Arial, sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
table { border-collapse: collapse; margin: 0.5em 0; }
td, th { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; font-size: 0.9em; }
th { background: #f0f0f0; }
.over td { background: #fbd9d7; } .first td { background: #e8544e; color: white; }
.ok { color: #1a7f37; } .bad { color: #c62828; font-weight: bold; }
.pictures { display: flex; gap: 1em; align-items: flex-start; }
.picture { flex: 1; border: 1px solid #ccc; overflow: auto; max-height: 60em; }
.picture h3 { font-size: 1em; margin: 0.4em; }
"""


def run(command):
    return subprocess.run(command, capture_output=True, text=True)


def svg_of(bin_dir, model, work, layout):
    dot = os.path.join(work, f"{layout}.dot")
    result = run([os.path.join(bin_dir, "t2t-convert"), model, "-o", dot, "-q",
                  f"--layout={layout}"])
    if result.returncode != 0:
        return None, 0
    svg = run(["dot", "-Tsvg", dot]).stdout
    # The inline SVG without its XML prologue and doctype.
    svg = svg[svg.index("<svg"):]
    return svg, node_classes(ET.fromstring(svg))["transpose"]


def table(headers, rows, classes=None):
    out = ["<table>", "<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in headers) + "</tr>"]
    for i, row in enumerate(rows):
        cls = f' class="{classes[i]}"' if classes and classes[i] else ""
        out.append(f"<tr{cls}>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--bin", default=os.path.join(SRC, "build", "bin"))
    parser.add_argument("verify_args", nargs="*")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        graph = os.path.join(work, "model.pb")
        report_json = os.path.join(work, "report.json")
        value_map = os.path.join(work, "map.json")
        convert = run([os.path.join(args.bin, "t2t-convert"), args.model, "-o", graph,
                       "--report", report_json, "--map", value_map])
        report = json.load(open(report_json)) if os.path.exists(report_json) else {}
        converted = convert.returncode == 0
        verify_lines = []
        if converted:
            verify = run(["node", os.path.join(SRC, "utils", "verify", "verify.mjs"), args.model,
                          graph, "--per-op", value_map] + args.verify_args)
            verify_lines = verify.stdout.splitlines()
        optimized, optimized_red = svg_of(args.bin, args.model, work, "optimized")
        naive, naive_red = svg_of(args.bin, args.model, work, "naive")

    summary = {}
    for line in convert.stdout.splitlines():
        match = re.match(r"\s+([A-Za-z ]+?):\s+(.*)", line)
        if match:
            summary[match.group(1)] = match.group(2)
    body = [f"<h1>t2t conversion of {html.escape(os.path.basename(args.model))}</h1>"]
    status = report.get("status", "failed")
    verdict = next((l for l in verify_lines if l.startswith(("PASS", "FAIL"))), "")
    body.append("<h2>Summary</h2>")
    rows = [("status", status)] + list(summary.items())
    if verdict:
        rows.append(("check against onnxruntime", verdict))
    body.append(table(["", "value"], rows))
    if report.get("messages"):
        body.append("<h2>Messages</h2>" + table(["message"], [(m,) for m in report["messages"]]))

    unsupported = [op for op in report.get("ops", []) if op.get("status") != "converted"]
    body.append("<h2>Operators</h2>")
    body.append(table(["op", "domain", "count", "status"],
                      [(o["op"], o.get("domain") or "ai.onnx", o["count"], o["status"])
                       for o in report.get("ops", [])]))
    if unsupported:
        rows = []
        for op in unsupported:
            for group in op.get("groups", [op]):
                rows.append((op["op"], group.get("reason", ""), ", ".join(group.get("nodes", []))))
        body.append("<h2>Unsupported operators</h2>" + table(["op", "reason", "nodes"], rows))

    outputs = [l for l in verify_lines if l.startswith("output ")]
    if outputs:
        body.append("<h2>Outputs against onnxruntime</h2>")
        body.append(table(["output"], [(l,) for l in outputs],
                          ["over" if "MISMATCH" in l or "differs" in l else "" for l in outputs]))
    nodes = [l for l in verify_lines if l.startswith("node '")]
    if nodes:
        first = next((l for l in verify_lines if l.startswith("first diverging node")), None)
        first_name = re.search(r"'(.*?)'", first).group(1) if first else None
        rows, classes = [], []
        for line in nodes:
            match = re.match(r"node '(.*?)' \((.*?)\) (\w+): (.*)", line)
            name, op, state, detail = match.groups()
            rows.append((name, op, state, detail))
            classes.append("first" if name == first_name else "over" if state == "OVER" else "")
        body.append("<h2>Op by op</h2>")
        body.append("<p>" + html.escape(next((l for l in verify_lines
                                               if l.startswith("per-op: ") and "compared" in l), "")) + "</p>")
        if first:
            detail = [first] + [l.strip() for l in verify_lines
                                if l.startswith("  input ")]
            body.append('<p class="bad">' + "<br/>".join(html.escape(l) for l in detail) + "</p>")
        else:
            body.append('<p class="ok">every node within tolerance</p>')
        body.append(table(["ONNX node", "op", "", "error"], rows, classes))

    body.append("<h2>Graphs: optimized and --layout=naive</h2>")
    body.append(f"<p>transposes (red): optimized {optimized_red}, naive {naive_red}</p>")
    body.append('<div class="pictures">')
    for title, svg in (("optimized", optimized), ("naive", naive)):
        body.append(f'<div class="picture"><h3>{title}</h3>{svg or "<p>not drawn</p>"}</div>')
    body.append("</div>")
    page = ("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/>"
            f"<title>t2t report: {html.escape(os.path.basename(args.model))}</title>"
            f"<style>{STYLE}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")
    with open(args.output, "w") as f:
        f.write(page)
    return 0 if converted else 1


if __name__ == "__main__":
    sys.exit(main())
