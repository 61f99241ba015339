#!/usr/bin/python3
"""Validates a t2t-convert --report file: its schema, the outcome and exit
status, and the status (and count) of the operators given.

usage: check_report.py REPORT.json STATUS EXIT [OP=converted|OP=unsupported:COUNT ...]"""
import json
import sys

report = json.load(open(sys.argv[1]))
status, exit_code, expected = sys.argv[2], int(sys.argv[3]), sys.argv[4:]


def fail(why):
    sys.exit(f"check_report: {why}\n{json.dumps(report, indent=2)}")


for key, kind in [("model", str), ("output", str), ("status", str), ("exit_code", int),
                  ("messages", list), ("ops", list)]:
    if not isinstance(report.get(key), kind):
        fail(f"'{key}' is missing or not a {kind.__name__}")
if report["status"] != status or report["exit_code"] != exit_code:
    fail(f"expected status {status} and exit code {exit_code}")
if exit_code and not report["messages"]:
    fail("a failed conversion reports no message")
if status == "converted" and not isinstance(report.get("summary"), dict):
    fail("a converted model has no summary")
for op in report["ops"]:
    for key in ("domain", "op", "count", "status"):
        if key not in op:
            fail(f"an op entry lacks '{key}'")
    if op["status"] == "unsupported":
        if not op.get("reason") or not op.get("nodes") or len(op["nodes"]) != op["count"]:
            fail(f"unsupported {op['op']} lacks a reason or its {op['count']} node names")
for item in expected:
    name, want = item.split("=")
    entries = [op for op in report["ops"] if op["op"] == name]
    if not entries:
        fail(f"no entry for {name}")
    kind, _, count = want.partition(":")
    if not any(op["status"] == kind and (not count or op["count"] == int(count)) for op in entries):
        fail(f"{name} is not {want}")
print(f"report ok: {status}, {len(report['ops'])} op entries")
