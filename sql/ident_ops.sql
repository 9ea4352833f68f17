-- Identity-number types: operators, hashing, indexes, constraints, plans.
SET search_path = public, population_rules;

-- Every comparison operator on every ordering of two values.
SELECT a, b, a = b AS eq, a <> b AS ne, a < b AS lt, a <= b AS le,
       a > b AS gt, a >= b AS ge, personal_id_cmp(a, b) AS cmp
  FROM (VALUES ('001090123456'::personal_id, '001090123456'::personal_id),
               ('001090123456', '001090123457'),
               ('079305000001', '001090123456'),
               ('000000000000', '999999999999')) AS v(a, b);
SELECT a, b, a = b AS eq, a <> b AS ne, a < b AS lt, a <= b AS le,
       a > b AS gt, a >= b AS ge, cmnd_cmp(a, b) AS cmp
  FROM (VALUES ('012345678'::cmnd, '012345678'::cmnd),
               ('012345678', '012345679'),
               ('230123456', '012345678'),
               ('000000000', '999999999')) AS v(a, b);
SELECT NULL::personal_id = '001090123456' AS null_eq,
       NULL::cmnd < '012345678' AS null_lt;

-- Operator properties: commutators, negators, estimators, hashes, merges.
SELECT o.oprname, o.oprleft::regtype, c.oprname AS commutator,
       n.oprname AS negator, o.oprrest, o.oprjoin, o.oprcanhash,
       o.oprcanmerge
  FROM pg_operator o
  LEFT JOIN pg_operator c ON c.oid = o.oprcom
  LEFT JOIN pg_operator n ON n.oid = o.oprnegate
 WHERE o.oprleft IN ('personal_id'::regtype, 'cmnd'::regtype)
 ORDER BY o.oprleft::regtype::text, o.oprname;

-- Default operator classes: btree (with sort support and equalimage for
-- deduplication) and hash (with the extended hash for partitioning).
SELECT am.amname, opc.opcname, opc.opcintype::regtype, opc.opcdefault,
       array_agg(p.amprocnum || ':' || p.amproc::regproc ORDER BY p.amprocnum) AS support
  FROM pg_opclass opc
  JOIN pg_am am ON am.oid = opc.opcmethod
  JOIN pg_amproc p ON p.amprocfamily = opc.opcfamily
 WHERE opc.opcintype IN ('personal_id'::regtype, 'cmnd'::regtype)
 GROUP BY am.amname, opc.opcname, opc.opcintype, opc.opcdefault
 ORDER BY opc.opcintype::regtype::text, am.amname;

-- Hashes are those of the numbers; ordering is that of the 12-digit text.
SELECT personal_id_hash('001090123456') = hashint8(1090123456) AS pid_hash,
       personal_id_hash_extended('001090123456', 42) = hashint8extended(1090123456, 42) AS pid_hash_ext,
       cmnd_hash('012345678') = hashint4(12345678) AS cmnd_hash,
       cmnd_hash_extended('012345678', 42) = hashint4extended(12345678, 42) AS cmnd_hash_ext;

-- Sorting (sort support) agrees with the canonical text's order.
CREATE TEMP TABLE ident_sort AS
SELECT (lpad((g * 7919 % 1000)::text, 3, '0') || lpad((g * 104729 % 1000000000)::text, 9, '0'))::personal_id AS p,
       lpad((g * 15485863 % 1000000000)::text, 9, '0')::cmnd AS c
  FROM generate_series(1::bigint, 5000) AS g;
SELECT (SELECT array_agg(p ORDER BY p) FROM ident_sort)::text[]
     = (SELECT array_agg(p::text ORDER BY p::text COLLATE "C") FROM ident_sort) AS pid_sorted,
       (SELECT array_agg(c ORDER BY c DESC) FROM ident_sort)::text[]
     = (SELECT array_agg(c::text ORDER BY c::text COLLATE "C" DESC) FROM ident_sort) AS cmnd_sorted;
SELECT min(p), max(p), min(c), max(c) FROM ident_sort;

