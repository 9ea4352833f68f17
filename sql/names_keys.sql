-- The three match keys: each merges the variants it is meant to merge and
-- keeps apart the ones it is not.
-- expected/names_keys_1.out: the same results as PostgreSQL 18's psql lays them
-- out, giving U+200B and U+00AD no width where 15's gives them one column.
SET search_path = population_rules, public;

-- Keys of a few names.
SELECT x, vn_key_unaccent(x) AS unaccent, vn_key_toneless(x) AS toneless,
       vn_key_phonetic(x) AS phonetic
  FROM (VALUES ('Nguyễn Văn An'), ('  NGUYỄN   THỊ  HOÀ '), ('Đặng Thùy Dương'),
               ('Trần Quý Trung'), ('Lý Thị Vy'), ('Phạm Huy Hoàng'),
               ('Giang Gìn Giữ'), ('H''Hen Niê'), ('Ksor Samuel'), ('Dzũng'),
               ('Khuất Quang Hùng'), ('Ðinh Ngọc Ánh')) v(x);

-- Pairs: should each key merge them?
CREATE TEMP TABLE key_pairs(a text, b text, unaccent bool, toneless bool, phonetic bool);
INSERT INTO key_pairs VALUES
 -- forms of one name: every key merges them
 ('Nguyễn', 'NGUYỄN', true, true, true),
 ('Nguyễn', normalize('Nguyễn', NFD), true, true, true),
 ('Nguyễn', U&'Nguy\00EA\0303n', true, true, true),
 ('Nguyễn Văn An', '  nguyễn  văn   an ', true, true, true),
 ('Nguyễn Văn An', U&'Nguy\1EC5n\00A0V\0103n\200B An', true, true, true),
 ('Hòa', 'Hoà', true, true, true),
 ('Thủy', 'THUỶ', true, true, true),
 ('Đặng', U&'\00D0\1EB7ng', true, true, true),
 ('Hoàn', 'Hòan', true, true, true),
 -- tones: the accent-free and tone-free keys merge them, phonetic does not
 ('Hòa', 'Hoá', true, true, false),
 ('Hòa', 'Hoa', true, true, false),
 ('Lan', 'Lạn', true, true, false),
 -- hỏi and ngã: one phonetic class
 ('Vũ', 'Vủ', true, true, true),
 ('Nguyễn', 'Nguyển', true, true, true),
 -- vowel quality and đ: only the accent-free key merges them
 ('Hơa', 'Hoa', true, false, false),
 ('Nguyễn', 'Nguyen', true, false, false),
 ('Tú', 'Tư', true, false, false),
 ('Tân', 'Tan', true, false, false),
 ('Đức', 'Dức', true, false, false),
 ('Phước', 'Phúc', false, false, false),
 -- onset classes
 ('Trung', 'Chung', false, false, true),
 ('Linh', 'Ninh', false, false, true),
 ('Sơn', 'Xơn', false, false, true),
 ('Dũng', 'Vũng', false, false, true),
 ('Dung', 'Rung', false, false, true),
 ('Giang', 'Dang', false, false, true),
 ('Dzũng', 'Dũng', false, false, true),
 ('Gìn', 'Dìn', false, false, true),
 ('Kiên', 'Ciên', false, false, true),
 ('Quân', 'Kuân', false, false, false),
 ('Ghi', 'Gi', false, false, false),
 ('Nghĩa', 'Ngĩa', false, false, true),
 ('Đào', 'Dào', true, false, false),
 ('Thanh', 'Tanh', false, false, false),
 -- coda classes
 ('An', 'Anh', false, false, true),
 ('Sang', 'San', false, false, true),
 ('Phát', 'Phác', false, false, true),
 ('Bách', 'Bát', false, false, true),
 ('Lâm', 'Lân', false, false, false),
 ('Hợp', 'Hột', false, false, false),
 -- i and y: one only as a whole nucleus
 ('Lý', 'Lí', false, false, true),
 ('Vy', 'Vi', false, false, true),
 ('Quý', 'Quí', false, false, true),
 ('Huy', 'Hui', false, false, false),
 ('Thủy', 'Thủi', false, false, false),
 ('Duy', 'Dui', false, false, false),
 -- different names stay apart
 ('Lan', 'Hoa', false, false, false),
 ('Minh', 'Mình', true, true, false),
 ('Hùng', 'Hưng', true, false, false),
 ('Nguyễn Văn An', 'Nguyễn An Văn', false, false, false);

SELECT a, b,
       vn_key_unaccent(a) = vn_key_unaccent(b) AS unaccent,
       vn_key_toneless(a) = vn_key_toneless(b) AS toneless,
       vn_key_phonetic(a) = vn_key_phonetic(b) AS phonetic
  FROM key_pairs;

-- Every expectation above holds (no row = all hold).
SELECT a, b, vn_key_unaccent(a), vn_key_unaccent(b), vn_key_toneless(a),
       vn_key_toneless(b), vn_key_phonetic(a), vn_key_phonetic(b)
  FROM key_pairs
 WHERE (vn_key_unaccent(a) = vn_key_unaccent(b)) <> unaccent
    OR (vn_key_toneless(a) = vn_key_toneless(b)) <> toneless
    OR (vn_key_phonetic(a) = vn_key_phonetic(b)) <> phonetic;

-- The accent-free key of other scripts and letters.
SELECT vn_key_unaccent('Ærøskøbing Łódź ß') AS latin,
       vn_key_unaccent('Ελένη Καζαντζάκη') AS greek,
       vn_key_unaccent('王小明 김민준') AS cjk,
       vn_key_unaccent(U&'\FEFF A\0301\0301 ') AS marks;
-- The toneless key is lower-case NFC.
SELECT vn_key_toneless('NGUYỄN THỊ HOÀ') AS toneless,
       vn_key_toneless('NGUYỄN THỊ HOÀ') IS NFC NORMALIZED AS is_nfc;

-- Keys case-fold: a name and its normalization (in any case) have one key.
SELECT x, vn_key_unaccent(x) AS unaccent, vn_key_toneless(x) AS toneless,
       vn_key_phonetic(x) AS phonetic,
       vn_key_unaccent(x) = vn_key_unaccent(vn_normalize(x))
       AND vn_key_toneless(x) = vn_key_toneless(vn_normalize(x))
       AND vn_key_phonetic(x) = vn_key_phonetic(vn_normalize(x))
       AND vn_key_toneless(x) = vn_key_toneless(vn_upper(x)) AS stable
  FROM (VALUES (U&'\017Fa \1E9Ba'),          -- long s, long s with dot: S, Ṡ
               (U&'\00B5 \03BC'),            -- micro sign and mu
               (U&'\1C87o \0463o'),          -- Cyrillic tall yat and yat
               (U&'\0243 \0180 \1E9E \00DF'), -- B with stroke, capital and small sharp s
               (U&'\0131a\0300 \0130'),      -- dotless and dotted I
               (U&'\03F5\0300 A\1FBC\0300'), -- Greek: marks stay on non-Vietnamese letters
               ('Đặng Thùy Dương')) v(x);
