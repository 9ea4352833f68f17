-- Bad input: NULL, empty, huge, emoji, CJK, piles of combining marks.
SET search_path = population_rules, public;

SELECT vn_normalize(NULL) IS NULL AS n1, vn_upper(NULL) IS NULL AS n2,
       vn_ascii(NULL) IS NULL AS n3, vn_key_unaccent(NULL) IS NULL AS n4,
       vn_key_toneless(NULL) IS NULL AS n5, vn_key_phonetic(NULL) IS NULL AS n6,
       vn_family_name(NULL) IS NULL AS n7, vn_invalid_syllables(NULL) IS NULL AS n8,
       vn_is_syllable(NULL) IS NULL AS n9;

-- Empty and white space only: empty strings, no parts.
SELECT x = '' AS empty_input, vn_normalize(x) = '' AS normalize, vn_upper(x) = '' AS upper,
       vn_ascii(x) = '' AS ascii, vn_key_unaccent(x) = '' AS unaccent,
       vn_key_toneless(x) = '' AS toneless, vn_key_phonetic(x) = '' AS phonetic,
       (vn_name_parts(x)).* , vn_invalid_syllables(x) AS invalid, vn_is_syllable(x) AS syllable
  FROM (VALUES (''), ('   '), (E'\t\n'), (U&'\00A0\3000\200B\FEFF')) v(x);

-- A 10 MB name is refused with program_limit_exceeded.
\set VERBOSITY default
SELECT vn_normalize(repeat('Nguyễn ', 1500000));
SELECT vn_key_unaccent(repeat('a', 10 * 1024 * 1024));
SELECT vn_key_phonetic(repeat('a', 10 * 1024 * 1024));
SELECT vn_name_parts(repeat('a ', 5 * 1024 * 1024));
-- Just under the limit works.
SELECT length(vn_normalize(repeat('nguyễn ', 100000))) AS long_name_len;

-- Emoji, CJK and other scripts pass through, cased where they have case.
SELECT vn_normalize('nguyễn 😀 an') AS emoji, vn_normalize('王小明') AS cjk,
       vn_normalize('ελένη') AS greek, vn_normalize(U&'\D55C\AE00 \1112\1161\11AB') AS hangul_nfc,
       vn_key_unaccent('😀') AS emoji_key, vn_key_phonetic('王 An') AS cjk_phonetic;

-- 1,000 combining marks on one letter: processed, nothing lost but junk.
SELECT length(vn_normalize('a' || repeat(U&'\0301', 1000))) AS thousand_marks,
       vn_key_unaccent('a' || repeat(U&'\0301', 1000)) AS key,
       length(vn_key_toneless('a' || repeat(U&'\0308', 1000))) AS toneless_len,
       vn_is_syllable('a' || repeat(U&'\0301', 1000)) AS syllable,
       vn_normalize(vn_normalize('e' || repeat(U&'\0302\0303', 500))) =
       vn_normalize('e' || repeat(U&'\0302\0303', 500)) AS idempotent;

-- The ICU version is reported.
SELECT vn_icu_version() ~ '^[0-9]+\.[0-9]+' AS icu_version_ok;
