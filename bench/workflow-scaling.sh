#!/usr/bin/env bash
# workflow-scaling.sh: per-sample cost of the cohort workflow's steps (issue 13, docs/scaling.md):
# `trek fusions` at several read depths, `trek index` once, `trek cohort` over many samples, each under
# `/usr/bin/time -v` (wall clock, user + system CPU time, peak RSS).
#
#   bench/workflow-scaling.sh [--work DIR] [--depths LIST] [--repeats R] [--threads T]
#                             [--cohort-samples N] [--skip-build]
#
#   --work DIR            reads, builds and results (default bench/work)
#   --depths LIST         read pairs per run, comma-separated (default 250000,500000,1000000,2000000); the
#                         largest set is made by bench/make-reads.sh, the others are its first N pairs
#                         (make-reads.sh shuffles the pairs, so the first N are a uniform sample)
#   --repeats R           runs per depth; the one with the least wall time is reported (default 2)
#   --threads T           trek fusions --threads (default 2)
#   --cohort-samples N    `trek cohort` over N samples (copies of the largest run's outputs under N names;
#                         the cost depends on the number of files and calls, not on their content) (default 1000)
#   --skip-build          use WORK/trek as it is
#
# Prints a Markdown table; raw `time -v` output stays in WORK/scaling/.
set -euo pipefail
export LC_ALL=C DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
work="$repo/bench/work"
depths=250000,500000,1000000,2000000
repeats=2
threads=2
cohort_samples=1000
build=1
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --work) work="$2"; shift 2 ;;
    --depths) depths="$2"; shift 2 ;;
    --repeats) repeats="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --cohort-samples) cohort_samples="$2"; shift 2 ;;
    --skip-build) build=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "workflow-scaling.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
for v in "$repeats" "$threads" "$cohort_samples"; do
  [[ "$v" =~ ^[1-9][0-9]*$ ]] || { echo "workflow-scaling.sh: --repeats, --threads and --cohort-samples must be positive whole numbers" >&2; exit 2; }
done
IFS=, read -r -a sizes <<<"$depths"
for n in "${sizes[@]}"; do [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "workflow-scaling.sh: --depths: '$n' is not a count of pairs" >&2; exit 2; }; done
max=$(printf '%s\n' "${sizes[@]}" | sort -n | tail -n1)
data="$repo/../shared/data"
res="$work/scaling"
mkdir -p "$res"
work=$(cd "$work" && pwd)

full=$(bash "$here/make-reads.sh" --pairs "$max" --work "$work")
if [ "$build" = 1 ]; then bash "$repo/scripts/build.sh" "$work/trek"; fi
trek=(dotnet "$work/trek/trek.dll")

reads_for() { # N -> directory holding R1.fq.gz and R2.fq.gz with the first N pairs of the full set
  local n=$1 dir
  if [ "$n" = "$max" ]; then echo "$full"; return; fi
  dir="$full/first-$n"
  if [ ! -s "$dir/R2.fq.gz" ]; then
    mkdir -p "$dir"
    for m in 1 2; do (zcat "$full/R$m.fq.gz" || true) | head -n $((4 * n)) | pigz -p 2 -6 > "$dir/R$m.fq.gz.tmp"; mv "$dir/R$m.fq.gz.tmp" "$dir/R$m.fq.gz"; done
  fi
  echo "$dir"
}

# field NAME FILE: one figure of a `time -v` report, in seconds or kB.
field() {
  case "$1" in
    wall) awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s }' "$2" ;;
    cpu) awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f", u + s }' "$2" ;;
    rss) awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$2" ;;
  esac
}

# run NAME CMD...: CMD `repeats` times under /usr/bin/time -v; prints "wall cpu rss_mb" of the fastest run.
run() {
  local name=$1 best="" r
  shift
  for r in $(seq 1 "$repeats"); do
    /usr/bin/time -v -o "$res/$name.r$r.time" "$@" > "$res/$name.r$r.out" 2> "$res/$name.r$r.err"
    local w; w=$(field wall "$res/$name.r$r.time")
    if [ -z "$best" ] || awk -v a="$w" -v b="$(field wall "$res/$name.r$best.time")" 'BEGIN { exit !(a < b) }'; then best=$r; fi
  done
  echo "$(field wall "$res/$name.r$best.time") $(field cpu "$res/$name.r$best.time") $(field rss "$res/$name.r$best.time")"
}

echo "| step | read pairs | wall s | CPU s (user+sys) | peak RSS MB | CPU s per M pairs |"
echo "|---|---|---|---|---|---|"
read -r w c m < <(run index "${trek[@]}" index --fasta "$data/pizzly_test/transcripts.fasta.gz" --gtf "$data/pizzly_test/transcripts.gtf.gz" -o "$res/index")
echo "| trek index (pizzly_test transcripts: 34 genes, 284 transcripts) | - | $w | $c | $m | - |"
for n in "${sizes[@]}"; do
  dir=$(reads_for "$n")
  read -r w c m < <(run "fusions-$n" "${trek[@]}" fusions --index "$res/index" --r1 "$dir/R1.fq.gz" --r2 "$dir/R2.fq.gz" --threads "$threads" \
    --sample "S$n" -o "$res/fusions-$n.tsv" --discarded "$res/discarded-$n.tsv" --stats "$res/stats-$n.json")
  echo "| trek fusions --threads $threads | $n | $w | $c | $m | $(awk -v c="$c" -v n="$n" 'BEGIN { printf "%.2f", c / n * 1e6 }') |"
done

# trek cohort over many samples: the largest run's outputs copied under N sample names.
co="$res/cohort-input"
rm -rf "$co"; mkdir -p "$co"
printf 'sample\tfastq_1\tfastq_2\n' > "$co/samples.tsv"
for i in $(seq 1 "$cohort_samples"); do
  printf 'C%05d\tr1\tr2\n' "$i" >> "$co/samples.tsv"
  sed "s/^##sample=.*/##sample=C$(printf %05d "$i")/" "$res/fusions-$max.tsv" > "$co/C$i.tsv"
  sed "s/\"sample\": \"[^\"]*\"/\"sample\": \"C$(printf %05d "$i")\"/" "$res/stats-$max.json" > "$co/C$i.json"
done
read -r w c m < <(run "cohort-$cohort_samples" "${trek[@]}" cohort --sheet "$co/samples.tsv" --fusions "$co"/C*.tsv --stats "$co"/C*.json -o "$res/cohort")
echo "| trek cohort ($cohort_samples samples, $(grep -vc '^#' "$res/fusions-$max.tsv") calls each) | - | $w | $c | $m | - |"
echo
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; trek $(git -C "$repo" rev-parse --short HEAD)"
