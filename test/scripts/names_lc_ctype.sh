#!/usr/bin/env bash
# names_lc_ctype.sh: the name functions give the same results whatever the
# database's LC_CTYPE and LC_COLLATE: compare a UTF8 database created with
# LC_CTYPE 'C' against one with the cluster's default locale, over every
# real name of test/data and a set of hard cases.  Also checks that a
# non-UTF8 database is refused with SQLSTATE 0A000.
set -uo pipefail
cd "$(dirname "$0")/../.."
c_db=names_c_$$
def_db=names_def_$$
latin_db=names_latin1_$$
cleanup() {
	for d in $c_db $def_db $latin_db; do
		psql -qX -d postgres -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1
	done
}
trap cleanup EXIT
psql -qX -d postgres -v ON_ERROR_STOP=1 \
	-c "CREATE DATABASE $c_db TEMPLATE template0 LC_CTYPE 'C' LC_COLLATE 'C' ENCODING 'UTF8'" \
	-c "CREATE DATABASE $def_db TEMPLATE template0 ENCODING 'UTF8'" || exit 1

dump() {	# dump DB: every function over every name, in a stable order
	psql -qXAt -v ON_ERROR_STOP=1 -d "$1" <<'SQL'
CREATE EXTENSION population_rules;
SET search_path = population_rules, public;
CREATE TEMP TABLE t(full_name text, a text, b text, c text);
\copy t FROM 'test/data/names-uit-forum.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true, QUOTE E'\x01')
INSERT INTO t(full_name) VALUES ('ĐẶNG TRỊNH'), ('TrỊnh'), ('đặng thùy'), ('ÀÁẢÃẠ ăằẳẵắặ'),
  ('İstanbul ß Σίσυφος'), (U&'Nguye\0303\0302n'), ('H''HEN NIÊ');
SELECT full_name, vn_normalize(full_name), vn_normalize(full_name, 'new'), vn_upper(full_name),
       vn_ascii(full_name), vn_key_unaccent(full_name), vn_key_toneless(full_name),
       vn_key_phonetic(full_name), vn_name_parts(full_name), vn_invalid_syllables(full_name)
  FROM t ORDER BY full_name COLLATE "C";
SQL
}
a=$(mktemp)
b=$(mktemp)
trap 'rm -f "$a" "$b"; cleanup' EXIT
dump "$c_db" >"$a" || exit 1
dump "$def_db" >"$b" || exit 1
echo "rows compared: $(wc -l <"$a")"
if ! cmp -s "$a" "$b"; then
	echo "results differ between LC_CTYPE C and the default locale:"
	diff "$a" "$b" | head -20
	exit 1
fi

# A non-UTF8 database: the functions refuse with feature_not_supported.
if psql -qX -d postgres -c "CREATE DATABASE $latin_db TEMPLATE template0 ENCODING 'LATIN1' LC_CTYPE 'C' LC_COLLATE 'C'" 2>/dev/null; then
	err=$(psql -qX -d "$latin_db" -v VERBOSITY=verbose \
		-c "CREATE EXTENSION population_rules" \
		-c "SELECT population_rules.vn_normalize('an')" 2>&1)
	if ! echo "$err" | grep -q '0A000'; then
		echo "a LATIN1 database was not refused with 0A000:"
		echo "$err"
		exit 1
	fi
fi
echo "names_lc_ctype: ok"
