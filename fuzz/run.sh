#!/usr/bin/env bash
# Fuzzes each of Trek's parsers for a bounded time (issue 15); not part of CI or scripts/test.sh.
#   fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]     (default 60 s; targets: fastq fasta gtf index csv yaml vcf)
# Each target runs in its own process with a 1 GB managed-heap limit (runaway allocation becomes an
# OutOfMemoryException, a crash) and a per-input timeout of 5 s (a hang, a crash). Prints executions, inputs refused
# with Trek's bad-input exception, and distinct crash signatures per target; crashing inputs are saved in
# out/fuzz/TARGET/crash-*.bin with the trace in crash-*.txt. Exit 0 only when no target crashed.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(fastq fasta gtf index csv yaml vcf)
out=out/fuzz
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build fuzz/Trek.Fuzz -c Release -v quiet --nologo >/dev/null || { echo "run.sh: build failed" >&2; exit 70; }
bin=$(dirname "$(find fuzz/Trek.Fuzz/bin/Release -name Trek.Fuzz.dll | head -n1)")
echo "# trek fuzz: ${seconds} s per target, commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%MZ)"
status=0
for t in "${targets[@]}"; do
  rm -rf "${out:?}/$t"
  DOTNET_GCHeapHardLimit=0x40000000 dotnet "$bin/Trek.Fuzz.dll" "$t" "$seconds" "$out" 5
  code=$?
  if [ $code -ne 0 ]; then
    status=1
    if [ -f "$out/$t/current.bin" ] && [ $code -ne 2 ]; then
      # The process died (a stack overflow cannot be caught): its input is the one it was running.
      cp "$out/$t/current.bin" "$out/$t/crash-process-died.bin"
      echo "$t	process died (exit $code); input saved as $out/$t/crash-process-died.bin"
    fi
  elif ls "$out/$t"/crash-*.bin >/dev/null 2>&1; then
    status=1
  fi
  rm -rf "$out/$t/scratch"
done
exit $status
