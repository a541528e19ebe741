#!/usr/bin/env python3
"""Reads graphctl exports back with NetworkX (and Python's csv module) and checks them against an expectation.

    check_networkx.py EXPECT.json [--graphml F] [--json F] [--cyjs F] [--csv DIR] [--dot F]

EXPECT.json, written by the Swift tests, lists every node and edge with each attribute's declared type and value:
{"directed": bool, "multigraph": bool, "nodes": {id: {attr: [type, value]}},
 "edges": {id: {"source", "target", "attributes": {attr: [type, value]}}}}

Each file must hold exactly those nodes and edges (parallel edges kept, by id), every attribute with the right
Python type (str, int, float, bool) and value, and the right directedness. Prints what is wrong; exits 1 if anything.
"""
import csv
import json
import math
import sys

import networkx as nx

PY = {"string": str, "int": int, "double": float, "boolean": bool}
errors = []


def xml_text(value):
    """What XML 1.0 can carry: other control characters are written as spaces."""
    if not isinstance(value, str):
        return value
    return "".join(c if c in "\t\n\r" or ord(c) >= 0x20 else " " for c in value)


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        return isinstance(a, (int, float)) and isinstance(b, (int, float)) and math.isclose(a, b, rel_tol=1e-12)
    return a == b


def check_attributes(where, got, expected, extras, xml=False):
    for name, (kind, value) in expected.items():
        if name not in got:
            errors.append(f"{where}: attribute {name!r} missing")
            continue
        actual = got[name]
        if type(actual) is not PY[kind]:
            errors.append(f"{where}: attribute {name!r} is {type(actual).__name__}, expected {kind}")
        elif not same(actual, xml_text(value) if xml else value):
            errors.append(f"{where}: attribute {name!r} is {actual!r}, expected {value!r}")
    for name in got:
        if name not in expected and name not in extras:
            errors.append(f"{where}: unexpected attribute {name!r}")


def check_graph(label, G, expect, node_extras=(), edge_extras=(), xml=False):
    if G.is_directed() != expect["directed"]:
        errors.append(f"{label}: directed is {G.is_directed()}, expected {expect['directed']}")
    if set(G.nodes) != set(expect["nodes"]):
        errors.append(f"{label}: nodes differ: missing {sorted(set(expect['nodes']) - set(G.nodes))[:5]}, "
                      f"extra {sorted(set(G.nodes) - set(expect['nodes']))[:5]}")
    for node, attributes in expect["nodes"].items():
        if node in G:
            check_attributes(f"{label} node {node}", G.nodes[node], attributes, node_extras, xml)
    if G.number_of_edges() != len(expect["edges"]):
        errors.append(f"{label}: {G.number_of_edges()} edges, expected {len(expect['edges'])}")
    for edge_id, edge in expect["edges"].items():
        u, v = edge["source"], edge["target"]
        if G.is_multigraph():
            if not G.has_edge(u, v, key=edge_id):
                errors.append(f"{label}: edge {edge_id} ({u} -> {v}) missing")
                continue
            data = G.edges[u, v, edge_id]
        else:
            if not G.has_edge(u, v):
                errors.append(f"{label}: edge {edge_id} ({u} -> {v}) missing")
                continue
            data = G.edges[u, v]
            if data.get("id") != edge_id:
                errors.append(f"{label}: edge {u} -> {v} has id {data.get('id')!r}, expected {edge_id!r}")
        check_attributes(f"{label} edge {edge_id}", data, edge["attributes"], edge_extras, xml)


def check_csv(folder, expect):
    types = {"long": int, "int": int, "double": float, "boolean": bool}
    with open(f"{folder}/nodes.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    if header[0] != "id:ID" or header[1] != ":LABEL":
        errors.append(f"csv nodes: header starts {header[:2]}")
    if {row[0] for row in body} != set(expect["nodes"]) or len(body) != len(expect["nodes"]):
        errors.append("csv nodes: ids differ")
    for row in body:
        expected = expect["nodes"].get(row[0], {})
        for column, field in zip(header[2:], row[2:]):
            name, _, kind = column.partition(":")
            if name not in expected:
                if field != "":
                    errors.append(f"csv node {row[0]}: {name} is {field!r}, expected empty")
                continue
            value = expected[name][1]
            parsed = (field == "true") if kind == "boolean" else types.get(kind, str)(field)
            if not same(parsed, value):
                errors.append(f"csv node {row[0]}: {name} is {parsed!r}, expected {value!r}")
    with open(f"{folder}/edges.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    if header[:4] != [":START_ID", ":END_ID", ":TYPE", "id"]:
        errors.append(f"csv edges: header starts {header[:4]}")
    if [row[3] for row in body] != list(expect["edges"]):
        errors.append("csv edges: ids differ")
    for row in body:
        edge = expect["edges"].get(row[3])
        if edge is None:
            continue
        if (row[0], row[1]) != (edge["source"], edge["target"]):
            errors.append(f"csv edge {row[3]}: {row[0]} -> {row[1]}")
        if row[2] != edge["attributes"]["kind"][1]:
            errors.append(f"csv edge {row[3]}: type {row[2]}")
        for column, field in zip(header[4:], row[4:]):
            name, _, kind = column.partition(":")
            if name not in edge["attributes"]:
                if field != "":
                    errors.append(f"csv edge {row[3]}: {name} is {field!r}, expected empty")
                continue
            parsed = (field == "true") if kind == "boolean" else types.get(kind, str)(field)
            if not same(parsed, edge["attributes"][name][1]):
                errors.append(f"csv edge {row[3]}: {name} is {parsed!r}")


def main(argv):
    with open(argv[1], encoding="utf-8") as f:
        expect = json.load(f)
    options = dict(zip(argv[2::2], argv[3::2]))
    if "--graphml" in options:
        G = nx.read_graphml(options["--graphml"], force_multigraph=expect["multigraph"])
        check_graph("graphml", G, expect, edge_extras=("id",), xml=True)
    if "--json" in options:
        with open(options["--json"], encoding="utf-8") as f:
            data = json.load(f)
        G = nx.node_link_graph(data, edges="edges")
        check_graph("json", G, expect, edge_extras=("id",))
    if "--cyjs" in options:
        with open(options["--cyjs"], encoding="utf-8") as f:
            data = json.load(f)
        G = nx.cytoscape_graph(data)
        check_graph("cyjs", G, expect, node_extras=("id", "value"), edge_extras=("id", "key", "source", "target"))
    if "--csv" in options:
        check_csv(options["--csv"], expect)
    for error in errors[:40]:
        print(error)
    if len(errors) > 40:
        print(f"... and {len(errors) - 40} more")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
