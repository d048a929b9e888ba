#!/usr/bin/env bash
# Start benchmark: how soon a reader gets a document page after `java` is run, as README's Quick start
# runs the app (java @src/main/jvm/concordance.args; BENCH_JAVA_OPTS to change). Needs
# target/concordance.jar (and target/concordance.jsa, which the build makes) and python3; uses no
# file outside the repository.
#
# Usage: src/scripts/start.sh [RUNS=5] [CONTENT=content]
#
# Method
#   Each of RUNS rounds: a start on a fresh data folder, then one on it with the content unchanged. Each is
#   timed from launching java until (a) the document page answers 200 and (b) /healthz answers 200
#   (the library and its index ready), polling both every 20 ms from one Python process (a new
#   connection each time, as a reader reloading would open). The fresh start is left
#   running 3 s after it is ready, so the pages it rendered are kept on disk as a reader's visit
#   would leave them. The port is fixed for the whole run (a free one, as Quick start's 7070 is), so the site's address, and with
#   it the edition of the pages, is the same on every start. Prints every time and the medians.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${1:-5}; CONTENT=${2:-content}
JAR=target/concordance.jar
# README's Java options (heap, collector, class-data archive, compiler thresholds).
JAVA_OPTS=${BENCH_JAVA_OPTS:-@src/main/jvm/concordance.args}
[ -f "$JAR" ] || { echo "start.sh: $JAR not found; build it with: mvn -q package -DskipTests" >&2; exit 2; }
command -v python3 >/dev/null || { echo "start.sh: python3 not found (apt-get install python3)" >&2; exit 2; }
export MALLOC_ARENA_MAX=2
PAGE=${BENCH_PAGE:-/documents/why-terrorist-actors-cooperate}
DIR=$(mktemp -d /tmp/concordance-start.XXXXXX)
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$DIR"; }
trap cleanup EXIT
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
APP="http://127.0.0.1:$PORT"

# Polls like one reader with a browser, not a fork of curl every 20 ms: a curl process costs about
# 8 ms of CPU, which on 2 cores was a tenth of the machine taken from the start it measures.
POLL='
import http.client, os, sys, time
port, page, started, pid = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
def ok(path):
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        connection.close()
        return response.status == 200
    except OSError:
        return False
times = {}
while "ready" not in times:
    try:
        os.kill(pid, 0)
    except OSError:
        sys.exit(1)
    if "page" not in times and ok(page):
        times["page"] = time.time_ns()
    if "page" in times and ok("/healthz"):
        times["ready"] = time.time_ns()
    time.sleep(0.02)
print("%.2f %.2f" % ((times["page"] - started) / 1e9, (times["ready"] - started) / 1e9))
'

once() { # linger-seconds -> prints "page-seconds ready-seconds"
  local started times
  started=$(date +%s%N)
  java $JAVA_OPTS -jar "$JAR" --host 127.0.0.1 --port "$PORT" --content "$CONTENT" \
    --data "$DIR/data" > "$DIR/app.log" 2>&1 &
  PID=$!
  times=$(python3 -c "$POLL" "$PORT" "$PAGE" "$started" "$PID") \
    || { echo "start.sh: the app stopped; its log:" >&2; tail -5 "$DIR/app.log" >&2; exit 1; }
  sleep "$1"
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
  echo "$times"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "page $PAGE; java $JAVA_OPTS (MALLOC_ARENA_MAX=2)"
: > "$DIR/fresh"; : > "$DIR/unchanged"
for run in $(seq "$RUNS"); do
  rm -rf "$DIR/data"
  f=$(once 3); echo "$f" >> "$DIR/fresh"
  u=$(once 0); echo "$u" >> "$DIR/unchanged"
  echo "run $run: fresh data folder: page ${f% *} s, ready ${f#* } s; unchanged: page ${u% *} s, ready ${u#* } s"
done
for kind in fresh unchanged; do
  echo "$kind, median of $RUNS: page $(cut -d' ' -f1 "$DIR/$kind" | median) s, ready $(cut -d' ' -f2 "$DIR/$kind" | median) s"
done
