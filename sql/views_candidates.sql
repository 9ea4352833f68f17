-- The duplicate search's candidate pairs grow about linearly with the
-- population: every blocking pass keys on the birth date (or year and
-- province) besides a name key, so a block holds a few persons whatever
-- the size.  Pairs are counted on two generated populations, one four
-- times the other (the same seed and defect rate): linear growth gives a
-- ratio near 4, quadratic growth (person x person, or blocks that grow
-- with the population) near 16.  Counts are of duplicate_person_pairs,
-- every pass unioned.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS population_rules_sample;
SELECT count(*) > 0 AS made FROM population_rules_sample.generate_population('vc_small', 2000, 5, 0.02);
SELECT count(*) > 0 AS made FROM population_rules_sample.generate_population('vc_large', 8000, 5, 0.02);
SELECT count(*) > 0 AS views FROM population_rules.generate_views('vc_small_views', 'vc_small');
SELECT count(*) > 0 AS views FROM population_rules.generate_views('vc_large_views', 'vc_large');
CREATE TEMP TABLE vc_counts AS
SELECT (SELECT count(*) FROM vc_small.persons) AS small_persons,
       (SELECT count(*) FROM vc_small_views.duplicate_person_pairs) AS small_pairs,
       (SELECT count(*) FROM vc_large.persons) AS large_persons,
       (SELECT count(*) FROM vc_large_views.duplicate_person_pairs) AS large_pairs;
SELECT small_pairs > 20 AS enough_pairs,
       (large_pairs::numeric / small_pairs) / (large_persons::numeric / small_persons) BETWEEN 0.6 AND 2.0
           AS about_linear
  FROM vc_counts;
-- Every pass takes part (the bits of duplicate_blocks' passes).
SELECT bit, count(*) > 0 AS persons_in_blocks
  FROM unnest((SELECT population_rules.duplicate_blocks(p.person_key::text, p.full_name, p.birth_date,
                                                        p.birth_province, p.sex) FROM vc_large.persons p)) b,
       unnest('{1,2,4,16,32,64}'::integer[]) bit
 WHERE b.passes & bit <> 0
 GROUP BY bit ORDER BY bit;
DROP SCHEMA vc_small_views CASCADE;
DROP SCHEMA vc_large_views CASCADE;
DROP SCHEMA vc_small CASCADE;
DROP SCHEMA vc_large CASCADE;
