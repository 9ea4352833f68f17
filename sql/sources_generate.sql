-- The embedded default tables and the seeded sample-population generator.
SET client_min_messages = warning;
\set SHOW_CONTEXT never
CREATE EXTENSION IF NOT EXISTS population_rules_sample;

-- Reference tables in a schema with an awkward name, registered as a dataset.
SELECT dataset, kind, relation, missing
  FROM population_rules.create_reference_tables('Mẫu "1"');
SELECT c.relname, pg_get_userbyid(c.relowner) = current_user AS caller_owns,
       NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                      AND d.deptype = 'e') AS not_an_extension_member,
       (SELECT count(*) FROM pg_index i WHERE i.indrelid = c.oid) AS indexes
  FROM pg_class c WHERE c.relnamespace = '"Mẫu ""1"""'::regnamespace AND c.relkind = 'r'
 ORDER BY c.relname;
SELECT population_rules.create_reference_tables('Mẫu "1"');

-- Bad arguments.
SELECT population_rules_sample.generate_population('g_bad', 0);
SELECT population_rules_sample.generate_population('g_bad', 100, 1, 0.2);
SELECT population_rules_sample.generate_population(NULL, 100, seed => NULL);
SELECT population_rules.create_reference_tables(NULL);
SELECT population_rules.create_reference_tables('');
-- A schema that holds some other persons table, not the reference tables.
CREATE SCHEMA g_half;
CREATE TABLE g_half.persons (person_key bigint);
SELECT population_rules_sample.generate_population('g_half', 10);
DROP SCHEMA g_half CASCADE;
-- Empty sample tables, but a ground truth left from an earlier run.
SELECT count(*) AS registered FROM population_rules.create_reference_tables('g_gt');
CREATE TABLE g_gt.ground_truth AS SELECT 'name_variant'::text AS defect;
SELECT population_rules_sample.generate_population('g_gt', 10);
DROP SCHEMA g_gt CASCADE;

-- 2,000 persons, seed 1, 2% of each defect.
SELECT * FROM population_rules_sample.generate_population('Mẫu "1"', 2000, 1, 0.02);
SELECT population_rules_sample.generate_population('Mẫu "1"', 10);

-- The population looks like one.
SELECT count(*) AS persons, count(DISTINCT household_id) AS households,
       count(*) FILTER (WHERE death_date IS NOT NULL) AS dead,
       count(*) FILTER (WHERE birth_date_precision <> 'day') AS partial_birth_dates,
       count(*) FILTER (WHERE legacy_id IS NOT NULL) AS with_cmnd,
       count(DISTINCT birth_province) AS birth_provinces,
       count(*) FILTER (WHERE full_name ~ '^Nguyễn ') * 100 / count(*) AS pct_nguyen,
       count(*) FILTER (WHERE personal_id ~ '^\d{12}$') = count(personal_id) AS ids_12_digits,
       count(*) FILTER (WHERE legacy_id ~ '^\d{9}$') = count(legacy_id) AS cmnd_9_digits,
       bool_and(commune_code IN (SELECT commune_code FROM population_rules.pre2025_communes)) AS real_communes
  FROM "Mẫu ""1""".persons;
SELECT kind, status, count(*) FROM "Mẫu ""1""".id_documents GROUP BY 1, 2 ORDER BY 1, 2;
SELECT carrier, count(*) FROM "Mẫu ""1""".sim_subscriptions GROUP BY 1 ORDER BY 1;

-- What was injected.
SELECT defect, count(*) FROM "Mẫu ""1""".ground_truth GROUP BY 1 ORDER BY 1;
SELECT detail AS variant, count(*) FROM "Mẫu ""1""".ground_truth
 WHERE defect = 'same_person_twice' GROUP BY 1 ORDER BY 1;
SELECT population_rules_sample.sample_name_variant(n, v) AS variant_of_name, v
  FROM (VALUES ('Nguyễn Văn Hòa')) AS x(n),
       unnest('{nfd,no_accents,all_caps,tcvn3,vni,other_tone_style,dialect,i_y}'::text[]) AS v
 WHERE v <> 'nfd';
SELECT population_rules_sample.sample_name_variant('Lê Thị Lý', 'i_y'), population_rules_sample.sample_name_variant('Trần Huy', 'i_y'),
       population_rules_sample.sample_name_variant('Phạm Văn Quý', 'other_tone_style'),
       population_rules_sample.sample_name_variant('Vũ Thuỷ', 'other_tone_style'),
       population_rules_sample.sample_name_variant('Đỗ Linh', 'dialect'),
       length(population_rules_sample.sample_name_variant('Hà', 'nfd'));
