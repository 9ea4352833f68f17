-- The reviewers' loop on duplicate persons: the groups of any chain length
-- with their weakest link (the aggregate duplicate_groups), the analyst's
-- decisions table, decide_duplicates, the views that respect the decisions
-- across regeneration and new data, and the review queue.
SET client_min_messages = warning;
\set SHOW_CONTEXT never

-- The aggregate alone.  A chain of five links is one group of five (three
-- rounds of smallest-key propagation would cut it); its weakest link is the
-- lowest of the chain, 0.8.  In the triangle x-y-z the lowest link, y-z
-- 0.5, holds nothing together (x-y and x-z do): the weakest link is x-z 0.8,
-- the highest threshold at which the three still form one group.  A link
-- of infinite strength (decided same) joins first; a self-link, a NULL key
-- are skipped; a NULL strength is the weakest.
SELECT g.person_key, g.group_key, g.group_size, g.weakest_person_key, g.weakest_other_person_key, g.weakest_strength
  FROM unnest((SELECT population_rules.duplicate_groups(a, b, s)
                 FROM (VALUES ('a1', 'a2', 0.9), ('a3', 'a2', 0.8), ('a3', 'a4', 0.95), ('a4', 'a5', 0.85),
                              ('x', 'y', 0.9), ('y', 'z', 0.5), ('x', 'z', 0.8),
                              ('p', 'q', 'Infinity'), ('q', 'r', 0.3),
                              ('m', 'n', NULL), ('n', 'o', 0.99),
                              ('s', 's', 1.0), (NULL, 't', 1.0), ('u', NULL, 1.0)) v (a, b, s))) g
 ORDER BY g.group_key, g.person_key;
-- No link read: NULL; only skipped links: no group.
SELECT population_rules.duplicate_groups(a, b, 1.0) IS NULL AS no_links
  FROM (VALUES ('a', 'b')) v (a, b) WHERE false;
SELECT cardinality(population_rules.duplicate_groups(a, b, 1.0)) AS groups_of_self_links
  FROM (VALUES ('a', 'a'), (NULL, 'b')) v (a, b);
-- Odd strengths and keys: NaN is the strongest (as in SQL's order),
-- -Infinity the weakest (here not needed: the three hold together at 0.5);
-- an empty key and a long one are keys like others.
SELECT left(g.person_key, 3) AS key_start, length(g.person_key) AS key_length, g.group_size,
       format('%L', g.weakest_person_key) AS weakest_person_key, length(g.weakest_other_person_key) AS weakest_other_length,
       g.weakest_strength
  FROM unnest((SELECT population_rules.duplicate_groups(a, b, s)
                 FROM (VALUES ('', 'e', 'NaN'::float8), ('e', repeat('k', 10000), '-Infinity'),
                              ('', repeat('k', 10000), 0.5)) v (a, b, s))) g
 ORDER BY g.person_key;
-- 100,000 links in one chain: one group, in one pass.
SELECT count(*) AS persons, min(g.group_size) AS group_size, min(g.weakest_strength) AS weakest
  FROM unnest((SELECT population_rules.duplicate_groups(i::text, (i + 1)::text, 1.0 - i / 1e6)
                 FROM generate_series(1, 100000) i)) g;

-- A small population: 2,000 persons of distinct names and dates, and the
-- cases (as in views_duplicates).
CREATE TABLE public.vr_people (id bigint PRIMARY KEY, so_dinh_danh text, ho_ten text, ngay_sinh date,
                               gioi_tinh text, tinh_khai_sinh text, ma_xa text);
INSERT INTO public.vr_people
SELECT 10000 + g, '079' || CASE WHEN g % 2 = 0 THEN '0' ELSE '1' END || '90' || lpad(g::text, 6, '0'),
       'Lê ' || (ARRAY['Văn', 'Thị'])[1 + g % 2] || ' Người ' || g, make_date(1950 + g / 192, 1 + g % 12, 13 + g / 12 % 16),
       (ARRAY['M', 'F'])[1 + g % 2], '079', '26734'
  FROM generate_series(1, 2000) g;
INSERT INTO public.vr_people VALUES
    (1001, '001085001234', 'Trương Quỳnh Như', '1985-03-14', 'F', '001', '00001'),
    (1002, '001085001284', 'TRUONG QUYNH NHU', '1985-03-14', 'F', '001', '00004'),
    (1003, '036072004321', 'Trần Văn Khoa', '1972-05-09', 'M', '036', '00001'),
    (1004, '036072009876', 'Chần Văn Khoa', '1972-09-05', 'M', '036', '00001'),
    (1005, '036072005555', 'Trần Văn Khoa', '1972-09-05', 'M', '036', '00001'),
    (1006, '002001000001', 'Đỗ Hữu Tài', '2001-07-20', 'M', '002', '00001'),
    (1007, '096001000002', 'Đỗ Hữu Tài', '2001-07-20', 'M', '096', '31999'),
    (1008, NULL, 'Phạm Minh', '1960-02-02', 'M', '001', '00001'),
    (1009, NULL, 'Bùi Lan', '1961-03-03', 'F', '001', '00001');
SELECT kind FROM population_rules.register_source('person', 'public.vr_people',
    '{"person_key": "id", "personal_id": "so_dinh_danh", "full_name": "ho_ten", "birth_date": "ngay_sinh",
      "sex": "gioi_tinh", "birth_province": "tinh_khai_sinh", "commune_code": "ma_xa"}', 'vr');
SELECT view_name, status FROM population_rules.generate_views('vr_views', 'vr')
 WHERE view_name LIKE 'duplicate%' ORDER BY 1;

-- The decisions table: the caller's, not the extension's, empty.
SELECT c.relname, pg_get_userbyid(c.relowner) = current_user AS owned_by_caller,
       NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                    AND d.deptype = 'e') AS not_in_extension,
       obj_description(c.oid, 'pg_class') IS NOT NULL AS commented,
       (SELECT count(*) FROM vr_views.duplicate_decisions) AS decisions
  FROM pg_class c WHERE c.oid = 'vr_views.duplicate_decisions'::regclass;

