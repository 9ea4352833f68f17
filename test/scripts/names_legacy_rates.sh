#!/usr/bin/env bash
# names_legacy_rates.sh: how often vn_repair_legacy gives back a real name
# from its legacy forms, and that it never changes a clean name.
#
# test/scripts/names_legacy_forms.py writes, for every clean name of
# test/data/names-uit-forum.tsv, its TCVN3, VNI, VIQR and UTF-8-read-as-
# Windows-1252 and -1250 forms (encoded with its own tables and Python's
# codecs, not with the extension's).  Over the names whose every token is
# valid in its script (a Vietnamese syllable, or a toneless word of a
# minority language as Ê Đê Kôp, Niê: the rule of docs/names.md), each
# encoding's forms must be repaired back exactly in at least 98% of the
# cases, and no such name, nor any commune name of data/admin_units, may be
# changed by repair.  Prints the rate of each encoding.
# Needs PGHOST/PGPORT/PGUSER of a cluster where the extension is installable.
set -uo pipefail
cd "$(dirname "$0")/../.."
min_rate=98
db=names_legacy_rates_$$
forms=$(mktemp)
cleanup() {
	rm -f "$forms"
	psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
}
trap cleanup EXIT
python3 test/scripts/names_legacy_forms.py >"$forms" || exit 1
psql -qX -d postgres -c "CREATE DATABASE $db TEMPLATE template0 ENCODING 'UTF8'" || exit 1

out=$(psql -qXAt -F ' ' -v ON_ERROR_STOP=1 -v min_rate=$min_rate -d "$db" <<SQL
CREATE EXTENSION population_rules;
SET search_path = population_rules, public;
CREATE TEMP TABLE f(encoding text, original text, legacy text, expected text);
\copy f FROM '$forms'
-- valid in its script: a syllable, or a toneless minority-language word
-- cased as a word, with a vowel and without VNI's aâ/eâ/oâ/aê
CREATE FUNCTION pg_temp.valid_token(t text) RETURNS boolean LANGUAGE sql AS \$\$
  SELECT vn_is_syllable(t) OR (
    t ~ '^([aăâbcdđeêfghijklmnoôơpqrstuưvwxyzAĂÂBCDĐEÊFGHIJKLMNOÔƠPQRSTUƯVWXYZ][aăâbcdđeêfghijklmnoôơpqrstuưvwxyz]*|[AĂÂBCDĐEÊFGHIJKLMNOÔƠPQRSTUƯVWXYZ]{2,})$'
    AND t ~ '[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY]'
    AND t !~ '[aeoAEO][âÂ]|[aA][êÊ]')
\$\$;
CREATE TEMP TABLE valid AS
SELECT DISTINCT original FROM f
 WHERE encoding = 'clean'
   AND (SELECT bool_and(pg_temp.valid_token(t)) FROM regexp_split_to_table(original, ' ') t);
CREATE TEMP TABLE r AS
SELECT encoding, original, legacy, expected, vn_repair_legacy(legacy) AS repaired
  FROM f
 WHERE original IN (SELECT original FROM valid) OR encoding = 'clean_place';
SELECT 'rate', encoding, count(*),
       count(*) FILTER (WHERE repaired = expected),
       round(100.0 * count(*) FILTER (WHERE repaired = expected) / count(*), 2)
  FROM r GROUP BY encoding ORDER BY encoding;
SELECT 'changed', encoding, original, repaired FROM r
 WHERE encoding LIKE 'clean%' AND repaired <> original ORDER BY 2, 3;
SELECT 'miss', encoding, legacy, repaired, expected FROM (
  SELECT *, row_number() OVER (PARTITION BY encoding ORDER BY original) AS k
    FROM r WHERE encoding NOT LIKE 'clean%' AND repaired <> expected) m
 WHERE k <= 5 ORDER BY 2, 3;
SQL
) || exit 1

fail=0
echo "names valid in their script: $(echo "$out" | awk '$1 == "rate" && $2 == "clean" { print $3 }')"
echo "$out" | grep '^miss ' | sed 's/^miss /  first misses: /'
while read -r _ enc total ok pct; do
	case "$enc" in
	clean | clean_place)
		if [ "$ok" -ne "$total" ]; then
			echo "FAILED: $enc: $((total - ok)) of $total changed by repair"
			fail=1
		else
			echo "ok: $enc: 0 of $total changed by repair"
		fi
		;;
	*)
		if awk -v p="$pct" -v m=$min_rate 'BEGIN { exit !(p < m) }'; then
			echo "FAILED: $enc: $ok of $total repaired back ($pct%), below $min_rate%"
			fail=1
		else
			echo "ok: $enc: $ok of $total repaired back ($pct%)"
		fi
		;;
	esac
done < <(echo "$out" | grep '^rate ')
echo "$out" | grep '^changed ' | head -20 | sed 's/^changed /  changed: /'
[ "$(echo "$out" | grep -c '^rate ')" -eq 7 ] || { echo "FAILED: expected 7 rates"; fail=1; }
exit $fail
