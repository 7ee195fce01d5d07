#!/usr/bin/env python3
"""Offline scan at scale: `msb scan --world FILE --format json` over generated worlds of N items, under
/usr/bin/time -v, several runs each; prints median wall time, CPU time and peak RSS, and the cost per item."""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
from measure import load, median, table, timed  # noqa: E402


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--jar", required=True)
    p.add_argument("--sizes", default="1000,10000,100000")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--work", default=os.path.join(HERE, "work"))
    p.add_argument("--java-opts", default="")
    a = p.parse_args()
    os.makedirs(a.work, exist_ok=True)
    rows = []
    base = None
    for n in [int(s) for s in a.sizes.split(",")]:
        world = os.path.join(a.work, f"world-{n}.json")
        if not os.path.exists(world):
            subprocess.run([sys.executable, os.path.join(HERE, "gen_world.py"), "--items", str(n), "-o", world], check=True,
                           stdout=sys.stderr)
        out = os.path.join(a.work, f"scan-{n}.json")
        walls, rsss, cpus, loads = [], [], [], []
        for r in range(a.runs):
            cmd = ["java"] + a.java_opts.split() + ["-jar", a.jar, "scan", "--world", world, "--format", "json", "-o", out,
                                                    "--exit-zero", "--at", "2026-11-30T12:00:00Z"]
            loads.append(load())
            code, wall, rss, cpu, err = timed(cmd)
            if code != 0:
                sys.exit(f"msb scan failed on {world} (exit {code}):\n{err[-3000:]}")
            walls.append(wall); rsss.append(rss); cpus.append(cpu)
            print(f"  {n} items, run {r + 1}: {wall:.2f} s wall, {cpu:.2f} s CPU, {rss:.0f} MiB", file=sys.stderr)
        wall = median(walls)
        if base is None:
            base = (n, wall)
        size = os.path.getsize(world) / 2**20
        rows.append([f"{n:,}", f"{size:.0f}", f"{wall:.2f}", f"{median(cpus):.2f}", f"{median(rsss):.0f}",
                     f"{1e6 * wall / n:.0f}", f"{wall / base[1]:.1f}x for {n / base[0]:g}x items", f"{median(loads):.1f}"])
    print(f"msb scan --world (every rule), median of {a.runs} runs\n")
    print(table(["items", "world MiB", "wall s", "CPU s", "peak RSS MiB", "wall us/item", "growth", "load"], rows))


if __name__ == "__main__":
    main()
