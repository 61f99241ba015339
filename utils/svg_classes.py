#!/usr/bin/env python3
"""Counts the drawn nodes of a Graphviz SVG by class (t2t's DOT export marks
transposes "transpose" and fused layers "fused"), parsing the SVG as XML.
usage: svg_classes.py GRAPH.svg   (prints: nodes N, transpose T, fused F)"""
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"

def node_classes(svg):
    """Drawn nodes of `svg` (an ElementTree root or a file name) by class."""
    root = ET.parse(svg).getroot() if isinstance(svg, str) else svg
    counts = {"nodes": 0, "transpose": 0, "fused": 0}
    for group in root.iter(SVG + "g"):
        classes = group.get("class", "").split()
        if "node" in classes:
            counts["nodes"] += 1
            for kind in ("transpose", "fused"):
                counts[kind] += kind in classes
    return counts


if __name__ == "__main__":
    print(", ".join(f"{k} {v}" for k, v in node_classes(sys.argv[1]).items()))
