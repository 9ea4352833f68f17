-- Precision and recall of every generated view against the ground truth of
-- the sample generator.  psql variables: sch (schema of the generated tables
-- and ground_truth), vs (schema of the views).  Set population_rules.as_of
-- to the generator's as_of first.  Keys: person keys, household ids, phone
-- numbers or insurance codes, with the problem where a view has several;
-- duplicate_persons is judged on pairs of persons put in one group,
-- duplicate_person_pairs on its pairs at the threshold.
CREATE TEMP VIEW view_found AS
SELECT 'same_id' AS view_name, person_key::text AS k FROM :"vs".same_id
UNION ALL SELECT 'duplicate_persons', a.person_key || '-' || b.person_key
  FROM :"vs".duplicate_persons a JOIN :"vs".duplicate_persons b ON b.group_key = a.group_key AND a.person_key < b.person_key
UNION ALL SELECT 'duplicate_person_pairs', least(d.person_key, d.other_person_key) || '-' || greatest(d.person_key, d.other_person_key)
  FROM :"vs".duplicate_person_pairs d
 WHERE d.score >= population_rules.views_duplicate_threshold() AND d.decision IS DISTINCT FROM 'different'
UNION ALL SELECT 'same_biometric', person_key::text FROM :"vs".same_biometric
UNION ALL SELECT 'household_heads', household_id || ':' || problem FROM :"vs".household_heads
UNION ALL SELECT 'legacy_id_only', person_key::text FROM :"vs".legacy_id_only
UNION ALL SELECT 'missing_card', person_key::text FROM :"vs".missing_card
UNION ALL SELECT 'card_renewal_overdue', person_key::text FROM :"vs".card_renewal_overdue
UNION ALL SELECT 'id_structure', person_key::text FROM :"vs".id_structure
UNION ALL SELECT 'dead_still_active', person_key || ':' || problem FROM :"vs".dead_still_active
UNION ALL SELECT 'sim_mismatch', phone_number FROM :"vs".sim_mismatch
UNION ALL SELECT 'sim_too_many', person_key::text FROM :"vs".sim_too_many
UNION ALL SELECT 'insurance_mismatch', insurance_code FROM :"vs".insurance_mismatch
UNION ALL SELECT 'relation_checks', CASE WHEN problem LIKE 'one of several spouses%' THEN 'h' || household_id ELSE 'p' || person_key END
  FROM :"vs".relation_checks;

CREATE TEMP VIEW view_truth AS
WITH g AS (SELECT * FROM :"sch".ground_truth),
dup AS (  -- every person recorded twice or more, with all its rows
    SELECT person_key AS orig, person_key AS k FROM g WHERE defect = 'same_person_twice'
    UNION SELECT person_key, other_key FROM g WHERE defect = 'same_person_twice')
SELECT 'same_id' AS view_name, person_key::text AS k FROM g WHERE defect = 'duplicate_id'
UNION SELECT 'same_id', other_key::text FROM g WHERE defect = 'duplicate_id'
UNION SELECT 'duplicate_persons', a.k || '-' || b.k FROM dup a JOIN dup b ON b.orig = a.orig AND a.k < b.k
UNION SELECT 'duplicate_person_pairs', a.k || '-' || b.k FROM dup a JOIN dup b ON b.orig = a.orig AND a.k < b.k
UNION SELECT 'same_biometric', person_key::text FROM g WHERE defect = 'shared_biometric'
UNION SELECT 'same_biometric', other_key::text FROM g WHERE defect = 'shared_biometric'
UNION SELECT 'household_heads', household_id || ':' || CASE defect WHEN 'household_two_heads' THEN 'more than one head'
                                                                 WHEN 'household_no_head' THEN 'no head' ELSE 'only a dead head' END
  FROM g WHERE defect IN ('household_two_heads', 'household_no_head', 'household_dead_head')
UNION SELECT 'legacy_id_only', person_key::text FROM g WHERE defect = 'legacy_only'
UNION SELECT 'missing_card', person_key::text FROM g WHERE defect IN ('legacy_only', 'adult_without_card')
UNION SELECT 'card_renewal_overdue', person_key::text FROM g WHERE defect = 'card_renewal_overdue'
UNION SELECT 'id_structure', person_key::text FROM g WHERE defect IN ('id_wrong_birth_year', 'id_wrong_sex', 'id_wrong_province')
UNION SELECT 'dead_still_active', person_key || ':' || CASE defect WHEN 'dead_still_resident' THEN 'still resident'
        WHEN 'dead_active_sim' THEN 'active SIM' WHEN 'dead_active_insurance' THEN 'active insurance'
        ELSE 'still household head' END
  FROM g WHERE defect IN ('dead_still_resident', 'dead_active_sim', 'dead_active_insurance', 'household_dead_head')
UNION SELECT 'sim_mismatch', s.phone_number FROM g JOIN :"sch".persons p ON p.person_key = g.person_key
        JOIN :"sch".sim_subscriptions s ON s.phone_number = (SELECT min(s2.phone_number) FROM :"sch".sim_subscriptions s2
             WHERE s2.subscriber_id = CASE WHEN g.defect = 'sim_unknown_id' THEN substr(g.detail, 4) ELSE p.personal_id END
               AND (g.defect = 'sim_unknown_id' OR NOT EXISTS (SELECT FROM :"sch".persons p2 WHERE p2.personal_id = s2.subscriber_id
                    AND upper(population_rules_sample.sample_ascii(p2.full_name)) = upper(population_rules_sample.sample_ascii(s2.subscriber_name))
                    AND p2.birth_date = s2.birth_date)))
  WHERE g.defect IN ('sim_name_mismatch', 'sim_birth_date_mismatch', 'sim_unknown_id')
UNION SELECT 'sim_too_many', person_key::text FROM g WHERE defect = 'sim_too_many'
UNION SELECT 'insurance_mismatch', i.insurance_code FROM g JOIN :"sch".persons p ON p.person_key = g.person_key
        JOIN :"sch".insurance_records i ON i.id_number = p.personal_id
         AND (i.full_name <> p.full_name OR i.birth_date <> p.birth_date OR i.sex <> p.sex)
  WHERE g.defect IN ('insurance_name_mismatch', 'insurance_birth_date_mismatch', 'insurance_sex_mismatch')
UNION SELECT 'relation_checks', 'p' || other_key FROM g
  WHERE defect IN ('relation_gender_mismatch', 'relation_parent_younger', 'relation_child_older')
UNION SELECT 'relation_checks', 'h' || household_id FROM g WHERE defect = 'relation_two_spouses';

CREATE TEMP TABLE view_quality AS
SELECT coalesce(f.view_name, t.view_name) AS view_name,
       count(t.k) AS injected, count(f.k) AS found, count(*) FILTER (WHERE f.k IS NOT NULL AND t.k IS NOT NULL) AS true_positives,
       round(count(*) FILTER (WHERE f.k IS NOT NULL AND t.k IS NOT NULL)::numeric / nullif(count(f.k), 0), 4) AS precision,
       round(count(*) FILTER (WHERE f.k IS NOT NULL AND t.k IS NOT NULL)::numeric / nullif(count(t.k), 0), 4) AS recall
  FROM (SELECT DISTINCT * FROM view_found) f
  FULL JOIN view_truth t ON t.view_name = f.view_name AND t.k = f.k
 GROUP BY 1;
