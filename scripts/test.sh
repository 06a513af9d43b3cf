#!/usr/bin/env bash
# Installs dependencies (with the test tools), builds bilat, runs each fuzz target for 20 s
# (BILAT_FUZZ_SECONDS), then the whole test suite (its summary closes the output).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
# Every fuzz target for a bounded time with ASan/UBSan (clang, in build-fuzz/); a crash fails CI.
# BILAT_FUZZ_SECONDS=0 skips this step.
fuzz_seconds=${BILAT_FUZZ_SECONDS:-20}
if (( fuzz_seconds > 0 )); then
  fuzz/run-fuzzers.sh "$fuzz_seconds"
fi
ctest --test-dir build --output-on-failure -j"$(nproc)"
