-- The duplicate search's blocking aggregate as a partial aggregate (the
-- form with personal_id, state duplicate_blocks_state): whatever the split
-- of the persons between partial states (partitions, parallel workers,
-- Citus shards), the blocks and frequencies are those of one serial pass;
-- and a partial state is read only after every length, count and number in
-- it has been checked.
SET client_min_messages = warning;
\set SHOW_CONTEXT never
CREATE EXTENSION IF NOT EXISTS population_rules_sample;
SELECT count(*) > 0 AS made FROM population_rules_sample.generate_population('vp', 3000, 7, 0.05);
-- Rows the aggregate skips or counts without returning, spread over the
-- parts below: no key, a blank name, no birth date, no province or sex.
INSERT INTO vp.persons (person_key, full_name, birth_date, birth_province, sex, personal_id)
SELECT 900000 + i, CASE WHEN i % 3 = 0 THEN '   ' ELSE 'Nguyễn Văn An' END,
       CASE WHEN i % 5 = 0 THEN NULL ELSE DATE '1980-01-01' END,
       CASE WHEN i % 2 = 0 THEN NULL ELSE '01' END, CASE WHEN i % 4 = 0 THEN NULL ELSE 'M' END,
       '001080' || lpad(i::text, 6, '0')
  FROM generate_series(1, 12) i;
CREATE TABLE public.vp_in (k text, name text, d date, prov text, sex text, id text, part integer)
    PARTITION BY LIST (part);
CREATE TABLE public.vp_in0 PARTITION OF public.vp_in FOR VALUES IN (0);
CREATE TABLE public.vp_in1 PARTITION OF public.vp_in FOR VALUES IN (1);
CREATE TABLE public.vp_in2 PARTITION OF public.vp_in FOR VALUES IN (2);
CREATE TABLE public.vp_in3 PARTITION OF public.vp_in FOR VALUES IN (3);  -- stays empty
INSERT INTO public.vp_in
SELECT CASE WHEN p.person_key % 97 = 5 THEN NULL ELSE p.person_key::text END, p.full_name, p.birth_date,
       p.birth_province, p.sex, p.personal_id, p.person_key % 3
  FROM vp.persons p;

-- A result in a form that does not depend on how blocks are numbered: per
-- person returned, its fields and, for each of its blocks, the smallest
-- key and the size of that block.
CREATE FUNCTION public.vp_canon(blocks population_rules.duplicate_block[])
RETURNS TABLE (person_key text, name_hash integer, phonetic_hash integer, name_n bigint, day_n bigint,
               year_n bigint, province_n bigint, persons bigint, name_block boolean, phonetic_block boolean,
               date_key integer, passes integer, block_sets text)
LANGUAGE sql AS $$
    WITH b AS (SELECT * FROM unnest(blocks)),
    m AS (SELECT b.person_key, x.id FROM b, unnest(b.block_ids) x(id)),
    s AS (SELECT m.id, min(m.person_key) AS first_key, count(*) AS size FROM m GROUP BY m.id)
    SELECT b.person_key, b.name_hash, b.phonetic_hash, b.name_n, b.day_n, b.year_n, b.province_n, b.persons,
           b.name_block, b.phonetic_block, b.date_key, b.passes,
           (SELECT string_agg(s.first_key || '/' || s.size, ' ' ORDER BY s.first_key, s.size)
              FROM unnest(b.block_ids) x(id) JOIN s ON s.id = x.id)
      FROM b
$$;
-- same_as_serial(BLOCKS): whether BLOCKS is, in that form, the serial result.
SET max_parallel_workers_per_gather = 0;
SET enable_partitionwise_aggregate = off;
CREATE TABLE public.vp_serial AS
SELECT * FROM public.vp_canon((SELECT population_rules.duplicate_blocks(k, name, d, prov, sex, id) FROM public.vp_in));
CREATE FUNCTION public.vp_same(blocks population_rules.duplicate_block[]) RETURNS text
LANGUAGE sql AS $$
    SELECT format('%s rows, %s only serial, %s only here',
                  (SELECT count(*) FROM public.vp_canon(blocks)),
                  (SELECT count(*) FROM (TABLE public.vp_serial EXCEPT ALL SELECT * FROM public.vp_canon(blocks)) x),
                  (SELECT count(*) FROM (SELECT * FROM public.vp_canon(blocks) EXCEPT ALL TABLE public.vp_serial) x))
$$;
SELECT count(*) > 100 AS enough, bool_or(block_sets LIKE '% %') AS several_blocks, max(persons) AS persons,
       bit_or(passes) AS passes
  FROM public.vp_serial;

-- One partial state per partition (one of them empty), combined.
SET enable_partitionwise_aggregate = on;
EXPLAIN (COSTS OFF) SELECT population_rules.duplicate_blocks(k, name, d, prov, sex, id) FROM public.vp_in;
SELECT public.vp_same((SELECT population_rules.duplicate_blocks(k, name, d, prov, sex, id) FROM public.vp_in))
    AS partitionwise;
