#!/usr/bin/env bash
# Bounded load test of the registry on loopback (issue 12; a script, not CI). Starts `trek serve` on a fresh SQLite
# file (WAL, synchronous=FULL) with the demo data on a free 127.0.0.1 port, then with the C# client in
# bench/registry-load/ (HttpClient, keep-alive, no packages):
#   1. load:   WORKERS concurrent clients, REQUESTS requests in all: 3 of 4 reads (GET /api/patients/{id}, and every
#              4th request GET /api/patients/{id}/overview, which runs eligibility, dose, response and CTCAE), 1 of 4
#              writes (POST /api/patients). Prints requests/s, p50/p99 latency and errors (non-2xx or failed requests).
#   2. crash:  WORKERS clients only writing; after KILL_AFTER seconds the server gets SIGKILL (kill -9) mid-load. Each
#              write answered 201 was appended to a file before the next request.
#   3. verify: the server is restarted on the same file; every acknowledged write of phases 1 and 2 must be there.
# Exit 0 only when errors = 0 and lost = 0. Bounded: at most REQUESTS requests per phase, 10 s timeout each.
#
#   bench/registry-load.sh                        # build trek (scripts/build.sh) into bench/work/registry/trek, then run
#   bench/registry-load.sh --skip-build --workers 16 --requests 20000 --kill-after 3
set -euo pipefail
cd "$(dirname "$0")/.."
workers=8
requests=10000
kill_after=3
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --workers) workers=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    --kill-after) kill_after=$2; shift 2 ;;
    --skip-build) build=0; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "registry-load.sh: unknown option $1 (see --help)" >&2; exit 1 ;;
  esac
done

work=bench/work/registry
trek=$work/trek
client=$work/client
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mkdir -p "$work"
if [ "$build" = 1 ] || [ ! -f "$trek/trek.dll" ]; then
  bash scripts/build.sh "$trek"
fi
if [ "$build" = 1 ] || [ ! -f "$client/RegistryLoad.dll" ]; then
  dotnet publish bench/registry-load -c Release --nologo -v quiet -o "$client" >&2
fi

db=$work/registry.db
rm -f "$db" "$db-wal" "$db-shm" "$work"/acked-*.txt "$work"/serve-*.log
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port
export TREK_LOAD_PASSWORD=Load-test-password-1
server=""
cleanup() { if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill -TERM "$server"; wait "$server" || true; fi; }
trap cleanup EXIT

start() {  # start trek serve in the background and wait (at most 180 s) until the sign-in page answers
  dotnet "$trek/trek.dll" serve --urls "$base" --db "$db" --demo --admin-password "$TREK_LOAD_PASSWORD" >"$work/serve-$1.log" 2>&1 &
  server=$!
  for _ in $(seq 1 720); do
    if curl -s -o /dev/null -f "$base/Account/Login"; then return 0; fi
    kill -0 "$server" 2>/dev/null || { echo "registry-load.sh: trek serve died, see $work/serve-$1.log" >&2; exit 3; }
    sleep 0.25
  done
  echo "registry-load.sh: trek serve did not answer within 180 s" >&2; exit 3
}

echo "registry-load: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run; trek $(git rev-parse --short HEAD)"
start first
status=0
dotnet "$client/RegistryLoad.dll" load "$base" "$workers" "$requests" "$work/acked-load.txt" || status=1

dotnet "$client/RegistryLoad.dll" writes "$base" "$workers" "$requests" "$work/acked-crash.txt" &
writer=$!
sleep "$kill_after"
kill -KILL "$server"
wait "$server" 2>/dev/null || true
server=""
wait "$writer" || status=1
echo "crash: server killed with SIGKILL after ${kill_after} s of writes; $(wc -l <"$work/acked-crash.txt") writes acknowledged before it"

start restart
dotnet "$client/RegistryLoad.dll" verify "$base" "$work/acked-load.txt" "$work/acked-crash.txt" || status=1
echo "registry-load: load average $(cut -d' ' -f1-3 /proc/loadavg) after the run"
exit "$status"
