#!/usr/bin/env bash
# build-pg18.sh: a PostgreSQL 18 server built from the vendored source
# tarball and installed into a cache directory outside the clone, for the
# second pass of make test (test/run-all.sh) and for building against 18
# by hand (make PG_CONFIG=$PG18_CACHE/bin/pg_config).
#
#   PG18_VENDOR_DIR  the directory holding postgresql-18_18.6.orig.tar.bz2
#                    (default: shared/vendor beside the clone, as in CI)
#   PG18_CACHE       the install prefix
#                    (default: /var/tmp/population_rules-cache/pg-18.6-nls)
#   PG18_JOBS        make -j (default 2)
#
# Idempotent: a cache whose stamp file (written last) names the same
# tarball and configure options is reused untouched; anything else is
# removed and rebuilt.  flock keeps two runs from building at once; a run
# that waited for another reuses its result.  The install includes the PGXS
# test drivers (pg_regress, pg_isolation_regress, isolationtester) and is
# readable by the postgres OS user, which runs the test clusters.
#
# Prints one line saying whether it built or reused the cache and how long
# that took.  Exit status 3, with a "SKIPPED:" line, when the tarball is
# missing; 1 when the build fails (with the tail of the failing log).
# With --prefix it only prints the install prefix.  Holding a shared flock
# on "PREFIX.lock" keeps the install from being rebuilt under a test run.
set -euo pipefail

version=18.6
root=$(cd "$(dirname "$0")/.." && pwd)
top=$(git -C "$root" rev-parse --show-toplevel 2>/dev/null || echo "$root")
vendor=${PG18_VENDOR_DIR:-$top/../shared/vendor}
tarball=$vendor/postgresql-18_$version.orig.tar.bz2
# With NLS, as distributions build it, so that lc_messages selects the
# module's translations; the directory name says so, and a cache built
# with other options is never replaced under a tree that still uses it.
cache=${PG18_CACHE:-/var/tmp/population_rules-cache/pg-$version-nls}
configure_opts=(--prefix="$cache" --with-icu --without-readline --enable-nls)
stamp=$cache/.population_rules-complete
start=$(date +%s)

if [ "${1:-}" = --prefix ]; then
	echo "$cache"
	exit 0
fi

if [ ! -r "$tarball" ]; then
	echo "SKIPPED: PostgreSQL 18 (no vendored source at $tarball)"
	exit 3
fi

umask 022
mkdir -p "$(dirname "$cache")"
chmod a+rx "$(dirname "$cache")"

# What the stamp must say for the cache to be reused.
want="postgresql $version sha256 $(sha256sum <"$tarball" | cut -d' ' -f1) configure ${configure_opts[*]}"

reused() {
	echo "pg18: reused PostgreSQL $version at $cache ($(($(date +%s) - start)) s)"
	exit 0
}
[ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && reused

exec 8>"$cache.lock"
flock 8
[ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && reused

bash "$root/tools/install-deps.sh" pg-source

rm -rf "$cache"
build=$(mktemp -d "${TMPDIR:-/var/tmp}/population_rules-pg18-build.XXXXXX")
trap 'rm -rf "$build"' EXIT

# run LOG COMMAND...: the output goes to the log, shown only on failure.
run() {
	local log=$build/$1
	shift
	if ! "$@" >"$log" 2>&1; then
		echo "build-pg18: failed: $*" >&2
		tail -n 40 "$log" >&2
		exit 1
	fi
}

# Run from make test, the build would inherit MAKELEVEL=1 and take itself
# for a sub-make, which skips generating the headers (utils/errcodes.h...).
unset MAKELEVEL MAKEFLAGS MFLAGS MAKEOVERRIDES GNUMAKEFLAGS

tar -xjf "$tarball" -C "$build"
src=$build/postgresql-$version
cd "$src"
run configure.log ./configure "${configure_opts[@]}"
run make.log make -j"${PG18_JOBS:-2}"
run install.log make install
# The isolation tester is not part of make install; PGXS's installcheck
# runs it from the installed tree as lib/pgxs/src/test/isolation/.
run isolation.log make -C src/test/isolation install

# top_builddir of PGXS: lib/postgresql/pgxs (pgxs.mk is src/makefiles/ in it)
pgxs=$(dirname "$(dirname "$(dirname "$("$cache/bin/pg_config" --pgxs)")")")
for f in bin/postgres bin/initdb bin/pg_ctl bin/psql bin/pg_dump bin/pg_restore bin/pg_config; do
	[ -x "$cache/$f" ] || { echo "build-pg18: $cache/$f missing after install" >&2; exit 1; }
done
for f in src/test/regress/pg_regress src/test/isolation/pg_isolation_regress \
	src/test/isolation/isolationtester; do
	if [ ! -x "$pgxs/$f" ]; then
		install -D -m 755 "$src/$f" "$pgxs/$f"
	fi
done

chmod -R a+rX "$cache"
echo "$want" >"$stamp"
echo "pg18: built PostgreSQL $version into $cache ($(($(date +%s) - start)) s)"