RESET enable_partitionwise_aggregate;

-- In parallel workers: the states come to the leader flat, through the
-- tuple queue.  (The split between workers varies; the result may not.)
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT population_rules.duplicate_blocks(k, name, d, prov, sex, id) FROM public.vp_in0;
CREATE TABLE public.vp_flat AS TABLE public.vp_in0;
INSERT INTO public.vp_flat SELECT * FROM public.vp_in WHERE part <> 0;
SELECT public.vp_same((SELECT population_rules.duplicate_blocks(k, name, d, prov, sex, id) FROM public.vp_flat))
    AS parallel;

-- As Citus runs it: each part's state as text (worker_partial_agg: the
-- transition function and the type's output), then read back, combined
-- and finished (coord_combine_agg: the type's input, the combine and the
-- final function).  Two splits: 7 parts, and one part per person.
RESET max_parallel_workers_per_gather;
CREATE AGGREGATE public.vp_partial(text, text, date, text, text, text) (
    SFUNC = population_rules.duplicate_blocks_state_add, STYPE = population_rules.duplicate_blocks_state);
CREATE AGGREGATE public.vp_combine(population_rules.duplicate_blocks_state) (
    SFUNC = population_rules.duplicate_blocks_state_combine, STYPE = population_rules.duplicate_blocks_state,
    FINALFUNC = population_rules.duplicate_blocks_state_result, FINALFUNC_MODIFY = READ_WRITE);
CREATE TABLE public.vp_states AS
SELECT abs(hashtext(coalesce(k, name))) % 7 AS part, public.vp_partial(k, name, d, prov, sex, id)::text AS state
  FROM public.vp_in GROUP BY 1;
SELECT count(*) AS parts, bool_and(state::population_rules.duplicate_blocks_state::text = state) AS text_round_trip
  FROM public.vp_states;
SELECT public.vp_same((SELECT public.vp_combine(state::population_rules.duplicate_blocks_state)
                         FROM public.vp_states)) AS seven_parts;
SELECT public.vp_same((SELECT public.vp_combine(s::text::population_rules.duplicate_blocks_state)
                         FROM (SELECT public.vp_partial(k, name, d, prov, sex, id) AS s
                                 FROM public.vp_in GROUP BY ctid) x)) AS part_per_person;
-- No person: NULL, as serially.
SELECT public.vp_combine(s) IS NULL AS empty
  FROM (SELECT public.vp_partial(k, name, d, prov, sex, id) AS s FROM public.vp_in WHERE false) x;

