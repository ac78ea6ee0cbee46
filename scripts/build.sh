#!/usr/bin/env bash
# Builds the `trek` command into OUT (default out/trek): Release, ReadyToRun (precompiled, so a run
# does not pay for JIT start-up: 0.9 s -> 0.55 s on 500k read pairs), framework-dependent (needs the
# .NET 10 runtime, as on the machine that built it). Run it as: dotnet OUT/trek.dll <command> ...
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-out/trek}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rid=linux-x64
case "$(uname -m)" in aarch64|arm64) rid=linux-arm64 ;; esac
dotnet publish src/Trek.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true --nologo -v quiet -o "$out" >&2
