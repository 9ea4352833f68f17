#!/usr/bin/env bash
# upgrade.sh: ALTER EXTENSION population_rules UPDATE from the frozen 0.1.0
# script, on a database that uses every feature, keeps every rule enforcing,
# lets the views be generated again, and leaves exactly the objects of a
# fresh install of the current version (definitions, privileges, settings,
# comments and the rows of the extension's reference tables compared).
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
old=upgrade_old_$$
new=upgrade_new_$$
tmp=$(mktemp -d /tmp/upgrade.XXXXXX)
cleanup() {
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $old" -c "DROP DATABASE IF EXISTS $new" >/dev/null 2>&1 || true
	rm -rf "$tmp"
}
trap cleanup EXIT
current=$(sed -n "s/^default_version = '\(.*\)'/\1/p" population_rules.control)


# A database on 0.1.0 using every rule kind, sources, views and the log.
createdb "$old"
q -d "$old" >/dev/null <<'SQL'
CREATE EXTENSION population_rules VERSION '0.1.0';
CREATE TABLE nhan_khau (id int PRIMARY KEY, so_dinh_danh text, ho_ten text,
	ho int, quan_he text, ngay_sinh date, gioi_tinh text, tinh_khai_sinh text, ngay_mat date);
SELECT population_rules.attach_unique_id_rule('nhan_khau', 'so_dinh_danh', strictness => 'off');
SELECT population_rules.attach_household_head_rule('nhan_khau', 'ho', 'quan_he');
SELECT population_rules.attach_names_rule('nhan_khau', ARRAY['ho_ten']::name[]);
CREATE TABLE ghi_log (id int PRIMARY KEY, ho_ten text);
SELECT population_rules.attach_names_rule('ghi_log', ARRAY['ho_ten']::name[], mode => 'log');
INSERT INTO ghi_log VALUES (1, 'nguyễn  văn an');
INSERT INTO nhan_khau VALUES
	(1, '001090000001', 'nguyễn văn an', 1, 'Chủ hộ', '1990-01-01', 'M'),
	(2, '001190000002', 'trần thị bình', 1, 'Vợ', '1990-02-02', 'F');
SELECT population_rules.register_source('person', 'nhan_khau',
	'{"person_key": "id", "personal_id": "so_dinh_danh", "full_name": "ho_ten",
	  "birth_date": "ngay_sinh", "sex": "gioi_tinh", "household_id": "ho",
	  "relation_to_head": "quan_he", "birth_province": "tinh_khai_sinh", "death_date": "ngay_mat"}');
CREATE SCHEMA phan_tich;
SELECT count(*) > 0 FROM population_rules.generate_views('phan_tich');
SQL
check "violation logged on 0.1.0" "1" "$(q -d "$old" -c 'SELECT count(*) FROM population_rules.violations')"

# Until the update the library is newer than the SQL: the household rule
# works on the 0.1.0 catalogs, on both of its paths and at commit.
q -d "$old" >/dev/null <<'SQL'
CREATE TABLE ho_phan (id int, ho int, quan_he text) PARTITION BY RANGE (id);
CREATE TABLE ho_phan_1 PARTITION OF ho_phan FOR VALUES FROM (0) TO (1000);
SELECT population_rules.attach_household_head_rule('ho_phan', 'ho', 'quan_he');
INSERT INTO ho_phan VALUES (1, 1, 'Chủ hộ'), (2, 2, 'Chủ hộ');
INSERT INTO nhan_khau VALUES (10, '001090000010', 'lê văn mười', 1, 'con'),
	(11, '001090000011', 'lê văn mười một', 5, 'Chủ hộ');
SQL
check "0.1.0: a member added to a counted household and a new one in one statement" "3 1" \
	"$(q -d "$old" -c "SELECT string_agg(h.members::text, ' ' ORDER BY h.household) FROM population_rules.household_heads h
		JOIN population_rules.rule r USING (rule_id) WHERE r.tbl = 'nhan_khau'::regclass")"
check "0.1.0: a second head refused at the statement's end (row path)" "23514" \
	"$(sqlstate "$old" "INSERT INTO ho_phan VALUES (3, 1, 'Chủ hộ')")"
check "0.1.0: a household left without a head refused at commit" "23514" \
	"$(sqlstate "$old" "UPDATE nhan_khau SET quan_he = 'con' WHERE id = 11; SET CONSTRAINTS ALL IMMEDIATE")"

q -d "$old" -c "ALTER EXTENSION population_rules UPDATE"
check "updated to the current version" "$current" \
	"$(q -d "$old" -c "SELECT extversion FROM pg_extension WHERE extname = 'population_rules'")"

# Every rule still enforces after the update.
check "duplicate id refused" "23505" \
	"$(sqlstate "$old" "INSERT INTO nhan_khau VALUES (3, '001090000001', 'x', 2, 'chủ hộ')")"
check "second head refused" "23514" \
	"$(sqlstate "$old" "INSERT INTO nhan_khau VALUES (3, '001090000003', 'x', 1, 'chủ hộ')")"
q -d "$old" -c "INSERT INTO nhan_khau VALUES (3, '001090000003', 'lê  văn tám', 1, 'con')"
check "names normalized" "Lê Văn Tám" "$(q -d "$old" -c 'SELECT ho_ten FROM nhan_khau WHERE id = 3')"
check "log mode still logs" "2" \
	"$(q -d "$old" -c "INSERT INTO ghi_log VALUES (2, 'trần  bình')" -c 'SELECT count(*) FROM population_rules.violations')"
check "validate runs on every rule" "0" \
	"$(q -d "$old" -c "SELECT count(v.*) FROM population_rules.rule r, population_rules.validate_rule(r.rule_id) v")"