-- The generated duplicate views can run the aggregate in parallel, and
-- give the same rows as serially.
SELECT count(*) > 0 AS views FROM population_rules.generate_views('vp_views', 'vp');
CREATE FUNCTION public.vp_plan(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    l text;
    partial boolean := false;
    finalize boolean := false;
BEGIN
    FOR l IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
        partial := partial OR l ~ 'Partial Aggregate';
        finalize := finalize OR l ~ 'Finalize Aggregate';
    END LOOP;
    RETURN format('partial %s, finalize %s', partial, finalize);
END
$$;
SET max_parallel_workers_per_gather = 0;
CREATE TABLE public.vp_pairs AS SELECT * FROM vp_views.duplicate_person_pairs;
CREATE TABLE public.vp_persons AS SELECT * FROM vp_views.duplicate_persons;
SELECT public.vp_plan('SELECT * FROM vp_views.duplicate_person_pairs') AS serial_plan;
SET max_parallel_workers_per_gather = 2;
SELECT public.vp_plan('SELECT * FROM vp_views.duplicate_person_pairs') AS parallel_plan;
SELECT (SELECT count(*) FROM public.vp_pairs) > 0 AS pairs,
       (SELECT count(*) FROM (TABLE public.vp_pairs EXCEPT ALL SELECT * FROM vp_views.duplicate_person_pairs) x)
       + (SELECT count(*) FROM (SELECT * FROM vp_views.duplicate_person_pairs EXCEPT ALL TABLE public.vp_pairs) x)
       AS pairs_differing,
       (SELECT count(*) FROM (TABLE public.vp_persons EXCEPT ALL SELECT * FROM vp_views.duplicate_persons) x)
       + (SELECT count(*) FROM (SELECT * FROM vp_views.duplicate_persons EXCEPT ALL TABLE public.vp_persons) x)
       AS persons_differing;
RESET ALL;
SET client_min_messages = warning;
\set SHOW_CONTEXT never

-- Malformed states, through the type's input (what Citus's
-- coord_combine_agg does with the text it is given): each refused with
-- 22P03.  A one-person state: header (marker, 2 values, 1 person) at bytes
-- 0-15, the values '01' and 'M' at 16-26, then the person: key length at
-- 27, key 'k' at 31, hashes at 32-55, birth date at 56, province 60, sex
-- 64, id prefix 68; 72 bytes.  The numbers written below read the same in
-- either byte order.
CREATE TABLE public.vp_one AS
SELECT decode(public.vp_partial('k', 'Nguyễn Văn An', DATE '2000-01-02', '01', 'M', '001090000001')::text, 'base64') AS b;
SELECT length(b) FROM public.vp_one;
CREATE FUNCTION public.vp_try(b bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    detail text;
BEGIN
    PERFORM public.vp_combine(translate(encode(b, 'base64'), E'\n', '')::population_rules.duplicate_blocks_state);
    RETURN 'accepted';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
    RETURN SQLSTATE || ' ' || detail;
END
$$;
SELECT c.what, public.vp_try(c.b) AS outcome
  FROM public.vp_one o, LATERAL (VALUES
    ('intact', o.b),
    ('empty', ''::bytea),
    ('header cut', substr(o.b, 1, 10)),
    ('marker', set_byte(o.b, 0, 0)),
    ('values counted past the end', overlay(o.b PLACING '\x7f7f7f7f' FROM 5 FOR 4)),
    ('persons counted past the end', overlay(o.b PLACING '\x7f7f7f7f7f7f7f7f' FROM 9 FOR 8)),
    ('negative person count', overlay(o.b PLACING '\xffffffffffffffff' FROM 9 FOR 8)),
    ('value length past the end', overlay(o.b PLACING '\x01010101' FROM 17 FOR 4)),
    ('negative value length', overlay(o.b PLACING '\xfefefefe' FROM 17 FOR 4)),
    ('key length past the end', overlay(o.b PLACING '\x01010101' FROM 28 FOR 4)),
    ('negative key length', overlay(o.b PLACING '\xfefefefe' FROM 28 FOR 4)),
    ('key not UTF-8', set_byte(o.b, 31, 255)),
    ('key with a NUL', set_byte(o.b, 31, 0)),
    ('province not held', overlay(o.b PLACING '\x01010101' FROM 61 FOR 4)),
    ('sex not held', overlay(o.b PLACING '\xfefefefe' FROM 65 FOR 4)),
    ('birth date out of range', overlay(o.b PLACING '\x80808080' FROM 57 FOR 4)),
    ('id prefix out of range', overlay(o.b PLACING '\x01010101' FROM 69 FOR 4)),
    ('person cut', substr(o.b, 1, 70)),
    ('a byte after the person', o.b || '\x00'::bytea),
    ('no key (length -1), its byte left', overlay(o.b PLACING '\xffffffff' FROM 28 FOR 4))) c (what, b);
-- Text that is no state at all.
SELECT 'zz'::population_rules.duplicate_blocks_state;
-- Every byte of a two-person state flipped in turn: accepted (a hash or a
-- name changed) or refused with 22P03, never anything else.
CREATE TABLE public.vp_two AS
SELECT decode(public.vp_partial(k, name, d, prov, sex, id)::text, 'base64') AS b
  FROM (VALUES ('k', 'Nguyễn Văn An', DATE '2000-01-02', '01', 'M', '001090000001'),
               (NULL, 'Lê Thị Hồng', DATE '1970-05-05', NULL, 'F', NULL)) v (k, name, d, prov, sex, id);
SELECT count(*) AS flips, count(*) FILTER (WHERE outcome LIKE '22P03 %') AS refused,
       count(*) FILTER (WHERE outcome NOT LIKE '22P03 %' AND outcome <> 'accepted') AS other
  FROM public.vp_two, generate_series(0, length(b) - 1) i,
       LATERAL public.vp_try(set_byte(b, i, get_byte(b, i) # 255)) outcome;

-- An unprivileged role can run the support functions of the partial form
-- (Citus checks the caller's right to each) but not outside the aggregate.
CREATE ROLE vp_reader;
SET ROLE vp_reader;
SELECT population_rules.duplicate_blocks_state_combine(NULL, NULL);
SELECT population_rules.duplicate_blocks_state_result(NULL);
SELECT population_rules.duplicate_blocks_state_add(NULL, 'k', 'An', DATE '2000-01-01', NULL, NULL, NULL);
SELECT 'MUxCRA=='::population_rules.duplicate_blocks_state;
RESET ROLE;
DROP ROLE vp_reader;

DROP AGGREGATE public.vp_partial(text, text, date, text, text, text);
DROP AGGREGATE public.vp_combine(population_rules.duplicate_blocks_state);
DROP FUNCTION public.vp_try(bytea), public.vp_plan(text), public.vp_same(population_rules.duplicate_block[]),
    public.vp_canon(population_rules.duplicate_block[]);
DROP TABLE public.vp_in, public.vp_serial, public.vp_flat, public.vp_states, public.vp_pairs, public.vp_persons,
    public.vp_one, public.vp_two;
DROP SCHEMA vp_views CASCADE;
DROP SCHEMA vp CASCADE;
