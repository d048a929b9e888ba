#!/usr/bin/env bash
# Starts N Concordance replicas on the same content, each with its own data folder, and nginx in
# front of them as the load balancer, all on loopback. Ctrl-C (or SIGTERM) stops everything:
# each replica finishes the requests it is answering first.
#
# Usage: src/scripts/replicas.sh [N=2] [PORT=8080] [CONTENT=content]
#   Needs target/concordance.jar (mvn -q package -DskipTests) and nginx. Every replica gets the
#   same public address (CONCORDANCE_BASE_URL, default http://127.0.0.1:PORT), so all of them
#   serve the same bytes and entity tags. Files go under a temporary folder (REPLICAS_DIR to
#   choose one); each replica's log is replica-K.log there.
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${1:-2}; PORT=${2:-8080}; CONTENT=${3:-content}
JAR=target/concordance.jar
[[ $N =~ ^[1-9][0-9]*$ ]] || { echo "replicas.sh: N must be a positive number" >&2; exit 2; }
[ -f "$JAR" ] || { echo "replicas.sh: $JAR not found; build it with: mvn -q package -DskipTests" >&2; exit 2; }
NGINX=$(command -v nginx || ls /usr/sbin/nginx 2>/dev/null || true)
[ -n "$NGINX" ] || { echo "replicas.sh: nginx not found (apt-get install nginx)" >&2; exit 2; }
DIR=${REPLICAS_DIR:-$(mktemp -d /tmp/concordance-replicas.XXXXXX)}
mkdir -p "$DIR/nginx/tmp"; chmod 755 "$DIR" "$DIR/nginx"
BASE_URL=${CONCORDANCE_BASE_URL:-http://127.0.0.1:$PORT}
PIDS=()

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

stop() {
  trap - INT TERM EXIT
  echo "stopping nginx and $N replicas"
  [ -s "$DIR/nginx/nginx.pid" ] && kill -QUIT "$(cat "$DIR/nginx/nginx.pid")" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop INT TERM EXIT

UPSTREAMS=""
for K in $(seq 1 "$N"); do
  P=$(free_port)
  # README's Java options, with a heap for a larger library than the bundled one.
  java @src/main/jvm/concordance.args -Xmx512m -jar "$JAR" --host 127.0.0.1 --port "$P" --content "$CONTENT" --data "$DIR/data-$K" --base-url "$BASE_URL" \
    > "$DIR/replica-$K.log" 2>&1 &
  PIDS+=($!)
  UPSTREAMS+="server 127.0.0.1:$P; "
  echo "replica $K: pid ${PIDS[-1]}, port $P, data $DIR/data-$K"
done
for K in $(seq 1 "$N"); do
  P=$(echo "$UPSTREAMS" | tr ';' '\n' | sed -n "${K}p" | grep -o '[0-9]*$')
  for _ in $(seq 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$P/healthz" && break
    kill -0 "${PIDS[$((K-1))]}" 2>/dev/null || { echo "replica $K stopped; see $DIR/replica-$K.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "replica $K ready"
done
sed -e "s#@PREFIX@#$DIR/nginx#g" -e "s#@LISTEN@#127.0.0.1:$PORT#" -e "s#@UPSTREAMS@#$UPSTREAMS#" \
  src/scripts/nginx-replicas.conf > "$DIR/nginx/nginx.conf"
"$NGINX" -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -e "$DIR/nginx/error.log"
echo "nginx on http://127.0.0.1:$PORT/ in front of $N replicas (Ctrl-C stops everything)"
wait "${PIDS[@]}"
