-- population_rules install script, piece 50: the duplicate search as a
-- Fellegi-Sunter model, learned in the database, with its explanations.
--
-- A candidate pair (from the blocks of duplicate_blocks) is compared field
-- by field; each comparison gives a level (name: exact, toneless,
-- accent-free, phonetic, close, different; birth date: exact, day-month
-- swap, one digit off, partial, same month, same year, different; ...), and "missing"
-- when either side is NULL.  Each level has m (how often one person
-- recorded twice shows it) and u (how often two persons taken at random
-- do); its weight is log2(m/u).  The score of a pair is the match
-- probability from the sum of the weights and the prior log-odds
-- log2(lambda/(1-lambda)), lambda = 2 rho/(N-1) the chance that two persons
-- taken at random are one, rho the share of duplicates per person and N
-- the persons searched: so a probability means about the same at any size.
-- For an exact, toneless or accent-free name, u is the name's own
-- frequency (term frequency): a common name is weak evidence; likewise for
-- an equal birth date (exact, or partial when only the year is known), u is
-- the share of persons born on that date, and for a year-only date against
-- a fuller one of that year the share born that year.
--
-- The model lives in the analyst's table <schema>.duplicate_model, made by
-- generate_views from duplicate_model_defaults and never dropped;
-- estimate_duplicate_model re-estimates it: u from random pairs of persons,
-- m and rho by expectation-maximisation over the candidate pairs, with the
-- reviewers' decisions as labels.  duplicate_pair_evidence shows every
-- pair's waterfall.  The comparisons are rules of view_rules, written once
-- and spliced into the views and into the estimation.

-- The one comparison in C (src/duplicate_compare.c).
CREATE FUNCTION @extschema@.duplicate_token_distance(a text, b text) RETURNS integer
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'duplicate_token_distance';
COMMENT ON FUNCTION @extschema@.duplicate_token_distance(text, text) IS
    'How far apart two names are: the sum of the edit distances (in characters) of the space-separated tokens at the same position, a token without a partner counting its length; tokens over 64 characters compare whole; NULL when a name is over 1000 bytes. The duplicate comparison name calls it on accent-free keys (level close: 1 or 2)';

-- The priors: what a new duplicate_model starts from, and what the
-- estimation shrinks towards when a level is seldom seen.
CREATE TABLE @extschema@.duplicate_model_defaults (
    comparison text NOT NULL,
    level text NOT NULL,
    comparison_position integer NOT NULL,
    level_position integer NOT NULL,
    m double precision NOT NULL CHECK (m > 0 AND m <= 1),
    u double precision NOT NULL CHECK (u > 0 AND u <= 1),
    term_frequency boolean NOT NULL DEFAULT false,
    fixed boolean NOT NULL DEFAULT false,
    description text NOT NULL,
    PRIMARY KEY (comparison, level)
);
COMMENT ON TABLE @extschema@.duplicate_model_defaults IS
    'The priors of the duplicate model: the rows generate_views copies into a new <schema>.duplicate_model, and the values estimate_duplicate_model shrinks a seldom-seen level towards';
COMMENT ON COLUMN @extschema@.duplicate_model_defaults.comparison IS 'The comparison: name, birth_date, sex, birth_province, household, commune, personal_id, legacy_id, father_name, mother_name, origin_place (the last three where mapped), or prior';
COMMENT ON COLUMN @extschema@.duplicate_model_defaults.level IS 'The level of the comparison (missing: either side NULL, weight 0)';
COMMENT ON COLUMN @extschema@.duplicate_model_defaults.comparison_position IS 'Order of the comparison in the evidence (0 = the prior)';
COMMENT ON COLUMN @extschema@.duplicate_model_defaults.level_position IS 'Order of the level within its comparison, most telling first';
COMMENT ON COLUMN @extschema@.duplicate_model_defaults.m IS 'Share of pairs that are one person showing this level; for the prior, the share of duplicate records per person (rho)';
COMMENT ON COLUMN @extschema@.duplicate_model_defaults.u IS 'Share of random pairs of persons showing this level; 1 for the prior';
COMMENT ON COLUMN @extschema@.duplicate_model_defaults.term_frequency IS 'Whether u is replaced by the frequency of the compared value (the share of the persons with that name, or born on that date) when that is known';
COMMENT ON COLUMN @extschema@.duplicate_model_defaults.fixed IS 'Whether estimate_duplicate_model leaves the row as it is';
COMMENT ON COLUMN @extschema@.duplicate_model_defaults.description IS 'What the level means';
GRANT SELECT ON @extschema@.duplicate_model_defaults TO PUBLIC;
INSERT INTO @extschema@.duplicate_model_defaults
    (comparison, comparison_position, level, level_position, m, u, term_frequency, fixed, description) VALUES
('prior', 0, 'duplicates per person', 1, 0.02, 1, false, false,
 'rho: duplicate records per person; the prior probability of a pair is lambda = 2 rho / (N - 1) for N persons'),
