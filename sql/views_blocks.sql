-- The blocking aggregate of the duplicate search, duplicate_blocks: which
-- persons share a block, and name_n, against hand-counted cases and against
-- the window functions it replaces.
SET client_min_messages = warning;
\set SHOW_CONTEXT never
CREATE TABLE public.vb (k text, nh integer, ph integer, d date, prov text, sex text);
INSERT INTO public.vb VALUES
    -- name 1: a and b same date (name block); c same year and province as a
    -- (name block); d same year, other province and date (alone); e other
    -- year (alone)
    ('a', 1, 10, '1980-01-01', '01', 'M'),
    ('b', 1, 11, '1980-01-01', '02', 'M'),
    ('c', 1, 12, '1980-06-01', '01', 'F'),
    ('d', 1, 13, '1980-07-01', '03', 'F'),
    ('e', 1, 14, '1981-07-01', '03', NULL),
    -- names 2 and 3: one phonetic key, one date (phonetic block only)
    ('f', 2, 20, '1990-02-02', '01', 'F'),
    ('g', 3, 20, '1990-02-02', '01', 'F'),
    -- name 4: NULL provinces are one value (year block), NULL sexes too
    ('h', 4, 40, '1970-01-01', NULL, NULL),
    ('i', 4, 41, '1970-05-05', NULL, NULL),
    -- name 5: a row without a key counts for name_n and blocks, is not returned
    ('j', 5, 50, '1960-01-01', '01', 'M'),
    (NULL, 5, 51, '1960-01-01', '01', 'M'),
    -- name 6: no birth date: skipped (so k is alone)
    ('k', 6, 60, '1950-01-01', '01', 'M'),
    ('l', 6, 61, NULL, '01', 'M'),
    -- NULL name hashes are one value (as in PARTITION BY)
    ('m', NULL, 70, '1940-01-01', '01', 'M'),
    ('n', NULL, 71, '1940-01-01', '01', 'M');
SELECT b.* FROM unnest((SELECT population_rules.duplicate_blocks(k, nh, ph, d, prov, sex) FROM public.vb)) b
 ORDER BY b.person_key;

-- The same answer as the window functions it replaces, on 3,000 generated
-- persons.
SELECT count(*) > 0 AS made FROM population_rules.generate_population('vb_pop', 3000, 7, 0.05);
CREATE TEMP TABLE keyed AS
SELECT p.person_key::text AS person_key, hashtext(population_rules.vn_key_unaccent(population_rules.vn_repair_legacy(p.full_name))) AS name_hash,
       hashtext(population_rules.vn_key_phonetic(population_rules.vn_repair_legacy(p.full_name))) AS phonetic_hash,
       p.birth_date, extract(year FROM p.birth_date)::integer AS birth_year, p.birth_province, p.sex
  FROM vb_pop.persons p WHERE p.full_name IS NOT NULL AND p.birth_date IS NOT NULL;
CREATE TEMP TABLE by_windows AS
SELECT w.person_key, w.name_hash, w.phonetic_hash, w.name_n,
       w.date_block > 1 OR w.year_block > 1 AS name_block, w.phonetic_block > 1 AS phonetic_block
  FROM (SELECT k.*, count(*) OVER (PARTITION BY k.name_hash, k.sex) AS name_n,
               count(*) OVER (PARTITION BY k.name_hash, k.birth_year, k.birth_date) AS date_block,
               count(*) OVER (PARTITION BY k.name_hash, k.birth_year, k.birth_province) AS year_block,
               count(*) OVER (PARTITION BY k.phonetic_hash, k.birth_date) AS phonetic_block
          FROM keyed k) w
 WHERE w.date_block > 1 OR w.year_block > 1 OR w.phonetic_block > 1;
CREATE TEMP TABLE by_aggregate AS
SELECT b.* FROM unnest((SELECT population_rules.duplicate_blocks(k.person_key, k.name_hash, k.phonetic_hash, k.birth_date,
                                                                 k.birth_province, k.sex) FROM keyed k)) b;
SELECT (SELECT count(*) FROM by_windows) > 100 AS enough_blocked,
       (SELECT count(*) FROM by_windows) = (SELECT count(*) FROM by_aggregate) AS same_count,
       NOT EXISTS (SELECT * FROM by_windows EXCEPT SELECT * FROM by_aggregate)
       AND NOT EXISTS (SELECT * FROM by_aggregate EXCEPT SELECT * FROM by_windows) AS same_rows;

-- No rows: NULL.  (The transition function takes internal, so SQL cannot
-- call it outside the aggregate.)
SELECT population_rules.duplicate_blocks(k, nh, ph, d, prov, sex) IS NULL AS empty FROM public.vb WHERE false;

DROP TABLE public.vb;
DROP SCHEMA vb_pop CASCADE;
SELECT count(*) FROM population_rules.source WHERE dataset = 'vb_pop';
