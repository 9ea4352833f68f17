#!/usr/bin/env bash
# package.sh: the Debian package builds from a clean copy of the tree with
# dpkg-buildpackage (pg_buildext, debian/), installs with dpkg, and works in
# a fresh cluster: CREATE EXTENSION, a rule attached and enforcing, the
# upgrade from 0.1.0, the companion package (population_rules_sample)
# generating a sample.  The packages are removed afterwards and the tree's own
# build installed again.  Prints "package ok: NAME" / "package FAILED: NAME"
# lines for run-all.sh.  Run as root, holding the install lock.
set -uo pipefail
cd "$(dirname "$0")/.."
. test/cluster.sh

work=$(mktemp -d /tmp/population_rules_deb.XXXXXX)
pkg=postgresql-15-population-rules
sample_pkg=$pkg-sample
result() {	# result NAME STATUS
	if [ "$2" -eq 0 ]; then echo "package ok: $1"; else echo "package FAILED: $1"; fi
}
finish() {
	dpkg -r "$sample_pkg" "$pkg" >/dev/null 2>&1 || true
	make -s install >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap 'cluster_stop; finish' EXIT

# A clean copy: what git tracks, as a release tarball would hold it.
mkdir -p "$work/src"
git ls-files -z | xargs -0 -I{} cp --parents {} "$work/src/"
(cd "$work/src" && dpkg-buildpackage -us -uc -b) >"$work/build.log" 2>&1
status=$?
result "deb builds (dpkg-buildpackage)" $status
if [ $status -ne 0 ]; then
	tail -30 "$work/build.log"
	exit 1
fi
deb=$(ls "$work"/"$pkg"_*.deb | head -1)
dpkg-deb -c "$deb" >"$work/contents.txt"
grep -q 'population_rules--0.1.0--0.2.0.sql' "$work/contents.txt"
result "deb holds the install and upgrade scripts" $?
grep -q 'locale/vi/LC_MESSAGES/population_rules-[0-9]*\.mo' "$work/contents.txt"
result "deb holds the Vietnamese message catalog" $?
# The product's package holds no generator code; the companion's holds it.
! grep -q 'population_rules_sample' "$work/contents.txt"
result "product deb holds no sample generator" $?
sample_deb=$(ls "$work"/"$sample_pkg"_*.deb | head -1)
dpkg-deb -c "$sample_deb" >"$work/sample_contents.txt"
grep -q 'extension/population_rules_sample--0.2.0.sql' "$work/sample_contents.txt" &&
	grep -q 'population_rules_sample.control' "$work/sample_contents.txt" &&
	grep -q 'lib/population_rules_sample.so' "$work/sample_contents.txt"
result "sample deb holds the companion extension" $?
dpkg -i "$deb" "$sample_deb" >"$work/install.log" 2>&1
status=$?
result "deb installs (dpkg -i)" $status
[ $status -eq 0 ] || { cat "$work/install.log"; exit 1; }

cluster_start || exit 1
trap 'cluster_stop; finish' EXIT		# cluster_start set its own
out=$(psql -X -q -At -v ON_ERROR_STOP=1 2>&1 <<'SQL'
CREATE EXTENSION population_rules;
CREATE TABLE p (id int PRIMARY KEY, so text);
SELECT population_rules.attach_unique_id_rule('p', 'so', strictness => 'off') > 0;
INSERT INTO p VALUES (1, '001090000001');
DO $$ BEGIN INSERT INTO p VALUES (2, '001090000001'); RAISE 'accepted';
EXCEPTION WHEN unique_violation THEN RAISE NOTICE 'refused'; END $$;
CREATE DATABASE up;
SQL
)
echo "$out" | grep -q 'refused'
result "packaged extension enforces a rule" $?
psql -X -q -At -c "SET lc_messages = 'vi_VN.UTF-8'" \
	-c "SELECT population_rules.gettext('duplicate personal id number in table \"%s\"')" 2>&1 |
	grep -q 'bị trùng'
result "packaged extension speaks Vietnamese" $?
psql -X -q -At -d up -c "CREATE EXTENSION population_rules VERSION '0.1.0'" \
	-c "ALTER EXTENSION population_rules UPDATE" \
	-c "SELECT extversion FROM pg_extension WHERE extname = 'population_rules'" | grep -qx '0.2.0'
result "packaged extension upgrades 0.1.0 to 0.2.0" $?
out=$(psql -X -q -At -v ON_ERROR_STOP=1 -c "CREATE EXTENSION population_rules_sample" \
	-c "SET client_min_messages = warning" \
	-c "SELECT row_count FROM population_rules_sample.generate_population('s', 500, 1, 0.02) WHERE table_name = 'ground_truth'" 2>&1)
[ "${out:-0}" -gt 0 ] 2>/dev/null
result "packaged companion generates a sample population with its ground truth" $?
