-- The blocking aggregate of the duplicate search, duplicate_blocks: which
-- persons share a block, and the frequencies the score needs, against
-- hand-counted cases and against the window functions and grouping it
-- replaces.
SET client_min_messages = warning;
\set SHOW_CONTEXT never
CREATE TABLE public.vb (k text, name text, d date, prov text, sex text);
INSERT INTO public.vb VALUES
    -- one accent-free name: a and b same date (name block); c same year
    -- and province as a (name block); d same year, other province and date
    -- (alone); e other year (alone); n a's date with day and month swapped
    -- and a misspelt given name (the initials pass, same province)
    ('a', 'Nguyễn Văn An', '1980-01-01', '01', 'M'),
    ('b', 'NGUYEN VAN AN', '1980-01-01', '02', 'M'),
    ('c', 'Nguyễn Văn Ân', '1980-06-01', '01', 'F'),
    ('d', 'nguyen van an', '1980-07-01', '03', 'F'),
    ('e', 'Nguyễn Văn An', '1981-07-01', '03', NULL),
    ('n', 'Nguyễn Văn Ann', '1980-01-01', '01', 'M'),
    -- Hồ Thị Thanh typed in VNI (tokens that are valid syllables), the
    -- date's day and month swapped: the repair reads it, and every pass
    -- on the name with date_key meets (as the given name, province and
    -- date_key would, were it left as typed)
    ('o', 'Hồ Thị Thanh', '1975-03-08', '79', 'F'),
    ('p', 'Hoà Thò Thanh', '1975-08-03', '79', 'F'),
    -- two accent-free names, one phonetic key (Tr/Ch), one date: the
    -- phonetic block only
    ('f', 'Trần Văn Khoa', '1990-02-02', '01', 'M'),
    ('g', 'Chần Văn Khoa', '1990-02-02', '01', 'M'),
    -- TCVN3 mojibake is repaired before the keys: one name block with h
    ('h', 'Lê Thị Hồng', '1970-01-01', NULL, NULL),
    ('i', 'Lª ThÞ Hång', '1970-05-05', NULL, NULL),
    -- a row without a key counts, but is not returned
    ('j', 'Phạm Minh', '1960-01-01', '01', 'M'),
    (NULL, 'Phạm Minh', '1960-01-01', '01', 'M'),
    -- no birth date, no name: skipped (so k is alone)
    ('k', 'Đỗ Hữu Tài', '1950-01-01', '01', 'M'),
    ('l', 'Đỗ Hữu Tài', NULL, '01', 'M'),
    ('m', NULL, '1950-01-01', '01', 'M');
SELECT b.person_key,
       b.name_hash = hashtext(population_rules.vn_key_unaccent(population_rules.vn_repair_legacy(v.name))) AS name_hash_ok,
       b.phonetic_hash = hashtext(population_rules.vn_key_phonetic(population_rules.vn_repair_legacy(v.name))) AS phonetic_hash_ok,
       b.name_n, b.day_n, b.year_n, b.province_n, b.persons, b.name_block, b.phonetic_block, b.date_key, b.passes,
       cardinality(b.block_ids) AS blocks
  FROM unnest((SELECT population_rules.duplicate_blocks(k, name, d, prov, sex) FROM public.vb)) b
  JOIN public.vb v ON v.k = b.person_key
 ORDER BY b.person_key;

-- The same answer as the window functions and grouping it replaces, on
-- 3,000 generated persons.
CREATE EXTENSION IF NOT EXISTS population_rules_sample;
SELECT count(*) > 0 AS made FROM population_rules_sample.generate_population('vb_pop', 3000, 7, 0.05);
CREATE TEMP TABLE keyed AS
SELECT k.*, string_to_array(k.key, ' ') AS t
  FROM (SELECT p.person_key::text AS person_key, population_rules.vn_key_unaccent(population_rules.vn_repair_legacy(p.full_name)) AS key,
               hashtext(population_rules.vn_key_unaccent(population_rules.vn_repair_legacy(p.full_name))) AS name_hash,
               hashtext(population_rules.vn_key_phonetic(population_rules.vn_repair_legacy(p.full_name))) AS phonetic_hash,
               hashtext(population_rules.vn_key_unaccent(p.full_name)) AS raw_hash,
               p.birth_date, extract(year FROM p.birth_date)::integer AS birth_year,
               extract(year FROM p.birth_date)::integer * 10000
               + least(extract(month FROM p.birth_date), extract(day FROM p.birth_date))::integer * 100
               + greatest(extract(month FROM p.birth_date), extract(day FROM p.birth_date))::integer AS date_key,
               p.birth_province, p.sex
          FROM vb_pop.persons p WHERE p.full_name IS NOT NULL AND p.birth_date IS NOT NULL) k;
