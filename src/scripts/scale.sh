#!/usr/bin/env bash
# Scale benchmark: a generated library of N documents on one machine. Needs target/concordance.jar,
# curl and wrk; uses no file outside the repository.
#
# Usage: src/scripts/scale.sh [N=10000] [LIBRARY=/tmp/concordance-library-N] [SECONDS=10]
#
# Method
#   1. Writes the library with org.concordance.bench.LibraryGenerator (seed 1) unless LIBRARY exists.
#   2. First start on a fresh data folder, the app run with Quick start's argument file, then the
#      heap of the issue's goal and the garbage-first collector, which fits the library in it
#      (java @src/main/jvm/concordance.args -Xmx512m -XX:-UseSerialGC -XX:+UseG1GC; BENCH_JAVA_OPTS
#      to change what follows the argument file), two malloc arenas: seconds until
#      /healthz answers 200 (ingest, derived parts and index), polled every 100 ms.
#      A new library is served before it is written to the catalog: the seconds until that write is
#      done are printed too, and nothing is measured before it.
#   3. Restart with unchanged content, three times: the same, and the seconds until a document page
#      read in the run before answers 200 (kept pages are served while the library is prepared).
#      Then, three times, one document changed (another sentence appended to it each time) and
#      started again, with --watch: the same (the library the last run kept is served first), and
#      the seconds until the changed document's page shows the sentence (the content read and its
#      library served); the medians of the three of each are printed after them. Then, watching, that file put back as it was: seconds from the write until its
#      page no longer shows the sentence (the watcher waits for the files to be quiet first), and
#      until the change is in the catalog. Then, still watching, two edits of one of its notes, each
#      put back after: the page a short-form note cites (nothing it resolves to changes) and the
#      title a full note cites (its notes are resolved again): seconds until the page shows each.
#   4. Sizes of the largest pages a reader can ask for: the home page, the index pages, the most
#      mentioned organization's and concept's pages, a document (uncompressed bytes).
#   5. wrk -t2 -c64 for SECONDS on a document page and on a search, with Accept-Encoding: gzip:
#      req/s, p50, p99. Then the app's RSS and its heap after a full GC (jcmd GC.heap_info), and
#      the sizes of what the data folder holds (catalog, snapshot, index, kept pages).
#   Each start is timed to the catalog written; nothing more is measured until /healthz no longer
#   names work under way (a catalog written whole is compacted after).
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${1:-10000}; LIB=${2:-/tmp/concordance-library-$N}; SECS=${3:-10}
JAR=target/concordance.jar
JAVA_OPTS="@src/main/jvm/concordance.args ${BENCH_JAVA_OPTS:--Xmx512m -XX:-UseSerialGC -XX:+UseG1GC}"
[ -f "$JAR" ] || { echo "scale.sh: $JAR not found; build it with: mvn -q package -DskipTests" >&2; exit 2; }
for c in curl wrk; do command -v $c >/dev/null || { echo "scale.sh: $c not found (apt-get install $c)" >&2; exit 2; }; done

if [ ! -d "$LIB" ]; then
  java -cp "$JAR" org.concordance.bench.LibraryGenerator "$LIB" "$N" 1
