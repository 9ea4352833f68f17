-- The optional fields of the duplicate search: father's and mother's names
-- and the place of origin, compared where the DBA maps them.  One table,
-- registered twice: dataset vo_full maps the three fields, vo_core does
-- not; the same pairs score differently, and the evidence shows why.
SET client_min_messages = warning;
\set SHOW_CONTEXT never

CREATE TABLE public.vo_people (id bigint PRIMARY KEY, so_dinh_danh text, ho_ten text, ngay_sinh date,
                               gioi_tinh text, tinh_khai_sinh text, ma_xa text,
                               ho_ten_cha text, ho_ten_me text, que_quan text);
-- 2,000 persons of distinct names and dates, parents and origin given
INSERT INTO public.vo_people
SELECT 10000 + g, '079' || CASE WHEN g % 2 = 0 THEN '0' ELSE '1' END || '90' || lpad(g::text, 6, '0'),
       'Lê ' || (ARRAY['Văn', 'Thị'])[1 + g % 2] || ' Người ' || g, make_date(1950 + g / 192, 1 + g % 12, 13 + g / 12 % 16),
       (ARRAY['M', 'F'])[1 + g % 2], '079', '26734', 'Lê Văn Cha ' || g, 'Trần Thị Mẹ ' || g, 'Thừa Thiên Huế'
  FROM generate_series(1, 2000) g;
INSERT INTO public.vo_people VALUES
    -- namesakes: one name, one birth date, one province, other parents and origin
    (1, '001080001234', 'Nguyễn Văn Nam', '1980-01-01', 'M', '001', '00001', 'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Hà Nội'),
    (2, '001080007777', 'Nguyễn Văn Nam', '1980-01-01', 'M', '001', '00004', 'Nguyễn Văn Tâm', 'Lê Thị Hoa', 'Nam Định'),
    -- one woman registered twice: a misspelt name, day and month swapped,
    -- the same parents (one typed without accents) and origin
    (3, '036072004321', 'Trần Thị Khoa', '1972-05-09', 'F', '036', '00001', 'Trần Văn Bình', 'Phạm Thị Mai', 'Nam Định'),
    (4, '036072009876', 'Chần Thị Khoa', '1972-09-05', 'F', '036', '00001', 'TRAN VAN BINH', 'Phạm Thị Mai', 'nam dinh'),
    -- no parents recorded: no evidence either way
    (5, '002001000001', 'Đỗ Hữu Tài', '2001-07-20', 'M', '002', '00001', NULL, '  ', NULL),
    (6, '002001000002', 'Đỗ Hữu Tài', '2001-07-20', 'M', '002', '00001', NULL, NULL, NULL);
SELECT kind FROM population_rules.register_source('person', 'public.vo_people',
    '{"person_key": "id", "personal_id": "so_dinh_danh", "full_name": "ho_ten", "birth_date": "ngay_sinh",
      "sex": "gioi_tinh", "birth_province": "tinh_khai_sinh", "commune_code": "ma_xa",
      "father_name": "ho_ten_cha", "mother_name": "ho_ten_me", "origin_place": "que_quan"}', 'vo_full');
SELECT kind FROM population_rules.register_source('person', 'public.vo_people',
    '{"person_key": "id", "personal_id": "so_dinh_danh", "full_name": "ho_ten", "birth_date": "ngay_sinh",
      "sex": "gioi_tinh", "birth_province": "tinh_khai_sinh", "commune_code": "ma_xa"}', 'vo_core');
SELECT count(*) FILTER (WHERE status = 'created') AS created
  FROM population_rules.generate_views('vo_full_views', 'vo_full');
SELECT count(*) FILTER (WHERE status = 'created') AS created
  FROM population_rules.generate_views('vo_core_views', 'vo_core');

-- The model has the three comparisons, after the others.
SELECT comparison, comparison_position, level, m, u FROM vo_full_views.duplicate_model
 WHERE comparison IN ('father_name', 'mother_name', 'origin_place') ORDER BY comparison_position, level_position;

-- The same pairs, scored with and without the optional fields: the
-- namesakes fall below the threshold once their parents differ, the woman
-- registered twice rises, the pair without parents scores the same.
SELECT c.person_key, c.other_person_key, c.score AS score_core, f.score AS score_full,
       f.score >= population_rules.views_duplicate_threshold() AS linked_full
  FROM vo_core_views.duplicate_person_pairs c
  JOIN vo_full_views.duplicate_person_pairs f USING (person_key, other_person_key)
 ORDER BY 1, 2;
-- The evidence rows of the optional fields (the unmapped dataset shows them missing).
SELECT person_key, other_person_key, comparison, level, value, other_value, round(weight::numeric, 2) AS bits
  FROM vo_full_views.duplicate_pair_evidence
 WHERE comparison IN ('father_name', 'mother_name', 'origin_place') ORDER BY 1, 2, step;
SELECT DISTINCT comparison, level FROM vo_core_views.duplicate_pair_evidence
 WHERE comparison IN ('father_name', 'mother_name', 'origin_place') ORDER BY 1;
-- Re-estimation reads them: u from random pairs of the mapped dataset (its
-- fillers share one place of origin, so that one is no rare agreement).
SELECT comparison, level, u < 0.5 AS rare_by_chance
  FROM population_rules.estimate_duplicate_model('vo_full_views')
 WHERE comparison IN ('father_name', 'mother_name', 'origin_place') AND level = 'same' ORDER BY 1;

DROP SCHEMA vo_full_views, vo_core_views CASCADE;
SELECT population_rules.unregister_source('person', d) FROM (VALUES ('vo_full'), ('vo_core')) v (d);
DROP TABLE public.vo_people;