-- Before any decision: two groups; Trần Văn Khoa's group of three holds
-- together through its two links, the weaker 1003-1005 (day and month
-- swapped); Đỗ Hữu Tài (two provinces) stays below the threshold.
SELECT person_key, other_person_key, score, decision FROM vr_views.duplicate_person_pairs ORDER BY 1, 2;
SELECT group_key, group_size, person_key, best_score, weakest_person_key, weakest_other_person_key, weakest_score
  FROM vr_views.duplicate_persons ORDER BY group_key, person_key;
SELECT reason FROM vr_views.duplicate_persons WHERE person_key = 1004;

-- The queue: every candidate pair without a decision, nearest the
-- threshold first (no pair here would join two groups): the links of the
-- groups, each group's weakest link named as such, then Đỗ Hữu Tài (0.184,
-- far below), which would make a new group.
SELECT queue_position, person_key, other_person_key, score, margin, effect, group_size, other_group_size
  FROM vr_views.duplicate_review_queue ORDER BY queue_position;

-- Decide: the two Trương Quỳnh Như rows are two persons; Đỗ Hữu Tài below
-- the threshold and Phạm Minh with Bùi Lan (no candidate at all) are one.
SELECT population_rules.decide_duplicates('vr_views', ARRAY['1001', '1002'], 'different', 'two sisters, checked in the commune') AS pairs;
SELECT population_rules.decide_duplicates('vr_views', ARRAY['1007', '1006', '1007'], 'same') AS pairs;
SELECT population_rules.decide_duplicates('vr_views', '{1008,1009}', 'same', 'one person, renamed') AS pairs;
SELECT person_key, other_person_key, decision, decided_by = current_user AS by_me, note
  FROM vr_views.duplicate_decisions ORDER BY 1, 2;
-- The dismissed pair is flagged in the pairs and gone from the groups; the
-- confirmed ones are linked, the non-candidate with no score.
SELECT person_key, other_person_key, score, decision FROM vr_views.duplicate_person_pairs ORDER BY 1, 2;
SELECT group_key, group_size, person_key, best_score, weakest_person_key, weakest_other_person_key, weakest_score
  FROM vr_views.duplicate_persons ORDER BY group_key, person_key;
-- Decided pairs leave the queue.
SELECT queue_position, person_key, other_person_key, effect FROM vr_views.duplicate_review_queue ORDER BY 1;

-- Regeneration keeps the table and its rows, and the views read them again.
SELECT count(*) AS views FROM population_rules.generate_views('vr_views', 'vr');
SELECT count(*) AS decisions FROM vr_views.duplicate_decisions;
SELECT group_key, group_size, person_key FROM vr_views.duplicate_persons ORDER BY group_key, person_key;

-- New data: a third Trương Quỳnh Như, a candidate with both.  The dismissed
-- pair stays dismissed and is no link; the new row links to each of the
-- two (a reviewer sees the new pairs in the queue, each the weakest link
-- or a link of the group they make).
INSERT INTO public.vr_people VALUES (1010, '001085001234', 'Trương Quỳnh Như', '1985-03-14', 'F', '001', '00001');
SELECT person_key, other_person_key, score, decision FROM vr_views.duplicate_person_pairs
 WHERE person_key IN (1001, 1002) ORDER BY 1, 2;
