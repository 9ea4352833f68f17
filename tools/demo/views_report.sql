-- views_report.sql: part two of make demo.  100,000 generated persons with
-- 2% of every defect in schema "demo", the rules of the rules API attached
-- in log mode and validated (so the violation log fills), then every
-- analysts' view: its row count, a few rows, and the scorecard per province.
\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;
SET population_rules.as_of = '2025-07-01';

\echo
\echo '=== Part 2: the analysts'' views over 100,000 generated persons ==='
\echo
SELECT table_name AS "table", row_count AS "rows"
  FROM population_rules_sample.generate_population('demo', 100000, 1, 0.02);

\echo
\echo 'The rules of the rules API, attached in log mode to demo.persons and validated:'
SELECT population_rules.attach_unique_id_rule('demo.persons', 'personal_id', mode => 'log',
           birth_date_column => 'birth_date', sex_column => 'sex',
           birth_province_column => 'birth_province', legacy_id_column => 'legacy_id') AS unique_id_rule \gset
SELECT population_rules.attach_household_head_rule('demo.persons', 'household_id', 'relation_to_head', mode => 'log',
           death_date_column => 'death_date') AS household_rule \gset
SELECT population_rules.attach_names_rule('demo.persons', '{full_name}', mode => 'log', repair_legacy => true) AS names_rule \gset
SELECT count(*) AS "logged by validate" FROM (
    SELECT * FROM population_rules.validate_rule(:unique_id_rule, log => true)
    UNION ALL SELECT * FROM population_rules.validate_rule(:household_rule, log => true)
    UNION ALL SELECT * FROM population_rules.validate_rule(:names_rule, log => true)) v;
SELECT rule_name AS rule, count(*) AS violations, min(detail) AS "for example"
  FROM population_rules.violations WHERE table_name LIKE '%persons' GROUP BY 1 ORDER BY 1;

\echo
\echo 'The views, generated in schema demo_views:'
SELECT view_name AS view, status FROM population_rules.generate_views('demo_views', 'demo')
 WHERE view_name NOT LIKE '%_source';

\echo
\echo 'Rows per view:'
SELECT 'same_id' AS view, count(*) AS "rows" FROM demo_views.same_id
UNION ALL SELECT 'duplicate_person_pairs (score >= 0.7)', count(*) FROM demo_views.duplicate_person_pairs WHERE score >= 0.7
UNION ALL SELECT 'duplicate_persons', count(*) FROM demo_views.duplicate_persons
UNION ALL SELECT 'same_biometric', count(*) FROM demo_views.same_biometric
UNION ALL SELECT 'household_heads', count(*) FROM demo_views.household_heads
UNION ALL SELECT 'legacy_id_only', count(*) FROM demo_views.legacy_id_only
UNION ALL SELECT 'missing_card', count(*) FROM demo_views.missing_card
UNION ALL SELECT 'card_renewal_overdue', count(*) FROM demo_views.card_renewal_overdue
UNION ALL SELECT 'id_structure', count(*) FROM demo_views.id_structure
UNION ALL SELECT 'dead_still_active', count(*) FROM demo_views.dead_still_active
UNION ALL SELECT 'sim_mismatch', count(*) FROM demo_views.sim_mismatch
UNION ALL SELECT 'sim_too_many', count(*) FROM demo_views.sim_too_many
UNION ALL SELECT 'insurance_mismatch', count(*) FROM demo_views.insurance_mismatch
UNION ALL SELECT 'relation_checks', count(*) FROM demo_views.relation_checks;

\echo
\echo '1. Same 12-digit id on two or more persons:'
SELECT personal_id, person_key, full_name, birth_date, province_name, commune_name, reason
  FROM demo_views.same_id ORDER BY personal_id, person_key LIMIT 4;
\echo '2. One person, two ids: the strongest candidate pairs, with their evidence:'
SELECT full_name, other_full_name, personal_id, other_personal_id, name_layer, birth_date_layer, id_layer, score
  FROM demo_views.duplicate_person_pairs ORDER BY score DESC, person_key LIMIT 5;
\echo '   ... and a person recorded three times, as one group:'
SELECT group_key, group_size, person_key, personal_id, full_name, birth_date, province_name
  FROM demo_views.duplicate_persons WHERE group_size = 3 ORDER BY group_key, person_key LIMIT 3;
\echo '3. Same biometric profile:'
SELECT person_key, personal_id, full_name, province_name, reason FROM demo_views.same_biometric
 ORDER BY biometric_hash, person_key LIMIT 4;
\echo '4. Households:'
SELECT household_id, problem, members, heads, living_heads, province_name, commune_name
  FROM demo_views.household_heads ORDER BY problem, household_id LIMIT 6;
\echo '5. Ids and cards:'
SELECT person_key, full_name, province_name, reason FROM demo_views.legacy_id_only ORDER BY person_key LIMIT 2;
SELECT person_key, full_name, age, province_name, reason FROM demo_views.missing_card ORDER BY person_key LIMIT 2;
SELECT person_key, full_name, birth_date, card_kind, reason FROM demo_views.card_renewal_overdue ORDER BY person_key LIMIT 2;
\echo '6. Id digits against the person:'
SELECT personal_id, full_name, birth_date, sex, birth_province, reason FROM demo_views.id_structure ORDER BY person_key LIMIT 4;
\echo '7. The dead:'
SELECT person_key, full_name, death_date, problem, province_name FROM demo_views.dead_still_active ORDER BY person_key LIMIT 4;
\echo '8. SIMs:'
SELECT phone_number, subscriber_id, subscriber_name, person_name, reason FROM demo_views.sim_mismatch ORDER BY phone_number LIMIT 4;
SELECT person_key, full_name, active_sims, province_name FROM demo_views.sim_too_many ORDER BY active_sims DESC, person_key LIMIT 3;
\echo '9. Insurance:'
SELECT insurance_code, full_name, person_name, birth_date, person_birth_date, reason FROM demo_views.insurance_mismatch ORDER BY insurance_code LIMIT 4;
\echo '10. Relation to the head:'
SELECT household_id, full_name, sex, relation_to_head, problem FROM demo_views.relation_checks ORDER BY household_id, person_key LIMIT 4;

\echo
\echo 'The scorecard per province (share of persons meeting each criterion, %; the criteria are in COMMENT ON VIEW demo_views.scorecard_province):'
SELECT province_code AS code, province_name AS province, persons,
       dung_pct AS "đúng %", du_pct AS "đủ %", sach_pct AS "sạch %", song_pct AS "sống %",
       id_structure, duplicate_persons, missing_card, dead_still_active
  FROM demo_views.scorecard_province ORDER BY sach_pct, province_code LIMIT 15;
\echo '(the 15 provinces lowest on sạch; all 63 are in the view)'