check "views generate again" "t" \
	"$(q -d "$old" -c "SELECT count(*) > 0 FROM population_rules.generate_views('phan_tich')")"
check "duplicate view readable" "t" \
	"$(q -d "$old" -c "SELECT count(*) >= 0 FROM phan_tich.duplicate_persons")"

# The same objects as a fresh install: one line per member object with
# what defines it, compared as text.
createdb "$new"
q -d "$new" -c "CREATE EXTENSION population_rules"
describe() {
	q -d "$1" <<'SQL'
WITH members AS (
	SELECT d.classid, d.objid, d.objsubid
	  FROM pg_depend d
	 WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
	   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'population_rules'))
SELECT pg_describe_object(m.classid, m.objid, m.objsubid) || ' | ' ||
       coalesce(obj_description(m.objid, k.relname), '<no comment>') || ' | ' ||
       coalesce(CASE k.relname
         WHEN 'pg_proc' THEN (SELECT concat_ws(' ', p.prokind, p.prosecdef, p.provolatile, p.proisstrict,
                                  p.proparallel, p.proleakproof, p.procost, p.prorows,
                                  pg_get_function_arguments(p.oid), pg_get_function_result(p.oid),
                                  p.proconfig::text, p.proacl::text, md5(p.prosrc), p.probin)
                                FROM pg_proc p WHERE p.oid = m.objid)
         WHEN 'pg_class' THEN (SELECT concat_ws(' ', c.relkind, c.relacl::text, c.reloptions::text, c.relrowsecurity,
                                  CASE WHEN c.relkind IN ('v', 'm') THEN md5(pg_get_viewdef(c.oid)) END,
                                  (SELECT string_agg(concat_ws(':', a.attname, format_type(a.atttypid, a.atttypmod),
                                                               a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid),
                                                               col_description(c.oid, a.attnum), a.attacl::text),
                                                     ', ' ORDER BY a.attnum)
                                     FROM pg_attribute a
                                     LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                                    WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
                                  (SELECT string_agg(pg_get_indexdef(i.indexrelid), '; ' ORDER BY pg_get_indexdef(i.indexrelid))
                                     FROM pg_index i WHERE i.indrelid = c.oid),
                                  (SELECT string_agg(x.conname || ' ' || pg_get_constraintdef(x.oid), '; ' ORDER BY x.conname || ' ' || pg_get_constraintdef(x.oid))
                                     FROM pg_constraint x WHERE x.conrelid = c.oid),
                                  (SELECT string_agg(pg_get_triggerdef(t.oid), '; ' ORDER BY pg_get_triggerdef(t.oid))
                                     FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal),
                                  (SELECT string_agg(concat_ws(' ', pol.polname, pol.polcmd, pg_get_expr(pol.polqual, pol.polrelid)), '; ' ORDER BY pol.polname)
                                     FROM pg_policy pol WHERE pol.polrelid = c.oid))
                                FROM pg_class c WHERE c.oid = m.objid)
         WHEN 'pg_event_trigger' THEN (SELECT concat_ws(' ', e.evtevent, e.evtfoid::regprocedure, e.evtenabled, e.evttags::text)
                                         FROM pg_event_trigger e WHERE e.oid = m.objid)
         WHEN 'pg_namespace' THEN (SELECT n.nspacl::text FROM pg_namespace n WHERE n.oid = m.objid)
         WHEN 'pg_type' THEN (SELECT t.typacl::text FROM pg_type t WHERE t.oid = m.objid)
       END, '')
  FROM members m JOIN pg_class k ON k.oid = m.classid
 ORDER BY 1;
-- The rows of the extension's own tables (not the configuration ones, which
-- hold the database's rules and registrations).
SELECT format('rows of %s: %s', c.oid::regclass, count(*))
  FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
 WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e' AND c.relkind = 'r'
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'population_rules')
   AND c.oid <> ALL (SELECT unnest(extconfig) FROM pg_extension WHERE extname = 'population_rules')
 GROUP BY c.oid ORDER BY 1;
SQL
}
describe "$old" >"$tmp/old.txt"
describe "$new" >"$tmp/new.txt"
# contents of the extension's reference tables, row by row
for t in $(q -d "$new" -c "SELECT c.oid::regclass FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
		WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e' AND c.relkind = 'r'
		  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'population_rules')
		  AND c.oid <> ALL (SELECT unnest(extconfig) FROM pg_extension WHERE extname = 'population_rules')
		ORDER BY 1"); do
	a=$(q -d "$old" -c "SELECT md5(string_agg(x::text, E'\n' ORDER BY x::text)) FROM $t x")
	b=$(q -d "$new" -c "SELECT md5(string_agg(x::text, E'\n' ORDER BY x::text)) FROM $t x")
	check "rows of $t as in a fresh install" "$b" "$a"
done
if diff -u "$tmp/new.txt" "$tmp/old.txt" >"$tmp/diff"; then
	echo "ok: objects after the update are those of a fresh install ($(wc -l <"$tmp/new.txt") lines compared)"
else
	echo "FAILED: objects after the update differ from a fresh install (- fresh, + updated):"
	head -c 6000 "$tmp/diff"
	fail=1
fi
# The generator left the product in 0.2.0: none of it is in the updated
# schema, and the companion extension installs over the updated product.
check "no generator code left in the product" "0" \
	"$(q -d "$old" -c "SELECT count(*) FROM pg_proc WHERE pronamespace = 'population_rules'::regnamespace AND (proname LIKE 'sample%' OR proname = 'generate_population')")"
check "companion installs over the updated product" "t" \
	"$(q -d "$old" -c "SET client_min_messages = warning" -c "CREATE EXTENSION population_rules_sample" -c "SELECT count(*) > 0 FROM population_rules_sample.generate_population('upgraded_sample', 50)")"

exit $fail