('name', 1, 'exact', 1, 0.80, 0.0005, true, false, 'The same name in canonical form (NFC, upper case) after legacy repair'),
('name', 1, 'toneless', 2, 0.05, 0.00005, true, false, 'The same name but for the tone marks'),
('name', 1, 'accent-free', 3, 0.10, 0.0001, true, false, 'The same name without any diacritics'),
('name', 1, 'phonetic', 4, 0.03, 0.0002, false, false, 'The same phonetic key (dialect spellings, i/y)'),
('name', 1, 'close', 5, 0.015, 0.002, false, false, 'Accent-free names one or two character edits apart (duplicate_token_distance)'),
('name', 1, 'different', 6, 0.005, 0.9973, false, false, 'Other names'),
('name', 1, 'missing', 7, 1, 1, false, true, 'A name is NULL or blank: no evidence'),
('birth_date', 2, 'exact', 1, 0.895, 0.000035, true, false, 'The same birth date, both known to the day'),
('birth_date', 2, 'day-month swap', 2, 0.03, 0.00002, false, false, 'Day and month swapped, same year'),
('birth_date', 2, 'one digit off', 3, 0.02, 0.0005, false, false, 'YYYYMMDD differs in one digit'),
('birth_date', 2, 'partial', 4, 0.03, 0.001, true, false, 'Agreeing as far as both are known, one of them known only to the year or month (the year when one has only the year; u is then the share of persons born that year, or born that day when the dates are equal)'),
('birth_date', 2, 'same month', 5, 0.005, 0.001, false, true, 'The same year and month, other days, both known to the day; fixed: such pairs are namesakes far more often than one person with a mistyped day (a mistyped digit is one digit off), and EM, which cannot tell namesakes from duplicates, would take them for duplicates'),
('birth_date', 2, 'same year', 6, 0.015, 0.012, false, true, 'The same year, other months (or a month against a day of another month); fixed: the name, year and province block brings many namesakes, which EM would take for duplicates'),
('birth_date', 2, 'different', 7, 0.005, 0.986445, false, false, 'Other years'),
('birth_date', 2, 'missing', 8, 1, 1, false, true, 'A birth date is NULL: no evidence'),
('sex', 3, 'same', 1, 0.98, 0.5, false, false, 'The same sex'),
('sex', 3, 'different', 2, 0.02, 0.5, false, false, 'Other sexes'),
('sex', 3, 'missing', 3, 1, 1, false, true, 'A sex is NULL: no evidence'),
('birth_province', 4, 'same', 1, 0.999, 0.02, false, true, 'The same province of birth registration (fixed: one person has one; EM cannot tell it from namesakes)'),
('birth_province', 4, 'different', 2, 0.001, 0.98, false, true, 'Other provinces of birth registration (fixed)'),
('birth_province', 4, 'missing', 3, 1, 1, false, true, 'A birth province is NULL: no evidence'),
('household', 5, 'same', 1, 0.05, 0.00003, false, false, 'The same household'),
('household', 5, 'different', 2, 0.95, 0.99997, false, false, 'Other households'),
('household', 5, 'missing', 3, 1, 1, false, true, 'A household is NULL: no evidence'),
('commune', 6, 'same', 1, 0.20, 0.006, false, false, 'The same commune of residence (u: among pairs of one birth province, as for every level of commune)'),
('commune', 6, 'same province', 2, 0.30, 0.70, false, false, 'Other communes of one province, two persons of one birth province (u among such pairs: most persons live in the province where their birth was registered, so this is little evidence beyond birth_province)'),
('commune', 6, 'different', 3, 0.50, 0.294, false, false, 'Communes of other provinces, two persons of one birth province (u among such pairs)'),
('commune', 6, 'missing', 4, 1, 1, false, true, 'A commune is NULL, or other communes of persons of other (or unknown) birth provinces: no evidence beyond birth_province'),
('personal_id', 7, 'same', 1, 0.05, 0.000001, false, false, 'The same 12-digit id'),
('personal_id', 7, 'one digit off', 2, 0.05, 0.00006, false, false, 'Ids one digit apart; two 12-digit ids are compared only under one prefix (digits 1-6 repeat the birth province, sex and birth year, compared already: not counted twice), so this is their serials one digit apart (u among pairs of one prefix: about 54 in a million for random serials)'),
('personal_id', 7, 'different', 3, 0.90, 0.999899, false, false, 'Other ids (12-digit ids: other serials under one prefix)'),
('personal_id', 7, 'missing', 4, 1, 1, false, true, 'An id is NULL, or two 12-digit ids have other prefixes: no evidence beyond birth province, sex and birth date'),
('legacy_id', 8, 'same', 1, 0.05, 0.000001, false, false, 'The same 9-digit legacy id'),
('legacy_id', 8, 'one digit off', 2, 0.05, 0.0001, false, false, 'Legacy ids one digit apart'),
('legacy_id', 8, 'different', 3, 0.90, 0.999899, false, false, 'Other legacy ids'),
('legacy_id', 8, 'missing', 4, 1, 1, false, true, 'A legacy id is NULL: no evidence'),
('father_name', 9, 'same', 1, 0.95, 0.002, false, false, 'The same father''s name (accent-free key after legacy repair); only where the DBA maps father_name'),
('father_name', 9, 'different', 2, 0.05, 0.998, false, false, 'Other fathers'' names'),
('father_name', 9, 'missing', 3, 1, 1, false, true, 'A father''s name is NULL, blank or not mapped: no evidence'),
('mother_name', 10, 'same', 1, 0.95, 0.002, false, false, 'The same mother''s name (accent-free key after legacy repair); only where the DBA maps mother_name'),
('mother_name', 10, 'different', 2, 0.05, 0.998, false, false, 'Other mothers'' names'),
('mother_name', 10, 'missing', 3, 1, 1, false, true, 'A mother''s name is NULL, blank or not mapped: no evidence'),
('origin_place', 11, 'same', 1, 0.90, 0.03, false, false, 'The same place of origin (quê quán, accent-free key); only where the DBA maps origin_place'),
('origin_place', 11, 'different', 2, 0.10, 0.97, false, false, 'Other places of origin'),
('origin_place', 11, 'missing', 3, 1, 1, false, true, 'A place of origin is NULL, blank or not mapped: no evidence');

