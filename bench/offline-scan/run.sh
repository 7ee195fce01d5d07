#!/usr/bin/env bash
# Offline scan at scale. Needs: java 17, python3, and cli/target/msb.jar, built with
#   mvn -B -q -DskipTests package -pl cli -am
# Generates worlds into bench/offline-scan/work/ (kept between runs; delete to regenerate).
# Usage: bench/offline-scan/run.sh [--sizes 1000,10000,100000] [--runs 3] [--java-opts=-Xmx1g]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/cli/target/msb.jar"
if [[ ! -f "$jar" ]]; then
  echo "missing $jar; build it first: mvn -B -q -DskipTests package -pl cli -am" >&2
  exit 2
fi
exec python3 "$root/bench/offline-scan/run.py" --jar "$jar" "$@"
