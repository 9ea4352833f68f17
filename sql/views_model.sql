-- The duplicate model: the analyst's table duplicate_model is made from the
-- defaults and kept on regeneration, estimate_duplicate_model learns it
-- (fixed rows kept, decisions as labels), duplicate_pair_evidence adds up
-- to the score.
SET client_min_messages = warning;
\set SHOW_CONTEXT never
CREATE EXTENSION IF NOT EXISTS population_rules_sample;
SELECT count(*) > 0 AS generated FROM population_rules_sample.generate_population('vm', 6000, 11, 0.02);
SELECT count(*) AS views FROM population_rules.generate_views('vm_views', 'vm');

-- Made from the defaults, owned by the caller, commented.
SELECT (SELECT count(*) FROM vm_views.duplicate_model) = (SELECT count(*) FROM population_rules.duplicate_model_defaults)
       AS all_defaults,
       pg_get_userbyid(c.relowner) = current_user AS owned_by_caller,
       obj_description(c.oid) IS NOT NULL AS commented,
       (SELECT count(*) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
           AND col_description(c.oid, a.attnum) IS NULL) AS uncommented_columns
  FROM pg_class c WHERE c.oid = 'vm_views.duplicate_model'::regclass;
SELECT comparison, count(*) AS levels, sum(m) FILTER (WHERE level <> 'missing') AS m_sum
  FROM vm_views.duplicate_model GROUP BY comparison, comparison_position ORDER BY comparison_position;

-- The truth of the generator, and a measure of the view against it.
CREATE TEMP VIEW vm_truth AS
WITH g AS (SELECT * FROM vm.ground_truth WHERE defect = 'same_person_twice'),
d AS (SELECT person_key AS o, person_key AS k FROM g UNION SELECT person_key, other_key FROM g)
SELECT a.k::text AS a, b.k::text AS b FROM d a JOIN d b ON a.o = b.o AND a.k::text < b.k::text;
-- (a function, not a view: a view would keep generate_views from
-- replacing the duplicate views)
CREATE FUNCTION pg_temp.vm_quality() RETURNS TABLE (precision numeric, recall numeric, separation numeric)
LANGUAGE sql AS $$
WITH f AS (SELECT least(person_key::text, other_person_key::text) AS a,
                  greatest(person_key::text, other_person_key::text) AS b, score
             FROM vm_views.duplicate_person_pairs)
SELECT count(*) FILTER (WHERE f.score >= 0.5 AND t.a IS NOT NULL)::numeric
           / nullif(count(*) FILTER (WHERE f.score >= 0.5), 0) AS precision,
       count(*) FILTER (WHERE f.score >= 0.5 AND t.a IS NOT NULL)::numeric / (SELECT count(*) FROM vm_truth) AS recall,
       avg(f.score) FILTER (WHERE t.a IS NOT NULL) - avg(f.score) FILTER (WHERE t.a IS NULL) AS separation
  FROM f LEFT JOIN vm_truth t USING (a, b)
$$;
CREATE TEMP TABLE vm_before AS SELECT * FROM pg_temp.vm_quality();
SELECT precision >= 0.9 AS precise, recall >= 0.9 AS complete FROM vm_before;

-- An analyst's override, marked fixed, and a changed row not fixed.
UPDATE vm_views.duplicate_model SET m = 0.5, u = 0.25, fixed = true WHERE comparison = 'sex' AND level = 'same';
UPDATE vm_views.duplicate_model SET m = 0.123 WHERE comparison = 'household' AND level = 'different';
-- Regeneration keeps the table as it is.
SELECT count(*) AS views FROM population_rules.generate_views('vm_views', 'vm');
SELECT comparison, level, m, u, weight, fixed FROM vm_views.duplicate_model
 WHERE (comparison, level) IN (('sex', 'same'), ('household', 'different')) ORDER BY 1, 2;
