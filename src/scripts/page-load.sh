#!/usr/bin/env bash
# Page load benchmark: the app's requests per second and latency against nginx serving the very same
# bytes, in the same run, on loopback. Needs target/concordance.jar, wrk, nginx and curl; uses no
# file outside the repository.
#
# Usage: src/scripts/page-load.sh [ROUNDS=5] [SECONDS=10] [CONNS=64] [CONTENT=content]
#
# Method
#   1. Starts the app as README's run command does (MALLOC_ARENA_MAX=2 java @src/main/jvm/concordance.args
#      -jar ...; BENCH_JAVA_OPTS to change) on a fresh data folder under a temporary directory, and waits for
#      /healthz.
#   2. Fetches a document page (BENCH_PAGE, default the first document on the home page) as a
#      browser asks for it (Accept-Encoding: gzip) and without encoding; nginx (one server,
#      worker_processes auto, sendfile, keep-alive, gzip_static) serves those exact bytes, the gzip
#      copy compressed once with gzip -9, so it compresses nothing per request.
#   3. Warms each target for 5 s, then in each round runs wrk -t2 -cCONNS -dSECONDS --latency in
#      turn: app gzip, nginx gzip, app identity, nginx identity, app search (BENCH_QUERY, default
#      "alliance", with gzip). wrk shares the machine's cores with the servers, so compare ratios
#      taken within one round, and the median of the rounds.
#   4. Prints each run, then per measure the median req/s and p50/p99 over the rounds, the median of
#      the per-round ratios app/nginx, and the app's resident memory (RSS, from /proc) at the end.
#   5. A results page is kept once made, so the search runs above measure a query asked again. The
#      cost of a query asked for the first time: each of the 116 reader queries of
#      src/test/resources/relevance/reader-queries.tsv asked once, one at a time, with gzip (curl's
#      time_total): median, 90th percentile and maximum.
set -euo pipefail
cd "$(dirname "$0")/../.."

ROUNDS=${1:-5}; SECS=${2:-10}; CONNS=${3:-64}; CONTENT=${4:-content}
JAR=target/concordance.jar
JAVA_OPTS=${BENCH_JAVA_OPTS:-@src/main/jvm/concordance.args}
# As README runs it: glibc keeps fewer malloc arenas, which the resident size counts.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
QUERY=${BENCH_QUERY:-alliance}
for n in "$ROUNDS" "$SECS" "$CONNS"; do [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "page-load.sh: ROUNDS, SECONDS and CONNS are positive numbers" >&2; exit 2; }; done
[ -f "$JAR" ] || { echo "page-load.sh: $JAR not found; build it with: mvn -q package -DskipTests" >&2; exit 2; }
for c in curl wrk; do command -v $c >/dev/null || { echo "page-load.sh: $c not found (apt-get install $c)" >&2; exit 2; }; done
NGINX=$(command -v nginx || ls /usr/sbin/nginx 2>/dev/null || true)
[ -n "$NGINX" ] || { echo "page-load.sh: nginx not found (apt-get install nginx)" >&2; exit 2; }

DIR=$(mktemp -d /tmp/concordance-page-load.XXXXXX)
chmod 755 "$DIR"
APP_PID=""
cleanup() {
  [ -s "$DIR/nginx/nginx.pid" ] && kill -QUIT "$(cat "$DIR/nginx/nginx.pid")" 2>/dev/null || true
  [ -n "$APP_PID" ] && { kill -TERM "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }
  if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "kept $DIR" >&2; else rm -rf "$DIR"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# 1. The app, as README runs it.
APP_PORT=$(free_port)
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" --host 127.0.0.1 --port "$APP_PORT" --content "$CONTENT" --data "$DIR/data" > "$DIR/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1200); do
  curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/healthz" && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "page-load.sh: the app stopped; its log:" >&2; cat "$DIR/app.log" >&2; exit 1; }
  sleep 0.25
done
APP="http://127.0.0.1:$APP_PORT"
HOME_PAGE=$(curl -fsS "$APP/")
PAGE=${BENCH_PAGE:-$(grep -o 'href="/documents/[^"#]*"' <<<"$HOME_PAGE" | sed -n '1s/^href="//; 1s/"$//p')}
[ -n "$PAGE" ] || { echo "page-load.sh: no document page found on the home page" >&2; exit 1; }
SEARCH="/search?q=$QUERY"

# 2. The same bytes for nginx.
mkdir -p "$DIR/www" "$DIR/nginx/tmp"; chmod 755 "$DIR/www" "$DIR/nginx"
curl -fsS -o "$DIR/www/page.html" "$APP$PAGE"
curl -fsS -H 'Accept-Encoding: gzip' -o "$DIR/www/app.html.gz" "$APP$PAGE"
gzip -9 -k -c "$DIR/www/page.html" > "$DIR/www/page.html.gz"
chmod 644 "$DIR/www/"*
TYPE=$(curl -fsS -o /dev/null -w '%{content_type}' "$APP$PAGE")
NGINX_PORT=$(free_port)
USER_LINE=""; [ "$(id -u)" = 0 ] && USER_LINE="user root;"
cat > "$DIR/nginx/nginx.conf" <<EOF
$USER_LINE
worker_processes auto;
pid $DIR/nginx/nginx.pid;
error_log $DIR/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on; tcp_nopush on; tcp_nodelay on;
  keepalive_timeout 65s; keepalive_requests 1000000;
  types { }
  default_type "$TYPE";
  client_body_temp_path $DIR/nginx/tmp/body; proxy_temp_path $DIR/nginx/tmp/proxy;
  fastcgi_temp_path $DIR/nginx/tmp/fastcgi; uwsgi_temp_path $DIR/nginx/tmp/uwsgi; scgi_temp_path $DIR/nginx/tmp/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $DIR/www;
    gzip_static on;
    location / { try_files /page.html =404; }
  }
}
EOF
"$NGINX" -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -e "$DIR/nginx/error.log"
for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && break; sleep 0.1; done
NGX="http://127.0.0.1:$NGINX_PORT"
size() { curl -fsS -o /dev/null -w '%{size_download}' "$@"; }
echo "page $PAGE: $(size "$APP$PAGE") bytes; gzip: app $(size -H 'Accept-Encoding: gzip' "$APP$PAGE"), nginx $(size -H 'Accept-Encoding: gzip' "$NGX$PAGE") bytes"
echo "search $SEARCH: gzip $(size -H 'Accept-Encoding: gzip' "$APP$SEARCH") bytes"
[ "$(curl -fsS -H 'Accept-Encoding: gzip' -o /dev/null -w '%header{content-encoding}' "$APP$PAGE")" = gzip ] \
  || { echo "page-load.sh: the app did not answer with gzip" >&2; exit 1; }

