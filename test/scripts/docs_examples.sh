#!/usr/bin/env bash
# docs_examples.sh: the SQL examples of README.md and docs/ (rules,
# identifiers, names, messages, views), run as they are written.
#
# Each ```sql block that runs on one server is taken from the page itself
# (not a copy), run with psql in a database prepared with the tables the
# examples name (the README's after `SET search_path = population_rules,
# public`, as it says), and checked against what the page says of it: the
# errors and warnings it shows in comments (message, detail and hint, word
# for word), the rows and values it shows, and no other error.  The blocks
# are found by their first line, so that a block moved or rewritten fails
# here instead of being skipped.  The examples that show rows of the sample
# population (views.md, the README's review loop) run on that population,
# generated as make demo and the page generate it.  Not run: the
# functions' signatures, the upgrade, and the Citus layouts
# (test/citus/docs_examples.sh runs the README's).  The README's and
# rules.md's rule examples run whole, each block as one script (a
# transaction spans their statements), and what they leave behind is
# checked here; the other pages go statement by statement.  Both are
# test/docs_results.py's, the one home of finding and comparing examples.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib.sh
db=docs_examples_$$
outf=$(mktemp)
trap 'rm -f "$outf"; psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
readme="SET search_path = population_rules, public"	# as the README says

# script PAGE FIRST_LINE [PREFIX]: the page's block beginning with
# FIRST_LINE run whole in the database after PREFIX, as a reader pasting
# it would (going on after an error), its errors and warnings checked
# against those it shows, word for word; psql's output left in $out
script() {
	python3 test/docs_results.py --script "$1" "$db" "${3:-}" "$2" "$outf" || fail=1
	out=$(cat "$outf")
}
# doc_block PAGE FIRST_LINE: the text of that block, for the checks that
# read what it says
doc_block() { python3 test/docs_results.py --block "$1" "$2"; }

# fresh SETUP: the database made again, the extension in it, then SETUP
fresh() {
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
	createdb "$db" && psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "SET client_min_messages = warning" \
		-c "CREATE EXTENSION population_rules" -c "$1" >/dev/null
}
# value SQL: one result of SQL in the database
value() { psql -X -At -d "$db" -c "$1" 2>&1; }

# =========================================================== README.md
# the tables the examples name, in the shape their statements imply
person='CREATE TABLE person (id int PRIMARY KEY, pid text, born date, sex text, "Họ tên" text, "tên gốc" text);'
fresh "$person
INSERT INTO person VALUES (1, '001090000001', '1990-05-01', 'Nam');
CREATE TABLE member (id int PRIMARY KEY, household int, relation text, died date);
INSERT INTO member VALUES (6, 1, 'Chủ hộ', NULL), (7, 1, 'Con', NULL);
CREATE SCHEMA hr;
CREATE TABLE hr.person (id int PRIMARY KEY, pid text);
CREATE SCHEMA ho_so;
CREATE TABLE ho_so.nhan_khau (id int PRIMARY KEY, so_dinh_danh text, ho_ten text,
                              ngay_sinh date, gioi_tinh text, so_ho int,
                              tinh_khai_sinh text, ma_xa text);
INSERT INTO ho_so.nhan_khau VALUES
  (1, '001090000001', 'Nguyễn Văn An', '1990-05-01', 'Nam', 1, '001', '00001'),
  (2, '001090000001', 'Nguyen Van An', '1990-05-01', 'Nam', 2, '001', '00004'),
  (3, '001195000002', 'Trần Thị Bình', '1995-02-03', 'Nữ', 2, '001', '00001'),
  (4, '001185000003', 'Lê Văn Tám', '1985-07-09', 'Nam', 3, '001', '00001');
" || exit 1

# ------------------------------------------------------- attach a rule
script README.md "SELECT attach_unique_id_rule('person', 'pid'," "$readme"
check "README attach: three rules attached, numbered 1 to 3" "1,2,3" \
	"$(psql -X -At -d "$db" -c "SELECT string_agg(rule_id::text, ',' ORDER BY rule_id) FROM population_rules.rule")"
check "README attach: the change of household head committed (7 the head, 6 dead)" "6 2024-03-01,7 Chủ hộ" \
	"$(psql -X -At -d "$db" -c "SELECT string_agg(id || ' ' || coalesce(died::text, relation), ',' ORDER BY id) FROM member")"
check "README attach: the name stored as the README says, what was typed kept" "Nguyễn Văn An|nguyễn văn  an" \
	"$(psql -X -At -d "$db" -c "SELECT \"Họ tên\" || '|' || \"tên gốc\" FROM person WHERE id = 3")"

# ------------------------------------------------------- choose a mode
psql -X -q -d "$db" -c "SELECT population_rules.attach_unique_id_rule('hr.person', 'pid')" >/dev/null
script README.md "SELECT set_rule_mode(1, 'log');" "$readme"
check "README modes: rule 1 in log mode, hr.person's rule in warn mode" "person log,hr.person warn" \
	"$(psql -X -At -d "$db" -c "SELECT string_agg(tbl::text || ' ' || mode, ',' ORDER BY rule_id) FROM population_rules.rule WHERE rule_id = 1 OR tbl = 'hr.person'::regclass")"

