#!/usr/bin/env bash
# ident_dump_restore.sh: pg_dump -Fc of a table using personal_id and cmnd
# (with primary key, foreign key, btree and hash indexes) from one database,
# pg_restore into a new one, and the contents compared.  Needs the cluster's
# PG* variables (test/run-all.sh).
set -euo pipefail

bindir=$(pg_config --bindir)
src=ident_dump_src_$$
dst=ident_dump_dst_$$
dir=$(mktemp -d)
cleanup() {
	"$bindir/dropdb" --if-exists "$src" >/dev/null 2>&1 || true
	"$bindir/dropdb" --if-exists "$dst" >/dev/null 2>&1 || true
	rm -rf "$dir"
}
trap cleanup EXIT

fail() {
	echo "ident_dump_restore: $*" >&2
	exit 1
}

"$bindir/createdb" "$src"
"$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d "$src" <<'SQL'
CREATE EXTENSION population_rules;
CREATE SCHEMA app;
CREATE TABLE app.person (
	pid population_rules.personal_id PRIMARY KEY,
	legacy population_rules.cmnd,
	name text NOT NULL
);
CREATE TABLE app.card (
	holder population_rules.personal_id REFERENCES app.person,
	number population_rules.cmnd NOT NULL,
	UNIQUE (number, holder)
);
CREATE INDEX person_legacy ON app.person USING hash (legacy);
INSERT INTO app.person
SELECT (lpad((g % 97)::text, 3, '0') || lpad((g * 7919)::text, 9, '0'))::population_rules.personal_id,
       CASE WHEN g % 5 = 0 THEN NULL ELSE lpad((g * 31)::text, 9, '0')::population_rules.cmnd END,
       'person ' || g
  FROM generate_series(1, 3000) AS g;
INSERT INTO app.person VALUES ('000000000000', '000000000', 'zero'), ('999999999999', '999999999', 'nines');
INSERT INTO app.card SELECT pid, legacy FROM app.person WHERE legacy IS NOT NULL;
SQL

"$bindir/pg_dump" -Fc -d "$src" -f "$dir/dump.fc"
"$bindir/createdb" "$dst"
"$bindir/pg_restore" --exit-on-error -d "$dst" "$dir/dump.fc"

fingerprint() {
	"$bindir/psql" -X -At -v ON_ERROR_STOP=1 -d "$1" <<'SQL'
SELECT md5(string_agg(format('%s|%s|%s', pid, legacy, name), ',' ORDER BY pid::text)),
       (SELECT md5(string_agg(format('%s|%s', holder, number), ',' ORDER BY holder::text)) FROM app.card),
       (SELECT string_agg(indexdef, '; ' ORDER BY indexname) FROM pg_indexes WHERE schemaname = 'app'),
       (SELECT pg_typeof(pid)::text FROM app.person LIMIT 1)
  FROM app.person;
SQL
}
a=$(fingerprint "$src")
b=$(fingerprint "$dst")
[ -n "$a" ] || fail "no fingerprint"
[ "$a" = "$b" ] || fail "contents differ after restore: $a vs $b"

# The restored constraints and operators work.
out=$("$bindir/psql" -X -At -d "$dst" -c "INSERT INTO app.person VALUES ('000000000000', NULL, 'dup')" 2>&1 || true)
echo "$out" | grep -q 'duplicate key' || fail "primary key not enforced after restore: $out"
n=$("$bindir/psql" -X -At -v ON_ERROR_STOP=1 -d "$dst" \
	-c "SELECT count(*) FROM app.person p JOIN app.card c ON c.holder OPERATOR(population_rules.=) p.pid")
[ "$n" = "2402" ] || fail "join after restore found $n rows"

echo "ident_dump_restore: pg_dump -Fc / pg_restore round trip agrees"
