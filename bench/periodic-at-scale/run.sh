#!/usr/bin/env bash
# Periodic rule at scale. Needs: java 17, python3, and the rule jar, built with
#   mvn -B -q -DskipTests package -pl rules/s3-access-logging -am
# Usage: bench/periodic-at-scale/run.sh [--sizes 1000,10000,50000] [--runs 3] [--latency-ms 20] [--port 5105] [--java-opts=-Xmx400m]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/rules/s3-access-logging/target/lambda/s3-access-logging.jar"
if [[ ! -f "$jar" ]]; then
  echo "missing $jar; build it first: mvn -B -q -DskipTests package -pl rules/s3-access-logging -am" >&2
  exit 2
fi
exec python3 "$root/bench/periodic-at-scale/run.py" --jar "$jar" "$@"
