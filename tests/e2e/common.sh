# Shared by the end-to-end tests: $1 is build/bilat, $2 the source tree.
set -euo pipefail
BILAT=$(realpath "$1")
SRC=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
