#!/usr/bin/env bash
# Runs Trek's whole test suite on a fresh Debian machine: installs what the tests need, restores
# NuGet packages, builds in Release and runs every xunit project. Ends with the line
# "N passed, N failed" (xunit totals over all test projects). Exit 0 only when nothing failed.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests call (kept minimal; each one named for the test that needs it).
#   snakemake: tests/Trek.Workflow.Tests (WorkflowPlanTests, WorkflowRunTests) run workflow/Snakefile with Debian's Snakemake 7.
#   chromium: ReportRenderingTests prints the report to PDF; DiagramTests measures SVG text boxes in it; Trek.Web.Tests BrowserTests drive it with Playwright.
#   poppler-utils: ReportRenderingTests renders the PDF to PNG (pdftoppm) and reads its text (pdftotext).
#   bcftools: ExportTests reads the exported breakend VCF with bcftools view/query.
#   postgresql: tests/Trek.Web.Tests (PostgresRegistryTests) start a throw-away server with its initdb/pg_ctl on a loopback port.
APT_PACKAGES=(
  snakemake
  chromium
  poppler-utils
  bcftools
  samtools  # CoverageTrackTests (Trek.Reports.Tests): samtools depth is the reference for the coverage track
  postgresql
)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}" >&2
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
results=out/test-results
rm -rf "$results"
dotnet restore Trek.slnx --nologo -v quiet
dotnet build Trek.slnx -c Release --no-restore --nologo -v quiet
set +e
dotnet test Trek.slnx -c Release --no-build --nologo \
  --logger "trx" --results-directory "$results" -- RunConfiguration.TestSessionTimeout=1500000
status=$?
set -e

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # the run itself broke (build, crash, timeout): never report it as green
fi
echo "${passed} passed, ${failed} failed"
exit "$status"
