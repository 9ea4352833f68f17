-- Over every name of test/data/names-uit-forum.tsv (8,757 real names as
-- typed on a forum): normalization is idempotent in both styles and every
-- key is stable under NFD, all caps and the other tone style.  Each count
-- of violations must be 0; the names that violate are listed.
SET search_path = population_rules, public;

CREATE TEMP TABLE uit(full_name text, family text, family_and_middle text, given text);
\copy uit FROM 'test/data/names-uit-forum.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true, QUOTE E'\x01')
SELECT count(*) AS names FROM uit;

CREATE TEMP TABLE uit_variants AS
SELECT full_name AS x,
       ARRAY[normalize(full_name, NFD),
             upper(full_name COLLATE "und-x-icu"),
             vn_normalize(full_name, 'old'),
             vn_normalize(full_name, 'new'),
             normalize(vn_normalize(full_name, 'new'), NFD)] AS variants
  FROM uit;

CREATE TEMP TABLE uit_violations AS
SELECT x, 'normalize old not idempotent' AS what FROM uit_variants
 WHERE vn_normalize(vn_normalize(x)) <> vn_normalize(x)
UNION ALL
SELECT x, 'normalize new not idempotent' FROM uit_variants
 WHERE vn_normalize(vn_normalize(x, 'new'), 'new') <> vn_normalize(x, 'new')
UNION ALL
SELECT x, 'normalize differs on a variant' FROM uit_variants
 WHERE NOT vn_normalize(x) = ALL (SELECT vn_normalize(v) FROM unnest(variants) v)
UNION ALL
SELECT x, 'unaccent key differs on a variant' FROM uit_variants
 WHERE NOT vn_key_unaccent(x) = ALL (SELECT vn_key_unaccent(v) FROM unnest(variants) v)
UNION ALL
SELECT x, 'toneless key differs on a variant' FROM uit_variants
 WHERE NOT vn_key_toneless(x) = ALL (SELECT vn_key_toneless(v) FROM unnest(variants) v)
UNION ALL
SELECT x, 'phonetic key differs on a variant' FROM uit_variants
 WHERE NOT vn_key_phonetic(x) = ALL (SELECT vn_key_phonetic(v) FROM unnest(variants) v)
UNION ALL
SELECT x, 'upper form differs on a variant' FROM uit_variants
 WHERE NOT vn_upper(x) = ALL (SELECT vn_upper(v) FROM unnest(variants) v)
UNION ALL
SELECT x, 'normalized form is not NFC' FROM uit_variants
 WHERE NOT vn_normalize(x) IS NFC NORMALIZED
UNION ALL
SELECT x, 'ascii form is not ASCII' FROM uit_variants
 WHERE vn_ascii(x) ~ '[^\x20-\x7e]' AND vn_normalize(x) ~ '^[[:alpha:][:space:]]+$'
   AND vn_normalize(x) !~ '[^\x20-\x7e\u00c0-\u1ef9]';

SELECT count(*) AS violations FROM uit_violations;
SELECT what, x FROM uit_violations ORDER BY what, x LIMIT 20;

-- How the names split, against the file's own family and given columns
-- (they disagree only on compound family names and mojibake tokens).
SELECT count(*) FILTER (WHERE vn_family_name(full_name) IS NOT DISTINCT FROM family) AS family_agrees,
       count(*) FILTER (WHERE vn_given_name(full_name) IS NOT DISTINCT FROM given) AS given_agrees
  FROM uit;
SELECT full_name, family, vn_family_name(full_name) AS vn_family
  FROM uit
 WHERE vn_family_name(full_name) IS DISTINCT FROM family
   AND vn_family_name(full_name) LIKE '% %'
 GROUP BY 1, 2, 3 ORDER BY 1;
