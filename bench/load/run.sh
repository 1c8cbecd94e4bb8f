#!/usr/bin/env bash
# Load test of the jar with its embedded PostgreSQL and the demo data (BENCHMARKS.md "Load").
#   mvn -q -DskipTests package && bash bench/load/run.sh
# Needs wrk (Debian: apt-get install wrk). Prints requests/s and p50/p90/p95/p99 for each address.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-8090}
DATA=$(mktemp -d)
LUA=bench/load/percentiles.lua
BASE=http://localhost:$PORT
java ${JAVA_OPTS:-} -jar target/parkloop.jar --server.port=$PORT --parkloop.data-dir="$DATA" > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 90); do curl -fs -o /dev/null $BASE/ && break; sleep 1; done

# a signed-in session (the demo city user), as a browser would have it
JAR=$DATA/cookies
TOKEN=$(curl -s -c $JAR -b $JAR $BASE/login | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -c $JAR -b $JAR -o /dev/null -d "username=city&password=ParkLoop-Demo-2026&_csrf=$TOKEN" $BASE/login
SESSION=$(awk '$6 == "SESSION" {print $7}' $JAR)

run() { # connections path [cookie]
  local header=()
  [ -n "${3:-}" ] && header=(-H "Cookie: SESSION=$3")
  wrk -t2 -c"$1" -d10s "${header[@]}" "$BASE$2" > /dev/null   # warm-up
  echo "== $2 at $1 connections${3:+ (signed in)}"
  wrk -t2 -c"$1" -d20s -s $LUA "${header[@]}" "$BASE$2" | tail -5
}
run 50 /
run 50 /api/v1/programme/goal-sets/1/evaluation
run 20 /parks/wz-etdz "$SESSION"
run 20 /exchange "$SESSION"
run 20 /models/1 "$SESSION"
