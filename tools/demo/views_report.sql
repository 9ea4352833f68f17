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

\echo
\echo '11. The review loop on the duplicates: find, explain, decide, re-estimate.'
\echo '    find: the undecided pairs whose decision changes most, first'
SELECT queue_position AS "#", person_key, other_person_key, full_name, other_full_name,
       round(score::numeric, 4) AS score, effect
  FROM demo_views.duplicate_review_queue ORDER BY queue_position LIMIT 4;
SELECT person_key AS pair_a, other_person_key AS pair_b
  FROM demo_views.duplicate_review_queue ORDER BY queue_position LIMIT 1 \gset
\echo '    explain: the first pair''s evidence, one row per comparison (bits = log2 m/u; the prior first)'
SELECT step, comparison, level, value, other_value, round(weight::numeric, 2) AS bits,
       round(total::numeric, 2) AS total, round(probability::numeric, 4) AS probability
  FROM demo_views.duplicate_pair_evidence
 WHERE person_key = :pair_a AND other_person_key = :pair_b ORDER BY step;
\echo '    decide: a reviewer checks the records of the first 30 pairs of the queue;'
\echo '    here the generator''s ground truth stands in for the reviewer'
CREATE TEMP TABLE demo_reviewed AS
WITH copies AS (
    SELECT person_key AS orig, person_key AS k FROM demo.ground_truth WHERE defect = 'same_person_twice'
    UNION SELECT person_key, other_key FROM demo.ground_truth WHERE defect = 'same_person_twice'
)
SELECT q.queue_position, q.person_key, q.other_person_key, round(q.score::numeric, 4) AS score_before,
       CASE WHEN EXISTS (SELECT FROM copies a JOIN copies b ON b.orig = a.orig
                          WHERE a.k = q.person_key AND b.k = q.other_person_key)
            THEN 'same' ELSE 'different' END AS decision
  FROM demo_views.duplicate_review_queue q ORDER BY q.queue_position LIMIT 30;
SELECT decision, count(*) AS pairs,
       sum(population_rules.decide_duplicates('demo_views', ARRAY[person_key::text, other_person_key::text],
                                              decision, 'demo: checked against the records')) AS written
  FROM demo_reviewed GROUP BY decision ORDER BY decision;
\echo '    the views follow at once: a pair decided different is never linked, one decided same always is'
SELECT r.decision, count(*) AS pairs,
       count(*) FILTER (WHERE a.group_key IS NOT NULL AND a.group_key = b.group_key) AS "linked in duplicate_persons",
       count(*) FILTER (WHERE EXISTS (SELECT FROM demo_views.duplicate_review_queue q
                                       WHERE q.person_key = r.person_key AND q.other_person_key = r.other_person_key))
           AS "still in the queue"
  FROM demo_reviewed r
  LEFT JOIN demo_views.duplicate_persons a ON a.person_key = r.person_key
  LEFT JOIN demo_views.duplicate_persons b ON b.person_key = r.other_person_key
 GROUP BY r.decision ORDER BY r.decision;
\echo '    re-estimate: u from random pairs, m and the prior by EM, the decisions as labels (some rows of the model)'
SELECT comparison, level, round(m::numeric, 4) AS m, round(u::numeric, 6) AS u, round(weight::numeric, 2) AS bits
  FROM population_rules.estimate_duplicate_model('demo_views')
 WHERE comparison IN ('name', 'birth_date', 'birth_province', 'prior') ORDER BY comparison, level;
\echo '    the reviewed pairs'' scores under the re-estimated model (the decisions stay)'
SELECT r.decision, count(*) AS pairs, round(avg(r.score_before), 4) AS "mean score before",
       round(avg(d.score)::numeric, 4) AS "mean score after"
  FROM demo_reviewed r
  JOIN demo_views.duplicate_person_pairs d ON d.person_key = r.person_key AND d.other_person_key = r.other_person_key
 GROUP BY r.decision ORDER BY r.decision;
