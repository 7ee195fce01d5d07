#!/usr/bin/env bash
# Cold-start benchmark: one change-triggered Config event (an HTTPS ELBv2 listener for encryption-in-transit),
# handled by a fresh process that sends PutEvaluations to a local stub endpoint, per variant:
#   java-before  the rule jar of the main line at $BEFORE_COMMIT (SDK ConfigClient path)
#   java-shaded  this checkout's rule jar before shrinking (target/shaded/), when the build made it
#   java-after   the rule jar of this checkout (lean transport, shrunk: what is deployed)
#   python       the same decision in Python 3 with boto3 (rule.py), as people would otherwise write it
# Whole-process wall time by hyperfine (median), peak RSS by /usr/bin/time (median of $RSS_RUNS), jar size.
# JVM flags as a managed Lambda runtime: C1 only, serial GC (a function of <1.8 GB gets it), no CDS/AOT
# archive of our own (the JDK's default CDS archive stays on, as on Lambda).
# Usage: bench/cold-start/run.sh            (env: RUNS, WARMUP, PORT, SKIP_BUILD=1, WORK, BEFORE_COMMIT)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
RULE=encryption-in-transit
PORT=${PORT:-5104}
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-3}
RSS_RUNS=${RSS_RUNS:-5}
WORK=${WORK:-/tmp/msb-cold-start}
BEFORE_COMMIT=${BEFORE_COMMIT:-a338659}
mkdir -p "$WORK"
command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install -y hyperfine" >&2; exit 2; }

# 1. The "before" jar, built once from the main line's commit in a scratch copy (never in a checkout).
if [ ! -f "$WORK/before.jar" ]; then
  rm -rf "$WORK/before-src" && mkdir -p "$WORK/before-src"
  git -C "$ROOT" archive "$BEFORE_COMMIT" | tar -x -C "$WORK/before-src"
  (cd "$WORK/before-src" && mvn -B -q -DskipTests package -pl "rules/$RULE" -am)
  cp "$WORK/before-src/rules/$RULE/target/lambda/$RULE.jar" "$WORK/before.jar"
fi
# 2. The "after" jar: this checkout.
if [ -z "${SKIP_BUILD:-}" ]; then (cd "$ROOT" && mvn -B -q -DskipTests package -pl "rules/$RULE" -am); fi
AFTER="$ROOT/rules/$RULE/target/lambda/$RULE.jar"
SHADED="$ROOT/rules/$RULE/target/shaded/$RULE.jar"
BEFORE="$WORK/before.jar"
# 3. The runtime main (compiled against the public handler, identical for both jars).
mkdir -p "$WORK/main"
javac --release 17 -cp "$AFTER" -d "$WORK/main" "$HERE/LambdaRuntimeMain.java"

# 4. The stub endpoint.
python3 "$HERE/stub.py" "$PORT" &
STUB=$!
trap 'kill $STUB 2>/dev/null' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/calls" >/dev/null && break; sleep 0.1; done

export AWS_REGION=eu-west-1 AWS_DEFAULT_REGION=eu-west-1 AWS_ENDPOINT_URL="http://127.0.0.1:$PORT"
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY AWS_SESSION_TOKEN=bench-session
unset AWS_PROFILE AWS_CONTAINER_CREDENTIALS_FULL_URI AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || true
JVM="java -XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
EVENT="$HERE/event.json"
declare -A CMD=(
  [java-before]="$JVM -cp $BEFORE:$WORK/main LambdaRuntimeMain $EVENT"
  [java-after]="$JVM -cp $AFTER:$WORK/main LambdaRuntimeMain $EVENT"
  [python]="python3 $HERE/rule.py $EVENT"
)
ORDER=(java-before java-after python)
if [ -f "$SHADED" ]; then
  CMD[java-shaded]="$JVM -cp $SHADED:$WORK/main LambdaRuntimeMain $EVENT"
  ORDER=(java-before java-shaded java-after python)
fi

# Each variant must really deliver one evaluation before it is timed.
for v in "${ORDER[@]}"; do
  before=$(curl -s "http://127.0.0.1:$PORT/calls" | python3 -c 'import json,sys;print(json.load(sys.stdin)["PutEvaluations"])')
  ${CMD[$v]} >/dev/null 2>"$WORK/$v.err" || { echo "$v failed:"; cat "$WORK/$v.err"; exit 1; }
  after=$(curl -s "http://127.0.0.1:$PORT/calls" | python3 -c 'import json,sys;print(json.load(sys.stdin)["PutEvaluations"])')
  [ "$after" -eq $((before + 1)) ] || { echo "$v did not call PutEvaluations once" >&2; exit 1; }
done

# 5. Peak memory, 6. wall time (all variants interleaved in one hyperfine run).
for v in "${ORDER[@]}"; do
  : > "$WORK/$v.rss"
  for _ in $(seq "$RSS_RUNS"); do /usr/bin/time -f "%M" -a -o "$WORK/$v.rss" ${CMD[$v]} >/dev/null 2>&1; done
done
args=()
for v in "${ORDER[@]}"; do args+=(-n "$v" "${CMD[$v]}"); done
hyperfine -N --warmup "$WARMUP" --runs "$RUNS" --export-json "$WORK/hyperfine.json" "${args[@]}" >/dev/null

calls=$(curl -s "http://127.0.0.1:$PORT/calls")
python3 "$HERE/report.py" "$WORK" "$BEFORE" "$AFTER" "$calls" "$SHADED"
