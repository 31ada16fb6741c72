#!/usr/bin/env bash
# Start-up time of the hub, from process start to GET /actuator/health answering UP; median of RUNS runs.
#
#   docs/measure-startup.sh [RUNS]          (default 5; run from the repository root; not part of CI)
#
# demo  the hub as `./mvnw spring-boot:run` starts it: target/classes and the dependencies, Vaadin in development
#       mode, the embedded PostgreSQL, demo accounts and the demo county. "first" starts on an empty data directory
#       (database created, migrated, county seeded); "second" starts again on the data the first start left.
#       Maven's own start and compilation are not timed (the classpath is prepared once, before the runs). The JVM
#       gets the flag that spring-boot:run adds by default (its optimizedLaunch: -XX:TieredStopAtLevel=1, the quick
#       compiler only), so the figure is the README's command's; without it a start took about 8 s longer here.
# jar   the production jar (`./mvnw -Pproduction package`, built from a copy of HEAD so this tree stays in
#       development mode; or HUB_JAR=path/to.jar) on an external PostgreSQL: Debian's PostgreSQL 15 as a private
#       cluster on port 55432, an empty database for "first", the migrated one for "second".
#
# The figures replace the "startup" section of docs/benchmarks.md.
set -euo pipefail

RUNS=${1:-5}
JAR_GIVEN=${HUB_JAR:+HUB_JAR=<a jar from ./mvnw -Pproduction package> }
ROOT=$(pwd)
WORK=$(mktemp -d /tmp/hub-startup.XXXXXX)
PG_DATA=$(mktemp -d /tmp/hub-startup-pg.XXXXXX)
PORT=18181
PG_PORT=55432
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
APP_PID=""

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -f "$PG_DATA/PG_VERSION" ] && su postgres -c "$PG_BIN/pg_ctl -D $PG_DATA -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$WORK" "$PG_DATA"
}
trap cleanup EXIT

# Starts the hub with "$@", prints the seconds until health is UP, then stops it.
time_start() {
  local started now
  started=$(date +%s.%N)
  "$@" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  until curl -sf "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      cp "$WORK/app.log" /tmp/hub-startup-failed.log
      echo "the hub did not start; its log: /tmp/hub-startup-failed.log" >&2
      exit 1
    fi
    sleep 0.1
  done
  now=$(date +%s.%N)
  kill "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
  echo "$now - $started" | bc
}

median() {
  sort -n | awk '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m}'
}

all() {
  tr '\n' ' ' | awk '{for (i = 1; i <= NF; i++) printf "%s%.1f", (i > 1 ? ", " : ""), $i}'
}

echo "preparing the demo classpath" >&2
./mvnw -q compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt"
cp -r target/classes "$WORK/classes"
DEMO_CP="$WORK/classes:$(cat "$WORK/classpath.txt")"
DEMO_JVM="-XX:TieredStopAtLevel=1" # what spring-boot:run's optimizedLaunch (on by default) adds

if [ -z "${HUB_JAR:-}" ]; then
  echo "building the production jar from a copy of HEAD" >&2
  mkdir -p "$WORK/prod"
  git archive HEAD | tar -x -C "$WORK/prod"
  (cd "$WORK/prod" && ./mvnw -q -Pproduction package -DskipTests)
  HUB_JAR=$(ls "$WORK"/prod/target/discharge-hub-*.jar)
fi

echo "starting PostgreSQL 15 on port $PG_PORT" >&2
chown postgres "$PG_DATA"
su postgres -c "$PG_BIN/initdb -D $PG_DATA -A trust -U postgres" >/dev/null
su postgres -c "$PG_BIN/pg_ctl -D $PG_DATA -o '-p $PG_PORT -k /tmp' -l $PG_DATA/log -w start" >/dev/null

for run in $(seq 1 "$RUNS"); do
  echo "run $run of $RUNS" >&2
  rm -rf "$WORK/demo-data"
  time_start java $DEMO_JVM -cp "$DEMO_CP" org.dischargehub.Application --server.port=$PORT \
    --hub.embedded-database.directory="$WORK/demo-data" >>"$WORK/demo-first"
  time_start java $DEMO_JVM -cp "$DEMO_CP" org.dischargehub.Application --server.port=$PORT \
    --hub.embedded-database.directory="$WORK/demo-data" >>"$WORK/demo-second"
  PGOPTIONS='--client-min-messages=warning' "$PG_BIN/psql" -h /tmp -p $PG_PORT -U postgres -q -c "drop database if exists hub" -c "create database hub"
  for start in first second; do
    time_start env SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PG_PORT/hub" \
      SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=unused \
      HUB_FIRST_MANAGER_USERNAME=startup HUB_FIRST_MANAGER_PASSWORD=startup-measure \
      java -jar "$HUB_JAR" --server.port=$PORT >>"$WORK/jar-$start"
  done
done

LOAD=$(cut -d' ' -f1 /proc/loadavg)
SECTION=$(cat <<EOF
<!-- startup:start -->
## Start-up time (issue 9)

Database: the demo run on the embedded PostgreSQL with the hub's defaults (durable: fsync, synchronous_commit and
full_page_writes on); the jar on Debian's PostgreSQL 15 with its own defaults (durable: all three on).

Command: \`${JAR_GIVEN}docs/measure-startup.sh $RUNS\`, $(date +%F), $(nproc) cores, load average $LOAD when the runs ended
(the starts themselves raise it: a JVM start keeps both cores busy). Time from process start to
\`GET /actuator/health\` answering UP; median of $RUNS runs (each run's figure in brackets).

| start | median | runs |
| --- | --- | --- |
| demo run (\`./mvnw spring-boot:run\` without Maven, with the plugin's \`$DEMO_JVM\`: development mode, embedded PostgreSQL), first start on an empty data directory (creates the database, migrates, seeds the demo county) | $(median <"$WORK/demo-first") s | $(all <"$WORK/demo-first") |
| demo run, second start on the existing data | $(median <"$WORK/demo-second") s | $(all <"$WORK/demo-second") |
| production jar (\`./mvnw -Pproduction package\`, \`java -jar\`) on an external PostgreSQL 15, empty database | $(median <"$WORK/jar-first") s | $(all <"$WORK/jar-first") |
| production jar, second start on the migrated database | $(median <"$WORK/jar-second") s | $(all <"$WORK/jar-second") |

The second start on existing data as a ratio to the first: demo $(echo "$(median <"$WORK/demo-second") / $(median <"$WORK/demo-first")" | bc -l | xargs printf "%.2f"), production jar $(echo "$(median <"$WORK/jar-second") / $(median <"$WORK/jar-first")" | bc -l | xargs printf "%.2f").
<!-- startup:end -->
EOF
)
FILE="$ROOT/docs/benchmarks.md"
awk '/<!-- startup:start -->/{skip = 1} !skip {print} /<!-- startup:end -->/{skip = 0}' "$FILE" >"$WORK/benchmarks.md"
printf '%s\n\n%s\n' "$(cat "$WORK/benchmarks.md")" "$SECTION" >"$FILE"
echo "$SECTION"
