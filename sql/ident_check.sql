-- Identity numbers: what the digits say, and consistency checks.
SET search_path = public, population_rules;

-- Accessors: province (code and name), sex, century, birth year.
SELECT p, personal_id_province_code(p) AS code,
       personal_id_province_name(p) AS province,
       personal_id_sex(p) AS sex, personal_id_century(p) AS century,
       personal_id_birth_year(p) AS birth_year
  FROM (VALUES ('001090123456'::personal_id),   -- Hà Nội, male, 1990
               ('001190123456'),                -- female, 1990
               ('079205000001'),                -- Hồ Chí Minh, male, 2005
               ('079305000001'),                -- female, 2005
               ('046400000000'),                -- 2100
               ('096599000000'),                -- 2199
               ('038699000000'),                -- 2299
               ('038800000000'),                -- 2300
               ('038999999999'),                -- 2399
               ('003090123456'),                -- no province 003
               ('099090123456'),                -- beyond the list
               ('000000000000'),
               ('999999999999')) AS v(p);

-- Every one of the 1000 possible prefixes: 63 have a name, in the order
-- and with the names of the reference table; the others are NULL.
SELECT count(personal_id_province_name(p)) AS named,
       count(*) FILTER (WHERE personal_id_province_name(p) IS NULL) AS unnamed
  FROM (SELECT (lpad(g::text, 3, '0') || '090123456')::personal_id AS p
          FROM generate_series(0, 999) AS g) s;
SELECT count(*) AS disagreements
  FROM generate_series(0, 999) AS g
  FULL JOIN id_provinces t ON t.code = lpad(g::text, 3, '0')
 WHERE personal_id_province_name((lpad(g::text, 3, '0') || '000000000')::personal_id)
       IS DISTINCT FROM t.name_vi;

-- Consistency: nothing when everything agrees, or is unknown (NULL).
SELECT * FROM personal_id_mismatches('001090123456', '1990-05-17', 'M', '001', '2025-01-01');
SELECT * FROM personal_id_mismatches('001090123456', NULL, NULL, NULL, '2025-01-01');
SELECT * FROM personal_id_mismatches(NULL, '1990-05-17', 'M', '001', '2025-01-01');

-- Each reason alone.
SELECT * FROM personal_id_mismatches('003090123456', NULL, NULL, NULL, '2025-01-01');
SELECT * FROM personal_id_mismatches('001090123456', '1991-01-01', NULL, NULL, '2025-01-01');
SELECT * FROM personal_id_mismatches('001090123456', NULL, 'F', NULL, '2025-01-01');
SELECT * FROM personal_id_mismatches('001330123456', NULL, NULL, NULL, '2025-01-01');
SELECT * FROM personal_id_mismatches('001090123456', NULL, NULL, '079', '2025-01-01');
SELECT * FROM personal_id_mismatches('001090123456', NULL, 'không rõ', NULL, '2025-01-01');
SELECT * FROM personal_id_mismatches('001090123456', NULL, NULL, 'Hà Tây', '2025-01-01');

-- All at once, in a fixed order.
SELECT * FROM personal_id_mismatches('099330123456', '2030-02-02', 'nam', 'Sài Gòn cũ', '2025-01-01');
SELECT * FROM personal_id_mismatches('001390123456', '1990-01-01', 'Nam', 'Thành phố Hồ Chí Minh', '2025-01-01');

-- The reference date defaults to CURRENT_DATE; the function itself is
-- IMMUTABLE, so a call with a constant reference date may be indexed.
SELECT count(*) AS future_today FROM personal_id_mismatches('001990123456', NULL, NULL, NULL)
 WHERE mismatch = 'future_birth_year';
SELECT count(*) AS future_in_2150 FROM personal_id_mismatches('001490123456', NULL, NULL, NULL, '2150-01-01')
 WHERE mismatch = 'future_birth_year';
SELECT provolatile, proisstrict, pg_get_function_arguments(oid)
  FROM pg_proc WHERE proname = 'personal_id_mismatches';

-- The sex argument: M, F, male, female, nam, nữ in any case and accents,
-- or the digit 0 (male) / 1 (female); empty means unknown.
SELECT s, personal_id_is_consistent('001090123456', NULL, s, NULL) AS as_male,
       personal_id_is_consistent('001190123456', NULL, s, NULL) AS as_female
  FROM (VALUES ('M'), ('m'), ('male'), ('Male'), ('nam'), ('NAM'), (' Nam '),
               ('F'), ('f'), ('female'), ('FEMALE'), ('nữ'), ('Nữ'), ('NỮ'),
               (normalize('nữ', NFD)), ('nu'), (''), ('  '), ('x'), ('1'),
               (NULL)) AS v(s);

-- The province argument: a code of one to three digits (3-digit id code,
-- 2-digit GSO code, "1" as an integer column holds 001), or a name in any
-- accents and case, with or without "Tỉnh" / "Thành phố" / "TP.".
SELECT prov, personal_id_is_consistent('001090123456', NULL, NULL, prov) AS ha_noi,
       personal_id_is_consistent('017090123456', NULL, NULL, prov) AS hoa_binh
  FROM (VALUES ('001'), ('01'), ('Hà Nội'), ('HÀ NỘI'), ('ha noi'), ('Hanoi'),
               ('Thành phố Hà Nội'), ('TP. Hà Nội'), (normalize('Hà Nội', NFD)),
               ('017'), ('17'), ('Hòa Bình'), ('Hoà Bình'), ('Tỉnh Hoà Bình'),
               ('HOA BINH'), ('hoa-binh'), (''), ('1'), ('0001'), ('003'),
               ('Hà Tây'), ('Hà Nội 2'), ('北京'), (NULL)) AS v(prov);