fi
DIR=$(mktemp -d /tmp/concordance-scale.XXXXXX)
PID=""
stop() { [ -n "$PID" ] && { kill -TERM "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }; PID=""; }
cleanup() { stop; if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "kept $DIR" >&2; else rm -rf "$DIR"; fi; }
trap cleanup EXIT
trap 'exit 130' INT TERM
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
APP="http://127.0.0.1:$PORT"

start() { # label [app option] [page and the text it shows once the content is read]
  local started page="" ready shown="" page_path="" needle=""
  [ -n "${3:-}" ] && { page_path=${3%% *}; needle=${3#* }; }
  started=$(date +%s%N)
  # shellcheck disable=SC2086
  MALLOC_ARENA_MAX=2 java $JAVA_OPTS -jar "$JAR" --host 127.0.0.1 --port "$PORT" --content "$LIB" --data "$DIR/data" ${2:-} > "$DIR/app-$1.log" 2>&1 &
  PID=$!
  until curl -fs -o /dev/null "$APP/healthz"; do
    kill -0 "$PID" 2>/dev/null || { echo "scale.sh: the app stopped; see $DIR/app-$1.log" >&2; tail -5 "$DIR/app-$1.log" >&2; exit 1; }
    [ -z "$page" ] && curl -fs -o /dev/null "$APP$FIRST_DOC" && page=$(date +%s%N)
    sleep 0.1
  done
  ready=$(date +%s%N)
  [ -z "$page" ] && page=$ready
  # Served first may be the library the last run kept: the changed page shows the change once the content is read.
  if [ -n "$needle" ]; then
    until curl -fs -o "$DIR/page.html" "$APP$page_path" && grep -q "$needle" "$DIR/page.html"; do sleep 0.1; done
    shown=$(date +%s%N)
  fi
  # A new library is served before it is written to the catalog; measure nothing until that is done.
  until grep -qE 'ingested [0-9]+ documents|content unchanged' "$DIR/app-$1.log"; do sleep 0.2; done
  written=$(date +%s%N)
  # Nor while the app still works after it (compacting a catalog written whole): /healthz names that work.
  while curl -fs -o "$DIR/health.json" "$APP/healthz" && grep -q '"working"' "$DIR/health.json"; do sleep 0.2; done
  # The document page is asked once ready, so the next start finds it kept on disk.
  curl -fs -o /dev/null "$APP$FIRST_DOC"
  READY_MS=$(( (ready - started) / 1000000 )); SHOWN_MS=$([ -n "$shown" ] && echo $(( (shown - started) / 1000000 )) || echo "")
  awk -v a="$started" -v p="$page" -v b="$ready" -v w="$written" -v s="$shown" -v l="$1" \
    'BEGIN { printf "%-28s %6.1f s until /healthz answers 200; a document page read before: %.1f s; ", l, (b - a) / 1e9, (p - a) / 1e9
             if (s != "") printf "the change shown: %.1f s; ", (s - a) / 1e9
             printf "in the catalog: %.1f s\n", (w - a) / 1e9 }'
}

# A document a reader asked for in the run before: served from the kept pages while the library is prepared.
FIRST_DOC=/documents/$(cd "$LIB/documents" && for f in generated-*.md; do echo "${f%.md}"; break; done)
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] / 1000 }'; }
start "first start (fresh data)"
stop
# Restarts are short and the machine noisy: three of each, and their median.
RESTARTS=()
for round in 1 2 3; do
  start "restart, content unchanged ($round)"
  RESTARTS+=("$READY_MS")
  stop
done
CHANGED=$(cd "$LIB/documents" && for f in generated-*.md; do echo "$f"; break; done)
cp "$LIB/documents/$CHANGED" "$DIR/changed.bak"
CHANGED_READY=(); CHANGED_SHOWN=()
for round in 1 2 3; do
  # Another sentence each round, so each start finds the file changed since the library the last one kept.
  cp "$DIR/changed.bak" "$LIB/documents/$CHANGED"
  printf '\nA sentence added for the benchmark, round %s.\n' "$round" >> "$LIB/documents/$CHANGED"
  start "restart, one file changed ($round)" --watch "/documents/${CHANGED%.md} A sentence added for the benchmark, round $round"
  CHANGED_READY+=("$READY_MS"); CHANGED_SHOWN+=("$SHOWN_MS")
  if [ "$round" -lt 3 ]; then stop; fi
done
printf '%-28s %6s s; one file changed: /healthz %s s, the change shown %s s (medians of 3)\n' "restart, content unchanged" \
  "$(median "${RESTARTS[@]}")" "$(median "${CHANGED_READY[@]}")" "$(median "${CHANGED_SHOWN[@]}")"
WATCHED="$DIR/app-restart, one file changed (3).log"
written=$(date +%s%N)
cp "$DIR/changed.bak" "$LIB/documents/$CHANGED"
# The page's file, not a pipe: with pipefail, grep -q leaving early would fail curl's write and end the wait.
while curl -fs -o "$DIR/page.html" "$APP/documents/${CHANGED%.md}" && grep -q 'A sentence added for the benchmark' "$DIR/page.html"; do
  sleep 0.1
done
shown=$(date +%s%N)
until [ "$(grep -cE 'ingested [0-9]+ documents' "$WATCHED")" -ge 2 ]; do sleep 0.2; done
cataloged=$(date +%s%N)
awk -v a="$written" -v s="$shown" -v c="$cataloged" -v l="watching, the file put back" \
  'BEGIN { printf "%-28s %6.1f s until its page shows it; in the catalog: %.1f s\n", l, (s - a) / 1e9, (c - a) / 1e9 }'

# Watching, a note of that file edited, and put back: first the page a short-form note cites (its
# work and everything the notes resolve to stay as they were), then the title a full note cites (the
# notes are resolved again); seconds from the write until the document's page shows the edit.
edit_note() { # label, sed expression, text the page shows once the edit is read
  local before after
  cp "$DIR/changed.bak" "$LIB/documents/$CHANGED"
  sed -i -E "$2" "$LIB/documents/$CHANGED"
  before=$(date +%s%N)
  until curl -fs -o "$DIR/page.html" "$APP/documents/${CHANGED%.md}" && grep -qF "$3" "$DIR/page.html"; do sleep 0.05; done
  after=$(date +%s%N)
  cp "$DIR/changed.bak" "$LIB/documents/$CHANGED"
  while curl -fs -o "$DIR/page.html" "$APP/documents/${CHANGED%.md}" && grep -qF "$3" "$DIR/page.html"; do sleep 0.1; done
  while curl -fs -o "$DIR/health.json" "$APP/healthz" && grep -q '"working"' "$DIR/health.json"; do sleep 0.2; done
  awk -v a="$before" -v b="$after" -v l="$1" 'BEGIN { printf "%-28s %6.1f s until its page shows it\n", l, (b - a) / 1e9 }'
}
SHORT=$(grep -nE '^\[\^[^]]+\]: [^(]*\*[^*]+\*, [0-9]+\.$' "$DIR/changed.bak" | tail -1 | cut -d: -f1)
FULL=$(grep -nE '^\[\^[^]]+\]: [^*]*\*[^*]+\* \(' "$DIR/changed.bak" | tail -1 | cut -d: -f1)
sleep 2
[ -n "$SHORT" ] && edit_note "watching, a page cited" "${SHORT}s/, [0-9]+\.\$/, 9999./" "</em>, 9999."
[ -n "$FULL" ] && edit_note "watching, a title cited" "${FULL}s/\*([^*]+)\* \(/*\1 Revisited* (/" " Revisited</em>"

echo
size() { curl -fsS -o /dev/null -w '%{size_download}' "$APP$1"; }
HOME_PAGE=$(curl -fsS "$APP/")
DOC=$(grep -o 'href="/documents/[^"#]*"' <<<"$HOME_PAGE" | sed -n '1s/^href="//; 1s/"$//p')
for path in / /?page=2 /concepts /organizations /people /works /organizations/hezbollah /organizations/al-qaeda \
    /concepts/terrorist-cooperation "$DOC" "/search?q=alliance"; do
  printf '%-40s %8d bytes\n' "$path" "$(size "$path")"
done

echo
wrk -t2 -c64 -d5s -H 'Accept-Encoding: gzip' "$APP$DOC" > /dev/null
wrk -t2 -c64 -d5s -H 'Accept-Encoding: gzip' "$APP/search?q=alliance" > /dev/null
for target in "$DOC" "/search?q=alliance" "/search?q=Hezbollah%20training"; do
  wrk -t2 -c64 -d"${SECS}s" --latency -H 'Accept-Encoding: gzip' "$APP$target" | awk -v t="$target" '
    /Requests\/sec/ { rps=$2 } $1=="50%" { p50=$2 } $1=="99%" { p99=$2 } /Non-2xx/ { bad=$NF }
    END { printf "%-40s %8.0f req/s  p50 %s  p99 %s  non-2xx %d\n", t, rps, p50, p99, bad }'
done
echo
awk '/VmRSS/ { rss = $2 } /VmHWM/ { peak = $2 } END { printf "RSS %.0f MB (peak %.0f MB)\n", rss / 1024, peak / 1024 }' "/proc/$PID/status"
if command -v jcmd >/dev/null; then
  # The live heap: the used part of every generation (serial: new and tenured; G1: one heap), after a full GC.
  jcmd "$PID" GC.run > /dev/null && jcmd "$PID" GC.heap_info | awk '/generation|garbage-first heap/ {
      for (i = 1; i <= NF; i++) if ($i == "used") { sub(/K.*/, "", $(i + 1)); used += $(i + 1) } }
    END { printf "heap used after a full collection: %.0f MB\n", used / 1024 }'
fi
# What the data folder holds on disk, each part (the catalog compacted after its whole write).
du -sh "$DIR/data/catalog.mv.db" "$DIR/data/library.snapshot" "$DIR/data/index" "$DIR/data/pages" | awk '{ printf "%s %s; ", $2, $1 } END { print "" }' | sed "s|$DIR/data/||g"
echo "java options: $JAVA_OPTS; library: $LIB ($(ls "$LIB/documents" | wc -l) documents)"
