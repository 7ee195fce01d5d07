#!/usr/bin/env python3
"""Generates an msb-world/1 file with N configuration items for the offline-scan benchmark.

The demo account (cli/src/main/resources/org/msb/cli/demo/: a header plus one fragment per baseline section,
155 items of 41 types every rule reads, with facts, exceptions and parameters) is the template. Its
per-resource items are copied until N items exist; each copy gets fresh, well-formed ids (sg-<hex> stays
sg-<17 hex>, names get a "-cNNNN" suffix, ARNs follow), consistently across the copy, so references between
items (an instance's security group, a flow log's VPC) still resolve inside each copy. Account-level
singletons (resourceId = the account id) are kept once. Facts, exceptions and parameters are the demo's.

    gen_world.py --items 100000 -o world-100k.json [--demo-dir DIR]
"""
import argparse
import glob
import hashlib
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.join(HERE, "..", "..", "cli", "src", "main", "resources", "org", "msb", "cli", "demo")
HEX_ID = re.compile(r"^([a-z0-9]+-)([0-9a-f]{8,32})$")
UPPER_ID = re.compile(r"^([A-Z]{4})([A-Z0-9]{12,28})$")


def load_demo(d):
    world = json.load(open(os.path.join(d, "world.json")))
    items, facts, exceptions, attestations, parameters = [], {}, [], [], {}
    for f in sorted(glob.glob(os.path.join(d, "[A-Z]*.json"))):
        part = json.load(open(f))
        items += part.get("configurationItems", [])
        facts.update(part.get("facts", {}))
        parameters.update(part.get("parameters", {}))
        ex = part.get("exceptions", {})
        exceptions += ex.get("exceptions", [])
        attestations += ex.get("attestations", [])
    return world, items, facts, {"exceptions": exceptions, "attestations": attestations}, parameters


def fresh(old, k):
    """A new id for copy k shaped like the old one."""
    h = hashlib.sha1(f"{old}#{k}".encode()).hexdigest()
    m = HEX_ID.match(old)
    if m:
        return m.group(1) + h[:len(m.group(2))]
    m = UPPER_ID.match(old)
    if m:
        return m.group(1) + h.upper()[:len(m.group(2))]
    return f"{old}-c{k:04d}"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--items", type=int, required=True)
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--demo-dir", default=DEMO)
    a = p.parse_args()
    world, items, facts, exceptions, parameters = load_demo(a.demo_dir)
    account = world["accountId"]
    singletons = [i for i in items if i["resourceId"] == account]
    per_resource = [i for i in items if i["resourceId"] != account]
    # ids and names to rename in a copy; the longest first so "vpc-1a" is not renamed inside "vpc-1ab"
    ids = sorted({i["resourceId"] for i in per_resource} | {i["resourceName"] for i in per_resource if i.get("resourceName")},
                 key=len, reverse=True)
    ids = [x for x in ids if len(x) >= 4 and x != account]
    pattern = re.compile(r"(?<![A-Za-z0-9_.-])(" + "|".join(re.escape(x) for x in ids) + r")(?![A-Za-z0-9_-])")
    texts = [json.dumps(i, separators=(",", ":")) for i in per_resource]

    with open(a.output, "w") as out:
        header = {k: v for k, v in world.items() if k != "configurationItems"}
        header["description"] = f"Generated for the offline-scan benchmark: {a.items} items copied from the demo account"
        out.write(json.dumps(header)[:-1])
        out.write(', "facts": ' + json.dumps(facts))
        out.write(', "parameters": ' + json.dumps(parameters))
        out.write(', "exceptions": ' + json.dumps(exceptions))
        out.write(', "configurationItems": [\n')
        written = 0
        for i in singletons:
            if written >= a.items: break
            out.write(("" if written == 0 else ",\n") + json.dumps(i, separators=(",", ":")))
            written += 1
        k = 0
        while written < a.items:
            mapping = {}
            for t in texts:
                if written >= a.items: break
                if k > 0:
                    t = pattern.sub(lambda m: mapping.setdefault(m.group(1), fresh(m.group(1), k)), t)
                out.write(("" if written == 0 else ",\n") + t)
                written += 1
            k += 1
        out.write("\n]}\n")
    print(f"{a.output}: {written} items ({len(per_resource)} demo items x {k} copies + {len(singletons)} account-level)")


if __name__ == "__main__":
    main()
