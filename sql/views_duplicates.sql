-- One person, two ids: the score weighs each pair's evidence against the
-- number of persons expected to share it by chance, so the same evidence
-- counts for a rare name and not for a name half the population bears.
SET client_min_messages = warning;
\set SHOW_CONTEXT never
CREATE TABLE public.vd_people (id bigint PRIMARY KEY, so_dinh_danh text, ho_ten text, ngay_sinh date,
                               do_chinh_xac text, gioi_tinh text, tinh_khai_sinh text, ma_xa text);
-- 2,110 persons: 100 women named Nguyễn Thị Anh born in 1946 (year only)
-- in province 001; 2,000 others with distinct names and dates (days after the 12th: no two of them a day-month swap); the pairs.
INSERT INTO public.vd_people
SELECT g, '001146' || lpad(g::text, 6, '0'), 'Nguyễn Thị Anh', DATE '1946-01-01', 'year', 'F', '001', '00001'
  FROM generate_series(1, 100) g;
INSERT INTO public.vd_people
SELECT 10000 + g, '079' || CASE WHEN g % 2 = 0 THEN '0' ELSE '1' END || '90' || lpad(g::text, 6, '0'),
       'Lê ' || (ARRAY['Văn', 'Thị'])[1 + g % 2] || ' Người ' || g, make_date(1950 + g / 192, 1 + g % 12, 13 + g / 12 % 16), 'day',
       (ARRAY['M', 'F'])[1 + g % 2], '079', '26734'
  FROM generate_series(1, 2000) g;
INSERT INTO public.vd_people VALUES
    -- a rare name recorded twice, the second time without accents and with
    -- one digit of the id mistyped
    (1001, '001085001234', 'Trương Quỳnh Như', '1985-03-14', 'day', 'F', '001', '00001'),
    (1002, '001085001284', 'TRUONG QUYNH NHU', '1985-03-14', 'day', 'F', '001', '00004'),
    -- the same, with day and month swapped and a dialect spelling (Tr/Ch)
    (1003, '036072004321', 'Trần Văn Khoa', '1972-05-09', 'day', 'M', '036', '00001'),
    (1004, '036072009876', 'Chần Văn Khoa', '1972-09-05', 'day', 'M', '036', '00001'),
    (1005, '036072005555', 'Trần Văn Khoa', '1972-09-05', 'day', 'M', '036', '00001'),
    -- two men of one rare name born the same day in different provinces
    -- (and living in them)
    (1006, '002001000001', 'Đỗ Hữu Tài', '2001-07-20', 'day', 'M', '002', '00001'),
    (1007, '096001000002', 'Đỗ Hữu Tài', '2001-07-20', 'day', 'M', '096', '31999'),
    (1008, NULL, 'Phạm Minh', '1960-02-02', 'day', 'M', '001', '00001'),
    (1009, NULL, 'Bùi Lan', '1961-03-03', 'day', 'F', '001', '00001'),
    (1010, NULL, 'Hồ Nam', '1962-04-04', 'day', 'M', '001', '00001'),
    -- a misspelt middle name together with day and month swapped: no name
    -- key and no date is shared, the family and given name, province and
    -- date_key (the date, day and month in either order) are
    (1011, '045080001111', 'Phan Thanh Hùng', '1980-04-07', 'day', 'M', '045', '19000'),
    (1012, '045080002222', 'Phan Thang Hùng', '1980-07-04', 'day', 'M', '045', '19000'),
    -- Hồ Thị Thanh typed in VNI, whose tokens happen to be valid syllables
    -- (the repair reads it: an exact name; the given name, province and
    -- date would meet without it)
    (1013, '079075003333', 'Hồ Thị Thanh', '1975-03-08', 'day', 'F', '079', '26734'),
    (1014, '079075004444', 'Hoà Thò Thanh', '1975-03-08', 'day', 'F', '079', '26734');
SELECT kind FROM population_rules.register_source('person', 'public.vd_people',
    '{"person_key": "id", "personal_id": "so_dinh_danh", "full_name": "ho_ten", "birth_date": "ngay_sinh",
      "birth_date_precision": "do_chinh_xac", "sex": "gioi_tinh", "birth_province": "tinh_khai_sinh",
      "commune_code": "ma_xa"}', 'vd');
SELECT view_name, status FROM population_rules.generate_views('vd_views', 'vd')
 WHERE view_name LIKE 'duplicate%' ORDER BY 1;

-- Every pair with its evidence, scored by the default model (which assumes
-- a national population): the rare names score high whatever the spelling
-- or the swap; the same rare name in two provinces scores low (birth
-- province different, -9.9 bits).  The 100 namesakes of Nguyễn Thị Anh
-- share one commune and consecutive ids here, which the default u (one
-- commune in 10,000; ids one digit apart one pair in 10,000) take for
-- strong evidence: they score high, and a reviewer decides them
-- (views_review) or fixes the model (views_model).
SELECT person_key, other_person_key, name_layer, birth_date_layer, same_province, id_layer,
       name_frequency, birth_date_frequency, province_frequency, to_char(chance_matches, '9.9EEEE') AS chance, score
  FROM vd_views.duplicate_person_pairs
 WHERE person_key BETWEEN 1001 AND 1014 OR (person_key, other_person_key) IN ((1, 2), (99, 100))
 ORDER BY person_key, other_person_key;
SELECT count(*) AS namesake_pairs, max(score) AS best
  FROM vd_views.duplicate_person_pairs WHERE person_key <= 100;
SELECT reason FROM vd_views.duplicate_person_pairs WHERE person_key = 1001;

-- Groups: Trần Văn Khoa recorded three times is one group of three.
SELECT group_key, group_size, person_key, full_name FROM vd_views.duplicate_persons ORDER BY group_key, person_key;

-- The threshold is the analyst's.
SET population_rules.duplicate_threshold = 0.2;
SELECT count(*) AS persons_at_02 FROM vd_views.duplicate_persons;
RESET population_rules.duplicate_threshold;

DROP SCHEMA vd_views CASCADE;
SELECT population_rules.unregister_source('person', 'vd');
DROP TABLE public.vd_people;
