#!/usr/bin/env bash
# names.sh: throughput of the name functions beside PostgreSQL's own
# accent-stripping chain lower(unaccent(normalize(x, NFC))).
#
# Builds a table of 1,000,000 names from test/data/names-uit-forum.tsv (the
# real names in turn as given, in NFD, in capitals and in the other tone
# style: deterministic), then times each expression serially
# (SELECT count(f(x)) FROM t, no parallel workers, no JIT), best of 3, and
# prints a markdown table of rows per second and the speed relative to the
# built-in chain.  Uses PGHOST/PGPORT/PGUSER of a throwaway cluster where
# population_rules and contrib unaccent can be created.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${NAMES_BENCH_ROWS:-1000000}
db=names_bench_$$
psql -qX -d postgres -v ON_ERROR_STOP=1 -c "CREATE DATABASE $db TEMPLATE template0 ENCODING 'UTF8'"
trap 'psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null' EXIT

psql -qX -d "$db" -v ON_ERROR_STOP=1 -v rows="$rows" <<'SQL'
CREATE EXTENSION population_rules;
CREATE EXTENSION unaccent;
SET max_parallel_workers_per_gather = 0;
SET jit = off;
CREATE TEMP TABLE src(full_name text, a text, b text, c text);
\copy src FROM 'test/data/names-uit-forum.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true, QUOTE E'\x01')
CREATE TABLE names_src AS
SELECT row_number() OVER (ORDER BY full_name COLLATE "C", a COLLATE "C") AS id, full_name AS x FROM src;
CREATE TABLE bench_names AS
SELECT CASE i % 4
         WHEN 0 THEN s.x
         WHEN 1 THEN normalize(s.x, NFD)
         WHEN 2 THEN upper(s.x COLLATE "und-x-icu")
         ELSE population_rules.vn_normalize(s.x, 'new')
       END AS x
  FROM generate_series(0, :rows - 1) i
  JOIN names_src s ON s.id = i % (SELECT count(*) FROM names_src) + 1;
VACUUM ANALYZE bench_names;
SELECT count(*) AS rows, pg_size_pretty(pg_total_relation_size('bench_names')) AS size FROM bench_names \gset
\echo bench table: :rows rows, :size

CREATE TEMP TABLE results(ord int, expr text, best float8);
DO $$
DECLARE
	exprs text[] := ARRAY[
		'length(x)',
		'lower(public.unaccent(normalize(x, NFC)))',
		'population_rules.vn_key_unaccent(x)',
		'population_rules.vn_normalize(x)',
		'population_rules.vn_key_phonetic(x)',
		'population_rules.vn_key_toneless(x)'];
	t0 timestamptz;
	d float8;
	best float8;
	n bigint;
BEGIN
	SET LOCAL max_parallel_workers_per_gather = 0;
	SET LOCAL jit = off;
	FOR i IN 1 .. array_length(exprs, 1) LOOP
		best := NULL;
		FOR k IN 1 .. 3 LOOP
			t0 := clock_timestamp();
			EXECUTE format('SELECT count(%s) FROM bench_names', exprs[i]) INTO n;
			d := extract(epoch FROM clock_timestamp() - t0);
			best := least(coalesce(best, d), d);
		END LOOP;
		INSERT INTO results VALUES (i, exprs[i], best);
	END LOOP;
END $$;

\pset format unaligned
\pset tuples_only on
\echo
\echo '| expression | seconds (best of 3) | rows/s | vs lower(unaccent(normalize(x, NFC))) |'
\echo '|---|---:|---:|---:|'
SELECT format('| `%s` | %s | %s | %s |', r.expr, round(r.best::numeric, 3),
              to_char(round((SELECT count(*) FROM bench_names) / r.best), 'FM999,999,999,999'),
              round((b.best / r.best)::numeric, 2) || 'x')
  FROM results r, (SELECT best FROM results WHERE ord = 2) b
 ORDER BY r.ord;
SQL