-- The comparisons, as rules (view_rules, piece 46): a and b are rows of
-- duplicate_compared, the fields of two persons.
INSERT INTO @extschema@.view_rules VALUES
('duplicate_compared',
 $r$SELECT p.person_key, p.full_name, @extschema@.vn_upper(@extschema@.vn_normalize(n.name)) AS name_exact,
           @extschema@.vn_key_toneless(n.name) AS name_toneless, @extschema@.vn_key_unaccent(n.name) AS name_unaccent,
           @extschema@.vn_key_phonetic(n.name) AS name_phonetic,
           p.birth_date, coalesce(p.birth_date_precision, 'day') AS birth_date_precision, nullif(p.sex_code, '?') AS sex, p.birth_province,
           p.household_id::text AS household, p.commune_code, cu.province_id_code AS commune_province,
           p.personal_id, p.legacy_id, p.father_name, p.mother_name, p.origin_place,
           @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(p.father_name)) AS father_key,
           @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(p.mother_name)) AS mother_key,
           @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(p.origin_place)) AS origin_key
      FROM %1$I.person_source p
     CROSS JOIN LATERAL (SELECT @extschema@.vn_repair_legacy(p.full_name) AS name) n
      LEFT JOIN @extschema@.pre2025_units cu ON cu.commune_code = p.commune_code$r$,
 'Relation: what the duplicate comparisons read of every person: the name''s canonical, toneless, accent-free and phonetic keys (after legacy repair), birth date and its precision, sex, birth province, household, commune and its province, ids, and the optional fields father_name, mother_name and origin_place with their accent-free keys after legacy repair'),
('duplicate_level_name',
 $r$CASE WHEN coalesce(a.name_unaccent, '') = '' OR coalesce(b.name_unaccent, '') = '' THEN 'missing'
            WHEN a.name_exact = b.name_exact THEN 'exact'
            WHEN a.name_toneless = b.name_toneless THEN 'toneless'
            WHEN a.name_unaccent = b.name_unaccent THEN 'accent-free'
            WHEN a.name_phonetic = b.name_phonetic THEN 'phonetic'
            WHEN @extschema@.duplicate_token_distance(a.name_unaccent, b.name_unaccent) <= 2 THEN 'close'
            ELSE 'different' END$r$,
 'The level of the comparison name of two persons (a, b of duplicate_compared)'),
('duplicate_level_birth_date',
 $r$CASE WHEN a.birth_date IS NULL OR b.birth_date IS NULL OR NOT isfinite(a.birth_date) OR NOT isfinite(b.birth_date) THEN 'missing'
            WHEN a.birth_date = b.birth_date AND a.birth_date_precision = 'day' AND b.birth_date_precision = 'day' THEN 'exact'
            WHEN a.birth_date_precision = 'day' AND b.birth_date_precision = 'day'
                 AND extract(year FROM a.birth_date) = extract(year FROM b.birth_date)
                 AND extract(month FROM a.birth_date) = extract(day FROM b.birth_date)
                 AND extract(day FROM a.birth_date) = extract(month FROM b.birth_date) THEN 'day-month swap'
            -- past the last timestamp (year 294276) PostgreSQL writes no
            -- YYYYMMDD and truncates no date: the years alone are compared
            WHEN greatest(a.birth_date, b.birth_date) > '294276-12-31'::date
            THEN CASE WHEN extract(year FROM a.birth_date) = extract(year FROM b.birth_date) THEN 'same year'
                      ELSE 'different' END
            WHEN a.birth_date_precision = 'day' AND b.birth_date_precision = 'day'
                 AND @extschema@.duplicate_token_distance(to_char(a.birth_date, 'YYYYMMDD'), to_char(b.birth_date, 'YYYYMMDD')) = 1
            THEN 'one digit off'
            WHEN date_trunc(CASE WHEN 'year' IN (a.birth_date_precision, b.birth_date_precision) THEN 'year' ELSE 'month' END,
                            a.birth_date)
                 = date_trunc(CASE WHEN 'year' IN (a.birth_date_precision, b.birth_date_precision) THEN 'year' ELSE 'month' END,
                              b.birth_date)
            THEN CASE WHEN a.birth_date_precision = 'day' AND b.birth_date_precision = 'day' THEN 'same month'
                      ELSE 'partial' END
            WHEN extract(year FROM a.birth_date) = extract(year FROM b.birth_date) THEN 'same year'
            ELSE 'different' END$r$,
 'The level of the comparison birth_date of two persons (a, b of duplicate_compared)'),
('duplicate_level_sex',
 $r$CASE WHEN a.sex IS NULL OR b.sex IS NULL THEN 'missing' WHEN a.sex = b.sex THEN 'same' ELSE 'different' END$r$,
 'The level of the comparison sex of two persons (a, b of duplicate_compared)'),
('duplicate_level_birth_province',
 $r$CASE WHEN a.birth_province IS NULL OR b.birth_province IS NULL THEN 'missing'
            WHEN a.birth_province = b.birth_province THEN 'same' ELSE 'different' END$r$,
 'The level of the comparison birth_province of two persons (a, b of duplicate_compared)'),
('duplicate_level_household',
 $r$CASE WHEN a.household IS NULL OR b.household IS NULL THEN 'missing'
            WHEN a.household = b.household THEN 'same' ELSE 'different' END$r$,
 'The level of the comparison household of two persons (a, b of duplicate_compared)'),
('duplicate_level_commune',
 $r$CASE WHEN a.commune_code IS NULL OR b.commune_code IS NULL THEN 'missing'
            WHEN a.commune_code = b.commune_code THEN 'same'
            -- where one lives depends on where one's birth was registered:
            -- other communes are compared only within one birth province
            WHEN a.birth_province IS NULL OR b.birth_province IS NULL OR a.birth_province <> b.birth_province
            THEN 'missing'
            WHEN a.commune_province = b.commune_province THEN 'same province' ELSE 'different' END$r$,
 'The level of the comparison commune of two persons (a, b of duplicate_compared): same commune; else, for two persons of one birth province, same province or different; else missing'),
('duplicate_level_personal_id',
 $r$CASE WHEN a.personal_id IS NULL OR b.personal_id IS NULL THEN 'missing'
            WHEN a.personal_id = b.personal_id THEN 'same'
            -- digits 1-6 of a 12-digit id repeat the birth province, sex
            -- and birth year, compared already: 12-digit ids are compared
            -- within one prefix (u among such pairs), on the serial
            WHEN length(a.personal_id) = 12 AND length(b.personal_id) = 12
            THEN CASE WHEN left(a.personal_id, 6) <> left(b.personal_id, 6) THEN 'missing'
                      WHEN @extschema@.duplicate_token_distance(a.personal_id, b.personal_id) = 1 THEN 'one digit off'
                      ELSE 'different' END
            WHEN length(a.personal_id) = length(b.personal_id)
                 AND @extschema@.duplicate_token_distance(a.personal_id, b.personal_id) = 1 THEN 'one digit off'
            ELSE 'different' END$r$,
 'The level of the comparison personal_id of two persons (a, b of duplicate_compared): same id; else, for two 12-digit ids, missing under other prefixes (digits 1-6: birth province, sex and year, compared already), else serials one digit apart or different; else ids one digit apart or different'),