-- A level the table lacks comes back from the defaults.
DELETE FROM vm_views.duplicate_model WHERE comparison = 'legacy_id' AND level = 'one digit off';
SELECT count(*) AS views FROM population_rules.generate_views('vm_views', 'vm');
SELECT m, u, fixed FROM vm_views.duplicate_model WHERE comparison = 'legacy_id' AND level = 'one digit off';

-- The reviewers' decisions: a true pair decided different, a pair of
-- namesakes decided same.
CREATE TEMP TABLE vm_decided AS
SELECT 'different' AS decision, a, b FROM (
    SELECT t.a, t.b FROM vm_truth t
      JOIN vm_views.duplicate_person_pairs p ON least(p.person_key::text, p.other_person_key::text) = t.a
                                             AND greatest(p.person_key::text, p.other_person_key::text) = t.b
     WHERE p.score >= 0.5
       AND NOT EXISTS (SELECT FROM vm_truth x WHERE (x.a, x.b) <> (t.a, t.b) AND (x.a IN (t.a, t.b) OR x.b IN (t.a, t.b)))
     ORDER BY t.a, t.b LIMIT 1) x
UNION ALL
SELECT 'same', a, b FROM (
    SELECT least(p.person_key::text, p.other_person_key::text) AS a, greatest(p.person_key::text, p.other_person_key::text) AS b
      FROM vm_views.duplicate_person_pairs p
     WHERE p.score < 0.5
       AND NOT EXISTS (SELECT FROM vm_truth t WHERE t.a = least(p.person_key::text, p.other_person_key::text)
                                                AND t.b = greatest(p.person_key::text, p.other_person_key::text))
     ORDER BY 1, 2 LIMIT 1) y;
SELECT decision, count(*) AS pairs FROM vm_decided GROUP BY 1 ORDER BY 1;
SELECT population_rules.decide_duplicates('vm_views', ARRAY[a, b], decision, 'views_model') FROM vm_decided;

-- One call re-estimates the model: the fixed row is kept, the others
-- estimated; the separation of true pairs from the others holds or grows.
SELECT count(*) AS model_rows, count(*) FILTER (WHERE estimated_at IS NOT NULL) AS estimated,
       count(*) FILTER (WHERE fixed) AS fixed
  FROM population_rules.estimate_duplicate_model('vm_views', 10, 800);
SELECT comparison, level, m, u, fixed, estimated_at IS NULL AS never_estimated FROM vm_views.duplicate_model
 WHERE (comparison, level) IN (('sex', 'same'), ('birth_province', 'different')) ORDER BY 1, 2;
SELECT m <> 0.123 AS household_estimated FROM vm_views.duplicate_model WHERE comparison = 'household' AND level = 'different';
SELECT a.precision >= b.precision - 0.01 AS precision_kept, a.recall >= b.recall - 0.02 AS recall_kept,
       a.separation >= b.separation - 0.01 AS separation_kept, a.precision >= 0.95 AS precise
  FROM pg_temp.vm_quality() a, vm_before b;
-- The same again (deterministic sample): the same model.
CREATE TEMP TABLE vm_m1 AS SELECT comparison, level, m, u FROM vm_views.duplicate_model;
SELECT count(*) FROM population_rules.estimate_duplicate_model('vm_views', 10, 800);
SELECT count(*) AS changed FROM vm_m1 x JOIN vm_views.duplicate_model y USING (comparison, level)
 WHERE abs(x.m - y.m) > 1e-9 OR abs(x.u - y.u) > 1e-9;

-- The decisions hold after regeneration and re-estimation: the pair decided
-- different is never linked, the pair decided same always is.
SELECT count(*) AS views FROM population_rules.generate_views('vm_views', 'vm');
SELECT d.decision,
       EXISTS (SELECT FROM vm_views.duplicate_persons x JOIN vm_views.duplicate_persons y USING (group_key)
                WHERE x.person_key::text = d.a AND y.person_key::text = d.b) AS linked,
       (SELECT p.decision FROM vm_views.duplicate_person_pairs p
         WHERE least(p.person_key::text, p.other_person_key::text) = d.a
           AND greatest(p.person_key::text, p.other_person_key::text) = d.b) AS shown
  FROM vm_decided d ORDER BY 1;