# ------------------------------------------------------- validate
psql -X -q -d "$db" -c "INSERT INTO person VALUES (4, '001090000001', '1990-05-01', 'Nam')" >/dev/null
script README.md "SELECT * FROM validate_rule(1);" "$readme"
check "README validate: the duplicate let in by log mode is logged as duplicate_id" yes \
	"$(grep -q '^duplicate_id|' <<<"$out" && echo yes || echo "$out")"

# ------------------------------------------------------- the views
script README.md "SELECT register_source('person', 'ho_so.nhan_khau'," "$readme"
check "README views: id_structure and scorecard_province made in bao_cao" "2" \
	"$(psql -X -At -d "$db" -c "SELECT count(*) FROM pg_views WHERE schemaname = 'bao_cao' AND viewname IN ('id_structure', 'scorecard_province')")"
check "README views: id_structure lists, in commune 00001, the id whose sex digit contradicts the row" "4" \
	"$(psql -X -At -d "$db" -c "SELECT string_agg(DISTINCT person_key::text, ',') FROM bao_cao.id_structure WHERE commune_code = '00001'")"
check "README views: the scorecard reads the registered persons (one province, four persons)" "1|4" \
	"$(psql -X -At -d "$db" -c "SELECT count(*) || '|' || sum(persons) FROM bao_cao.scorecard_province")"

# ======================================================= docs/rules.md
# (examples written with the schema: the search_path is left alone)
rules=docs/rules.md

fresh "$person CREATE SCHEMA hr; CREATE TABLE hr.person (id int PRIMARY KEY, pid text);
       SELECT population_rules.attach_unique_id_rule('person', 'pid');
       SELECT population_rules.attach_unique_id_rule('hr.person', 'pid');" || exit 1
script $rules "SELECT population_rules.set_rule_mode(1, 'warn');"
check "rules.md modes: rule 1 warns, hr.person's rule logs" "person warn,hr.person log" \
	"$(value "SELECT string_agg(tbl::text || ' ' || mode, ',' ORDER BY rule_id) FROM population_rules.rule")"

fresh "$person INSERT INTO person VALUES (1, '001090000001', '1990-05-01', 'Nam');" || exit 1
script $rules "SELECT population_rules.attach_unique_id_rule('person', 'pid',"
check "rules.md unique id: the row warned about is in, the duplicate is not" "1,3" \
	"$(value "SELECT string_agg(id::text, ',' ORDER BY id) FROM person")"

fresh "CREATE TABLE member (id int PRIMARY KEY, household text, relation text, died date);
       INSERT INTO member VALUES (1, 'H1', 'Chủ hộ', NULL), (6, 'H2', 'Chủ hộ', NULL), (7, 'H2', 'Con', NULL);" || exit 1
script $rules "SELECT population_rules.attach_household_head_rule('member', 'household', 'relation',"
check "rules.md household: the change of head committed" "6 2024-03-01,7 Chủ hộ" \
	"$(value "SELECT string_agg(id || ' ' || coalesce(died::text, relation), ',' ORDER BY id) FROM member WHERE household = 'H2'")"

fresh "$person" || exit 1
first="SELECT population_rules.attach_names_rule('person', '{\"Họ tên\"}', original_columns"
script $rules "$first"
ex=$(doc_block $rules "$first")
check "rules.md names: the name and what was typed, as the comment says" \
	"$(sed -n 's/.*-- *\(.*\) | \(.*\)$/\1|\2/p' <<<"$ex")" "$(tail -1 <<<"$out")"

fresh "$person INSERT INTO person VALUES (1, '001090000001', '1990-05-01', 'Nam'), (2, '001090000001', '1990-05-01', 'Nam'), (3, '12345', NULL, NULL);
       SELECT population_rules.attach_unique_id_rule('person', 'pid', birth_date_column => 'born', sex_column => 'sex');" || exit 1
first="SELECT table_name, rule_name, kind, columns, mode, options, since, by_whom"
script $rules "$first"
ex=$(doc_block $rules "$first")
check "rules.md rules view: the columns shown, but since and by_whom" \
	"$(sed -n 's/^-- *//p' <<<"$ex" | awk -F' [|] ' '{ print $1 "|" $2 "|" $3 "|" $4 "|" $5 "|" $6 }')" \
	"$(cut -d'|' -f1-6 <<<"$out")"
first="SELECT * FROM population_rules.validate_rule(1);"
script $rules "$first"
ex=$(doc_block $rules "$first")
check "rules.md validate: the rows shown, in the first call's output" \
	"$(sed -n 's/^-- *\((id)=([0-9]*)\) *| \(.*\)$/\1|\2/p' <<<"$ex")" \
	"$(value "SELECT row_key || '|' || detail FROM population_rules.validate_rule(1) ORDER BY row_key")"
