#!/usr/bin/env python3
"""Live capture against moto: seeds moto with a few thousand resources (seed_moto.py), puts counting_proxy.py
between msb and moto, runs `msb capture --live` several times, and prints calls by operation (those that
grow with the number of resources are per-resource fan-out), calls per resource, wall time and peak RSS."""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
from measure import load, median, port_free, table, timed, wait_http  # noqa: E402


def post(url):
    urllib.request.urlopen(urllib.request.Request(url, data=b"", method="POST")).read()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--jar", required=True)
    p.add_argument("--scales", default="0.5,1")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--moto-port", type=int, default=5105)
    p.add_argument("--proxy-port", type=int, default=15105)
    a = p.parse_args()
    moto_url, proxy_url = f"http://127.0.0.1:{a.moto_port}", f"http://127.0.0.1:{a.proxy_port}"
    env = dict(os.environ, AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing", AWS_REGION="us-east-1")
    for k in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL"):
        env.pop(k, None)
    port_free(a.moto_port)
    port_free(a.proxy_port)
    scratch = tempfile.mkdtemp(prefix="msb-bench-moto-")
    moto = subprocess.Popen(["moto_server", "-H", "127.0.0.1", "-p", str(a.moto_port)], cwd=scratch,
                            stdout=open(os.path.join(scratch, "moto.log"), "w"), stderr=subprocess.STDOUT)
    proxy = subprocess.Popen([sys.executable, os.path.join(HERE, "counting_proxy.py"), "--port", str(a.proxy_port),
                              "--upstream", moto_url], stdout=subprocess.DEVNULL)
    summary, by_op, seeded_by_scale = [], {}, {}
    try:
        wait_http(moto_url + "/moto-api/", 60)
        wait_http(proxy_url + "/__stats", 30)
        for scale in [float(s) for s in a.scales.split(",")]:
            post(moto_url + "/moto-api/reset")
            seed = subprocess.run([sys.executable, os.path.join(HERE, "seed_moto.py"), "--endpoint", moto_url, "--scale", str(scale)],
                                  capture_output=True, text=True)
            if seed.returncode != 0:
                sys.exit(f"seeding moto failed:\n{seed.stderr[-3000:]}")
            seeded = json.loads(seed.stdout)
            resources = seeded["total"]
            seeded_by_scale[scale] = resources
            print(f"seeded moto: {seeded}", file=sys.stderr)
            walls, rsss, cpus, loads, calls, items = [], [], [], [], None, None
            for r in range(a.runs):
                post(proxy_url + "/__reset")
                out = os.path.join(scratch, "world.json.gz")
                cmd = ["java", "-jar", a.jar, "capture", "--live", "--endpoint-url", proxy_url, "--region", "us-east-1", "-o", out]
                loads.append(load())
                code, wall, rss, cpu, err = timed(cmd, env=env, stdout=subprocess.PIPE)
                if code not in (0, 4):  # 4: written, with what moto does not serve listed as not captured
                    sys.exit(f"msb capture failed (exit {code}):\n{err[-3000:]}")
                calls = json.loads(urllib.request.urlopen(proxy_url + "/__stats").read())["calls"]
                items = sum(1 for _ in json.load(__import__("gzip").open(out))["configurationItems"])
                walls.append(wall); rsss.append(rss); cpus.append(cpu)
                print(f"  scale {scale}, run {r + 1}: {wall:.2f} s wall, {sum(calls.values())} calls, {items} items", file=sys.stderr)
            total = sum(calls.values())
            summary.append([f"{resources:,}", f"{items:,}", total, f"{total / resources:.2f}", f"{median(walls):.2f}",
                            f"{median(cpus):.2f}", f"{median(rsss):.0f}", f"{median(loads):.1f}"])
            for op, c in calls.items():
                by_op.setdefault(op, {})[scale] = c
    finally:
        proxy.send_signal(signal.SIGTERM); proxy.wait()
        moto.send_signal(signal.SIGTERM); moto.wait()
        shutil.rmtree(scratch, ignore_errors=True)
    scales = [float(s) for s in a.scales.split(",")]
    print(f"msb capture --live against moto through a counting proxy, median of {a.runs} runs\n")
    print(table(["resources created", "items captured", "API calls", "calls per resource", "wall s", "CPU s", "peak RSS MiB", "load"], summary))
    print()
    rows = []
    for op in sorted(by_op, key=lambda o: -by_op[o].get(scales[-1], 0)):
        counts = [by_op[op].get(s, 0) for s in scales]
        grows = "per resource" if counts[-1] > counts[0] + 2 else "fixed"
        rows.append([op] + counts + [grows])
    print(table(["operation"] + [f"calls ({seeded_by_scale[s]:,} resources)" for s in scales] + ["grows"], rows))


if __name__ == "__main__":
    main()