SELECT count(*) AS in_queue FROM vm_views.duplicate_review_queue q JOIN vm_decided d
    ON least(q.person_key::text, q.other_person_key::text) = d.a AND greatest(q.person_key::text, q.other_person_key::text) = d.b;

-- The evidence: per pair a prior and eleven comparisons (the last three,
-- the optional fields, missing here), the running total ends at the sum of
-- the weights, and the probability is the score.
SELECT count(DISTINCT (person_key, other_person_key)) = (SELECT count(*) FROM vm_views.duplicate_person_pairs) AS every_pair,
       count(*) = 12 * count(DISTINCT (person_key, other_person_key)) AS twelve_steps
  FROM vm_views.duplicate_pair_evidence;
SELECT count(*) AS bad_totals FROM (
    SELECT person_key, other_person_key, sum(weight) AS s,
           max(total) FILTER (WHERE step = 8) AS last_total, min(probability) AS p, max(probability) AS p2
      FROM vm_views.duplicate_pair_evidence GROUP BY 1, 2) e
 WHERE abs(e.s - e.last_total) > 1e-6 OR e.p <> e.p2 OR abs(e.p - 1 / (1 + 2 ^ (-e.s))) > 1e-9;
SELECT count(*) AS bad_scores
  FROM (SELECT DISTINCT person_key, other_person_key, probability FROM vm_views.duplicate_pair_evidence) e
  JOIN vm_views.duplicate_person_pairs p USING (person_key, other_person_key)
 WHERE round(e.probability::numeric, 4) <> p.score;
SELECT count(*) AS bad_weights FROM vm_views.duplicate_pair_evidence
 WHERE abs(weight - log(2, (m / u)::numeric)::double precision) > 1e-6
    OR (level = 'missing' AND weight <> 0);
-- One pair's waterfall.
SELECT step, comparison, level, round(weight::numeric, 2) AS weight, round(total::numeric, 2) AS total
  FROM vm_views.duplicate_pair_evidence
 WHERE (person_key::text, other_person_key::text) = (SELECT a, b FROM vm_decided WHERE decision = 'different')
   AND step IN (0, 1, 2)
 ORDER BY step;

-- The token distance of the name comparison.
SELECT population_rules.duplicate_token_distance('NGUYEN VAN NAM', 'NGUYEN VAN NAN') AS one,
       population_rules.duplicate_token_distance('NGUYEN  VAN NAM', 'NGUYEN VAN NAM') AS spaces,
       population_rules.duplicate_token_distance('LE THI', 'LE THI HOA') AS extra_token,
       population_rules.duplicate_token_distance('Đỗ', 'Độ') AS code_points,
       population_rules.duplicate_token_distance('', '') AS empty,
       population_rules.duplicate_token_distance(repeat('A', 100), repeat('A', 99) || 'B') AS long_token,
       population_rules.duplicate_token_distance(repeat('A ', 600), 'A') IS NULL AS too_long,
       population_rules.duplicate_token_distance(NULL, 'A') IS NULL AS null_in;

-- Errors: NULL arguments, out-of-range values, no views.
SELECT * FROM population_rules.estimate_duplicate_model(NULL);
SELECT * FROM population_rules.estimate_duplicate_model('vm_views', -1);
SELECT * FROM population_rules.estimate_duplicate_model('vm_views', 5, 1);
SELECT * FROM population_rules.estimate_duplicate_model('no_such_schema');

-- The model is the caller's: another role cannot read or re-estimate it.
CREATE ROLE vm_other;
SET ROLE vm_other;
SELECT * FROM population_rules.estimate_duplicate_model('vm_views');
RESET ROLE;
DROP ROLE vm_other;

DROP SCHEMA vm_views CASCADE;
SELECT population_rules.unregister_source(kind, 'vm') FROM population_rules.sources WHERE dataset = 'vm' ORDER BY kind;
DROP SCHEMA vm CASCADE;