SELECT population_rules_sample.sample_name_variant('Hà', 'typo');

-- The ground truth is exact: every check below finds in the data precisely
-- the persons, households, SIMs or insurance records that were injected.
\set sch 'Mẫu "1"'
-- Each check: the persons (or households) the data shows, against the ground truth.
CREATE TEMP VIEW found AS
WITH p AS (SELECT * FROM :"sch".persons),
 rel AS (SELECT p.*, lower(population_rules_sample.sample_ascii(p.relation_to_head)) AS rk FROM p),
 alive AS (SELECT * FROM p WHERE death_date IS NULL)
SELECT 'id_structure' AS chk, person_key AS k FROM p
 WHERE personal_id IS NOT NULL AND (
       NOT EXISTS (SELECT FROM population_rules.pre2025_provinces pp WHERE pp.id_code = left(personal_id, 3))
    OR left(personal_id, 3) <> birth_province
    OR 1900 + 100 * (substr(personal_id, 4, 1)::int / 2) + substr(personal_id, 5, 2)::int <> extract(year FROM birth_date)
    OR (substr(personal_id, 4, 1)::int % 2 = 1) <> (sex = 'F'))
UNION ALL
SELECT 'same_id', person_key FROM p WHERE personal_id IN (SELECT personal_id FROM p GROUP BY 1 HAVING count(*) > 1)
UNION ALL
SELECT 'same_biometric', person_key FROM p WHERE biometric_hash IN (SELECT biometric_hash FROM p GROUP BY 1 HAVING count(*) > 1)
UNION ALL
SELECT 'two_heads', household_id FROM rel WHERE household_id IS NOT NULL GROUP BY household_id HAVING count(*) FILTER (WHERE rk = 'chu ho') > 1
UNION ALL
SELECT 'no_head', household_id FROM rel WHERE household_id IS NOT NULL GROUP BY household_id HAVING count(*) FILTER (WHERE rk = 'chu ho') = 0
UNION ALL
SELECT 'dead_head_only', household_id FROM rel WHERE household_id IS NOT NULL GROUP BY household_id
 HAVING count(*) FILTER (WHERE rk = 'chu ho') > 0 AND count(*) FILTER (WHERE rk = 'chu ho' AND death_date IS NULL) = 0
UNION ALL
SELECT 'legacy_only', person_key FROM alive WHERE personal_id IS NULL AND legacy_id IS NOT NULL
UNION ALL
SELECT 'no_card_14', person_key FROM alive a
 WHERE a.birth_date <= DATE '2025-07-01' - interval '14 years'
   AND (a.personal_id IS NULL OR NOT EXISTS (SELECT FROM :"sch".id_documents d WHERE d.person_key = a.person_key
                                               AND d.kind IN ('cmnd12', 'cccd', 'cancuoc') AND d.status = 'active'))
UNION ALL
SELECT 'card_overdue', a.person_key FROM alive a JOIN :"sch".id_documents d ON d.person_key = a.person_key
 WHERE d.kind IN ('cccd', 'cancuoc', 'cmnd12') AND d.status = 'active' AND d.expiry_date < DATE '2025-07-01'
UNION ALL
SELECT 'dead_resident', person_key FROM p WHERE death_date IS NOT NULL AND resident
UNION ALL
SELECT 'dead_sim', p.person_key FROM p WHERE death_date IS NOT NULL
   AND EXISTS (SELECT FROM :"sch".sim_subscriptions s WHERE s.subscriber_id IN (p.personal_id, p.legacy_id) AND s.active)
UNION ALL
SELECT 'dead_insurance', p.person_key FROM p WHERE death_date IS NOT NULL
   AND EXISTS (SELECT FROM :"sch".insurance_records i WHERE i.id_number = p.personal_id AND i.active)
UNION ALL
SELECT 'sim_mismatch', s.phone_number::bigint FROM :"sch".sim_subscriptions s
 WHERE NOT EXISTS (SELECT FROM p WHERE s.subscriber_id IN (p.personal_id, p.legacy_id)
                     AND upper(population_rules_sample.sample_ascii(p.full_name)) = upper(population_rules_sample.sample_ascii(s.subscriber_name))
                     AND p.birth_date = s.birth_date)
UNION ALL
SELECT 'sim_too_many', p.person_key FROM p JOIN :"sch".sim_subscriptions s ON s.subscriber_id = coalesce(p.personal_id, p.legacy_id) AND s.active
 GROUP BY p.person_key HAVING count(*) > 4
