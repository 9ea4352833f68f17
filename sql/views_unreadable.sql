-- No silent gaps in reading: sex, relation to the head and province read
-- the same way by the readers, the household rule and the generated views;
-- a value that cannot be read is reported (relation_checks,
-- unreadable_values, register_source's warning), never skipped.
\set SHOW_CONTEXT never
SET search_path = population_rules, public;

-- The readers: sex in every spelling the extension documents.
SELECT v, read_sex(v) AS sex
  FROM unnest(ARRAY['Nam', 'Nữ', 'NAM', 'NỮ', normalize('Nữ', NFD), 'nam', 'nu', 'M', 'f',
                    '0', '1', 'male', 'FEMALE', ' Nam ', '', '  ', 'x', '2', 'Nam giới']) AS v;
-- Relation terms in several forms: case, accents, NFD, abbreviations,
-- legacy encodings (VNI, TCVN3, UTF-8 read as Windows-1252).
SELECT v, read_relation(v) AS key, relation_sex(read_relation(v)) AS sex
  FROM unnest(ARRAY['Chủ hộ', 'CHỦ HỘ', 'chu ho', 'CH', 'chủ-hộ', normalize('Vợ', NFD), 'VỢ', 'vo',
                    'Chồng', 'Con', 'con gái', 'Con trai', 'Con Dâu', 'con rể', 'Bố', 'cha đẻ', 'Mẹ', 'má',
                    'Ông nội', 'Bà ngoại', 'Cháu', 'Anh', 'Chị', 'Em', 'Người ở thuê', 'khác',
                    'Chuû hoä', 'Vôï', 'Chång', 'Con d©u', 'Vá»£', 'Meï',
                    'bạn', 'xyz', '', ' ']) AS v;
SELECT read_relation(repeat('x', 2000000)) AS very_long, read_sex(repeat('x', 2000000)) AS very_long_sex,
       read_relation(NULL) IS NULL AS strict;
SELECT relation_sex('vo') AS vo, relation_sex('con') AS con, relation_sex('?') AS unknown_key,
       relation_sex('') AS empty;
SELECT v, read_province(v) FROM unnest(ARRAY['Hà Nội', 'HA NOI', '1', '01', '079', 'Hà Tây', '']) AS v;
-- The functions are IMMUTABLE, PARALLEL SAFE, STRICT, commented and public.
SELECT p.proname, p.provolatile, p.proparallel, p.proisstrict,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented,
       has_function_privilege('public', p.oid, 'EXECUTE') AS public
  FROM pg_proc p
 WHERE p.pronamespace = 'population_rules'::regnamespace
   AND p.proname IN ('read_sex', 'read_province', 'read_relation', 'relation_sex')
 ORDER BY 1;

-- The household rule reads the head through the same reader.
CREATE SCHEMA vu;
CREATE TABLE vu.member (id int PRIMARY KEY, household int, relation text);
SELECT attach_household_head_rule('vu.member', 'household', 'relation') IS NOT NULL AS attached;
INSERT INTO vu.member VALUES (1, 1, 'CH'), (2, 1, 'Vợ'), (3, 2, 'Chuû hoä'), (4, 3, 'chủ hộ');
-- a second head, spelled the other ways
INSERT INTO vu.member VALUES (5, 1, 'chu ho');
INSERT INTO vu.member VALUES (5, 3, 'Chuû hoä');
SELECT is_household_head('CH') AS ch, is_household_head('Chuû hoä') AS vni, is_household_head('chủ') AS chu;

-- Persons stored as Vietnamese agencies store them: Nam / Nữ.
CREATE TABLE vu.nhan_khau (id int PRIMARY KEY, so_dinh_danh text, ho_ten text, ngay_sinh date,
                           gioi_tinh text, ho int, quan_he text, tinh text);
INSERT INTO vu.nhan_khau VALUES
  (1, '001090000001', 'Nguyễn Văn An', '1960-01-01', 'Nam', 1, 'Chủ hộ', 'Hà Nội'),
  (2, '001190000002', 'Trần Thị Bình', '1962-02-02', 'Nữ', 1, 'Vợ', 'Hà Nội'),
  (3, '001090000003', 'Lê Văn Cường', '1963-03-03', 'Nam', 2, 'CH', '1'),
  (4, '001090000004', 'Phạm Văn Dũng', '1965-04-04', 'NAM', 2, 'Vợ', '1'),        -- a man recorded as wife
  (5, '001190000005', 'Hoàng Thị Em', '1990-05-05', normalize('Nữ', NFD), 2, 'con gái', '1'),
  (6, '001090000006', 'Vũ Văn Phúc', '1992-06-06', 'nam', 2, 'Con trai', 'x'),
  (7, '001190000007', 'Đỗ Thị Giang', '1994-07-07', 'nu', 2, 'Vôï', '1'),         -- VNI wife
  (8, '001090000008', 'Bùi Văn Hải', '1970-08-08', 'Nam', 3, 'chu ho', '1'),
  (9, '001090000009', 'Ngô Văn Inh', '1995-09-09', 'Nam', 3, 'Vá»£', '1'),          -- a man as mojibake wife
  (10, '00109000001', 'Đặng Thị Kim', '1996-10-10', 'Nữ giới', 3, 'bạn', '1'),   -- unreadable sex, relation, id
  (11, '001190000011', 'Lý Thị Lan', '1997-11-11', 'F', 3, 'con', NULL),
  (12, '001090000012', 'Mai Văn Minh', '1998-12-12', 'male', 3, 'Chồng', '1'),
  (13, '001090000013', 'Tạ Văn Nam', '1999-01-13', '', 3, '', '1');              -- blank: unknown
-- register_source warns of what it cannot read, per column, with examples
SELECT kind, missing FROM register_source('person', 'vu.nhan_khau',
  '{"person_key": "id", "personal_id": "so_dinh_danh", "full_name": "ho_ten", "birth_date": "ngay_sinh",
    "sex": "gioi_tinh", "household_id": "ho", "relation_to_head": "quan_he", "birth_province": "tinh"}', 'vu');
SELECT * FROM source_unreadable('vu', 'person');
-- the scan can be turned off
SET population_rules.source_scan = off;
SELECT kind FROM register_source('person', 'vu.nhan_khau', (SELECT mapping FROM source WHERE dataset = 'vu'),
                                 'vu', replace => true);
RESET population_rules.source_scan;
-- a scan that fails does not undo the registration
CREATE TABLE vu.bad_dates (id int PRIMARY KEY, ngay text, gioi text);
INSERT INTO vu.bad_dates VALUES (1, '2001-02-03', 'M'), (2, '31/31/2001', 'Nữ'), (3, 'không rõ', 'N');
SELECT kind FROM register_source('person', 'vu.bad_dates', '{"person_key": "id", "birth_date": "ngay", "sex": "gioi"}', 'vu2');
SELECT * FROM source_unreadable('vu2', 'person');
SELECT * FROM source_unreadable('nowhere', 'person');

-- Insurance records storing M/F match persons storing Nam/Nữ.
CREATE TABLE vu.bhxh (ma text PRIMARY KEY, so text, ho_ten text, ngay_sinh date, gioi text);
INSERT INTO vu.bhxh VALUES ('BH1', '001090000001', 'Nguyễn Văn An', '1960-01-01', 'M'),
                           ('BH2', '001190000002', 'Trần Thị Bình', '1962-02-02', 'M');
SELECT kind FROM register_source('insurance_record', 'vu.bhxh',
  '{"insurance_code": "ma", "id_number": "so", "full_name": "ho_ten", "birth_date": "ngay_sinh", "sex": "gioi"}', 'vu');

-- The views read Nam/Nữ: the man recorded as wife is flagged; what cannot
-- be read is listed.
SELECT view_name, status FROM generate_views('vu_views', 'vu')
 WHERE view_name IN ('person_source', 'relation_checks', 'unreadable_values', 'insurance_mismatch');
SELECT insurance_code, sex, person_sex, reason FROM vu_views.insurance_mismatch ORDER BY 1;
SELECT person_key, relation_key, relation_sex, sex_code, is_head FROM vu_views.person_source ORDER BY 1;
SELECT person_key, sex, relation_to_head, problem FROM vu_views.relation_checks ORDER BY 1, 4;
SELECT column_name, value, persons, example_keys, reason FROM vu_views.unreadable_values ORDER BY 1, 2;
SELECT person_key, check_name FROM vu_views.person_checks WHERE check_name = 'relation_checks' ORDER BY 1;
SELECT persons, relation_checks FROM vu_views.scorecard_province;

-- The scan reads the relation with the caller's rights, never the
-- extension owner's: a function of a registered view runs as the caller.
CREATE ROLE vu_owner;
GRANT CREATE ON SCHEMA vu TO vu_owner;
GRANT USAGE ON SCHEMA vu TO vu_owner;
SET ROLE vu_owner;
CREATE FUNCTION vu.whoami(t text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'read as %', current_user;
    RETURN t;
END $$;
CREATE VIEW vu.who AS SELECT 1 AS id, vu.whoami('x') AS sex;
SELECT kind FROM register_source('person', 'vu.who', '{"person_key": "id"}', 'vu3');
SELECT unregister_source('person', 'vu3');
RESET ROLE;

SET client_min_messages = warning;
DROP SCHEMA vu_views CASCADE;
SELECT unregister_source('person', 'vu'), unregister_source('person', 'vu2');
DROP SCHEMA vu CASCADE;
DROP ROLE vu_owner;
