#!/usr/bin/env bash
# build-citus.sh: Citus built from the vendored source tarball (with its
# vendored one-hunk patch) against the system's PostgreSQL, for the Citus
# suite of make test (test/citus/run.sh) and for trying the extension on a
# distributed cluster by hand.
#
#   CITUS_VENDOR_DIR  the directory holding citus-13.2.2.tar.gz and
#                     citus-13.2.2-pg15.20.patch (default: shared/vendor
#                     beside the clone, as in CI)
#   CITUS_CACHE       the build tree, kept between runs
#                     (default: /var/tmp/population_rules-cache/citus-13.2.2-pgMAJOR.MINOR)
#   CITUS_JOBS        make -j (default 2)
#
# The build tree is cached outside the clone: a tree whose stamp file
# (written last) names the same tarball, patch and server version is reused
# and only "make install" runs again (a second or two), so a fresh machine
# whose server lost citus.so gets it back without a rebuild.  Installing
# writes into the server's own library and extension directories, so it
# runs as root and under the same machine-wide install lock as the
# extension (test/cluster.sh).
#
# Prints one line saying whether it built or reused the cache and how long
# that took.  Exit status 3, with a "SKIPPED:" line, when the source is
# missing or the server is not a major Citus 13 supports (15, 16, 17); 1
# when the build fails (with the tail of the failing log).
set -euo pipefail

version=13.2.2
root=$(cd "$(dirname "$0")/.." && pwd)
top=$(git -C "$root" rev-parse --show-toplevel 2>/dev/null || echo "$root")
vendor=${CITUS_VENDOR_DIR:-$top/../shared/vendor}
tarball=$vendor/citus-$version.tar.gz
patchfile=$vendor/citus-$version-pg15.20.patch
pg_config=${PG_CONFIG:-pg_config}
server=$("$pg_config" --version | awk '{print $2}')
major=${server%%.*}
cache=${CITUS_CACHE:-/var/tmp/population_rules-cache/citus-$version-pg$server}
stamp=$cache/.population_rules-complete
start=$(date +%s)

if [ ! -r "$tarball" ]; then
	echo "SKIPPED: Citus (no vendored source at $tarball)"
	exit 3
fi
case $major in
15 | 16 | 17) ;;
*)
	echo "SKIPPED: Citus (Citus $version does not support PostgreSQL $server)"
	exit 3
	;;
esac

umask 022
mkdir -p "$(dirname "$cache")"

sums="$(sha256sum <"$tarball" | cut -d' ' -f1)"
[ -r "$patchfile" ] && sums="$sums $(sha256sum <"$patchfile" | cut -d' ' -f1)"
want="citus $version sha256 $sums postgresql $server"

# run LOG COMMAND...: the output goes to the log, shown only on failure.
run() {
	local log=$cache/$1
	shift
	if ! "$@" >"$log" 2>&1; then
		echo "build-citus: failed: $*" >&2
		tail -n 40 "$log" >&2
		exit 1
	fi
}

# Run from make test, the build would inherit MAKELEVEL=1.
unset MAKELEVEL MAKEFLAGS MFLAGS MAKEOVERRIDES GNUMAKEFLAGS

exec 8>"$cache.lock"
flock 8
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
	run install.log make -C "$cache/src" install
	echo "citus: reused Citus $version at $cache, installed ($(($(date +%s) - start)) s)"
	exit 0
fi

bash "$root/tools/install-deps.sh" citus-source
rm -rf "$cache"
mkdir -p "$cache"
tar -xzf "$tarball" -C "$cache"
# The tarball holds one top directory; the build tree is its contents.
mv "$cache"/citus-*/ "$cache/src"
cd "$cache/src"
# The patch is needed from PostgreSQL 15.20 on (see the vendor README) and
# applies to 15 only.
if [ "$major" = 15 ] && [ -r "$patchfile" ]; then
	run patch.log patch -p1 -i "$patchfile"
fi
run configure.log ./configure PG_CONFIG="$(command -v "$pg_config")"
run make.log make -j"${CITUS_JOBS:-2}"
run install.log make install
echo "$want" >"$stamp"
echo "citus: built Citus $version into $cache, installed ($(($(date +%s) - start)) s)"
