--
-- Legacy-encoding repair and the name audit (README.md, "Legacy-encoding repair")
--
-- expected/name_repair_1.out: the same results as PostgreSQL 18's psql lays them
-- out, giving U+200B and U+00AD no width where 15's gives them one column.
SET search_path = population_rules, public;

-- Each encoding on real names; the audit names the encoding found (the
-- core's findings on these names are in the next query).
SELECT i, n AS input, vn_repair_legacy(n) AS repaired,
       ARRAY(SELECT c FROM unnest(vn_audit(n)) AS c
             WHERE c LIKE 'legacy%' OR c LIKE 'mojibake%') AS legacy_audit
FROM (VALUES
  -- TCVN3 (ABC, .VnTime) seen as Windows-1252
  (1, 'NguyÔn V¨n §Æng'),
  (2, 'Hoµng ThÞ Ph­îng'),          -- ư is the soft hyphen U+00AD
  (3, 'Tr­¬ng V¨n NghÜa'),
  (4, '§ç Quúnh'),
  (5, 'Lª Tr­ëng'),
  (6, 'Ph¹m Kh¸nh'),
  (7, 'Tr¬ng ThÞ Phîng'),            -- soft hyphens lost: ư restored before ơng
  (8, 'NGUYÔN V¡N AN'),              -- typed in capitals: capitals restored
  -- VNI-Windows seen as Windows-1252
  (10, 'Nguyeãn Vaên Ñaëng'),
  (11, 'Hoaøng Thò Phöôïng'),
  (12, 'Tröông Vaên Nghóa'),         -- Nghóa is a syllable as it stands
  (13, 'Ñoã Quyønh'),
  (14, 'Leâ Tröôûng'),
  (15, 'Phaïm Khaùnh'),
  (16, 'NGUYEÃN VAÊN ÑAËNG'),
  -- VIQR
  (20, 'Nguye^~n Va(n DDa(.ng'),
  (21, 'Hoa`ng Thi. Phu+o+.ng'),
  (22, 'Tru+o+ng Va(n Nghi~a'),
  (23, 'Ta. Va(n Nam'),              -- Ta. is Tạ: the name is clearly VIQR
  -- UTF-8 read as Windows-1252, Windows-1250 / ISO-8859-2, MacRoman
  (30, 'Nguyá»…n VÄƒn Ä' || chr(144) || 'áº·ng'),  -- 0x90: C1 pass-through
  (31, 'HoÃ' || chr(160) || 'ng Thá»‹ PhÆ°á»£ng'),
  (32, 'LÃª TrÆ°á»Ÿng'),
  (33, 'Lã Ất ThĂ´ng'),
  (34, 'LĂŞ TrĆ°áť' || chr(159) || 'ng'),
  (35, 'Ä' || chr(144) || 'áť' || chr(151) || ' Quáťłnh'),
  (36, 'Nguy·ªÖn VƒÉn ƒê·∫∑ng'),
  -- one name, several encodings; ambiguous VNI tokens
  (40, 'Ñoã Quốc Khaùnh'),           -- VNI beside Unicode
  (41, 'Nguyễn Quốc Khaùnh'),         -- Khaùnh: no Vietnamese rhyme "aunh"
  (42, 'Ñoã Quốc Nghóa'),            -- Nghóa: Nghĩa is the usual reading
  (43, 'Trương Đình Nghóa'),         -- no VNI evidence: left alone
  (44, 'Hoà Thieän Tính'),           -- Hoà is Hồ in a VNI name
  (45, 'Buøi Minh Hoàng'),           -- Hoàng stays: more usual than Hồng
  (46, 'Ñoã Công Hoan'),             -- Công stays: no rhyme ơng
  (47, 'Nguyá»…n Vaên DDa(.ng'),     -- three encodings, one per token
  (48, 'Buøi Vónh Phùc'),            -- one font per name: Phùc is not TCVN3 Phực
  (49, 'Toâ Văn Giaõ'),              -- Giaõ: no telling which reading is meant
  -- must come back unchanged
  (50, 'Nguyễn Văn Đặng'),
  (51, 'Ksor H''Hen'),
  (52, 'Nguyễn Echam Samuel'),
  (53, 'Huỳnh Thị Hoài Thanh.'),     -- a full stop, not VIQR
  (54, 'Tâm 😀 Lê'),
  (55, '阮文登'),
  (56, 'Y-Moan Êban'),
  -- real names from test/data/names-uit-forum.tsv
  (60, 'Nguyễn Văn Ñoä'),
  (61, 'Lê Hoàng Cöôøng'),
  (62, 'Laâm Tröôøng Sôn'),
  (63, 'Nguyễn Bắc ToĂ' || chr(160) || 'n'),
  (64, 'Phan Ä' || chr(144) || 'ĂŹnh Minh Long'),
  (65, 'BĂši Văn Thu'),
  (66, 'Ất Trọng Ă' || chr(130) || 'n'),
  (67, 'Võ Thị Như YÙ'),
  (68, 'Taï Thị Beù Dieåm'),
  -- the likely name wins (docs/names.md, "The acceptance rule")
  (70, 'Pháşˇm Thá»‹ Lan'),           -- Windows-1250 Phạm, not ISO-8859-2 Phặm
  (71, 'Y Kôp Niê'),                 -- Ê Đê words, valid in their script: unchanged
  (72, 'Voõ'),                       -- VNI Võ: open oo is no syllable
  (73, 'Hoà Thò Thanh'),             -- VNI Hồ Thị Thanh: Thò never in names
  (74, 'Hoàng Thị LÖ'),              -- VNI LƯ or TCVN3 Lệ: the usual one
  (75, 'Vò Duy Anh'),                -- TCVN3 Vũ (371), not VNI Vị (1)
  (76, 'Lấp Vò'),                    -- a place: TCVN3 has no ấ, Vò stays
  (77, 'Cao Thi. Giang'),            -- VIQR: no full stop inside a name
  (78, 'Y Há»¯u ÃŠban'),              -- UTF-8 Êban, an Ê Đê word
  (79, 'Y Höõu EÂban')               -- VNI, the same
) AS v(i, n)
ORDER BY i;

-- Open oo is no syllable; before ng and c it is (xoong, moóc).
SELECT w, vn_is_syllable(w) AS syllable
FROM unnest(ARRAY['Voõ', 'soo', 'xoong', 'moóc', 'Võ']) AS w;

-- The whole audit: the core's findings and the legacy encodings together.
SELECT n AS input, vn_audit(n) AS audit
FROM (VALUES
  ('Nguyễn Văn An'),
  (U&'Nguye\0302\0303n Van'),
  ('Lê Thị Hòa'),
  ('Lê Thị Hoà'),
  ('TrỊnh văn an'),
  ('NGUYỄN VĂN AN'),
  ('  Nguyễn   Văn  An '),
  (U&'Ðinh Nguy\00B4en'),
  (U&'Nguy\200Bễn An'),
  ('Hòa Hoà'),
  ('Nguyễn Vaên An'),
  ('Lã Ất ThĂ´ng'),
  ('NguyÔn V¨n §Æng'),
  ('Nguye^~n Va(n DDa(.ng'),
  ('LÃª TrÆ°á»Ÿng'),
  ('Nguy·ªÖn VƒÉn')
) AS v(n);

-- Compose with normalization: repair first, then normalize.
SELECT vn_normalize(vn_repair_legacy('NguyÔn v¨n §Æng')),
       vn_normalize(vn_repair_legacy('Huøynh Thò Hoaø')),
       vn_normalize(vn_repair_legacy('Nguyá»…n thá»‹ hoÃ' || chr(160) || 'i'));

-- vn_legacy_detect never changes a clean name; repair is idempotent on its output.
SELECT vn_repair_legacy(vn_repair_legacy('Nguyeãn Vaên Ñaëng'))
       = vn_repair_legacy('Nguyeãn Vaên Ñaëng') AS idempotent;

-- Bounded work on hostile input.
SELECT length(vn_repair_legacy(repeat('a' || U&'\0301', 1000))) AS combining_marks;
SELECT length(vn_repair_legacy(repeat('Nguyeãn Vaên Ñaëng ', 45000))) AS one_mb,
       vn_audit(repeat('Nguyeãn Vaên Ñaëng ', 45000)) AS one_mb_audit;
SELECT vn_repair_legacy(repeat('ÄÄ', 40)) = repeat('ÄÄ', 40) AS long_token_kept;
SELECT vn_repair_legacy('');
SELECT vn_repair_legacy(NULL) IS NULL AS strict;

-- Too long: 54000.
\set VERBOSITY default
SELECT vn_repair_legacy(repeat('a', 1024 * 1024 + 1));
SELECT vn_audit(repeat('a', 1024 * 1024 + 1));