SELECT prov, personal_id_is_consistent('079090123456', NULL, NULL, prov) AS hcm,
       personal_id_is_consistent('046090123456', NULL, NULL, prov) AS hue,
       personal_id_is_consistent('077090123456', NULL, NULL, prov) AS brvt,
       personal_id_is_consistent('066090123456', NULL, NULL, prov) AS dak_lak
  FROM (VALUES ('TP. Hồ Chí Minh'), ('TP.HCM'), ('Hồ Chí Minh'), ('Thừa Thiên Huế'),
               ('Thừa Thiên - Huế'), ('Huế'), ('Bà Rịa - Vũng Tàu'), ('Ba Ria Vung Tau'),
               ('Đắk Lắk'), ('Dak Lak'), ('ĐĂK LĂK'), ('Ðắk Lắk')) AS v(prov);
-- Every name in the reference table is read back as its code.
SELECT count(*) AS unread
  FROM id_provinces t
 WHERE NOT personal_id_is_consistent((t.code || '090123456')::personal_id, NULL, NULL, t.name_vi)
    OR NOT personal_id_is_consistent((t.code || '090123456')::personal_id, NULL, NULL, t.name_ascii)
    OR NOT personal_id_is_consistent((t.code || '090123456')::personal_id, NULL, NULL, upper(t.name_vi))
    OR NOT personal_id_is_consistent((t.code || '090123456')::personal_id, NULL, NULL, t.code)
    OR NOT personal_id_is_consistent((t.code || '090123456')::personal_id, NULL, NULL, t.gso_code);
-- A very long argument is refused cheaply, and quoted clipped.
SELECT * FROM personal_id_mismatches('001090123456', NULL, repeat('nữ', 100000), repeat('Hà Nội ', 100000), '2025-01-01');

-- The boolean shortcut.
SELECT personal_id_is_consistent('001090123456', '1990-05-17', 'male', 'Hà Nội', '2025-01-01') AS ok,
       personal_id_is_consistent('001090123456', '1991-05-17', 'male', 'Hà Nội', '2025-01-01') AS wrong_year,
       personal_id_is_consistent(NULL, '1990-05-17', 'male', 'Hà Nội') AS no_id,
       personal_id_is_consistent('001090123456', 'infinity', NULL, NULL, 'infinity') AS infinite_dates;

-- On a table: the rows whose id disagrees with the record.
CREATE TEMP TABLE ident_people (pid personal_id, born date, sex text, province text);
INSERT INTO ident_people VALUES
	('001090123456', '1990-05-17', 'Nam', 'Hà Nội'),
	('001190123456', '1990-05-17', 'Nam', 'Hà Nội'),
	('079305000001', '2005-01-01', 'Nữ', 'TP. Hồ Chí Minh'),
	('040087000123', '1988-03-03', NULL, 'Nghệ An'),
	('999087000123', NULL, NULL, NULL);
SELECT p.pid, m.mismatch
  FROM ident_people p, personal_id_mismatches(p.pid, p.born, p.sex, p.province, '2025-01-01') m
 ORDER BY p.pid, m.mismatch;
SELECT pid FROM ident_people
 WHERE personal_id_is_consistent(pid, born, sex, province, '2025-01-01')
 ORDER BY pid;

-- CMND: the issuing-area prefix (2 or 3 digits, longest known first).
SELECT c, cmnd_prefix(c) AS prefix, cmnd_issuing_area(c) AS issuing_area
  FROM (VALUES ('012345678'::cmnd), ('023456789'), ('090123456'), ('095123456'),
               ('099123456'), ('186123456'), ('230123456'), ('231123456'),
               ('232123456'), ('245123456'), ('241123456'), ('280123456'),
               ('285123456'), ('281123456'), ('381234567'), ('391234567'),
               ('000000000'), ('999999999')) AS v(c);
SELECT * FROM cmnd_issuing_areas('186123456');
SELECT * FROM cmnd_issuing_areas('230123456');
SELECT * FROM cmnd_issuing_areas('111111111');
SELECT * FROM cmnd_issuing_areas('391234567');
SELECT * FROM cmnd_issuing_areas(NULL);
-- The C table and the reference table agree on every 3-digit start.
SELECT count(*) AS disagreements
  FROM generate_series(0, 999) AS g,
       LATERAL (SELECT (lpad(g::text, 3, '0') || '000000')::cmnd AS c) x
 WHERE cmnd_prefix(x.c) IS DISTINCT FROM
       (SELECT prefix FROM cmnd_issuing_areas(x.c) LIMIT 1)
    OR cmnd_issuing_area(x.c) IS DISTINCT FROM
       (SELECT p.issuing_area FROM cmnd_prefixes p WHERE p.prefix = cmnd_prefix(x.c));