UNION ALL
SELECT 'insurance_mismatch', i.insurance_code::bigint FROM :"sch".insurance_records i
 WHERE i.id_number IS NOT NULL AND NOT EXISTS (SELECT FROM p WHERE p.personal_id = i.id_number
                     AND upper(population_rules_sample.sample_ascii(p.full_name)) = upper(population_rules_sample.sample_ascii(i.full_name))
                     AND p.birth_date = i.birth_date AND p.sex = i.sex)
UNION ALL
SELECT 'rel_gender', person_key FROM rel WHERE household_id IS NOT NULL
   AND ((rk IN ('vo', 'me', 'ba', 'chi', 'con dau', 'co', 'di', 'thim', 'mo') AND sex = 'M')
     OR (rk IN ('chong', 'cha', 'bo', 'ong', 'anh', 'con re', 'chu', 'cau') AND sex = 'F'))
UNION ALL
SELECT 'rel_age', m.person_key FROM rel m JOIN rel h ON h.household_id = m.household_id AND h.rk = 'chu ho' AND h.person_key <> m.person_key
 WHERE h.household_id IN (SELECT household_id FROM rel WHERE rk = 'chu ho' GROUP BY 1 HAVING count(*) = 1)
   AND ((m.rk IN ('cha', 'bo', 'me', 'ong', 'ba') AND m.birth_date > h.birth_date)
     OR (m.rk IN ('con', 'chau') AND m.birth_date < h.birth_date))
UNION ALL
SELECT 'two_spouses', household_id FROM rel WHERE household_id IS NOT NULL GROUP BY household_id
 HAVING count(*) FILTER (WHERE rk IN ('vo', 'chong')) > 1;

CREATE TEMP VIEW truth AS
SELECT CASE WHEN defect IN ('id_wrong_birth_year', 'id_wrong_sex', 'id_wrong_province') THEN 'id_structure'
            WHEN defect = 'duplicate_id' THEN 'same_id'
            WHEN defect = 'shared_biometric' THEN 'same_biometric'
            WHEN defect = 'legacy_only' THEN 'legacy_only'
            WHEN defect = 'card_renewal_overdue' THEN 'card_overdue'
            WHEN defect = 'dead_still_resident' THEN 'dead_resident'
            WHEN defect = 'dead_active_sim' THEN 'dead_sim'
            WHEN defect = 'dead_active_insurance' THEN 'dead_insurance'
            WHEN defect = 'sim_too_many' THEN 'sim_too_many'
            WHEN defect = 'relation_gender_mismatch' THEN 'rel_gender'
            WHEN defect IN ('relation_parent_younger', 'relation_child_older') THEN 'rel_age'
       END AS chk,
       CASE WHEN defect IN ('relation_parent_younger', 'relation_child_older', 'relation_gender_mismatch') THEN coalesce(other_key, person_key) ELSE person_key END AS k
  FROM :"sch".ground_truth
UNION SELECT 'same_id', other_key FROM :"sch".ground_truth WHERE defect = 'duplicate_id'
UNION SELECT 'same_biometric', other_key FROM :"sch".ground_truth WHERE defect = 'shared_biometric'
UNION SELECT 'no_card_14', person_key FROM :"sch".ground_truth WHERE defect IN ('legacy_only', 'adult_without_card')
UNION SELECT 'two_heads', household_id FROM :"sch".ground_truth WHERE defect = 'household_two_heads'
UNION SELECT 'no_head', household_id FROM :"sch".ground_truth WHERE defect = 'household_no_head'
UNION SELECT 'dead_head_only', household_id FROM :"sch".ground_truth WHERE defect = 'household_dead_head'
UNION SELECT 'two_spouses', household_id FROM :"sch".ground_truth WHERE defect = 'relation_two_spouses'
UNION SELECT 'sim_mismatch', s.phone_number::bigint FROM :"sch".ground_truth g JOIN :"sch".persons p ON p.person_key = g.person_key
        JOIN :"sch".sim_subscriptions s ON s.phone_number = (SELECT min(s2.phone_number) FROM :"sch".sim_subscriptions s2
             WHERE s2.subscriber_id = CASE WHEN g.defect = 'sim_unknown_id' THEN substr(g.detail, 4) ELSE p.personal_id END
               AND (g.defect = 'sim_unknown_id' OR NOT EXISTS (SELECT FROM :"sch".persons p2 WHERE p2.personal_id = s2.subscriber_id
                    AND upper(population_rules_sample.sample_ascii(p2.full_name)) = upper(population_rules_sample.sample_ascii(s2.subscriber_name)) AND p2.birth_date = s2.birth_date)))
  WHERE g.defect IN ('sim_name_mismatch', 'sim_birth_date_mismatch', 'sim_unknown_id')
