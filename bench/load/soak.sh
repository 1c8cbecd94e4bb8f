#!/usr/bin/env bash
# Soak test (BENCHMARKS.md "Soak"): the jar with its embedded PostgreSQL and the demo data under a mixed crowd at 50
# connections for MINUTES (60 by default); every 5 minutes the live heap after a full GC and the stored sessions.
#   mvn -q -DskipTests package && bash bench/load/soak.sh [MINUTES]
set -euo pipefail
cd "$(dirname "$0")/../.."
MINUTES=${1:-60}
PGJDBC=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)
JAVA_OPTS=-Xmx1g
source bench/load/start.sh

sample() {
  jcmd $APP GC.run > /dev/null
  local heap=$(jcmd $APP GC.heap_info | grep -o 'used [0-9]*K' | head -1)
  echo "$(date +%H:%M) minute $1: heap $heap after GC; $(java -cp "$PGJDBC" bench/load/Sessions.java "$DATA")"
}
sample 0
wrk -t2 -c50 -d${MINUTES}m -s bench/load/soak.lua $BASE/ > "$DATA/wrk.txt" &
WRK=$!
for m in $(seq 5 5 "$MINUTES"); do sleep 300; sample "$m"; done
wait $WRK
cat "$DATA/wrk.txt" | tail -1
sample end