SELECT queue_position, person_key, other_person_key, effect FROM vr_views.duplicate_review_queue ORDER BY 1;
-- Dismissing the new row with both: the three are three persons again.
SELECT population_rules.decide_duplicates('vr_views', '{1001,1002,1010}', 'different') AS pairs;
SELECT count(*) AS truong_quynh_nhu_grouped FROM vr_views.duplicate_persons WHERE person_key IN (1001, 1002, 1010);

-- A chain of five confirmed pairs of non-candidates is one group of five,
-- whatever its length.
SELECT population_rules.decide_duplicates('vr_views', ARRAY[k::text, (k + 1)::text], 'same')
  FROM generate_series(10001, 10004) k;
SELECT group_key, group_size, person_key, weakest_score FROM vr_views.duplicate_persons
 WHERE person_key > 10000 ORDER BY person_key;

-- A pair joining two groups comes first in the queue: a new row of the
-- name and birth date of 10001, born in another province (a candidate
-- below the threshold), that a reviewer confirms to be Phạm Minh.
INSERT INTO public.vr_people VALUES (1012, NULL, 'Lê Thị Người 1', '1950-02-13', 'F', '001', '00001');
SELECT population_rules.decide_duplicates('vr_views', '{1008,1012}', 'same') AS pairs;
SELECT queue_position, person_key, other_person_key, score, effect, group_size, other_group_size
  FROM vr_views.duplicate_review_queue ORDER BY 1;

-- The scorecard counts the persons of duplicate_persons, decisions included.
SELECT (SELECT sum(duplicate_persons) FROM vr_views.scorecard_province) AS scorecard,
       (SELECT count(DISTINCT person_key) FROM vr_views.person_checks WHERE check_name = 'duplicate_persons') AS person_checks,
       (SELECT count(*) FROM vr_views.duplicate_persons) AS duplicate_persons;

-- Bad arguments: an error with its SQLSTATE, detail and hint.
CREATE FUNCTION public.vr_error(call text) RETURNS TABLE (state text, message text, detail text, hint text)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE call;
    RETURN;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT,
                            detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
    RETURN NEXT;
END
$$;
SELECT c.call, e.state, e.message, CASE WHEN e.state <> '23514' THEN e.detail END AS detail, e.hint
  FROM (VALUES ($$SELECT population_rules.decide_duplicates(NULL, '{1,2}', 'same')$$),
               ($$SELECT population_rules.decide_duplicates('vr_views', NULL, 'same')$$),
               ($$SELECT population_rules.decide_duplicates('vr_views', '{1,2}', NULL)$$),
               ($$SELECT population_rules.decide_duplicates('vr_views', '{1,2}', 'maybe')$$),
               ($$SELECT population_rules.decide_duplicates('vr_views', '{1,NULL}', 'same')$$),
               ($$SELECT population_rules.decide_duplicates('vr_views', '{1,1}', 'same')$$),
               ($$SELECT population_rules.decide_duplicates('vr_views', '{}', 'same')$$),
               ($$SELECT population_rules.decide_duplicates('vr_views', array(SELECT g::text FROM generate_series(1, 101) g), 'same')$$),
               ($$SELECT population_rules.decide_duplicates('no_such_schema', '{1,2}', 'same')$$),
               ($$SELECT population_rules.decide_duplicates('public', '{1,2}', 'same')$$),
               ($$INSERT INTO vr_views.duplicate_decisions (person_key, other_person_key, decision) VALUES ('2', '1', 'same')$$))
       c (call)
 CROSS JOIN LATERAL public.vr_error(c.call) e;
-- Nothing was written by the failed calls.
SELECT count(*) AS decisions FROM vr_views.duplicate_decisions;

-- Another role without rights on the analyst's table cannot decide.
CREATE ROLE regress_review_other;
GRANT USAGE ON SCHEMA vr_views TO regress_review_other;
SET ROLE regress_review_other;
SELECT e.state FROM public.vr_error($$SELECT population_rules.decide_duplicates('vr_views', '{1,2}', 'same')$$) e;
RESET ROLE;
-- The aggregate is anyone's; its support functions are not.
SELECT has_function_privilege('regress_review_other', 'population_rules.duplicate_groups(text, text, double precision)', 'execute') AS aggregate,
       has_function_privilege('regress_review_other', 'population_rules.duplicate_groups_add(internal, text, text, double precision)', 'execute') AS add,
       has_function_privilege('regress_review_other', 'population_rules.duplicate_groups_result(internal)', 'execute') AS result;

DROP FUNCTION public.vr_error(text);
DROP SCHEMA vr_views CASCADE;
DROP ROLE regress_review_other;
SELECT population_rules.unregister_source('person', 'vr');
DROP TABLE public.vr_people;
