#!/usr/bin/env python3
"""Counts the drawn nodes of a Graphviz SVG by class (t2t's DOT export marks
transposes "transpose" and fused layers "fused"), parsing the SVG as XML.
usage: svg_classes.py GRAPH.svg   (prints: nodes N, transpose T, fused F)"""
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"

counts = {"nodes": 0, "transpose": 0, "fused": 0}
for group in ET.parse(sys.argv[1]).iter(SVG + "g"):
    classes = group.get("class", "").split()
    if "node" in classes:
        counts["nodes"] += 1
        for kind in ("transpose", "fused"):
            counts[kind] += kind in classes
print(", ".join(f"{k} {v}" for k, v in counts.items()))
