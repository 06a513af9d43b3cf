#!/usr/bin/env bash
# Installs dependencies, builds bilat and runs it on samples/, writing the graph and the
# Vietnam–France timeline to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target bilat
build/bilat build samples -o out --pair vietnam,france
ls -l out
