#!/usr/bin/env bash
# transcriptome-scale.sh: trek against kallisto on a whole-transcriptome-sized reference (issue 14).
#
#   bench/transcriptome-scale.sh [--size quarter|full|GENES] [--pairs N] [--threads T]
#                                [--work DIR] [--skip-build]
#
#   --size     quarter (15,500 genes, about 62,000 transcripts), full (62,000 genes, about 250,000
#              transcripts, GENCODE 44's human counts) or a gene count (default quarter)
#   --pairs    read pairs (default 200000)
#   --threads  threads for both tools (default 2)
#   --work     work directory (default bench/work/transcriptome; git-ignored)
#   --skip-build  use WORK/trek-build as it is
#
# Makes the synthetic GENCODE-shaped transcriptome and reads with bench/synth-transcriptome.py
# (seeded; reused when present), builds trek in Release, then times under `/usr/bin/time -v`, one
# after the other on the same machine: `trek index` and `kallisto index` (k = 31 both), then
# `trek fusions` and `kallisto quant --fusion` on the same pairs (index load included, as a user
# pays it). Prints a markdown table of wall time, peak resident memory and index size on disk,
# and how many of the 10 simulated fusions trek names (truth.tsv), with the load average before and after (the
# figures mean little on a busy machine). Progress goes to stderr; all
# logs stay in WORK/<size>-<pairs>/.
set -euo pipefail
export LC_ALL=C DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
here=$(cd "$(dirname "$0")" && pwd); repo=$(cd "$here/.." && pwd)
size=quarter; pairs=200000; threads=2; work="$repo/bench/work/transcriptome"; skip_build=0
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size="$2"; shift 2 ;;
    --pairs) pairs="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --skip-build) skip_build=1; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "transcriptome-scale.sh: error: unknown option $1 (see --help)" >&2; exit 1 ;;
  esac
done
case "$size" in
  quarter) genes=15500 ;;
  full) genes=62000 ;;
  *) [[ "$size" =~ ^[0-9]+$ ]] || { echo "transcriptome-scale.sh: error: --size must be quarter, full or a gene count" >&2; exit 1; }; genes=$size ;;
esac
for tool in kallisto python3 dotnet /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "transcriptome-scale.sh: error: $tool not found (apt-get install kallisto python3 time)" >&2; exit 1; }
done
data="$work/data-g$genes-p$pairs"; res="$work/g$genes-p$pairs"
mkdir -p "$work" "$res"
if [ ! -f "$data/.done" ]; then
  echo "making the synthetic transcriptome ($genes genes, $pairs pairs) in $data" >&2
  python3 "$here/synth-transcriptome.py" --genes "$genes" --pairs "$pairs" --out "$data"
  touch "$data/.done"
fi
build="$work/trek-build"
if [ "$skip_build" = 0 ] || [ ! -f "$build/trek.dll" ]; then
  echo "building trek into $build" >&2
  bash "$repo/scripts/build.sh" "$build" >/dev/null
fi

# run NAME CMD...: /usr/bin/time -v into $res/NAME.time; prints "wall_s peak_MB"
run() {
  local name=$1; shift
  echo "running $name" >&2
  local t0 t1
  t0=$(date +%s.%N)
  if ! /usr/bin/time -v -o "$res/$name.time" "$@" > "$res/$name.out" 2> "$res/$name.err"; then
    echo "transcriptome-scale.sh: error: $name failed; see $res/$name.err" >&2; tail -3 "$res/$name.err" >&2; exit 2
  fi
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" -F': ' '/Maximum resident set size/ { printf "%.1f %.0f\n", b - a, $2 / 1024 }' "$res/$name.time"
}
rm -rf "$res/trek-idx" "$res/kallisto.idx" "$res/kallisto-quant"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
read -r ti_wall ti_mem < <(run trek-index dotnet "$build/trek.dll" index --fasta "$data/transcripts.fa.gz" --gtf "$data/annotation.gtf.gz" -o "$res/trek-idx")
read -r ki_wall ki_mem < <(run kallisto-index kallisto index -k 31 -i "$res/kallisto.idx" "$data/transcripts.fa.gz")
read -r tf_wall tf_mem < <(run trek-fusions dotnet "$build/trek.dll" fusions --index "$res/trek-idx" --r1 "$data/R1.fq.gz" --r2 "$data/R2.fq.gz" -o "$res/fusions.tsv" --threads "$threads")
read -r kq_wall kq_mem < <(run kallisto-quant kallisto quant --fusion -t "$threads" -i "$res/kallisto.idx" -o "$res/kallisto-quant" "$data/R1.fq.gz" "$data/R2.fq.gz")
ti_disk=$(du -sm "$res/trek-idx" | cut -f1); ki_disk=$(du -sm "$res/kallisto.idx" | cut -f1)
found=$(awk -F'\t' 'NR == FNR { if (FNR > 1) want[$1 "::" $2] = 1; next }
                    /^#/ { next } ($3 in want) && !seen[$3]++ { n++ } END { print n + 0 }' "$data/truth.tsv" "$res/fusions.tsv")
transcripts=$(zcat "$data/transcripts.fa.gz" | grep -c '^>')
kmers=$(grep -o 'kmers=[0-9,]*' "$res/trek-index.err" | head -n1 | cut -d= -f2)
cat <<TABLE
Synthetic GENCODE-shaped transcriptome: $genes genes, $transcripts transcripts, ${kmers:-?} distinct 31-mers (trek); $pairs read pairs; $threads threads; $(nproc) cores; load before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)

| | trek | kallisto 0.48 |
|---|---|---|
| index build, wall | ${ti_wall} s | ${ki_wall} s |
| index build, peak memory | ${ti_mem} MB | ${ki_mem} MB |
| index on disk | ${ti_disk} MB | ${ki_disk} MB |
| \`fusions\` / \`quant --fusion\` on $pairs pairs, wall (index load included) | ${tf_wall} s | ${kq_wall} s |
| \`fusions\` / \`quant --fusion\`, peak memory | ${tf_mem} MB | ${kq_mem} MB |

trek named $found of 10 simulated fusions (truth.tsv). Logs: $res
TABLE
