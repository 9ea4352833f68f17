#!/usr/bin/env bash
# names_hunspell.sh: the hunspell vi_VN dictionary as an oracle for the
# syllable grammar and tone placement.
#
# Every entry of /usr/share/hunspell/vi_VN.dic that is one lower-case word
# of Vietnamese letters (the /flags suffix stripped) must be
#   1. a valid syllable (vn_is_syllable), and
#   2. a fixed point of normalization in its own style: the dictionary is
#      written in the new style (hoà, thuỷ, khoẻ; no entry uses the old
#      placement), so lower(vn_normalize(w, 'new')) = w; and in the old
#      style the result may differ only on an open oa, oe or uy.
# Known exceptions (not one native syllable) are listed below with a reason.
# Needs PGHOST/PGPORT/PGUSER of a cluster where the extension is installable.
set -uo pipefail
dic=/usr/share/hunspell/vi_VN.dic
if [ ! -r "$dic" ]; then
	echo "skip: $dic not installed (apt-get install hunspell-vi)"
	exit 0
fi
db=names_hunspell_$$
psql -qX -d postgres -c "CREATE DATABASE $db TEMPLATE template0 ENCODING 'UTF8'" || exit 1
trap 'psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null' EXIT

words=$(mktemp)
trap 'rm -f "$words"; psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null' EXIT
tail -n +2 "$dic" | sed 's,/.*,,' |
	grep -xE '[aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ]+' >"$words"
echo "entries checked: $(wc -l <"$words")"

out=$(psql -qXAt -v ON_ERROR_STOP=1 -d "$db" <<SQL
CREATE EXTENSION population_rules;
SET search_path = population_rules, public;
CREATE TEMP TABLE w(word text);
\copy w FROM '$words'
-- loanwords and abbreviations that are not one native syllable
CREATE TEMP TABLE known(word text, why text);
INSERT INTO known VALUES
 ('basoi', 'two syllables'), ('email', 'loanword'), ('gram', 'loanword'),
 ('internet', 'loanword'), ('intranet', 'loanword'), ('palăng', 'two syllables'),
 ('tivi', 'two syllables'), ('tout', 'loanword'), ('v', 'a letter'),
 ('têt', 'stop coda without sắc/nặng'), ('xit', 'stop coda without sắc/nặng'),
 ('gip', 'stop coda without sắc/nặng');
SELECT 'invalid: ' || word FROM w
 WHERE NOT vn_is_syllable(word) AND word NOT IN (SELECT word FROM known);
SELECT 'known exception now valid: ' || word FROM w
 WHERE vn_is_syllable(word) AND word IN (SELECT word FROM known);
SELECT 'not a fixed point (new): ' || word || ' -> ' || vn_normalize(word, 'new') FROM w
 WHERE vn_is_syllable(word) AND lower(vn_normalize(word, 'new') COLLATE "und-x-icu") <> word;
SELECT 'old style differs outside oa/oe/uy: ' || word || ' -> ' || vn_normalize(word, 'old') FROM w
 WHERE vn_is_syllable(word)
   AND vn_normalize(word, 'old') <> vn_normalize(word, 'new')
   AND vn_key_unaccent(word) !~ '(oa|oe|uy)$';
SELECT 'summary: ' || count(*) FILTER (WHERE vn_is_syllable(word)) || ' valid, '
       || count(*) FILTER (WHERE vn_normalize(word, 'old') <> vn_normalize(word, 'new'))
       || ' differ between styles' FROM w;
SQL
)
status=$?
echo "$out" | grep '^summary:'
fails=$(echo "$out" | grep -v '^summary:' | grep -c . || true)
if [ $status -ne 0 ] || [ "$fails" -ne 0 ]; then
	echo "$out" | grep -v '^summary:' | head -50
	echo "names_hunspell: $fails failures"
	exit 1
fi
echo "names_hunspell: ok"
