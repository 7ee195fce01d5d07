"""Prints the cold-start table from run.sh's measurements: median wall ms, peak RSS MB, jar MB, ratio to Python."""
import json
import os
import statistics
import sys

work, before_jar, after_jar, calls = sys.argv[1:5]
shaded_jar = sys.argv[5] if len(sys.argv) > 5 else None
runs = {r["command"]: r for r in json.load(open(os.path.join(work, "hyperfine.json")))["results"]}
jars = {"java-before": before_jar, "java-shaded": shaded_jar, "java-after": after_jar, "python": None}
py = statistics.median(runs["python"]["times"])
print("| variant | median wall ms | min-max ms | mean CPU ms (user+sys) | peak RSS MB (median) | jar MB | ratio to Python (wall) |")
print("|---|---:|---:|---:|---:|---:|---:|")
for v in [v for v in ("java-before", "java-shaded", "java-after", "python") if v in runs]:
    t = runs[v]["times"]
    rss = [int(x) for x in open(os.path.join(work, v + ".rss")).read().split() if x.strip().isdigit()]
    jar = "%.1f" % (os.path.getsize(jars[v]) / 1e6) if jars[v] else "-"
    cpu = (runs[v]["user"] + runs[v]["system"]) * 1000
    print("| %s | %.0f | %.0f-%.0f | %.0f | %.0f | %s | %.2f |" % (v, statistics.median(t) * 1000, min(t) * 1000, max(t) * 1000, cpu,
                                                                statistics.median(rss) / 1024, jar, statistics.median(t) / py))
print("stub calls: " + calls)
