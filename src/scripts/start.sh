#!/usr/bin/env bash
# Start benchmark: how soon a reader gets a document page after `java` is run, as README's Quick start
# runs the app. Needs target/concordance.jar (and target/concordance.jsa, which the build makes) and curl;
# uses no file outside the repository.
#
# Usage: src/scripts/start.sh [RUNS=5] [CONTENT=content]
#
# Method
#   Each of RUNS rounds: a start on a fresh data folder, then one on it with the content unchanged. Each is
#   timed from launching java until (a) the document page answers 200 and (b) /healthz answers 200
#   (the library and its index ready), polling both every 20 ms with curl. The fresh start is left
#   running 3 s after it is ready, so the pages it rendered are kept on disk as a reader's visit
#   would leave them. The port is fixed (as with Quick start's 7070), so the site's address, and with
#   it the edition of the pages, is the same on every start. Prints every time and the medians.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${1:-5}; CONTENT=${2:-content}
JAR=target/concordance.jar
[ -f "$JAR" ] || { echo "start.sh: $JAR not found; build it with: mvn -q package -DskipTests" >&2; exit 2; }
command -v curl >/dev/null || { echo "start.sh: curl not found (apt-get install curl)" >&2; exit 2; }
CDS=(); [ -f target/concordance.jsa ] && CDS=(-XX:SharedArchiveFile=target/concordance.jsa)
export MALLOC_ARENA_MAX=2
PAGE=${BENCH_PAGE:-/documents/why-terrorist-actors-cooperate}
DIR=$(mktemp -d /tmp/concordance-start.XXXXXX)
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$DIR"; }
trap cleanup EXIT
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
APP="http://127.0.0.1:$PORT"

once() { # linger-seconds -> prints "page-seconds ready-seconds"
  local started page="" ready=""
  started=$(date +%s%N)
  java -Xmx96m -XX:+UseSerialGC ${CDS[@]+"${CDS[@]}"} -jar "$JAR" --port "$PORT" --content "$CONTENT" \
    --data "$DIR/data" > "$DIR/app.log" 2>&1 &
  PID=$!
  while [ -z "$ready" ]; do
    kill -0 "$PID" 2>/dev/null || { echo "start.sh: the app stopped; its log:" >&2; tail -5 "$DIR/app.log" >&2; exit 1; }
    [ -z "$page" ] && curl -fs -o /dev/null "$APP$PAGE" && page=$(date +%s%N)
    [ -n "$page" ] && curl -fs -o /dev/null "$APP/healthz" && ready=$(date +%s%N)
    sleep 0.02
  done
  sleep "$1"
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
  awk -v a="$started" -v p="$page" -v r="$ready" 'BEGIN { printf "%.2f %.2f\n", (p - a) / 1e9, (r - a) / 1e9 }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "page $PAGE; java -Xmx96m -XX:+UseSerialGC ${CDS[*]:-} (MALLOC_ARENA_MAX=2)"
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
