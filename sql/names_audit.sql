--
-- vn_audit: every finding code, each on a name that has only that finding
-- (or the findings it implies), and clean names that have none.
--
-- expected/names_audit_1.out: the same results as PostgreSQL 18's psql lays them
-- out, giving U+200B and U+00AD no width where 15's gives them one column.
SET search_path = population_rules, public;

-- Clean names, in every form the audit must accept: {}.
SELECT n AS clean_name, vn_audit(n) AS audit
FROM (VALUES
  ('Nguyễn Văn An'),
  ('Trần Thị Thu'),
  ('Lê Quý Đôn'),
  ('Nguyễn Trãi'),
  ('Huỳnh Tấn Phát'),
  ('Phạm Khuê'),
  ('Đặng Thanh Dương'),
  ('Ngô Gia Tự'),
  ('An'),
  ('A')
) AS v(n);

-- One finding each.
SELECT code, n AS input, vn_audit(n) AS audit
FROM (VALUES
  ('not_nfc',          U&'Nguye\0302\0303n V\0103n An'),
  ('tone_style_old',   'Lê Thị Hòa'),
  ('tone_style_new',   'Lê Thị Hoà'),
  ('misplaced_tone',   'Nguyễn Văn Hòan'),
  ('casing_damage',    'TrỊnh Văn An'),
  ('not_title_case',   'nguyễn văn an'),
  ('not_title_case',   'NGUYỄN VĂN AN'),
  ('invalid_syllable', 'Nguyễn Echam'),
  ('whitespace',       '  Nguyễn   Văn An '),
  ('whitespace',       U&'Nguyễn\00A0Văn An'),
  ('lookalike',        U&'\00D0inh Văn An'),
  ('lookalike',        U&'Nguyễn Va\02CBn An'),
  ('control_chars',    U&'Nguy\200Bễn Văn An'),
  ('control_chars',    U&'Nguyễn Văn\00AD An'),
  ('legacy_tcvn3',     'NguyÔn V¨n §Æng'),
  ('legacy_vni',       'Nguyeãn Vaên Ñaëng'),
  ('legacy_viqr',      'Nguye^~n Va(n DDa(.ng'),
  ('mojibake_cp1252',  'LÃª TrÆ°á»Ÿng'),
  ('mojibake_cp1250',  'Lã Ất ThĂ´ng Văn'),
  ('mojibake_macroman','Nguy·ªÖn VƒÉn')
) AS v(code, n)
ORDER BY code, n;

-- Each code is reported by the name listed for it above.
SELECT code, bool_and(code = ANY (vn_audit(n))) AS reported
FROM (VALUES
  ('not_nfc',          U&'Nguye\0302\0303n V\0103n An'),
  ('tone_style_old',   'Lê Thị Hòa'),
  ('tone_style_new',   'Lê Thị Hoà'),
  ('misplaced_tone',   'Nguyễn Văn Hòan'),
  ('casing_damage',    'TrỊnh Văn An'),
  ('not_title_case',   'nguyễn văn an'),
  ('not_title_case',   'NGUYỄN VĂN AN'),
  ('invalid_syllable', 'Nguyễn Echam'),
  ('whitespace',       '  Nguyễn   Văn An '),
  ('lookalike',        U&'\00D0inh Văn An'),
  ('control_chars',    U&'Nguy\200Bễn Văn An'),
  ('legacy_tcvn3',     'NguyÔn V¨n §Æng'),
  ('legacy_vni',       'Nguyeãn Vaên Ñaëng'),
  ('legacy_viqr',      'Nguye^~n Va(n DDa(.ng'),
  ('mojibake_cp1252',  'LÃª TrÆ°á»Ÿng'),
  ('mojibake_cp1250',  'Lã Ất ThĂ´ng Văn'),
  ('mojibake_macroman','Nguy·ªÖn VƒÉn')
) AS v(code, n)
GROUP BY code
ORDER BY code;

-- Casing, word by word: title case is clean, capitals and small letters
-- are not title case, mixed case inside a word is damage too.  Words are
-- split at apostrophes and hyphens (H'Hen, Y-Moan are title case).
SELECT n AS input, vn_audit(n) AS audit
FROM (VALUES ('An'), ('AN'), ('an'), ('aN'), ('TrỊnh'), ('ĐẶNG'), ('H''Hen Niê'),
             ('Y-Moan Êban'), ('Nguyễn 123'), ('Nguyễn 😀 An')) AS v(n);

-- Normalization clears every core finding but invalid syllables and the
-- style it places tones in (old by default: Hòa).
SELECT n AS input, vn_audit(vn_normalize(n)) AS after_normalize
FROM (VALUES
  (U&'Nguye\0302\0303n V\0103n An'),
  ('Lê Thị Hoà'),
  ('Nguyễn Văn Hòan'),
  ('TrỊnh văn an'),
  ('NGUYỄN VĂN AN'),
  ('  Nguyễn   Văn An '),
  (U&'\00D0inh Va\02CBn An'),
  (U&'Nguy\200Bễn Văn\00AD An')
) AS v(n);