('duplicate_level_legacy_id',
 $r$CASE WHEN a.legacy_id IS NULL OR b.legacy_id IS NULL THEN 'missing'
            WHEN a.legacy_id = b.legacy_id THEN 'same'
            WHEN length(a.legacy_id) = length(b.legacy_id)
                 AND @extschema@.duplicate_token_distance(a.legacy_id, b.legacy_id) = 1 THEN 'one digit off'
            ELSE 'different' END$r$,
 'The level of the comparison legacy_id of two persons (a, b of duplicate_compared)'),
('duplicate_level_father_name',
 $r$CASE WHEN coalesce(a.father_key, '') = '' OR coalesce(b.father_key, '') = '' THEN 'missing'
            WHEN a.father_key = b.father_key THEN 'same' ELSE 'different' END$r$,
 'The level of the comparison father_name of two persons (a, b of duplicate_compared): the accent-free keys after legacy repair equal, or not; missing where either is NULL or blank (and where the column is not mapped)'),
('duplicate_level_mother_name',
 $r$CASE WHEN coalesce(a.mother_key, '') = '' OR coalesce(b.mother_key, '') = '' THEN 'missing'
            WHEN a.mother_key = b.mother_key THEN 'same' ELSE 'different' END$r$,
 'The level of the comparison mother_name of two persons (a, b of duplicate_compared): the accent-free keys after legacy repair equal, or not; missing where either is NULL or blank (and where the column is not mapped)'),
('duplicate_level_origin_place',
 $r$CASE WHEN coalesce(a.origin_key, '') = '' OR coalesce(b.origin_key, '') = '' THEN 'missing'
            WHEN a.origin_key = b.origin_key THEN 'same' ELSE 'different' END$r$,
 'The level of the comparison origin_place of two persons (a, b of duplicate_compared): the accent-free keys after legacy repair equal, or not; missing where either is NULL or blank (and where the column is not mapped)'),
