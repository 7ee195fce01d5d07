#!/usr/bin/env python3
"""Periodic rule at scale: s3-access-logging's Lambda handler (LocalInvoke, a ScheduledNotification) against
config_stub.py holding N buckets with a fixed latency per call. Prints calls by operation against the
minimum, wall time, CPU time, peak RSS and the share of wall time spent waiting on the injected latency."""
import argparse
import json
import math
import os
import signal
import subprocess
import sys
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
from measure import load, median, port_free, table, timed, wait_http  # noqa: E402

OPS = ["DescribeConfigurationRecorders", "DescribeConfigurationRecorderStatus", "SelectResourceConfig",
       "GetComplianceDetailsByConfigRule", "PutEvaluations"]


def minimum(n):
    pages = math.ceil(n / 100)
    # the recorder's coverage (2 calls), the query's pages, the stale clean-up's pages, PutEvaluations batches
    return {"DescribeConfigurationRecorders": 1, "DescribeConfigurationRecorderStatus": 1, "SelectResourceConfig": pages,
            "GetComplianceDetailsByConfigRule": pages, "PutEvaluations": pages}


def stats(port):
    return json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/stats").read())


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--jar", required=True)
    p.add_argument("--sizes", default="1000,10000,50000")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--latency-ms", type=float, default=20)
    p.add_argument("--port", type=int, default=5105)
    p.add_argument("--java-opts", default="")
    a = p.parse_args()
    env = dict(os.environ, AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing", AWS_REGION="us-east-1")
    env.pop("AWS_PROFILE", None)
    rows, calls_rows = [], []
    for n in [int(s) for s in a.sizes.split(",")]:
        port_free(a.port)
        stub = subprocess.Popen([sys.executable, os.path.join(HERE, "config_stub.py"), "--port", str(a.port), "--buckets", str(n),
                                 "--latency-ms", str(a.latency_ms)], stdout=subprocess.DEVNULL)
        try:
            wait_http(f"http://127.0.0.1:{a.port}/stats", 120)
            walls, rsss, cpus, loads, counts = [], [], [], [], None
            for r in range(a.runs):
                urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{a.port}/reset", data=b"", method="POST")).read()
                cmd = ["java"] + a.java_opts.split() + ["-cp", a.jar, "org.msb.internal.lambda.LocalInvoke",
                       "--event", os.path.join(HERE, "scheduled-event.json"), "--endpoint-url", f"http://127.0.0.1:{a.port}",
                       "--region", "us-east-1", "--json"]
                loads.append(load())
                code, wall, rss, cpu, err = timed(cmd, env=env)
                if code != 0:
                    sys.exit(f"LocalInvoke failed for {n} buckets (exit {code}):\n{err[-3000:]}")
                s = stats(a.port)
                if s["distinctResources"] != n:
                    sys.exit(f"{n} buckets but evaluations of {s['distinctResources']} were sent")
                counts = s["calls"]
                walls.append(wall); rsss.append(rss); cpus.append(cpu)
                print(f"  {n} buckets, run {r + 1}: {wall:.2f} s wall, {cpu:.2f} s CPU, {rss:.0f} MiB, {s['evaluations']} evaluations sent,"
                      f" calls {counts}", file=sys.stderr)
        finally:
            stub.send_signal(signal.SIGTERM)
            stub.wait()
        mins = minimum(n)
        total, least = sum(counts.values()), sum(mins.values())
        wall = median(walls)
        waited = total * a.latency_ms / 1000
        rows.append([f"{n:,}", total, least, f"{100 * (total - least) / least:+.1f}%", f"{wall:.2f}", f"{median(cpus):.2f}",
                     f"{median(rsss):.0f}", f"{waited:.2f}", f"{100 * waited / wall:.0f}%", f"{median(loads):.1f}"])
        for op in sorted(set(counts) | set(mins)):
            calls_rows.append([f"{n:,}", op, counts.get(op, 0), mins.get(op, 0)])
    print(f"Periodic rule s3-access-logging, {a.latency_ms:g} ms per call, median of {a.runs} runs; load = 1-minute load average on the machine at the start of a run\n")
    print(table(["buckets", "API calls", "minimum", "over minimum", "wall s", "CPU s", "peak RSS MiB",
                 "calls x latency s", "(calls x latency) / wall", "load"], rows))
    print()
    print(table(["buckets", "operation", "calls", "minimum"], calls_rows))


if __name__ == "__main__":
    main()
