#!/usr/bin/env bash
# The main job on the bundled example: build the index, call fusions, print the calls.
# Usage: bash scripts/example.sh [OUT_DIR]   (default OUT_DIR: out/example)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-out/example}
ex=examples/pizzly-spikein
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
bash scripts/build.sh out/trek >/dev/null
mkdir -p "$out"   # trek never creates folders for its outputs (docs/cli.md); the example owns this one
trek() { dotnet out/trek/trek.dll "$@"; }
trek index --fasta "$ex/transcripts.fasta.gz" --gtf "$ex/transcripts.gtf.gz" -o "$out/index"
trek fusions --index "$out/index" --r1 "$ex/reads_1.fastq.gz" --r2 "$ex/reads_2.fastq.gz" \
  -o "$out/fusions.tsv" --discarded "$out/discarded.tsv" --sample SRR1659964
# The columns a reader looks at first; the whole table is in $out/fusions.tsv.
table() { if command -v column >/dev/null; then column -t -s $'\t'; else cat; fi; }
grep -v '^##' "$out/fusions.tsv" | cut -f3-5,10-17 | table
