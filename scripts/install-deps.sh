#!/usr/bin/env bash
# Installs what bilat needs from Debian/Ubuntu packages (non-interactive; sudo when not root).
#   scripts/install-deps.sh          build dependencies only
#   scripts/install-deps.sh --test   also the tools the tests use (networkx, igraph, node + npm
#                                    packages: Gephi Lite's parsers and TimelineJS; chromium;
#                                    libxml2 for reading outputs back; clang and libFuzzer;
#                                    python3-distributed for the Dask map/reduce test)
set -euo pipefail
want_tests=0
[[ "${1:-}" == "--test" ]] && want_tests=1

packages=(cmake g++ make pkg-config libboost-graph-dev libicu-dev nlohmann-json3-dev catch2)
if (( want_tests )); then
  packages+=(python3 python3-networkx python3-igraph python3-distributed nodejs npm chromium
             libxml2-dev libxml2-utils
             clang)
  # libFuzzer's runtime is its own package on Debian 12 (clang 14); elsewhere clang carries it.
  # apt-cache knows nothing before the first 'apt-get update' on a fresh machine.
  if ! apt-cache show libclang-rt-14-dev >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq || true
  fi
  if apt-cache show libclang-rt-14-dev >/dev/null 2>&1; then packages+=(libclang-rt-14-dev); fi
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node/npm may come from elsewhere (nodesource, nvm): accept them when on PATH.
if (( want_tests )); then
  tmp=()
  for p in "${missing[@]}"; do
    if [[ $p == nodejs ]] && command -v node >/dev/null; then continue; fi
    if [[ $p == npm ]] && command -v npm >/dev/null; then continue; fi
    if [[ $p == chromium ]] && command -v chromium >/dev/null; then continue; fi
    tmp+=("$p")
  done
  missing=("${tmp[@]+"${tmp[@]}"}")
fi

if (( ${#missing[@]} )); then
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  echo "install-deps: installing ${missing[*]}" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

if (( want_tests )); then
  here=$(cd "$(dirname "$0")/.." && pwd)
  if [[ ! -d "$here/tests/tools/node_modules/graphology-gexf" ||
        ! -d "$here/tests/tools/node_modules/@knight-lab/timelinejs" ]]; then
    echo "install-deps: npm ci (Gephi Lite's parsers, TimelineJS) in tests/tools" >&2
    (cd "$here/tests/tools" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
fi
