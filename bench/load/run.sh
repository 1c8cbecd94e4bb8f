#!/usr/bin/env bash
# Load test of the jar with its embedded PostgreSQL and the demo data (BENCHMARKS.md "Load").
#   mvn -q -DskipTests package && bash bench/load/run.sh
# Needs wrk (Debian: apt-get install wrk). Prints requests/s and p50/p90/p95/p99 for each address.
set -euo pipefail
cd "$(dirname "$0")/../.."
LUA=bench/load/percentiles.lua
source bench/load/start.sh

run() { # connections path [cookie]
  local header=()
  [ -n "${3:-}" ] && header=(-H "Cookie: SESSION=$3")
  wrk -t2 -c"$1" -d10s "${header[@]}" "$BASE$2" > /dev/null   # warm-up
  echo "== $2 at $1 connections${3:+ (signed in)}"
  wrk -t2 -c"$1" -d20s -s $LUA "${header[@]}" "$BASE$2" | tail -5
}
run 50 /
run 50 /public
run 50 /api/v1/programme/goal-sets/1/evaluation
run 50 "/api/v1/public/indicators?year=2016"
run 20 /parks/wz-etdz "$SESSION"
run 20 /exchange "$SESSION"
run 20 /models/1 "$SESSION"