-- Constraints: primary key, unique, foreign key on the types.
CREATE TABLE ident_person (
	pid personal_id PRIMARY KEY,
	name text NOT NULL
);
CREATE TABLE ident_card (
	number cmnd NOT NULL,
	holder personal_id NOT NULL REFERENCES ident_person,
	UNIQUE (number, holder)
);
INSERT INTO ident_person VALUES ('001090123456', 'Nguyễn Văn An'),
                                ('079305000001', 'Trần Thị Bình');
INSERT INTO ident_person VALUES ('001 090 123 456', 'duplicate');
INSERT INTO ident_card VALUES ('012345678', '001090123456'),
                              ('012345678', '079305000001');  -- one CMND, two people
INSERT INTO ident_card VALUES ('012345678', '001090123456');
INSERT INTO ident_card VALUES ('023456789', '040090000000');
DELETE FROM ident_person WHERE pid = '079305000001';
SELECT c.number, c.holder, p.name
  FROM ident_card c JOIN ident_person p ON p.pid = c.holder
 ORDER BY c.holder;

-- A bigger table for the plans.
CREATE TABLE ident_plan AS
SELECT ('0' || lpad((g % 100)::text, 2, '0') || lpad(g::text, 9, '0'))::personal_id AS pid,
       lpad((g * 7)::text, 9, '0')::cmnd AS cmnd,
       g AS n
  FROM generate_series(1, 20000) AS g;
CREATE INDEX ident_plan_pid ON ident_plan (pid);
CREATE INDEX ident_plan_cmnd ON ident_plan (cmnd);
VACUUM ANALYZE ident_plan;

-- Equality and range: btree index scans; an index-only scan.
EXPLAIN (COSTS OFF) SELECT * FROM ident_plan WHERE pid = '001000000101';
SELECT * FROM ident_plan WHERE pid = '001000000101';
EXPLAIN (COSTS OFF) SELECT pid FROM ident_plan WHERE pid BETWEEN '001000000101' AND '001000000401';
SELECT pid FROM ident_plan WHERE pid BETWEEN '001000000101' AND '001000000401';
EXPLAIN (COSTS OFF) SELECT * FROM ident_plan WHERE cmnd = '000000700';
SELECT * FROM ident_plan WHERE cmnd = '000000700';
EXPLAIN (COSTS OFF) SELECT cmnd FROM ident_plan WHERE cmnd < '000000050' ORDER BY cmnd DESC;
SELECT cmnd FROM ident_plan WHERE cmnd < '000000050' ORDER BY cmnd DESC;

-- Estimates come from the statistics: eqsel and the histogram.
SELECT most_common_vals IS NULL AS no_mcv, histogram_bounds IS NOT NULL AS has_histogram
  FROM pg_stats WHERE tablename = 'ident_plan' AND attname = 'pid';