# 3. wrk, in turn, round after round. Each run appends "measure req/s p50_ms p99_ms errors" to results.
run() { # measure url [header]
  local name=$1 url=$2 out; shift 2
  out=$(wrk -t2 -c"$CONNS" -d"${SECS}s" --latency "$@" "$url")
  awk -v name="$name" '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps=$2 }
    $1=="50%" { p50=ms($2) } $1=="99%" { p99=ms($2) }
    /Non-2xx/ { errors+=$NF } /Socket errors/ { errors+=1 }
    END { printf "%s %.0f %.2f %.2f %d\n", name, rps, p50, p99, errors+0 }' <<<"$out" | tee -a "$DIR/results"
}
GZ=(-H 'Accept-Encoding: gzip')
echo "warming up"
for target in "$APP$PAGE" "$NGX$PAGE" "$APP$SEARCH"; do
  wrk -t2 -c"$CONNS" -d5s "${GZ[@]}" "$target" > /dev/null
  wrk -t2 -c"$CONNS" -d2s "$target" > /dev/null
done
echo "measure req/s p50_ms p99_ms errors"
for R in $(seq 1 "$ROUNDS"); do
  echo "# round $R"
  run app-gzip "$APP$PAGE" "${GZ[@]}"
  run nginx-gzip "$NGX$PAGE" "${GZ[@]}"
  run app-identity "$APP$PAGE"
  run nginx-identity "$NGX$PAGE"
  run app-search "$APP$SEARCH" "${GZ[@]}"
done
# 5. Queries asked for the first time.
grep -v '^#' src/test/resources/relevance/reader-queries.tsv | cut -f2 | grep -v '^$' | while IFS= read -r q; do
  curl -fsS -o /dev/null -H 'Accept-Encoding: gzip' -w '%{time_total}\n' -G --data-urlencode "q=$q" "$APP/search"
done > "$DIR/first-queries"
python3 - "$DIR/first-queries" <<'EOF2'
import statistics, sys
times = sorted(float(t) * 1000 for t in open(sys.argv[1]))
print("first-time queries: %d, median %.1f ms, p90 %.1f ms, max %.1f ms (one connection)" % (len(times),
      statistics.median(times), times[int(len(times) * 0.9) - 1], times[-1]))
EOF2
RSS=$(awk '/VmRSS/ { printf "%.0f", $2/1024 }' "/proc/$APP_PID/status")
HWM=$(awk '/VmHWM/ { printf "%.0f", $2/1024 }' "/proc/$APP_PID/status")

# 4. Medians and ratios.
python3 - "$DIR/results" "$ROUNDS" <<'EOF'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
by = {}
for name, rps, p50, p99, errors in rows:
    by.setdefault(name, []).append((float(rps), float(p50), float(p99), int(errors)))
print("\nmedians over %s rounds" % sys.argv[2])
for name, runs in by.items():
    print("%-15s %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  errors %d" % (name,
          statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs),
          statistics.median(r[2] for r in runs), sum(r[3] for r in runs)))
def ratio(a, b):
    return statistics.median(x[0] / y[0] for x, y in zip(by[a], by[b]))
print("ratio app/nginx, gzip:     %.2f (median of the rounds' ratios)" % ratio("app-gzip", "nginx-gzip"))
print("ratio app/nginx, identity: %.2f" % ratio("app-identity", "nginx-identity"))
print("search / nginx gzip page:  %.2f" % ratio("app-search", "nginx-gzip"))
EOF
echo "app RSS at the end: ${RSS} MB (peak ${HWM} MB), java options: $JAVA_OPTS"
