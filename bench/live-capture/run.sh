#!/usr/bin/env bash
# Live capture against moto. Needs: java 17, python3 with boto3 and moto (moto_server on PATH), and
# cli/target/msb.jar, built with  mvn -B -q -DskipTests package -pl cli -am
# Starts moto (port 5105) and a counting proxy (port 15105), seeds resources, runs the captures, stops both.
# Usage: bench/live-capture/run.sh [--scales 0.5,1] [--runs 3] [--moto-port 5105] [--proxy-port 15105]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/cli/target/msb.jar"
if [[ ! -f "$jar" ]]; then
  echo "missing $jar; build it first: mvn -B -q -DskipTests package -pl cli -am" >&2
  exit 2
fi
command -v moto_server >/dev/null || { echo "moto_server is not on PATH (pip install 'moto[server]')" >&2; exit 2; }
exec python3 "$root/bench/live-capture/run.py" --jar "$jar" "$@"