# the two detach calls are one rule detached two ways: each on its own
ex=$(doc_block $rules "SELECT population_rules.detach_rule(1);")
check "rules.md detach: the block is found, two calls" 2 "$(grep -c '^SELECT' <<<"$ex")"
while IFS= read -r call; do
	fresh "$person SELECT population_rules.attach_unique_id_rule('person', 'pid');" || exit 1
	check "rules.md detach: $call detaches the rule" "|0" \
		"$(q -d "$db" -c "$call" 2>&1 >/dev/null)|$(value "SELECT count(*) FROM population_rules.rule")"
done <<<"$ex"
fresh "$person INSERT INTO person VALUES (1, '001090000001', '1990-05-01', 'Nam');
       SELECT population_rules.attach_unique_id_rule('person', 'pid');" || exit 1
for first in "SELECT population_rules.rebuild_rule(1);" "SELECT population_rules.purge_violations('30 days');"; do
	script $rules "$first"
done

# ============================ pages of functions and their results shown
# (test/docs_results.py: each statement, and what the page shows after it)
fresh "SET search_path = population_rules, public;" || exit 1
python3 test/docs_results.py docs/identifiers.md "$db" "SET search_path = population_rules, public" || fail=1

fresh "CREATE TABLE person (id int PRIMARY KEY, full_name text);
       INSERT INTO person VALUES (1, 'Nguyễn Thị Hòa'), (2, 'NguyÔn V¨n §Æng');" || exit 1
python3 test/docs_results.py docs/names.md "$db" || fail=1

fresh "CREATE TABLE persons (id int PRIMARY KEY, pid text);
       INSERT INTO persons VALUES (1, '001090000001');
       SELECT population_rules.attach_unique_id_rule('persons', 'pid');" || exit 1
python3 test/docs_results.py docs/messages.md "$db" || fail=1

# views.md: the examples that need no generated population
fresh "CREATE SCHEMA \"Dân cư\"; CREATE SCHEMA vu;
       CREATE TABLE vu.nhan_khau (id int PRIMARY KEY, ho_ten text, gioi_tinh text, quan_he text);
       INSERT INTO vu.nhan_khau VALUES (1, 'Lê Văn Tám', 'Nam', 'Chủ hộ'), (2, 'Lê Thị Hoa', 'Nữ giới', 'bạn');
       CREATE TABLE public.vg_people (ma int PRIMARY KEY, ho_ten text, so_dinh_danh text);
       SELECT population_rules.register_source('person', 'public.vg_people',
         '{\"person_key\": \"ma\", \"full_name\": \"ho_ten\", \"personal_id\": \"so_dinh_danh\"}', 'thin');" || exit 1
python3 test/docs_results.py docs/views.md "$db" "" \
	"CREATE TABLE \"Dân cư\".\"Công Dân\"" "SELECT population_rules.unregister_source('person');" \
	"SELECT kind FROM population_rules.register_source('person', 'vu.nhan_khau'," \
	"SELECT commune_name, province_id_code" "SELECT population_rules.card_expiry_date(" \
	"SELECT b.person_key, b.name_n" "SELECT dataset, kind, relation FROM population_rules.create_reference_tables('sample');" \
	"-- dataset thin: public.vg_people (ma, ho_ten, so_dinh_danh) registered as" \
	"SELECT view_name, status, detail FROM population_rules.generate_views('thin_views', 'thin')" \
	|| fail=1

# views.md and the README's review loop over the sample population their
# rows come from: 100,000 persons, seed 1, 2% of each defect (docs/sample.md),
# as make demo makes it
fresh "CREATE EXTENSION population_rules_sample;
       SELECT population_rules_sample.generate_population('sample', 100000, 1, 0.02);
       SELECT population_rules.generate_views('bao_cao', 'sample');
       SELECT population_rules_sample.generate_population('demo', 100000, 1, 0.02);
       SELECT population_rules.generate_views('demo_views', 'demo');" || exit 1
python3 test/docs_results.py docs/views.md "$db" "SET population_rules.as_of = '2025-07-01'" \
	"SELECT view_name, status, detail FROM population_rules.generate_views('bao_cao', 'sample');" \
	"SET population_rules.as_of = '2025-07-01';" "SELECT * FROM population_rules.estimate_duplicate_model('bao_cao');" \
	"SELECT step, comparison, level, value, other_value" "SELECT full_name, other_full_name, name_layer" \
	"SELECT queue_position, person_key, other_person_key, score, effect" \
	"SELECT province_name, persons, dung_pct" \
	"SELECT count(*) FROM population_rules.generate_views('bao_cao_m', 'sample', materialized => true);" || fail=1
python3 test/docs_results.py README.md "$db" "SET search_path = population_rules, public" \
	"-- find: the undecided pairs whose decision changes most, first" || fail=1

exit $fail
