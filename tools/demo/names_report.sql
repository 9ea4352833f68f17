-- names_report.sql: the demo's before/after report over the real names in
-- public.raw_names(full_name).  Every figure comes from the extension's
-- functions; nothing here is hard-coded.
\pset footer off
\pset null '∅'

CREATE TEMP TABLE audited AS
SELECT full_name AS raw,
       population_rules.vn_audit(full_name) AS findings,
       population_rules.vn_normalize(population_rules.vn_repair_legacy(full_name)) AS clean,
       population_rules.vn_key_unaccent(population_rules.vn_repair_legacy(full_name)) AS key_unaccent,
       population_rules.vn_key_phonetic(population_rules.vn_repair_legacy(full_name)) AS key_phonetic
  FROM public.raw_names;

\echo
\echo '== population_rules demo: 8,757 real names typed by forum users =='
\echo

\echo 'What the names looked like before normalization'
SELECT f.what AS finding,
       count(*) FILTER (WHERE a.findings && f.codes) AS names,
       round(100.0 * count(*) FILTER (WHERE a.findings && f.codes) / count(*), 2) AS pct
  FROM audited a
 CROSS JOIN (VALUES
        (1, 'not in NFC (decomposed or Windows-1258 form)', ARRAY['not_nfc']),
        (2, 'tone placed in the new style (hoà), not the old (hòa)', ARRAY['tone_style_new']),
        (3, 'tone on a vowel neither style uses', ARRAY['misplaced_tone']),
        (4, 'legacy encoding (TCVN3, VNI, VIQR, mojibake)',
            ARRAY['legacy_tcvn3', 'legacy_vni', 'legacy_viqr', 'mojibake_cp1252', 'mojibake_cp1250']),
        (5, 'casing damage inside a syllable (TrỊnh)', ARRAY['casing_damage']),
        (6, 'not title case (ALL CAPS, all lower)', ARRAY['not_title_case']),
        (7, 'a token that is not a Vietnamese syllable', ARRAY['invalid_syllable']),
        (8, 'extra or odd whitespace', ARRAY['whitespace']),
        (9, 'look-alike characters (ð for đ, spacing tone marks)', ARRAY['lookalike']),
        (10, 'zero-width or control characters', ARRAY['control_chars']),
        (11, 'any finding at all', ARRAY['not_nfc', 'tone_style_new', 'misplaced_tone',
              'legacy_tcvn3', 'legacy_vni', 'legacy_viqr', 'mojibake_cp1252', 'mojibake_cp1250',
              'casing_damage', 'not_title_case', 'invalid_syllable', 'whitespace', 'lookalike',
              'control_chars'])
       ) AS f(ord, what, codes)
 GROUP BY f.ord, f.what
 ORDER BY f.ord;

\echo 'Legacy encodings found, by encoding'
SELECT code AS encoding, count(*) AS names
  FROM audited, unnest(findings) AS code
 WHERE code LIKE 'legacy_%' OR code LIKE 'mojibake_%'
 GROUP BY code
 ORDER BY names DESC, code;

\echo 'How many distinct spellings collapse'
SELECT count(*) AS names,
       count(DISTINCT raw) AS distinct_raw_spellings,
       count(DISTINCT clean) AS distinct_after_normalization,
       count(DISTINCT key_unaccent) AS distinct_accent_free_keys,
       count(DISTINCT key_phonetic) AS distinct_phonetic_keys
  FROM audited;

SELECT count(*) AS normalized_names_with_several_raw_spellings,
       sum(n) AS raw_spellings_involved
  FROM (SELECT clean, count(DISTINCT raw) AS n
          FROM audited GROUP BY clean HAVING count(DISTINCT raw) > 1) s;

\echo 'Examples: one person, several raw spellings, one normalized name'
SELECT clean AS normalized, string_agg(DISTINCT raw, ' | ') AS raw_spellings
  FROM audited
 GROUP BY clean
HAVING count(DISTINCT raw) > 1
 ORDER BY count(DISTINCT raw) DESC, clean
 LIMIT 10;

\echo 'Examples of repairs: before → after'
SELECT raw AS before, clean AS after, array_to_string(findings, ', ') AS findings
  FROM audited
 WHERE findings && ARRAY['legacy_tcvn3', 'legacy_vni', 'legacy_viqr', 'mojibake_cp1252', 'mojibake_cp1250',
                         'casing_damage', 'not_nfc']
 ORDER BY raw
 LIMIT 15;

\echo 'Tokens that are not Vietnamese syllables (kept as typed, only cased)'
SELECT tok AS token, count(*) AS names
  FROM audited, unnest(population_rules.vn_invalid_syllables(clean)) AS tok
 GROUP BY tok
 ORDER BY names DESC, tok
 LIMIT 15;
