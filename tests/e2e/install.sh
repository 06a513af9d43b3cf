#!/usr/bin/env bash
# Installs like a user would and runs the installed bilat with the source tree out of reach:
# `cmake --install` into a temporary prefix, then the CPack .deb unpacked into another. Each
# installed binary builds the samples (copied out first) with BILAT_RESOURCES unset, inside a
# private mount namespace where an empty tmpfs hides the source tree, so the resources can only
# come from PREFIX/share/bilat/resources; its outputs must be byte-identical to build/bilat's.
# Without unshare (user namespaces off) the check runs with the source tree visible and says so.
source "$(dirname "$0")/common.sh"
builddir=$(dirname "$BILAT")
cp -r "$SRC/samples" "$WORK/samples"
"$BILAT" build "$WORK/samples" -o "$WORK/ref" --pair vietnam,france 2>/dev/null

cmake --install "$builddir" --prefix "$WORK/prefix" >/dev/null
[[ -x $WORK/prefix/bin/bilat ]] || fail "no bin/bilat in the prefix"
[[ -f $WORK/prefix/share/bilat/resources/kb/countries.tsv ]] || fail "no share/bilat/resources"

hidden=0
if unshare --mount --map-root-user true 2>/dev/null; then hidden=1; fi
run_installed() {  # prefix, outdir
  local cmd="'$1/bin/bilat' build '$WORK/samples' -o '$2' --pair vietnam,france"
  if (( hidden )); then
    env -u BILAT_RESOURCES unshare --mount --map-root-user \
      bash -c "mount -t tmpfs none '$SRC' && [[ -z \$(ls -A '$SRC') ]] && $cmd" 2>"$WORK/err"
  else
    env -u BILAT_RESOURCES bash -c "$cmd" 2>"$WORK/err"
  fi || { cat "$WORK/err" >&2; fail "installed bilat in $1 failed"; }
}
compare() {  # outdir, what
  for f in graph.graphml graph.gexf graph.json nodes.csv edges.csv timeline.json timeline.md \
           timeline.html; do
    cmp -s "$WORK/ref/$f" "$1/$f" || fail "$2: $f differs from build/bilat's"
  done
}
run_installed "$WORK/prefix" "$WORK/out-install"
compare "$WORK/out-install" "cmake --install"
(( hidden )) && echo "cmake --install: ok (source tree hidden)" || echo "cmake --install: ok (source tree visible: no unshare)"

# The Debian package: built by CPack, listed and unpacked with dpkg-deb, run from there.
if command -v cpack >/dev/null && command -v dpkg-deb >/dev/null; then
  (cd "$WORK" && cpack -G DEB --config "$builddir/CPackConfig.cmake" -B "$WORK/pkg" >/dev/null) ||
    fail "cpack -G DEB failed"
  deb=$(ls "$WORK"/pkg/bilat_*.deb 2>/dev/null | head -n1)
  [[ -n $deb ]] || fail "cpack wrote no bilat_*.deb"
  [[ $(dpkg-deb -f "$deb" Package) == bilat ]] || fail "$deb: bad control"
  dpkg-deb -c "$deb" >"$WORK/deb.list"  # to a file: grep -q would cut dpkg-deb's pipe
  grep -q '\./usr/bin/bilat$' "$WORK/deb.list" || fail "$deb: no /usr/bin/bilat"
  grep -q '\./usr/share/bilat/resources/kb/' "$WORK/deb.list" || fail "$deb: no resources"
  dpkg-deb -x "$deb" "$WORK/debroot"
  run_installed "$WORK/debroot/usr" "$WORK/out-deb"
  compare "$WORK/out-deb" ".deb"
  echo "deb: ok ($(basename "$deb"))"
elif [[ "${CI:-}" == "true" ]]; then
  fail "cpack or dpkg-deb missing under CI"
fi
