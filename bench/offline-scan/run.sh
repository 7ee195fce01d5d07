#!/usr/bin/env bash
# Offline scan at scale, timing the command a user runs: ./msb scan --world FILE (the launcher builds the CLI first
# if sources changed, outside the measured runs). Needs: java 17, python3, Maven for the first build.
# Generates worlds into bench/offline-scan/work/ (kept between runs; delete to regenerate).
# Usage: bench/offline-scan/run.sh [--sizes 1000,10000,100000] [--runs 3] [--launcher LABEL=PATH ...]
#        [--java-opts "..."]   (MSB_JAVA_OPTS for the launcher: replaces its JVM options)
# Before/after in one run: build the old version in a copy outside the checkout, then
#   bench/offline-scan/run.sh --launcher before=/tmp/old/msb --launcher after=./msb
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
exec python3 "$root/bench/offline-scan/run.py" "$@"