UNION SELECT 'insurance_mismatch', i.insurance_code::bigint FROM :"sch".ground_truth g JOIN :"sch".persons p ON p.person_key = g.person_key
        JOIN :"sch".insurance_records i ON i.id_number = p.personal_id AND (i.full_name <> p.full_name OR i.birth_date <> p.birth_date OR i.sex <> p.sex)
  WHERE g.defect IN ('insurance_name_mismatch', 'insurance_birth_date_mismatch', 'insurance_sex_mismatch');

SELECT coalesce(f.chk, t.chk) AS check, count(*) FILTER (WHERE t.k IS NOT NULL) AS injected,
       count(*) FILTER (WHERE f.k IS NOT NULL) AS found,
       count(*) FILTER (WHERE t.k IS NULL) AS found_not_injected,
       count(*) FILTER (WHERE f.k IS NULL) AS injected_not_found
  FROM (SELECT DISTINCT * FROM found) f FULL JOIN (SELECT DISTINCT * FROM truth WHERE chk IS NOT NULL) t ON t.chk = f.chk AND t.k = f.k
 GROUP BY 1 ORDER BY 1;

-- Same seed, same rows; another seed, other rows.
CREATE FUNCTION pg_temp.table_rows(s text, t text) RETURNS SETOF text
LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY EXECUTE format('SELECT x::text FROM %I.%I x', s, t); END $$;
SELECT count(*) FROM population_rules_sample.generate_population('g_same', 2000, 1, 0.02);
SELECT count(*) FROM population_rules_sample.generate_population('g_other', 2000, 2, 0.02);
SELECT t AS table,
       (SELECT count(*) FROM (SELECT * FROM pg_temp.table_rows('Mẫu "1"', t)
                              EXCEPT ALL SELECT * FROM pg_temp.table_rows('g_same', t)) x) AS differ_same_seed,
       (SELECT count(*) FROM (SELECT * FROM pg_temp.table_rows('Mẫu "1"', t)
                              EXCEPT ALL SELECT * FROM pg_temp.table_rows('g_other', t)) x) > 0 AS differ_other_seed
  FROM unnest('{persons,id_documents,sim_subscriptions,insurance_records,civil_events,ground_truth}'::text[]) AS t;

-- A non-owner cannot generate into someone else's tables.
CREATE ROLE sources_gen_other;
GRANT USAGE ON SCHEMA g_same TO sources_gen_other;
SET ROLE sources_gen_other;
SELECT population_rules_sample.generate_population('g_same', 10);
RESET ROLE;
REVOKE USAGE ON SCHEMA g_same FROM sources_gen_other;
DROP ROLE sources_gen_other;

-- The C row functions behind generate_population check their arguments,
-- and give the rows generate_population loaded.
SELECT count(*) FROM population_rules_sample.sample_rows_persons(1, NULL, 0.02, '2025-07-01');
SELECT count(*) FROM population_rules_sample.sample_rows_persons(1, -5, 0.02, '2025-07-01');
SELECT count(*) FROM population_rules_sample.sample_rows_sim_subscriptions(1, 1000000000, 0.02, '2025-07-01');
SELECT count(*) FROM population_rules_sample.sample_rows_persons(1, 10, 'NaN', '2025-07-01');
SELECT count(*) FROM population_rules_sample.sample_rows_insurance_records(1, 10, 0.5, '2025-07-01');
SELECT count(*) FROM population_rules_sample.sample_rows_civil_events(1, 10, 0.02, 'infinity');
SELECT count(*) FROM population_rules_sample.sample_rows_id_documents(1, 10, 0.02, '1000-01-01');
SELECT count(*) FROM (SELECT * FROM population_rules_sample.sample_rows_persons(1, 2000, 0.02, '2025-07-01')
                      EXCEPT ALL SELECT * FROM g_same.persons) x;
SELECT count(*) FROM (SELECT defect, person_key, other_key, household_id, detail
                        FROM population_rules_sample.sample_rows_ground_truth(1, 2000, 0.02, '2025-07-01')
                      EXCEPT ALL SELECT * FROM g_same.ground_truth) x;
