#!/usr/bin/env python3
"""Offline scan at scale: the command a user runs, `msb scan --world FILE --format json`, over generated worlds of N
items, under /usr/bin/time -v, several runs each; prints median wall time, CPU time and peak RSS, and the cost per item.

Several launchers can be measured side by side (`--launcher before=/tmp/old/msb --launcher after=./msb`): their runs
alternate, so a change in the machine's load falls on both alike."""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
from measure import load, median, table, timed  # noqa: E402


def launchers(specs):
    """[(label, path)] from "label=path" or "path" arguments; the repository's ./msb when none is given."""
    out = []
    for s in specs or [os.path.join(ROOT, "msb")]:
        label, _, path = s.rpartition("=")
        out.append((label or "msb", os.path.abspath(path)))
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--launcher", action="append", help="label=path of an msb launcher (repeatable); default ./msb")
    p.add_argument("--sizes", default="1000,10000,100000")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--work", default=os.path.join(HERE, "work"))
    p.add_argument("--java-opts", default=None, help="MSB_JAVA_OPTS for the launcher (replaces its JVM options)")
    a = p.parse_args()
    os.makedirs(a.work, exist_ok=True)
    env = dict(os.environ)
    if a.java_opts is not None:
        env["MSB_JAVA_OPTS"] = a.java_opts
    runs = launchers(a.launcher)
    for label, path in runs:  # a launcher builds its jar when sources changed: not inside a measured run
        subprocess.run([path, "--version"], check=True, env=env, stdout=subprocess.DEVNULL)
    rows = []
    base = {}
    for n in [int(s) for s in a.sizes.split(",")]:
        world = os.path.join(a.work, f"world-{n}.json")
        if not os.path.exists(world):
            subprocess.run([sys.executable, os.path.join(HERE, "gen_world.py"), "--items", str(n), "-o", world], check=True,
                           stdout=sys.stderr)
        m = {label: ([], [], [], []) for label, _ in runs}
        for r in range(a.runs):
            for label, path in runs:
                out = os.path.join(a.work, f"scan-{label}-{n}.json")
                cmd = [path, "scan", "--world", world, "--format", "json", "-o", out, "--exit-zero", "--at", "2026-11-30T12:00:00Z"]
                walls, rsss, cpus, loads = m[label]
                loads.append(load())
                code, wall, rss, cpu, err = timed(cmd, env=env)
                if code != 0:
                    sys.exit(f"{label}: msb scan failed on {world} (exit {code}):\n{err[-3000:]}")
                walls.append(wall); rsss.append(rss); cpus.append(cpu)
                print(f"  {label}, {n} items, run {r + 1}: {wall:.2f} s wall, {cpu:.2f} s CPU, {rss:.0f} MiB", file=sys.stderr)
        size = os.path.getsize(world) / 2**20
        for label, _ in runs:
            walls, rsss, cpus, loads = m[label]
            wall = median(walls)
            base.setdefault(label, (n, wall))
            b = base[label]
            rows.append([label, f"{n:,}", f"{size:.0f}", f"{wall:.2f}", f"{median(cpus):.2f}", f"{median(rsss):.0f}",
                         f"{1e6 * wall / n:.0f}", f"{wall / b[1]:.1f}x for {n / b[0]:g}x items", f"{median(loads):.1f}"])
    print(f"msb scan --world (every rule), median of {a.runs} runs\n")
    print(table(["launcher", "items", "world MiB", "wall s", "CPU s", "peak RSS MiB", "wall us/item", "growth", "load"], rows))


if __name__ == "__main__":
    main()