('duplicate_pair_levels',
 $r$WITH found AS MATERIALIZED (
    -- The persons who share a block with someone, with how many persons
    -- have their name and sex, their birth date, birth year and birth
    -- province (the aggregate duplicate_blocks: one pass, name keys once
    -- per spelling, in-memory sorts), as one array.
    SELECT @extschema@.duplicate_blocks(p.person_key::text, p.full_name, p.birth_date, p.birth_province,
                                        nullif(p.sex_code, '?'), p.personal_id) AS blocks
      FROM %1$I.person_source p
     WHERE p.full_name IS NOT NULL AND p.birth_date IS NOT NULL
       -- 'infinity' is no birth date, and has no year
       AND isfinite(p.birth_date)
), pairs AS MATERIALIZED (
    -- The candidate pairs: two persons sharing a block of one of the eight
    -- passes, each pair once whichever passes found it, in both orders
    -- (the order of the key's own type is taken below), with the
    -- frequencies of both persons' blocks.
    SELECT x.* FROM @extschema@.duplicate_block_pairs((SELECT f.blocks FROM found f)) x
), cmp AS MATERIALIZED (
    -- The compared fields of the persons in pairs (one pass).
    SELECT c.*, c.person_key::text AS key_text FROM {{duplicate_compared}} c
     WHERE c.person_key::text IN (SELECT p.ka FROM pairs p)
)
SELECT a.person_key, b.person_key AS other_person_key, a.personal_id, b.personal_id AS other_personal_id,
       a.full_name, b.full_name AS other_full_name, a.birth_date, b.birth_date AS other_birth_date,
       a.birth_province, b.birth_province AS other_birth_province, a.sex, b.sex AS other_sex,
       a.commune_code, b.commune_code AS other_commune_code,
       p.name_n, p.other_name_n, p.day_n, p.other_day_n, p.year_n, p.province_n, p.persons,
       greatest(p.name_n, p.other_name_n)::double precision / p.persons AS name_tf,
       CASE WHEN a.birth_date = b.birth_date
            THEN greatest(p.day_n, p.other_day_n)::double precision / p.persons
            -- a year-only date against a fuller one of that year: equal
            -- as far as both are known, the year, as often as that year
            WHEN 'year' IN (a.birth_date_precision, b.birth_date_precision)
                 AND extract(year FROM a.birth_date) = extract(year FROM b.birth_date)
            THEN p.year_n::double precision / p.persons END AS birth_date_tf,
       {{duplicate_level_name}} AS name_level, {{duplicate_level_birth_date}} AS birth_date_level,
       {{duplicate_level_sex}} AS sex_level, {{duplicate_level_birth_province}} AS birth_province_level,
       {{duplicate_level_household}} AS household_level, {{duplicate_level_commune}} AS commune_level,
       {{duplicate_level_personal_id}} AS personal_id_level, {{duplicate_level_legacy_id}} AS legacy_id_level,
       a.name_exact AS name_value, b.name_exact AS other_name_value, a.household, b.household AS other_household,
       a.legacy_id, b.legacy_id AS other_legacy_id,
       {{duplicate_level_father_name}} AS father_name_level, {{duplicate_level_mother_name}} AS mother_name_level,
       {{duplicate_level_origin_place}} AS origin_place_level, a.father_name, b.father_name AS other_father_name,
       a.mother_name, b.mother_name AS other_mother_name, a.origin_place, b.origin_place AS other_origin_place
  FROM pairs p
  JOIN cmp a ON a.key_text = p.ka
  JOIN cmp b ON b.key_text = p.kb
 WHERE a.person_key < b.person_key$r$,
 'Relation: the candidate pairs of the duplicate search (the blocks of eight passes, date_key being the birth date with day and month in either order: accent-free name key and date_key; phonetic key and date_key; name key, birth year and birth province; accent-free key of the name as stored and date_key; first and last token, birth province and date_key; last token, birth province and date_key; initials, birth province and date_key; name key and the personal id''s digits 1-6), with both persons'' fields, the frequencies of the name, birth date, year and province, the name''s and the birth date''s term frequency and the level of every comparison'),
('duplicate_lambda',
 $r$least(0.5, 2 * coalesce((SELECT md.m FROM %1$I.duplicate_model md
                              WHERE md.comparison = 'prior' AND md.level = 'duplicates per person'), 0.02)
                / greatest(lv.persons - 1, 1)::double precision)$r$,
 'The prior probability that a candidate pair (lv) is one person: lambda = 2 rho / (N - 1), rho from duplicate_model, N the persons searched'),
('duplicate_pair_weights',
 $r$SELECT lv.person_key, lv.other_person_key, s.step, s.comparison, s.level, s.value, s.other_value,
           coalesce(md.m, 1) AS m,
           CASE WHEN md.term_frequency AND s.tf IS NOT NULL THEN s.tf ELSE coalesce(md.u, 1) END AS u,
           CASE WHEN md.term_frequency AND s.tf IS NOT NULL THEN s.tf END AS term_frequency, lv.persons
      FROM lv
     CROSS JOIN LATERAL (VALUES
           (1, 'name', lv.name_level, lv.name_value, lv.other_name_value, lv.name_tf),
           (2, 'birth_date', lv.birth_date_level, lv.birth_date::text, lv.other_birth_date::text, lv.birth_date_tf),
           (3, 'sex', lv.sex_level, lv.sex, lv.other_sex, NULL),
           (4, 'birth_province', lv.birth_province_level, lv.birth_province, lv.other_birth_province, NULL),
           (5, 'household', lv.household_level, lv.household, lv.other_household, NULL),
           (6, 'commune', lv.commune_level, lv.commune_code, lv.other_commune_code, NULL),
           (7, 'personal_id', lv.personal_id_level, lv.personal_id, lv.other_personal_id, NULL),
           (8, 'legacy_id', lv.legacy_id_level, lv.legacy_id, lv.other_legacy_id, NULL::double precision),
           (9, 'father_name', lv.father_name_level, lv.father_name, lv.other_father_name, NULL),
           (10, 'mother_name', lv.mother_name_level, lv.mother_name, lv.other_mother_name, NULL),
           (11, 'origin_place', lv.origin_place_level, lv.origin_place, lv.other_origin_place, NULL))
           s (step, comparison, level, value, other_value, tf)
      LEFT JOIN %1$I.duplicate_model md ON md.comparison = s.comparison AND md.level = s.level$r$,
 'Relation: per candidate pair (lv) and comparison, its level, the compared values, m and u of duplicate_model (u the term frequency where the level uses it; a level missing from the model counts m = u = 1)');

-- The SRF the blocks come out of: unnest under another name, so the
-- planner is told how many rows to expect (unnest of a sub-select is
-- estimated at 10 rows, which leads it into nested loops over the persons).
CREATE FUNCTION @extschema@.duplicate_block_rows(blocks @extschema@.duplicate_block[])
RETURNS SETOF @extschema@.duplicate_block
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE ROWS 2000
SET search_path = pg_catalog, pg_temp
AS $$ SELECT * FROM unnest(blocks) $$;
COMMENT ON FUNCTION @extschema@.duplicate_block_rows(@extschema@.duplicate_block[]) IS
    'The elements of a duplicate_blocks result as rows; declared ROWS 2000 (and not inlined, having a SET clause) so that the planner joins the persons by hash, not by nested loops';

CREATE FUNCTION @extschema@.duplicate_block_pairs(blocks @extschema@.duplicate_block[])
RETURNS TABLE (ka text, kb text, name_n bigint, other_name_n bigint, day_n bigint, other_day_n bigint,
               year_n bigint, province_n bigint, persons bigint)
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 4000
AS 'MODULE_PATHNAME', 'duplicate_block_pairs';
COMMENT ON FUNCTION @extschema@.duplicate_block_pairs(@extschema@.duplicate_block[]) IS
    'The candidate pairs of a duplicate_blocks result: the text keys of every two persons sharing a block number (block_ids), each pair once in each order, with the first person''s frequencies (name and sex, birth date, birth year, birth province, persons read) and the other''s name and birth-date frequencies; in C (the rows of SELECT DISTINCT over a join of the blocks'' two unnests, found by sorting: about twice as fast at a million persons); declared ROWS 4000 so that the planner starts the duplicate views from the pairs, not from a join of the persons, and the pairs carry what the score needs so that no join of the blocks inflates the estimates (a plan estimated above jit_above_cost spends seconds compiling)';

CREATE FUNCTION @extschema@.duplicate_group_rows(members @extschema@.duplicate_group_member[])
RETURNS SETOF @extschema@.duplicate_group_member
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE ROWS 2000
SET search_path = pg_catalog, pg_temp
AS $$ SELECT * FROM unnest(members) $$;
COMMENT ON FUNCTION @extschema@.duplicate_group_rows(@extschema@.duplicate_group_member[]) IS
    'The elements of a duplicate_groups result as rows; declared ROWS 2000 (and not inlined, having a SET clause) so that the planner joins them by hash';
UPDATE @extschema@.view_rules
   SET rule_sql = replace(rule_sql, 'FROM unnest((SELECT @extschema@.duplicate_groups(',
                          'FROM @extschema@.duplicate_group_rows((SELECT @extschema@.duplicate_groups(')
 WHERE rule_name = 'duplicate_groups';

-- The explanation: every pair's waterfall.
INSERT INTO @extschema@.view_catalog (position, view_name, criterion, needs, description, definition) VALUES
(31, 'duplicate_pair_evidence', NULL, '{person.full_name,person.birth_date,person.birth_province}',
 'Case 2, explained: for every candidate pair of duplicate_person_pairs, the prior (step 0: lambda = 2 rho / (N - 1), its log-odds as weight) and one row per comparison (steps 1-8: name, birth_date, sex, birth_province, household, commune, personal_id, legacy_id) with its level, the compared values, m and u of duplicate_model (u the frequency of the name or birth date where the level uses term frequency), weight = log2(m/u), and the running total of the weights; persons is N; probability is the pair''s match probability 1 / (1 + 2^-total of the last step), the score of duplicate_person_pairs',
 $v$WITH lv AS MATERIALIZED {{duplicate_pair_levels}},
w AS (
    SELECT lv.person_key, lv.other_person_key, 0 AS step, 'prior'::text AS comparison,
           'duplicates per person'::text AS level, NULL::text AS value, NULL::text AS other_value,
           {{duplicate_lambda}} AS m, 1 - {{duplicate_lambda}} AS u, NULL::double precision AS term_frequency, lv.persons
      FROM lv
    UNION ALL
    SELECT x.* FROM {{duplicate_pair_weights}} x
), r AS (
    SELECT w.*, ln(w.m / w.u) / ln(2::double precision) AS weight FROM w
), t AS (
    SELECT r.*, sum(r.weight) OVER (PARTITION BY r.person_key, r.other_person_key ORDER BY r.step) AS total,
           sum(r.weight) OVER (PARTITION BY r.person_key, r.other_person_key) AS pair_total
      FROM r
)
SELECT t.person_key, t.other_person_key, t.step, t.comparison, t.level, t.value, t.other_value, t.m, t.u,
       t.term_frequency, t.weight, t.total, t.persons,
       1 / (1 + power(2::double precision, -greatest(-1000, least(1000, t.pair_total)))) AS probability
  FROM t$v$);

-- The analyst's model table, made beside the views when the duplicate
-- views can be made; kept on regeneration, completed with the levels a new
-- version adds.  Runs with the caller's rights: the caller owns it.
CREATE FUNCTION @extschema@._duplicate_model_table(target_schema name, ds name) RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    made boolean := false;
BEGIN
    IF cardinality(@extschema@._view_missing((SELECT vc.needs FROM @extschema@.view_catalog vc
                                               WHERE vc.view_name = 'duplicate_person_pairs'), ds)) > 0 THEN
        RETURN false;
    END IF;
    IF to_regclass(format('%I.duplicate_model', target_schema)) IS NULL THEN
        EXECUTE format($t$
            CREATE TABLE %I.duplicate_model (
                comparison text NOT NULL,
                level text NOT NULL,
                comparison_position integer NOT NULL,
                level_position integer NOT NULL,
                m double precision NOT NULL CHECK (m > 0 AND m <= 1),
                u double precision NOT NULL CHECK (u > 0 AND u <= 1),
                weight double precision GENERATED ALWAYS AS (ln(m / u) / ln(2::double precision)) STORED,
                term_frequency boolean NOT NULL DEFAULT false,
                fixed boolean NOT NULL DEFAULT false,
                estimated_at timestamptz,
                description text,
                CONSTRAINT duplicate_model_pkey PRIMARY KEY (comparison, level)
            )$t$, target_schema);
        EXECUTE format($c$
            COMMENT ON TABLE %1$I.duplicate_model IS 'The duplicate model (Fellegi-Sunter) of the views of this schema: per comparison and level, m and u and the weight log2(m/u) that duplicate_person_pairs adds up; made by population_rules.generate_views from population_rules.duplicate_model_defaults, owned by its caller, never dropped by it; population_rules.estimate_duplicate_model re-estimates the rows not fixed. Edit m, u or fixed to override';
            COMMENT ON COLUMN %1$I.duplicate_model.comparison IS 'The comparison: name, birth_date, sex, birth_province, household, commune, personal_id, legacy_id, father_name, mother_name, origin_place (the last three where mapped), or prior';
            COMMENT ON COLUMN %1$I.duplicate_model.level IS 'The level of the comparison (missing: either side NULL, weight 0)';
            COMMENT ON COLUMN %1$I.duplicate_model.comparison_position IS 'Order of the comparison in the evidence (0 = the prior)';
            COMMENT ON COLUMN %1$I.duplicate_model.level_position IS 'Order of the level within its comparison, most telling first';
            COMMENT ON COLUMN %1$I.duplicate_model.m IS 'Share of pairs that are one person showing this level; for the prior, rho, the duplicate records per person';
            COMMENT ON COLUMN %1$I.duplicate_model.u IS 'Share of random pairs of persons showing this level; 1 for the prior';
            COMMENT ON COLUMN %1$I.duplicate_model.weight IS 'log2(m / u): the evidence of the level in bits (for the prior, log2(rho))';
            COMMENT ON COLUMN %1$I.duplicate_model.term_frequency IS 'Whether u is replaced by the frequency of the compared value (the share of the persons with that name, or born on that date) when known';
            COMMENT ON COLUMN %1$I.duplicate_model.fixed IS 'Whether population_rules.estimate_duplicate_model leaves the row as it is';
            COMMENT ON COLUMN %1$I.duplicate_model.estimated_at IS 'When population_rules.estimate_duplicate_model last set the row; NULL for a prior never estimated';
            COMMENT ON COLUMN %1$I.duplicate_model.description IS 'What the level means';
            COMMENT ON INDEX %1$I.duplicate_model_pkey IS 'One row per comparison and level'$c$, target_schema);
        made := true;
    END IF;
    -- Levels the table lacks (a new table, or one from an older version).
    EXECUTE format($i$
        INSERT INTO %I.duplicate_model AS t (comparison, level, comparison_position, level_position, m, u,
                                             term_frequency, fixed, description)
        SELECT d.comparison, d.level, d.comparison_position, d.level_position, d.m, d.u, d.term_frequency,
               d.fixed, d.description
          FROM @extschema@.duplicate_model_defaults d
        ON CONFLICT (comparison, level) DO NOTHING$i$, target_schema);
    RETURN made;
END
$$;
COMMENT ON FUNCTION @extschema@._duplicate_model_table(name, name) IS
    'Internal: make the analyst''s table duplicate_model in the schema of the views from duplicate_model_defaults when absent, and add the levels it lacks; true when made. Runs with the caller''s rights (called by generate_views)';

-- Re-estimation (Fellegi-Sunter, as Splink does it): u from the pairs of
-- a deterministic random sample of persons, shrunk towards the default by
-- ten pseudo-observations of the level; then m and rho by EM over the
-- candidate pairs with u held: the E step gives each pair its match
-- probability (a decided pair is labelled: same 1, different 0), the M
-- step sets m to the probability-weighted share of each level (two
-- pseudo-matches of the default), rho to the expected matches per person.
CREATE FUNCTION @extschema@.estimate_duplicate_model(target_schema name, iterations integer DEFAULT 25,
                                                     sample_persons integer DEFAULT 1500)
RETURNS TABLE (comparison text, level text, m double precision, u double precision, weight double precision,
               fixed boolean, estimated_at timestamptz)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET client_min_messages = warning
AS $$
DECLARE
    n_persons double precision;
    lam double precision;
    q text;
BEGIN
    IF target_schema IS NULL OR iterations IS NULL OR sample_persons IS NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'null_value_not_allowed',
            MESSAGE = @extschema@.gettext('schema, iterations and sample size must not be null'),
            DETAIL = format(@extschema@.gettext('The %s argument is NULL.'),
                            CASE WHEN target_schema IS NULL THEN 'target_schema'
                                 WHEN iterations IS NULL THEN 'iterations' ELSE 'sample_persons' END),
            HINT = @extschema@.gettext('Pass the schema of the generated views, or leave iterations and sample_persons out for their defaults (25 and 1500).');
    END IF;
    IF to_regclass(format('%I.duplicate_model', target_schema)) IS NULL
       OR to_regclass(format('%I.duplicate_pair_evidence', target_schema)) IS NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'undefined_table',
            MESSAGE = format(@extschema@.gettext('schema "%s" has no duplicate model or evidence view'), target_schema),
            DETAIL = @extschema@.gettext('population_rules.generate_views makes duplicate_model and duplicate_pair_evidence in the schema of the views, when the dataset registers what the duplicate views need.'),
            HINT = format(@extschema@.gettext('Generate the views first: SELECT * FROM population_rules.generate_views(%L, ''your dataset'').'),
                          target_schema);
    END IF;
    IF iterations NOT BETWEEN 0 AND 1000 OR sample_persons NOT BETWEEN 2 AND 20000 THEN
        RAISE EXCEPTION USING
            ERRCODE = 'invalid_parameter_value',
            MESSAGE = @extschema@.gettext('iterations or sample size out of range'),
            DETAIL = format(@extschema@.gettext('iterations is %s (0 to 1000 allowed) and sample_persons is %s (2 to 20000 allowed).'),
                            iterations, sample_persons),
            HINT = @extschema@.gettext('The defaults (25 iterations, 1500 persons: about 1.1 million random pairs) suit most data.');
    END IF;

    DROP TABLE IF EXISTS pg_temp._dm_model, pg_temp._dm_obs, pg_temp._dm_pair, pg_temp._dm_u;
    -- The model as it is, with the defaults it shrinks towards.
    EXECUTE format($q$
        CREATE TEMP TABLE _dm_model ON COMMIT DROP AS
        SELECT md.comparison, md.level, md.m, md.u, md.term_frequency, md.fixed,
               coalesce(d.m, md.m) AS m0, coalesce(d.u, md.u) AS u0
          FROM %I.duplicate_model md
          LEFT JOIN @extschema@.duplicate_model_defaults d ON d.comparison = md.comparison AND d.level = md.level$q$,
        target_schema);

    -- u: the levels of every pair of a random sample of persons (the same
    -- sample at every call: persons ordered by a hash of their key).
    q := @extschema@._view_rules_expand($q$
        CREATE TEMP TABLE _dm_u ON COMMIT DROP AS
        WITH s AS MATERIALIZED (
            SELECT c.* FROM {{duplicate_compared}} c
             WHERE c.person_key IN (SELECT p.person_key FROM %1$I.person_source p
                                     ORDER BY hashtext(p.person_key::text || ':duplicate_model'), p.person_key::text
                                     LIMIT %2$s)
        ), l AS (
            SELECT {{duplicate_level_name}} AS name, {{duplicate_level_birth_date}} AS birth_date,
                   {{duplicate_level_sex}} AS sex, {{duplicate_level_birth_province}} AS birth_province,
                   {{duplicate_level_household}} AS household, {{duplicate_level_commune}} AS commune,
                   {{duplicate_level_personal_id}} AS personal_id, {{duplicate_level_legacy_id}} AS legacy_id,
                   {{duplicate_level_father_name}} AS father_name, {{duplicate_level_mother_name}} AS mother_name,
                   {{duplicate_level_origin_place}} AS origin_place
              FROM s a JOIN s b ON a.person_key::text < b.person_key::text
        ), g AS (
            -- commune's u among the pairs of one birth province: where a
            -- person lives depends on where the birth was registered, and
            -- a candidate pair that can be one person has one birth
            -- province, so the commune is evidence only beyond that
            SELECT l.name, l.birth_date, l.sex, l.birth_province, l.household,
                   CASE WHEN l.birth_province = 'same' THEN l.commune END AS commune_in_province,
                   l.personal_id, l.legacy_id, l.father_name, l.mother_name, l.origin_place, count(*) AS n
              FROM l
             GROUP BY GROUPING SETS ((l.name), (l.birth_date), (l.sex), (l.birth_province), (l.household),
                                     (CASE WHEN l.birth_province = 'same' THEN l.commune END), (l.personal_id),
                                     (l.legacy_id), (l.father_name), (l.mother_name), (l.origin_place))
        )
        SELECT x.comparison, x.level, sum(g.n)::double precision AS n
          FROM g CROSS JOIN LATERAL (VALUES ('name', g.name), ('birth_date', g.birth_date), ('sex', g.sex),
                                            ('birth_province', g.birth_province), ('household', g.household),
                                            ('commune', g.commune_in_province), ('personal_id', g.personal_id),
                                            ('legacy_id', g.legacy_id), ('father_name', g.father_name),
                                            ('mother_name', g.mother_name), ('origin_place', g.origin_place))
                                            x (comparison, level)
         WHERE x.level IS NOT NULL
         GROUP BY x.comparison, x.level$q$);
    EXECUTE format(q, target_schema, sample_persons);
    UPDATE pg_temp._dm_model d
       SET u = least(1, (coalesce((SELECT o.n FROM pg_temp._dm_u o
                                    WHERE o.comparison = d.comparison AND o.level = d.level), 0) + 10)
                        / (t.n + 10 / d.u0))
      FROM (SELECT x.comparison, sum(x.n) AS n FROM pg_temp._dm_u x WHERE x.level <> 'missing' GROUP BY x.comparison) t
     WHERE NOT d.fixed AND d.level <> 'missing' AND d.comparison = t.comparison;

    -- The candidate pairs' levels, and the reviewers' labels.
    EXECUTE format($q$
        CREATE TEMP TABLE _dm_obs ON COMMIT DROP AS
        SELECT dense_rank() OVER (ORDER BY e.person_key::text, e.other_person_key::text) AS pair,
               e.person_key::text AS person_key, e.other_person_key::text AS other_person_key,
               e.comparison, e.level, e.term_frequency AS tf, e.persons
          FROM %I.duplicate_pair_evidence e
         WHERE e.step > 0 AND e.level <> 'missing'$q$, target_schema);
    n_persons := coalesce((SELECT max(o.persons) FROM pg_temp._dm_obs o), 2);
    EXECUTE format($q$
        CREATE TEMP TABLE _dm_pair ON COMMIT DROP AS
        SELECT o.pair, CASE dd.decision WHEN 'same' THEN 1::double precision WHEN 'different' THEN 0 END AS label,
               NULL::double precision AS post
          FROM (SELECT DISTINCT x.pair, x.person_key, x.other_person_key FROM pg_temp._dm_obs x) o
          LEFT JOIN %I.duplicate_decisions dd ON dd.person_key = least(o.person_key, o.other_person_key)
                                               AND dd.other_person_key = greatest(o.person_key, o.other_person_key)$q$,
        target_schema);
    ANALYZE pg_temp._dm_obs;
    ANALYZE pg_temp._dm_pair;

    FOR i IN 1 .. iterations LOOP
        lam := least(0.5, 2 * (SELECT d.m FROM pg_temp._dm_model d WHERE d.comparison = 'prior' LIMIT 1)
                          / greatest(n_persons - 1, 1));
        -- E: each pair's match probability under the model as it is.
        UPDATE pg_temp._dm_pair p
           SET post = coalesce(p.label, 1 / (1 + exp(-greatest(-700, least(700, x.lbf + ln(lam / (1 - lam)))))))
          FROM (SELECT o.pair, sum(ln(d.m) - ln(CASE WHEN d.term_frequency AND o.tf IS NOT NULL THEN o.tf ELSE d.u END)) AS lbf
                  FROM pg_temp._dm_obs o JOIN pg_temp._dm_model d ON d.comparison = o.comparison AND d.level = o.level
                 GROUP BY o.pair) x
         WHERE x.pair = p.pair;
        -- M: m of each level, rho.
        UPDATE pg_temp._dm_model d
           SET m = (coalesce(s.w, 0) + 10 * d.m0) / (t.w + 10)
          FROM (SELECT o.comparison, sum(p.post) AS w FROM pg_temp._dm_obs o JOIN pg_temp._dm_pair p USING (pair)
                 GROUP BY o.comparison) t
          LEFT JOIN (SELECT o.comparison, o.level, sum(p.post) AS w FROM pg_temp._dm_obs o JOIN pg_temp._dm_pair p USING (pair)
                      GROUP BY o.comparison, o.level) s ON true
         WHERE NOT d.fixed AND d.level <> 'missing' AND d.comparison = t.comparison
           AND s.comparison = d.comparison AND s.level = d.level;
        UPDATE pg_temp._dm_model d
           SET m = greatest(1e-9, least(0.5, coalesce((SELECT sum(p.post) FROM pg_temp._dm_pair p), 0) / n_persons))
         WHERE d.comparison = 'prior' AND NOT d.fixed;
    END LOOP;

    EXECUTE format($q$
        UPDATE %I.duplicate_model t SET m = d.m, u = d.u, estimated_at = now()
          FROM pg_temp._dm_model d
         WHERE t.comparison = d.comparison AND t.level = d.level AND NOT t.fixed AND t.level <> 'missing'$q$,
        target_schema);
    RETURN QUERY EXECUTE format($q$
        SELECT t.comparison, t.level, t.m, t.u, t.weight, t.fixed, t.estimated_at FROM %I.duplicate_model t
         ORDER BY t.comparison_position, t.level_position, t.level$q$, target_schema);
END
$$;
COMMENT ON FUNCTION @extschema@.estimate_duplicate_model(name, integer, integer) IS
    'Re-estimate the duplicate model of a schema of views (its table duplicate_model; rows marked fixed are kept): u from the pairs of a deterministic random sample of sample_persons persons, shrunk towards duplicate_model_defaults by ten pseudo-observations; then m and rho (the prior) by iterations rounds of expectation-maximisation over the candidate pairs of duplicate_pair_evidence with u held, the pairs decided in duplicate_decisions as labels (same = match, different = non-match); returns the model. Runs with the caller''s rights';