CREATE FUNCTION ident_estimate(query text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
	plan json;
BEGIN
	EXECUTE 'EXPLAIN (FORMAT JSON) ' || query INTO plan;
	RETURN (plan -> 0 -> 'Plan' ->> 'Plan Rows')::integer;
END $$;
SELECT ident_estimate($$SELECT * FROM ident_plan WHERE pid = '001000000101'$$) AS eq,
       ident_estimate($$SELECT * FROM ident_plan WHERE pid <> '001000000101'$$) AS ne,
       ident_estimate($$SELECT * FROM ident_plan WHERE pid < '050000000000'$$) BETWEEN 8000 AND 12000 AS lt_about_half,
       ident_estimate($$SELECT * FROM ident_plan WHERE pid >= '090000000000'$$) BETWEEN 1200 AND 2800 AS ge_about_a_tenth;

-- Hash index.
CREATE INDEX ident_plan_pid_hash ON ident_plan USING hash (pid);
CREATE INDEX ident_plan_cmnd_hash ON ident_plan USING hash (cmnd);
SET enable_bitmapscan = off;
DROP INDEX ident_plan_pid;
DROP INDEX ident_plan_cmnd;
EXPLAIN (COSTS OFF) SELECT * FROM ident_plan WHERE pid = '001000000101';
SELECT * FROM ident_plan WHERE pid = '001000000101';
EXPLAIN (COSTS OFF) SELECT * FROM ident_plan WHERE cmnd = '000000700';
SELECT * FROM ident_plan WHERE cmnd = '000000700';
RESET enable_bitmapscan;
CREATE INDEX ident_plan_pid ON ident_plan (pid);
CREATE INDEX ident_plan_cmnd ON ident_plan (cmnd);

-- Joins: merge join and hash join on both types.
CREATE TABLE ident_plan2 AS SELECT pid, cmnd FROM ident_plan WHERE n % 3 = 0;
ANALYZE ident_plan2;
SET enable_hashjoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM ident_plan a JOIN ident_plan2 b ON a.pid = b.pid;
SELECT count(*) FROM ident_plan a JOIN ident_plan2 b ON a.pid = b.pid;
EXPLAIN (COSTS OFF) SELECT count(*) FROM ident_plan a JOIN ident_plan2 b ON a.cmnd = b.cmnd;
SELECT count(*) FROM ident_plan a JOIN ident_plan2 b ON a.cmnd = b.cmnd;
RESET enable_hashjoin;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM ident_plan a JOIN ident_plan2 b ON a.pid = b.pid;
SELECT count(*) FROM ident_plan a JOIN ident_plan2 b ON a.pid = b.pid;
EXPLAIN (COSTS OFF) SELECT count(*) FROM ident_plan a JOIN ident_plan2 b ON a.cmnd = b.cmnd;
SELECT count(*) FROM ident_plan a JOIN ident_plan2 b ON a.cmnd = b.cmnd;
RESET enable_mergejoin;
RESET enable_nestloop;

-- DISTINCT and GROUP BY: by hashing and by sorting.
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT DISTINCT personal_id_province_code(pid) AS prov, cmnd FROM ident_plan;
SET enable_sort = on;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT pid, count(*) FROM ident_plan GROUP BY pid;
RESET enable_hashagg;
SELECT count(*) FROM (SELECT DISTINCT pid FROM ident_plan) s;
SELECT personal_id_province_code(pid) AS prov, count(*) FROM ident_plan GROUP BY 1 ORDER BY 1 LIMIT 3;
SET enable_hashagg = off;
SELECT count(*) FROM (SELECT pid FROM ident_plan UNION SELECT pid FROM ident_plan2) s;
RESET enable_hashagg;
SELECT count(*) FROM (SELECT pid FROM ident_plan UNION SELECT pid FROM ident_plan2) s;

-- Parallel plans: every function is PARALLEL SAFE.
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT count(*) FROM ident_plan
 WHERE pid > '050000000000' AND personal_id_birth_year(pid) = 1900;
SELECT count(*) FROM ident_plan
 WHERE pid > '050000000000' AND personal_id_birth_year(pid) = 1900;
EXPLAIN (COSTS OFF)
SELECT count(*) FROM ident_plan a JOIN ident_plan2 b ON a.pid = b.pid;
SELECT count(*) FROM ident_plan a JOIN ident_plan2 b ON a.pid = b.pid;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
SELECT p.proname
  FROM pg_proc p
  JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'population_rules'
 WHERE (p.proname LIKE '%personal_id%' OR p.proname LIKE '%cmnd%'
        OR p.proargtypes::regtype[] && ARRAY['personal_id'::regtype, 'cmnd'::regtype])
   AND p.proparallel <> 's'
 ORDER BY 1;

-- Hash partitioning uses the extended hash.
CREATE TABLE ident_part (pid personal_id PRIMARY KEY) PARTITION BY HASH (pid);
CREATE TABLE ident_part_0 PARTITION OF ident_part FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE ident_part_1 PARTITION OF ident_part FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO ident_part SELECT pid FROM ident_plan;
SELECT count(*) > 0 AS p0_used FROM ident_part_0;
SELECT (SELECT count(*) FROM ident_part_0) + (SELECT count(*) FROM ident_part_1) AS total;
EXPLAIN (COSTS OFF) SELECT * FROM ident_part WHERE pid = '001000000101';

DROP TABLE ident_card, ident_person, ident_plan, ident_plan2, ident_part;
DROP FUNCTION ident_estimate(text);
