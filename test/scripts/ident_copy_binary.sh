#!/usr/bin/env bash
# ident_copy_binary.sh: COPY text and binary round trips of personal_id and
# cmnd, binary compatibility with bigint / integer, and the range check of
# binary input.  Needs the cluster's PG* variables (test/run-all.sh).
set -euo pipefail

db=ident_copy_$$
dir=$(mktemp -d)
cleanup() {
	dropdb --if-exists "$db" >/dev/null 2>&1 || true
	rm -rf "$dir"
}
trap cleanup EXIT

fail() {
	echo "ident_copy_binary: $*" >&2
	exit 1
}

createdb "$db"
q() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }

q <<'SQL'
CREATE EXTENSION population_rules;
SET search_path = public, population_rules;
CREATE TABLE src (n int, pid personal_id, c cmnd);
INSERT INTO src
SELECT g,
       CASE WHEN g % 10 = 0 THEN NULL
            ELSE (lpad((g % 1000)::text, 3, '0') || lpad((g * 7919)::text, 9, '0'))::personal_id END,
       CASE WHEN g % 7 = 0 THEN NULL
            ELSE lpad((g * 104729 % 1000000000)::text, 9, '0')::cmnd END
  FROM generate_series(1, 5000) AS g;
INSERT INTO src VALUES (0, '000000000000', '000000000'), (-1, '999999999999', '999999999');
CREATE TABLE dst_text (LIKE src);
CREATE TABLE dst_bin (LIKE src);
CREATE TABLE as_numbers (n int, pid bigint, c integer);
CREATE TABLE back_typed (LIKE src);
SQL

q -c "\\copy src TO '$dir/src.txt'"
q -c "\\copy src TO '$dir/src.bin' (FORMAT binary)"
q -c "\\copy dst_text FROM '$dir/src.txt'"
q -c "\\copy dst_bin FROM '$dir/src.bin' (FORMAT binary)"
# The binary form is that of bigint and integer: load it as numbers and back.
q -c "\\copy as_numbers FROM '$dir/src.bin' (FORMAT binary)"
q -c "\\copy as_numbers TO '$dir/numbers.bin' (FORMAT binary)"
q -c "\\copy back_typed FROM '$dir/numbers.bin' (FORMAT binary)"

grep -q '^1	001000007919	000104729$' "$dir/src.txt" || fail "text COPY output not canonical"

diffs=$(q -At <<'SQL'
SET search_path = public, population_rules;
SELECT (SELECT count(*) FROM src) || ' ' ||
       (SELECT count(*) FROM (SELECT * FROM src EXCEPT ALL SELECT * FROM dst_text) x) || ' ' ||
       (SELECT count(*) FROM (SELECT * FROM src EXCEPT ALL SELECT * FROM dst_bin) x) || ' ' ||
       (SELECT count(*) FROM (SELECT * FROM src EXCEPT ALL SELECT * FROM back_typed) x) || ' ' ||
       (SELECT count(*) FROM src s JOIN as_numbers a USING (n)
         WHERE a.pid IS DISTINCT FROM s.pid::bigint OR a.c IS DISTINCT FROM s.c::integer);
SQL
)
[ "$diffs" = "5002 0 0 0 0" ] || fail "round trips differ: $diffs (rows, text, binary, via numbers, numbers)"

# Binary input refuses numbers outside the type's range (22P03).
q <<'SQL'
CREATE TABLE too_big (pid bigint, c integer);
INSERT INTO too_big VALUES (1000000000000, 1), (1, 1000000000), (-1, -1);
SQL
for row in "pid = 1000000000000" "c = 1000000000" "pid = -1"; do
	q -c "\\copy (SELECT pid, c FROM too_big WHERE $row) TO '$dir/bad.bin' (FORMAT binary)"
	if out=$(q -c "\\copy back_typed (pid, c) FROM '$dir/bad.bin' (FORMAT binary)" 2>&1); then
		fail "binary input accepted $row"
	fi
	echo "$out" | grep -q 'invalid external' || fail "unexpected error for $row: $out"
done

# Text COPY of bad values fails with the type's message.
printf '1\t00109012345\t012345678\n' >"$dir/bad.txt"
if out=$(q -c "\\copy dst_text FROM '$dir/bad.txt'" 2>&1); then
	fail "text COPY accepted 11 digits"
fi
echo "$out" | grep -q 'Expected 12 digits, found 11' || fail "unexpected text COPY error: $out"

echo "ident_copy_binary: text and binary round trips of 5002 rows agree"
