# Sourced by run.sh and soak.sh: starts target/parkloop.jar on a fresh data directory with the demo data (APP, DATA,
# BASE), stops it on exit, and signs in as the demo city user (SESSION, the session cookie's value).
PORT=${PORT:-8090}
DATA=$(mktemp -d)
BASE=http://localhost:$PORT
java ${JAVA_OPTS:-} -jar target/parkloop.jar --server.port=$PORT --parkloop.data-dir="$DATA" > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 90); do curl -fs -o /dev/null $BASE/ && break; sleep 1; done
JAR=$DATA/cookies
TOKEN=$(curl -s -c $JAR -b $JAR $BASE/login | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -c $JAR -b $JAR -o /dev/null -d "username=city&password=ParkLoop-Demo-2026&_csrf=$TOKEN" $BASE/login
export SESSION=$(awk '$6 == "SESSION" {print $7}' $JAR)
