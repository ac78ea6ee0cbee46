#!/usr/bin/env bash
# Scaling of `trek km` (issue 10: it was quadratic in distinct times, 16,000 rows took 18 s).
# Generates survival tables of 10k, 100k and 1M rows (deterministic: awk srand(SEED), exponential event and
# censoring times with 3 decimals, so nearly every time is distinct: the worst case for the old code), runs
# `trek km` on each under /usr/bin/time -v, and prints wall and CPU time, peak RSS, throughput and the time per
# row, which stays flat when the growth is linear (n log n: one sort). Beside it, the reference: GNU sort ordering
# the same file by time (`LC_ALL=C sort -t, -k1,1g --parallel=1`, the one step a Kaplan-Meier fit cannot avoid),
# run the same way.
#
#   bench/km-scale.sh                 # build trek (scripts/build.sh, ReadyToRun) into bench/work/km/trek, run 10k 100k 1M
#   bench/km-scale.sh --skip-build    # reuse bench/work/km/trek
#   bench/km-scale.sh --sizes "10000 100000 1000000 3000000" --repeats 3
#
# Output goes to -o FILE (text, the whole table is written, as a user gets it); files live in bench/work/km/.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="10000 100000 1000000"
repeats=3
build=1
seed=42
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --repeats) repeats=$2; shift 2 ;;
    --skip-build) build=0; shift ;;
    --seed) seed=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "km-scale.sh: unknown option $1 (see --help)" >&2; exit 1 ;;
  esac
done
work=bench/work/km
mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "km-scale.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 3; }
if [ "$build" = 1 ] || [ ! -f "$work/trek/trek.dll" ]; then
  bash scripts/build.sh "$work/trek" > "$work/build.log" 2>&1 || { tail -20 "$work/build.log" >&2; exit 1; }
fi

# Runs "$@" $repeats times under /usr/bin/time -v; sets best_wall, best_cpu (of the fastest run) and peak_kb (largest).
measure() {
  local log=$1; shift
  best_wall=""; best_cpu=""; peak_kb=0
  for r in $(seq "$repeats"); do
    /usr/bin/time -v "$@" 2> "$log"
    local wall cpu kb
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
    cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$log")
    kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
    if [ -z "$best_wall" ] || awk -v a="$wall" -v b="$best_wall" 'BEGIN { exit !(a < b) }'; then best_wall=$wall; best_cpu=$cpu; fi
    if [ "$kb" -gt "$peak_kb" ]; then peak_kb=$kb; fi  # an if, not `    [ "$kb" -gt "$peak_kb" ] && peak_kb=$kb    [ "$kb" -gt "$peak_kb" ] && peak_kb=$kb`: a false test as the last command failed the function under set -e
  done
}

echo "| rows | distinct times | trek wall s (best of $repeats) | trek CPU s | trek peak RSS MB | trek rows/s | µs per row | sort wall s | sort CPU s | sort peak RSS MB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  data="$work/km-$n.csv"
  if [ ! -f "$data" ]; then
    awk -v n="$n" -v seed="$seed" 'BEGIN {
      srand(seed); print "time,status,arm";
      for (i = 0; i < n; i++) {
        t = -log(1 - rand()) * 365; c = -log(1 - rand()) * 730;
        if (t <= c) printf "%.3f,1,%s\n", t, (i % 2 ? "A" : "B"); else printf "%.3f,0,%s\n", c, (i % 2 ? "A" : "B");
      } }' > "$data"
  fi
  distinct=$(cut -d, -f1 "$data" | tail -n +2 | sort -u | wc -l)
  measure "$work/time-$n.log" dotnet "$work/trek/trek.dll" km -i "$data" --landmarks 100,365 -o "$work/km-$n.out"
  read -r tw tc tk <<< "$best_wall $best_cpu $peak_kb"
  measure "$work/sort-$n.log" env LC_ALL=C sort -t, -k1,1g --parallel=1 -o "$work/sorted-$n.csv" "$data"
  awk -v n="$n" -v d="$distinct" -v w="$tw" -v c="$tc" -v kb="$tk" -v sw="$best_wall" -v sc="$best_cpu" -v skb="$peak_kb" 'BEGIN {
    printf "| %d | %d | %.2f | %.2f | %.0f | %.0f | %.2f | %.2f | %.2f | %.0f |\n", n, d, w, c, kb / 1024, n / w, w * 1e6 / n, sw, sc, skb / 1024 }'
done
echo
echo "commands: /usr/bin/time -v dotnet $work/trek/trek.dll km -i $work/km-N.csv --landmarks 100,365 -o $work/km-N.out"
echo "          /usr/bin/time -v env LC_ALL=C sort -t, -k1,1g --parallel=1 -o $work/sorted-N.csv $work/km-N.csv"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