CREATE TEMP TABLE by_windows AS
SELECT w.person_key, w.name_hash, w.phonetic_hash, w.name_n,
       count(*) FILTER (WHERE k.birth_date = w.birth_date) AS day_n,
       count(*) FILTER (WHERE k.birth_year = w.birth_year) AS year_n,
       CASE WHEN w.birth_province IS NOT NULL
            THEN count(*) FILTER (WHERE k.birth_province = w.birth_province) END AS province_n,
       count(*) AS persons,
       w.date_block > 1 OR w.year_block > 1 AS name_block, w.phonetic_block > 1 AS phonetic_block,
       w.date_key,
       (w.date_block > 1)::integer + 2 * (w.phonetic_block > 1)::integer + 4 * (w.year_block > 1)::integer
       + 8 * (w.raw_block > 1 AND w.raw_changed)::integer + 16 * (w.family_given_block > 1)::integer
       + 32 * (w.given_block > 1)::integer + 64 * (w.initials_block > 1)::integer AS passes
  FROM (SELECT k.*, count(*) OVER (PARTITION BY k.name_hash, k.sex) AS name_n,
               count(*) OVER (PARTITION BY k.name_hash, k.date_key) AS date_block,
               count(*) OVER (PARTITION BY k.name_hash, k.birth_year, k.birth_province) AS year_block,
               count(*) OVER (PARTITION BY k.phonetic_hash, k.date_key) AS phonetic_block,
               count(*) OVER (PARTITION BY k.raw_hash, k.date_key) AS raw_block,
               bool_or(k.raw_hash <> k.name_hash) OVER (PARTITION BY k.raw_hash, k.date_key) AS raw_changed,
               count(*) OVER (PARTITION BY hashtext(k.t[1] || ' ' || k.t[cardinality(k.t)]), k.birth_province, k.date_key)
                   AS family_given_block,
               count(*) OVER (PARTITION BY hashtext(k.t[cardinality(k.t)]), k.birth_province, k.date_key) AS given_block,
               count(*) OVER (PARTITION BY hashtext(array_to_string(ARRAY(SELECT left(x, 1) FROM unnest(k.t) x), '')),
                                           k.birth_province, k.date_key) AS initials_block
          FROM keyed k) w
  CROSS JOIN keyed k
 WHERE w.date_block > 1 OR w.year_block > 1 OR w.phonetic_block > 1 OR (w.raw_block > 1 AND w.raw_changed)
    OR w.family_given_block > 1 OR w.given_block > 1 OR w.initials_block > 1
 GROUP BY w.person_key, w.name_hash, w.phonetic_hash, w.name_n, w.birth_province, w.date_block, w.year_block,
          w.phonetic_block, w.date_key, w.raw_block, w.raw_changed, w.family_given_block, w.given_block,
          w.initials_block;
CREATE TEMP TABLE by_aggregate AS
SELECT b.person_key, b.name_hash, b.phonetic_hash, b.name_n, b.day_n, b.year_n, b.province_n, b.persons,
       b.name_block, b.phonetic_block, b.date_key, b.passes
  FROM unnest((SELECT population_rules.duplicate_blocks(p.person_key::text, p.full_name, p.birth_date,
                                                        p.birth_province, p.sex) FROM vb_pop.persons p)) b;
SELECT (SELECT count(*) FROM by_windows) > 100 AS enough_blocked,
       (SELECT count(*) FROM by_windows) = (SELECT count(*) FROM by_aggregate) AS same_count,
       NOT EXISTS (SELECT * FROM by_windows EXCEPT SELECT * FROM by_aggregate)
       AND NOT EXISTS (SELECT * FROM by_aggregate EXCEPT SELECT * FROM by_windows) AS same_rows,
       (SELECT bit_or(passes) FROM by_aggregate) & 119 = 119 AS passes_seen;
-- Two persons share a block number exactly when they share a pass's block.
SELECT count(*) FILTER (WHERE NOT (a.block_ids && b.block_ids)) AS pairs_without_a_number
  FROM unnest((SELECT population_rules.duplicate_blocks(p.person_key::text, p.full_name, p.birth_date,
                                                        p.birth_province, p.sex) FROM vb_pop.persons p)) a
  JOIN unnest((SELECT population_rules.duplicate_blocks(p.person_key::text, p.full_name, p.birth_date,
                                                        p.birth_province, p.sex) FROM vb_pop.persons p)) b
    ON a.person_key < b.person_key AND a.name_hash = b.name_hash AND a.date_key = b.date_key;

-- No rows: NULL.  (The transition function takes internal, so SQL cannot
-- call it outside the aggregate.)  Bad UTF-8 cannot reach it from a UTF8
-- database; a name the text core refuses raises the core's error.
SELECT population_rules.duplicate_blocks(k, name, d, prov, sex) IS NULL AS empty FROM public.vb WHERE false;
SELECT population_rules.duplicate_blocks('x', repeat('a', 1100000), DATE '2000-01-01', NULL, NULL);

-- A blank name is no name: persons whose name is empty or only spaces
-- share no block (their empty keys are equal) and are not counted.
SELECT b.person_key, b.name_n, b.day_n, b.persons, b.name_block
  FROM unnest((SELECT population_rules.duplicate_blocks(k, name, DATE '2000-01-01', NULL, 'M')
                 FROM (VALUES ('x', ''), ('y', '   '), ('z', E'\t'), ('u', 'Vũ Văn Bình'), ('v', 'VU VAN BINH')) v (k, name))) b
 ORDER BY 1;

-- A library newer than the SQL objects (the transition function declared
-- with other arguments) is refused, not trusted.
CREATE FUNCTION public.vb_add_old(internal, text, integer, integer, date, text, text) RETURNS internal
    LANGUAGE C AS '$libdir/population_rules', 'duplicate_blocks_add';
CREATE AGGREGATE public.vb_old(text, integer, integer, date, text, text) (
    SFUNC = public.vb_add_old, STYPE = internal, FINALFUNC = population_rules.duplicate_blocks_result,
    FINALFUNC_MODIFY = READ_WRITE);
SELECT public.vb_old('a', 1, 2, DATE '2000-01-01', '01', 'M');
DROP AGGREGATE public.vb_old(text, integer, integer, date, text, text);
DROP FUNCTION public.vb_add_old(internal, text, integer, integer, date, text, text);

DROP TABLE public.vb;
DROP SCHEMA vb_pop CASCADE;
