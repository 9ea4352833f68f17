-- population_rules_sample install script, piece 30: the seeded
-- sample-population generator.
--
-- generate_population(schema, persons, seed, defect_rate, as_of) fills the
-- reference tables of a schema (creating them if needed) with a realistic
-- population and injects every defect the views look for, recording each in
-- <schema>.ground_truth.  Everything is set-based SQL over generate_series;
-- every random choice is sample_random(seed, row, salt), so the same
-- arguments give the same rows.  Scratch tables are temporary and dropped at
-- commit.

CREATE FUNCTION @extschema@.sample_defect_kinds()
RETURNS TABLE (defect text, scope text, slot integer, description text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT * FROM (VALUES
        ('duplicate_id', 'person', 1, 'The person carries the 12-digit id of another person (other_key) of the same birth province, sex and year'),
        ('same_person_twice', 'person', 2, 'The person (person_key) was registered again as other_key, with another id; detail = how the second record differs'),
        ('shared_biometric', 'person', 3, 'The person carries the biometric hash of another person (other_key)'),
        ('legacy_only', 'person', 4, 'Adult with a 9-digit CMND and no 12-digit id or card'),
        ('adult_without_card', 'person', 5, 'Aged 14 or more with a 12-digit id but no card'),
        ('card_renewal_overdue', 'person', 6, 'The card expired at a renewal age (14, 25, 40, 60) and was not renewed'),
        ('id_wrong_birth_year', 'person', 7, 'Digits 5-6 of the id contradict the birth year'),
        ('id_wrong_sex', 'person', 8, 'Digit 4 of the id contradicts the sex'),
        ('id_wrong_province', 'person', 9, 'Digits 1-3 of the id are another province (or an unknown code) than the birth province'),
        ('dead_still_resident', 'person', 10, 'Dead, yet still registered as resident in the household'),
        ('dead_active_sim', 'person', 11, 'Dead, with a SIM subscription still active'),
        ('dead_active_insurance', 'person', 12, 'Dead, with the insurance record still active'),
        ('sim_name_mismatch', 'person', 13, 'A SIM of the person is registered under another name'),
        ('sim_birth_date_mismatch', 'person', 14, 'A SIM of the person is registered with another birth date'),
        ('sim_unknown_id', 'person', 15, 'A SIM of the person is registered with an id number no person has'),
        ('sim_too_many', 'person', 16, 'The person has 5 to 8 active SIMs'),
        ('insurance_name_mismatch', 'person', 17, 'The insurance record has another name'),
        ('insurance_birth_date_mismatch', 'person', 18, 'The insurance record has another birth date'),
        ('insurance_sex_mismatch', 'person', 19, 'The insurance record has the other sex'),
        ('household_two_heads', 'household', 1, 'A second member (other_key) is also recorded as head (chủ hộ)'),
        ('household_no_head', 'household', 2, 'The head (person_key) lost the chủ hộ relation: the household has no head'),
        ('household_dead_head', 'household', 3, 'The head died and is still the only head'),
        ('relation_gender_mismatch', 'household', 4, 'The spouse''s relation term has the wrong gender (vợ for a man, chồng for a woman)'),
        ('relation_parent_younger', 'household', 5, 'A child is recorded as parent (cha/mẹ) of the head, younger than the head'),
        ('relation_child_older', 'household', 6, 'A parent of the head is recorded as child (con), older than the head'),
        ('relation_two_spouses', 'household', 7, 'A second member is recorded as spouse (vợ/chồng) of the head'),
        ('namesake', 'lookalike', 1, 'Not a defect: the person has the full name and birth date of another person (other_key); detail: other province, or same province (commonest names only)'),
        ('twins', 'lookalike', 2, 'Not a defect: twins in one household (household_id), same birth date, different given names')
    ) AS k (defect, scope, slot, description)
$$;
COMMENT ON FUNCTION @extschema@.sample_defect_kinds() IS
    'The defects generate_population injects, with their scope (person or household) and meaning';

CREATE FUNCTION @extschema@.generate_population(
    schema name, persons integer, seed integer DEFAULT 1,
    defect_rate double precision DEFAULT 0.02, as_of date DEFAULT '2025-07-01')
RETURNS TABLE (table_name text, row_count bigint)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET work_mem = '128MB'
SET maintenance_work_mem = '512MB'
SET jit = off
AS $$
DECLARE
    s bigint := seed;
    n bigint := persons;
    r double precision := defect_rate;
    ncommunes integer;
    nfam integer;
    tot_mid_m integer;
    tot_mid_f integer;
    tot_giv_m integer;
    tot_giv_f integer;
    provs text[];
    cmnds text[];
    gaps text[];
    pkinds text[];
    hkinds text[];
    q text;
    tries integer;
    nonempty boolean;
BEGIN
    IF schema IS NULL OR persons IS NULL OR seed IS NULL OR defect_rate IS NULL OR as_of IS NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'null_value_not_allowed',
            MESSAGE = population_rules.gettext('arguments of generate_population must not be null'),
            DETAIL = format(population_rules.gettext('These arguments are NULL: %s.'),
                            array_to_string(ARRAY[CASE WHEN schema IS NULL THEN 'schema' END,
                                                  CASE WHEN persons IS NULL THEN 'persons' END,
                                                  CASE WHEN seed IS NULL THEN 'seed' END,
                                                  CASE WHEN defect_rate IS NULL THEN 'defect_rate' END,
                                                  CASE WHEN as_of IS NULL THEN 'as_of' END], ', ')),
            HINT = population_rules.gettext('Pass a schema and a number of persons; leave seed (1), defect_rate (0.02) and as_of (2025-07-01) out to take their defaults.');
    END IF;
    IF persons < 1 OR persons > 100000000 THEN
        RAISE EXCEPTION USING
            ERRCODE = 'invalid_parameter_value',
            MESSAGE = population_rules.gettext('persons must be between 1 and 100000000'),
            DETAIL = format(population_rules.gettext('It is %s.'), persons),
            HINT = population_rules.gettext('Pass a number of persons from 1 to 100000000.');
    END IF;
    IF defect_rate < 0 OR defect_rate > 0.05 THEN
        RAISE EXCEPTION USING
            ERRCODE = 'invalid_parameter_value',
            MESSAGE = population_rules.gettext('defect_rate must be between 0 and 0.05'),
            DETAIL = format(population_rules.gettext('It is %s; each of the 19 person defects and the 7 household defects is injected at that rate in disjoint sets of persons, and namesakes and twins at that rate too.'), defect_rate),
            HINT = population_rules.gettext('Use at most 0.05.');
    END IF;
    IF to_regclass(format('%I.persons', schema)) IS NULL THEN
        PERFORM population_rules.create_reference_tables(schema);
    END IF;
    FOREACH q IN ARRAY ARRAY['persons', 'id_documents', 'sim_subscriptions', 'insurance_records', 'civil_events'] LOOP
        IF to_regclass(format('%I.%I', schema, q)) IS NULL THEN
            RAISE EXCEPTION USING
                ERRCODE = 'undefined_table',
                MESSAGE = format(population_rules.gettext('relation "%s.%s" does not exist'), schema, q),
                DETAIL = format(population_rules.gettext('Schema %I has a persons table but no %I table: it does not hold the tables create_reference_tables makes.'), schema, q),
                HINT = population_rules.gettext('Create the tables with create_reference_tables, or use a new schema.');
        END IF;
        EXECUTE format('SELECT EXISTS (SELECT FROM %I.%I)', schema, q) INTO STRICT nonempty;
        IF nonempty THEN
            RAISE EXCEPTION USING
                ERRCODE = 'object_not_in_prerequisite_state',
                MESSAGE = format(population_rules.gettext('the sample tables of schema "%s" are not empty'), schema),
                DETAIL = format(population_rules.gettext('Table %I.%I already has rows.'), schema, q),
                HINT = population_rules.gettext('The generator never deletes rows: generate into a new schema.');
        END IF;
    END LOOP;
    EXECUTE format($ddl$
        CREATE TABLE IF NOT EXISTS %1$I.ground_truth (
            defect text NOT NULL,
            person_key bigint,
            other_key bigint,
            household_id bigint,
            detail text
        );
        COMMENT ON TABLE %1$I.ground_truth IS 'What generate_population injected where: one row per injected defect (see population_rules_sample.sample_defect_kinds())'
    $ddl$, schema);
    EXECUTE format('SELECT EXISTS (SELECT FROM %I.ground_truth)', schema) INTO STRICT nonempty;
    IF nonempty THEN
        RAISE EXCEPTION USING
            ERRCODE = 'object_not_in_prerequisite_state',
            MESSAGE = format(population_rules.gettext('the ground truth of schema "%s" is not empty'), schema),
            DETAIL = format(population_rules.gettext('Table %I.ground_truth already has rows, from an earlier run of generate_population.'), schema),
            HINT = population_rules.gettext('The generator never deletes rows: generate into a new schema.');
    END IF;

    -- The scratch tables of a million persons are a gigabyte: in the
    -- session's local buffers they stay in memory instead of going through
    -- the kernel (10% of the run at 1M).  Possible only before the
    -- session's first temporary table; otherwise its setting stays.
    BEGIN
        PERFORM set_config('temp_buffers', '1GB', true);
    EXCEPTION WHEN invalid_parameter_value THEN
        NULL;
    END;
    DROP TABLE IF EXISTS _pg_leg, _pg_c, _pg_names, _pg_ntot, _pg_h, _pg_m, _pg_p, _pg_hh,
        _pg_req, _pg_fresh, _pg_pair, _pg_copy, _pg_final, _pg_gt, _pg_sim, _pg_ns, _pg_tw, _pg_idx;

    -- Communes with their province's id code; provinces; unknown codes.
    CREATE TEMP TABLE _pg_c ON COMMIT DROP AS
    SELECT (row_number() OVER (ORDER BY c.commune_code))::integer AS ci, c.commune_code,
           p.id_code, p.gso_code
      FROM population_rules.pre2025_communes c
      JOIN population_rules.pre2025_provinces p ON p.gso_code = c.province_gso_code;
    CREATE UNIQUE INDEX ON _pg_c (ci);
    ANALYZE _pg_c;
    ncommunes := (SELECT count(*) FROM _pg_c);
    SELECT array_agg(p.id_code ORDER BY p.id_code), array_agg(x.prefix ORDER BY p.id_code)
      INTO provs, cmnds
      FROM population_rules.pre2025_provinces p
      JOIN @extschema@.sample_cmnd_prefix x ON x.id_code = p.id_code;
    -- Codes no province has: births registered abroad, or typing errors.
    SELECT array_agg(lpad(g::text, 3, '0') ORDER BY g) INTO gaps
      FROM generate_series(1, 99) g
     WHERE lpad(g::text, 3, '0') <> ALL (provs);
    SELECT array_agg(k.defect ORDER BY k.slot) FILTER (WHERE k.scope = 'person'),
           array_agg(k.defect ORDER BY k.slot) FILTER (WHERE k.scope = 'household')
      INTO pkinds, hkinds
      FROM @extschema@.sample_defect_kinds() k;

    -- Name parts expanded to weighted slots.
    CREATE TEMP TABLE _pg_names ON COMMIT DROP AS
    SELECT sn.part, sn.sex, (row_number() OVER (PARTITION BY sn.part, sn.sex ORDER BY sn.name, g) - 1)::integer AS slot,
           sn.name
      FROM @extschema@.sample_names sn, generate_series(1, sn.weight) g;
    CREATE INDEX ON _pg_names (part, sex, slot);
    CREATE TEMP TABLE _pg_ntot ON COMMIT DROP AS
    SELECT part, sex, count(*)::integer AS total FROM _pg_names GROUP BY part, sex;
    ANALYZE _pg_names;
    nfam := (SELECT total FROM _pg_ntot WHERE part = 'family');
    tot_mid_m := (SELECT total FROM _pg_ntot WHERE part = 'middle' AND sex = 'M');
    tot_mid_f := (SELECT total FROM _pg_ntot WHERE part = 'middle' AND sex = 'F');
    tot_giv_m := (SELECT total FROM _pg_ntot WHERE part = 'given' AND sex = 'M');
    tot_giv_f := (SELECT total FROM _pg_ntot WHERE part = 'given' AND sex = 'F');

    -- Households: sizes 1-7 (mean about 3.5) until n persons; a commune,
    -- the head's sex, age and family name; a household defect slot.
    CREATE TEMP TABLE _pg_h ON COMMIT DROP AS
    WITH sized AS (
        SELECT h, CASE WHEN u < 0.12 THEN 1 WHEN u < 0.32 THEN 2 WHEN u < 0.54 THEN 3
                       WHEN u < 0.79 THEN 4 WHEN u < 0.91 THEN 5 WHEN u < 0.97 THEN 6 ELSE 7 END AS size
          FROM (SELECT h, @extschema@.sample_random(s, h, 1) AS u
                  FROM generate_series(1::bigint, n / 2 + 10) h) x
    ), placed AS (
        SELECT h, size, sum(size) OVER (ORDER BY h) - size AS start FROM sized
    )
    SELECT p.h, least(p.size, n - p.start)::integer AS size, p.start,
           c.commune_code, c.id_code,
           CASE WHEN @extschema@.sample_random(s, p.h, 3) < 0.75 THEN 'M' ELSE 'F' END AS head_sex,
           (22 + floor(60 * power(@extschema@.sample_random(s, p.h, 4), 1.4)))::integer AS head_age,
           floor(@extschema@.sample_random(s, p.h, 5) * nfam)::integer AS fam_slot,
           floor(@extschema@.sample_random(s, p.h, 6) / nullif(r, 0))::bigint AS hslot
      FROM placed p
      JOIN _pg_c c ON c.ci = 1 + floor(@extschema@.sample_random(s, p.h, 2) * ncommunes)::integer
     WHERE p.start < n;

    -- Members: role, sex, age, names, birth date, birth province.
    CREATE TEMP TABLE _pg_m ON COMMIT DROP AS
    WITH base AS (
        SELECT h.start + g AS pk, h.h, g AS pos, h.size, h.commune_code, h.id_code, h.head_sex,
               h.head_age, h.fam_slot, h.hslot,
               @extschema@.sample_random(s, h.start + g, 10) AS u_role,
               @extschema@.sample_random(s, h.start + g, 11) AS u_age
          FROM _pg_h h, generate_series(1, h.size) g
    ), roled AS (
        SELECT b.*,
               CASE WHEN pos = 1 THEN 'head'
                    WHEN pos = 2 AND u_role < 0.8 THEN 'spouse'
                    WHEN pos = 2 OR u_role >= 0.9 THEN CASE WHEN head_age <= 70 THEN 'parent' ELSE 'sibling' END
                    WHEN u_role >= 0.8 AND head_age >= 45 THEN 'grandchild'
                    ELSE 'child' END AS role
          FROM base b
    ), aged AS (
        SELECT r0.*,
               CASE role
                   WHEN 'head' THEN head_sex
                   WHEN 'spouse' THEN CASE head_sex WHEN 'M' THEN 'F' ELSE 'M' END
                   ELSE CASE WHEN @extschema@.sample_random(s, pk, 12) < 0.5 THEN 'M' ELSE 'F' END END AS sex,
               CASE role
                   WHEN 'head' THEN head_age
                   WHEN 'spouse' THEN greatest(18, head_age - 5 + floor(u_age * 11)::integer)
                   WHEN 'parent' THEN head_age + 20 + floor(u_age * 10)::integer
                   WHEN 'sibling' THEN greatest(0, head_age - 1 - floor(u_age * 10)::integer)
                   WHEN 'grandchild' THEN floor(u_age * least(head_age - 39, 20))::integer
                   ELSE floor(u_age * least(head_age - 17, 30))::integer END AS age
          FROM roled r0
    ), dated AS MATERIALIZED (
        SELECT a.*,
               (as_of - (floor(a.age * 365.2425) + floor(@extschema@.sample_random(s, a.pk, 18) * 365))::integer) AS bd0,
               @extschema@.sample_random(s, a.pk, 19) AS u_prec,
               CASE WHEN a.role = 'spouse' OR (a.role = 'parent' AND a.sex = 'F')
                    THEN floor(@extschema@.sample_random(s, a.pk, 14) * nfam)::integer
                    ELSE a.fam_slot END AS fam_s,
               CASE WHEN @extschema@.sample_random(s, a.pk, 15) >= 0.03
                    THEN floor(@extschema@.sample_random(s, a.pk, 16)
                               * CASE a.sex WHEN 'M' THEN tot_mid_m ELSE tot_mid_f END)::integer END AS mid_s,
               floor(@extschema@.sample_random(s, a.pk, 17)
                     * CASE a.sex WHEN 'M' THEN tot_giv_m ELSE tot_giv_f END)::integer AS giv_s
          FROM aged a
    )
    SELECT d.pk, d.h, d.pos, d.size, d.commune_code, d.id_code AS home_province, d.role, d.sex, d.age,
           d.hslot,
           CASE WHEN extract(year FROM d.bd0) < 1950 AND d.u_prec < 0.35 THEN make_date(extract(year FROM d.bd0)::integer, 1, 1)
                WHEN extract(year FROM d.bd0) < 1950 AND d.u_prec < 0.45 THEN date_trunc('month', d.bd0)::date
                WHEN extract(year FROM d.bd0) < 1975 AND d.u_prec < 0.05 THEN make_date(extract(year FROM d.bd0)::integer, 1, 1)
                ELSE d.bd0 END AS birth_date,
           CASE WHEN extract(year FROM d.bd0) < 1950 AND d.u_prec < 0.35 THEN 'year'
                WHEN extract(year FROM d.bd0) < 1950 AND d.u_prec < 0.45 THEN 'month'
                WHEN extract(year FROM d.bd0) < 1975 AND d.u_prec < 0.05 THEN 'year'
                ELSE 'day' END AS precision,
           CASE WHEN @extschema@.sample_random(s, d.pk, 20) < 0.85 THEN d.id_code
                ELSE provs[1 + floor(@extschema@.sample_random(s, d.pk, 21) * 63)::integer] END AS birth_province,
           f.name AS family, md.name AS middle, gv.name AS given,
           CASE d.role
               WHEN 'head' THEN 'chủ hộ'
               WHEN 'spouse' THEN CASE d.sex WHEN 'F' THEN 'vợ' ELSE 'chồng' END
               WHEN 'parent' THEN CASE d.sex WHEN 'F' THEN 'mẹ'
                                  ELSE CASE WHEN d.u_role < 0.95 THEN 'cha' ELSE 'bố' END END
               WHEN 'sibling' THEN 'em'
               WHEN 'grandchild' THEN 'cháu'
               ELSE 'con' END AS relation,
           CASE WHEN d.age < 18 THEN 0
                ELSE (SELECT CASE WHEN u < 0.2 THEN 0 WHEN u < 0.65 THEN 1 WHEN u < 0.9 THEN 2 ELSE 3 END
                        FROM (SELECT @extschema@.sample_random(s, d.pk, 23) AS u) x) END AS n_sims,
           @extschema@.sample_random(s, d.pk, 24) < 0.9 AS has_ins,
           floor(@extschema@.sample_random(s, d.pk, 22) / nullif(r, 0))::bigint AS pslot
      FROM dated d
      JOIN _pg_names f ON f.part = 'family' AND f.sex = '' AND f.slot = d.fam_s
      LEFT JOIN _pg_names md ON md.part = 'middle' AND md.sex = d.sex AND md.slot = d.mid_s
      JOIN _pg_names gv ON gv.part = 'given' AND gv.sex = d.sex AND gv.slot = d.giv_s;
    CREATE INDEX ON _pg_m (h);
    -- Statistics before the namesake join: without them the planner
    -- expects one row a group and the join grows with the square of n.
    ANALYZE _pg_m;

    -- Namesakes, not duplicates: a clean head or spouse (B) takes the middle
    -- and given names and the birth date of another clean one (A) of the
    -- same family name, sex and age decade (so B's household stays
    -- plausible), in another province; in the same province only for the
    -- commonest names (five commonest family names, twenty commonest given
    -- names of the sex), where that happens for real.
    CREATE TEMP TABLE _pg_ns ON COMMIT DROP AS
    WITH clean AS (
        SELECT m.pk, m.family, m.sex, m.age / 10 AS decade, m.home_province, m.middle, m.given,
               m.birth_date, m.precision, m.age,
               @extschema@.sample_random(s, m.pk, 27) < r AS cand
          FROM _pg_m m
         WHERE m.role IN ('head', 'spouse') AND m.pslot >= 19 AND m.hslot >= 7
    ), c AS (
        SELECT cl.*, row_number() OVER (PARTITION BY cl.family, cl.sex, cl.decade ORDER BY cl.pk) AS rn
          FROM clean cl WHERE cl.cand
    ), a AS (
        SELECT cl.*, row_number() OVER (PARTITION BY cl.family, cl.sex, cl.decade ORDER BY cl.pk) AS rn,
               count(*) OVER (PARTITION BY cl.family, cl.sex, cl.decade) AS cnt
          FROM clean cl WHERE NOT cl.cand
    ), k AS (
        SELECT DISTINCT a.family, a.sex, a.decade, a.cnt FROM a
    ), common AS (
        SELECT sn.part, sn.sex, sn.name
          FROM (SELECT n0.*, row_number() OVER (PARTITION BY n0.part, n0.sex ORDER BY n0.weight DESC, n0.name) AS rk
                  FROM @extschema@.sample_names n0) sn
         WHERE (sn.part = 'family' AND sn.rk <= 5) OR (sn.part = 'given' AND sn.rk <= 20)
    )
    SELECT c.pk, a.pk AS other, a.middle, a.given, a.birth_date, a.precision, a.age,
           CASE WHEN a.home_province = c.home_province THEN 'same province' ELSE 'other province' END AS detail
      FROM c
      JOIN k ON k.family = c.family AND k.sex = c.sex AND k.decade = c.decade
      JOIN a ON a.family = c.family AND a.sex = c.sex AND a.decade = c.decade
            AND a.rn = 1 + (hashint8extended(c.pk, s) & 2147483647) % k.cnt
     WHERE a.home_province <> c.home_province
        OR (EXISTS (SELECT FROM common x WHERE x.part = 'family' AND x.name = a.family)
            AND EXISTS (SELECT FROM common x WHERE x.part = 'given' AND x.sex = a.sex AND x.name = a.given));
    UPDATE _pg_m m SET middle = ns.middle, given = ns.given, birth_date = ns.birth_date,
                       precision = ns.precision, age = ns.age
      FROM _pg_ns ns WHERE ns.pk = m.pk;

    -- Twins, not duplicates: in a share r of the households with two
    -- children one after the other (different given names), the second is
    -- born on the first's day.
    CREATE TEMP TABLE _pg_tw ON COMMIT DROP AS
    SELECT DISTINCT ON (m1.h) m1.pk, m2.pk AS other, m1.h, m1.birth_date, m1.precision, m1.age
      FROM _pg_m m1 JOIN _pg_m m2 ON m2.h = m1.h AND m2.pos = m1.pos + 1
     WHERE m1.role = 'child' AND m2.role = 'child' AND m1.given <> m2.given
       AND @extschema@.sample_random(s, m1.h, 8) < r
     ORDER BY m1.h, m1.pos;
    UPDATE _pg_m m SET birth_date = t.birth_date, precision = t.precision, age = t.age
      FROM _pg_tw t WHERE t.other = m.pk;
    ANALYZE _pg_m;

    -- Household defects, where the household has what they need.
    CREATE TEMP TABLE _pg_hh ON COMMIT DROP AS
    WITH agg AS (
        SELECT m.h, max(m.size) AS size,
               bool_or(m.pos = 2 AND m.role = 'spouse') AS has_spouse,
               max(m.pos) FILTER (WHERE m.role = 'child') AS child_pos,
               min(m.pos) FILTER (WHERE m.role = 'parent') AS parent_pos,
               max(m.pos) FILTER (WHERE m.pos >= 3 AND m.role <> 'parent') AS last_pos,
               min(m.pk) AS head_pk, min(m.hslot) AS hslot
          FROM _pg_m m GROUP BY m.h
    )
    SELECT a.h, a.head_pk, hkinds[a.hslot + 1] AS defect,
           CASE a.hslot + 1 WHEN 1 THEN a.size WHEN 4 THEN 2 WHEN 5 THEN a.child_pos
                            WHEN 6 THEN a.parent_pos WHEN 7 THEN a.last_pos ELSE 1 END AS member_pos
      FROM agg a
     WHERE a.hslot < 7
       AND CASE a.hslot + 1 WHEN 1 THEN a.size >= 2
                       WHEN 4 THEN a.has_spouse
                       WHEN 5 THEN a.child_pos IS NOT NULL
                       WHEN 6 THEN a.parent_pos IS NOT NULL
                       WHEN 7 THEN a.has_spouse AND a.last_pos IS NOT NULL
                       ELSE true END;

    -- Persons: ids, person defects where eligible, natural deaths.
    CREATE TEMP TABLE _pg_p ON COMMIT DROP AS
    WITH e0 AS (
        -- age: the real age at as_of from the recorded birth date.
        SELECT m.pk, m.h, m.pos, m.size, m.commune_code, m.home_province, m.role, m.sex,
               extract(year FROM age(as_of, m.birth_date))::integer AS age,
               m.hslot, m.birth_date, m.precision, m.birth_province, m.family, m.middle, m.given,
               m.relation, m.n_sims, m.has_ins, m.pslot,
               hh.defect AS hdefect, hh.member_pos AS hmember,
               extract(year FROM m.birth_date)::integer AS y
          FROM _pg_m m LEFT JOIN _pg_hh hh ON hh.h = m.h
    ), e AS (
        SELECT e0.*,
               CASE WHEN age >= 60 THEN 60 WHEN age >= 40 THEN 40 WHEN age >= 25 THEN 25 WHEN age >= 14 THEN 14 END AS milestone,
               CASE WHEN age >= 60 THEN 40 WHEN age >= 40 THEN 25 WHEN age >= 25 THEN 14 END AS prev_milestone
          FROM e0
    ), k AS (
        SELECT e.*,
               CASE WHEN e.hdefect IS NULL AND e.pslot < 19
                        AND CASE e.pslot + 1
                               WHEN 3 THEN e.age >= 14
                               WHEN 4 THEN e.age >= 14 AND e.y <= 1999
                               WHEN 5 THEN e.age >= 14
                               WHEN 6 THEN e.prev_milestone IS NOT NULL
                                    AND greatest(e.birth_date + make_interval(years => e.prev_milestone), '2016-01-01'::date)
                                        < e.birth_date + make_interval(years => e.milestone - 2)
                                    AND e.birth_date + make_interval(years => e.milestone) < as_of
                               WHEN 10 THEN e.age >= 18 AND e.pos >= 2
                               WHEN 11 THEN e.age >= 18 AND e.pos >= 2 AND e.n_sims > 0
                               WHEN 12 THEN e.age >= 18 AND e.pos >= 2 AND e.has_ins
                               WHEN 13 THEN e.n_sims > 0
                               WHEN 14 THEN e.n_sims > 0
                               WHEN 15 THEN e.n_sims > 0
                               WHEN 16 THEN e.age >= 18
                               WHEN 17 THEN e.has_ins
                               WHEN 18 THEN e.has_ins
                               WHEN 19 THEN e.has_ins
                               ELSE true END
                   THEN pkinds[e.pslot + 1] END AS pdefect
          FROM e
    )
    , pf AS (
        SELECT k.pk, k.h, k.pos, k.size, k.commune_code, k.home_province, k.role, k.sex, k.age, k.y,
               k.birth_date, k.precision, k.birth_province, k.family, k.middle, k.given,
               concat_ws(' ', k.family, k.middle, k.given) AS full_name,
               k.relation, k.n_sims, k.has_ins, k.hdefect, k.hmember, k.pdefect, k.milestone, k.prev_milestone,
               k.birth_province || (2 * ((k.y - 1900) / 100) + CASE k.sex WHEN 'F' THEN 1 ELSE 0 END)::text
                   || lpad((k.y % 100)::text, 2, '0') AS prefix6,
               (k.pdefect IS NULL AND k.hdefect IS NULL AND (k.pos >= 3 OR k.size = 1)
                AND @extschema@.sample_random(s, k.pk, 25)
                    < CASE WHEN k.age >= 80 THEN 0.06 WHEN k.age >= 60 THEN 0.02 ELSE 0.002 END) AS natural_death
          FROM k
    )
    -- Base ids: a per-prefix sequence number through a bijection of
    -- [0, 10^6); numbers below 500000 for the base, above for fresh ids.
    -- Numbered here rather than by a later UPDATE, which rewrote every row.
    SELECT pf.*,
           pf.prefix6 || lpad((((row_number() OVER (PARTITION BY pf.prefix6 ORDER BY pf.pk) - 1) * 100003
               + (hashint8extended(pf.prefix6::bigint, s) & 1048575)) % 1000000)::text, 6, '0') AS personal_id
      FROM pf
     ORDER BY pf.pk;
    CREATE INDEX ON _pg_p (pk);
    ANALYZE _pg_p;

    -- Duplicate registrations of one person: 1 or 2 copies each, in a
    -- commune drawn anew (mostly another province), a household of their
    -- own, a fresh id (but for id_digit_typo).  How the copy differs: one
    -- name variant (sample_name_variant), the day and month of the birth
    -- date swapped, a mistyped id digit, nothing but the move (moved), a
    -- typing or encoding variant together with the swap (name_and_date), or a spelling
    -- variant (dialect, i_y, other_tone_style) then a typing or encoding
    -- one (two_corruptions).  A swap needs a day of 12 or less: without
    -- one, name_and_date is its name variant alone.  detail in the ground truth says which.
    CREATE TEMP TABLE _pg_copy ON COMMIT DROP AS
    WITH c AS (
        SELECT p.*, g AS copy_no,
               (ARRAY['nfd', 'other_tone_style', 'no_accents', 'all_caps', 'tcvn3', 'vni',
                      'dialect', 'i_y', 'day_month_swap', 'id_digit_typo', 'moved',
                      'name_and_date', 'two_corruptions'])
                   [1 + floor(@extschema@.sample_random(s, p.pk, 30 + g) * 13)::integer] AS v0,
               (ARRAY['dialect', 'i_y', 'other_tone_style'])
                   [1 + floor(@extschema@.sample_random(s, p.pk, 110 + g) * 3)::integer] AS v1,
               (ARRAY['no_accents', 'all_caps', 'tcvn3', 'vni', 'nfd'])
                   [1 + floor(@extschema@.sample_random(s, p.pk, 112 + g) * 5)::integer] AS v2,
               p.precision = 'day' AND extract(day FROM p.birth_date) <= 12
                   AND extract(day FROM p.birth_date) <> extract(month FROM p.birth_date) AS swappable
          FROM _pg_p p, generate_series(1, 2) g
         WHERE p.pdefect = 'same_person_twice'
           AND (g = 1 OR @extschema@.sample_random(s, p.pk, 29) < 0.2)
    ), named AS MATERIALIZED (
        -- materialized: each variant is computed once a copy, not once per
        -- reference below
        SELECT c.*,
               CASE WHEN c.v0 IN ('day_month_swap', 'id_digit_typo', 'moved', 'name_and_date', 'two_corruptions')
                    THEN NULL ELSE @extschema@.sample_name_variant(c.full_name, c.v0) END AS n0,
               CASE c.v0 WHEN 'name_and_date' THEN @extschema@.sample_name_variant(c.full_name, c.v2)
                         WHEN 'two_corruptions' THEN @extschema@.sample_name_variant(c.full_name, c.v1) END AS n1
          FROM c
    ), named2 AS MATERIALIZED (
        SELECT nm.*,
               CASE WHEN nm.v0 = 'two_corruptions'
                    THEN @extschema@.sample_name_variant(coalesce(nm.n1, nm.full_name), nm.v2) END AS n2
          FROM named nm
    ), decided AS (
        SELECT x.*,
               CASE WHEN x.v0 = 'day_month_swap' AND x.swappable THEN 'day_month_swap'
                    WHEN x.v0 IN ('id_digit_typo', 'moved') THEN x.v0
                    WHEN x.v0 = 'name_and_date' AND x.n1 IS NOT NULL
                        THEN CASE WHEN x.swappable THEN x.v2 || '+day_month_swap' ELSE x.v2 END
                    WHEN x.v0 = 'two_corruptions' AND x.n2 IS NOT NULL
                        THEN CASE WHEN x.n1 IS NOT NULL THEN x.v1 || '+' || x.v2 ELSE x.v2 END
                    WHEN x.n0 IS NOT NULL THEN x.v0
                    ELSE 'no_accents' END AS variant
          FROM named2 x
    )
    SELECT n + row_number() OVER (ORDER BY d.pk, d.copy_no) AS copy_pk, d.pk, d.copy_no, d.variant,
           d.full_name,
           CASE WHEN d.variant IN ('day_month_swap', 'id_digit_typo', 'moved') THEN d.full_name
                WHEN d.v0 = 'name_and_date' AND d.n1 IS NOT NULL THEN d.n1
                WHEN d.v0 = 'two_corruptions' AND d.n2 IS NOT NULL THEN d.n2
                WHEN d.n0 IS NOT NULL THEN d.n0
                ELSE @extschema@.sample_ascii(d.full_name) END AS vname,
           d.variant LIKE '%day_month_swap' AS swap,
           d.variant = 'id_digit_typo' AS typo,
           d.birth_date, d.personal_id, d.prefix6,
           (SELECT c.commune_code FROM _pg_c c
             WHERE c.ci = 1 + floor(@extschema@.sample_random(s, d.pk, 35 + d.copy_no) * ncommunes)::integer) AS commune_code
      FROM decided d;

    -- Requests for fresh ids (never a base id, never twice the same): the
    -- j-th request of a prefix takes number 500000 + 7919 j mod 500000, far
    -- from the small numbers the base population of the prefix uses.
    CREATE TEMP TABLE _pg_req ON COMMIT DROP AS
    SELECT p.pk, 'id' AS tag,
           CASE p.pdefect
               WHEN 'id_wrong_birth_year' THEN left(p.prefix6, 4)
                   || lpad(((p.y % 100 + 1 + floor(@extschema@.sample_random(s, p.pk, 40) * 8)::integer) % 100)::text, 2, '0')
               WHEN 'id_wrong_sex' THEN left(p.prefix6, 3)
                   || ((substr(p.prefix6, 4, 1)::integer # 1))::text || right(p.prefix6, 2)
               ELSE CASE WHEN @extschema@.sample_random(s, p.pk, 41) < 0.7
                         THEN provs[1 + (array_position(provs, p.birth_province)
                                         + floor(@extschema@.sample_random(s, p.pk, 42) * 62)::integer) % 63]
                         ELSE gaps[1 + floor(@extschema@.sample_random(s, p.pk, 43) * array_length(gaps, 1))::integer] END
                   || right(p.prefix6, 3) END AS prefix6
      FROM _pg_p p
     WHERE p.pdefect IN ('id_wrong_birth_year', 'id_wrong_sex', 'id_wrong_province')
    UNION ALL
    SELECT p.pk, 'sim', p.prefix6 FROM _pg_p p WHERE p.pdefect = 'sim_unknown_id'
    UNION ALL
    SELECT c.copy_pk, 'copy', c.prefix6 FROM _pg_copy c WHERE NOT c.typo;
    CREATE TEMP TABLE _pg_fresh ON COMMIT DROP AS
    SELECT rq.pk, rq.tag, rq.prefix6 || lpad((((500000 + ((row_number() OVER (PARTITION BY rq.prefix6 ORDER BY rq.pk, rq.tag) - 1) * 7919) % 500000) * 100003
                   + (hashint8extended(rq.prefix6::bigint, s) & 1048575)) % 1000000)::text, 6, '0') AS id
      FROM _pg_req rq;
    CREATE INDEX ON _pg_fresh (pk, tag);

    -- Partners of pair defects: clean persons (no defect, alive).
    CREATE TEMP TABLE _pg_pair ON COMMIT DROP AS
    WITH d AS (
        SELECT p.pk, p.prefix6, row_number() OVER (PARTITION BY p.prefix6 ORDER BY p.pk) AS rn
          FROM _pg_p p WHERE p.pdefect = 'duplicate_id'
    ), cl AS (
        SELECT p.pk, p.prefix6, p.personal_id, row_number() OVER (PARTITION BY p.prefix6 ORDER BY p.pk) AS rn,
               count(*) OVER (PARTITION BY p.prefix6) AS cnt
          FROM _pg_p p WHERE p.pdefect IS NULL AND p.hdefect IS NULL AND NOT p.natural_death
    )
    SELECT 'duplicate_id' AS defect, d.pk, cl.pk AS other, cl.personal_id AS value
      FROM d JOIN cl ON cl.prefix6 = d.prefix6 AND cl.rn = 1 + (d.rn - 1) % cl.cnt
    UNION ALL
    SELECT 'shared_biometric', d.pk, cl.pk, NULL
      FROM (SELECT p.pk, row_number() OVER (ORDER BY p.pk) AS rn
              FROM _pg_p p WHERE p.pdefect = 'shared_biometric') d
      JOIN (SELECT p.pk, row_number() OVER (ORDER BY p.pk) AS rn
              FROM _pg_p p WHERE p.pdefect IS NULL AND p.hdefect IS NULL AND p.age >= 14) cl
        -- an equality on a number computed from d alone (the count is a
        -- scalar): a hash join, not a nested loop over every pair
        ON cl.rn = 1 + (hashint8extended(d.rn, s) & 2147483647)
                       % (SELECT count(*) FROM _pg_p p WHERE p.pdefect IS NULL AND p.hdefect IS NULL AND p.age >= 14);

    -- 9-digit CMNDs of adults born before 2000: issuing prefix of the home
    -- province (10% also had one from another province before moving);
    -- unique per prefix through a bijection, the older ones in the upper half.
    CREATE TEMP TABLE _pg_leg ON COMMIT DROP AS
    WITH h AS (
        SELECT p.pk, false AS old, cmnds[array_position(provs, p.home_province)] AS prefix
          FROM _pg_p p WHERE p.age >= 14 AND p.y <= 1999
        UNION ALL
        SELECT p.pk, true, cmnds[1 + floor(@extschema@.sample_random(s, p.pk, 51) * 63)::integer]
          FROM _pg_p p WHERE p.age >= 14 AND p.y <= 1999 AND @extschema@.sample_random(s, p.pk, 50) < 0.1
    ), digits AS (
        -- The digits that may follow a prefix: not those that would make
        -- another province's longer prefix (23 must not issue 230...).
        SELECT x.prefix, array_agg(d::text ORDER BY d) AS allowed
          FROM (SELECT DISTINCT h.prefix FROM h) x, generate_series(0, 9) d
         WHERE NOT EXISTS (SELECT FROM @extschema@.sample_cmnd_prefix o
                            WHERE o.prefix = x.prefix || d::text)
         GROUP BY x.prefix
    ), ranked AS (
        SELECT h.*, dg.allowed, (10 ^ (8 - length(h.prefix)))::bigint AS tail,
               cardinality(dg.allowed) * (10 ^ (8 - length(h.prefix)))::bigint AS space,
               row_number() OVER (PARTITION BY h.prefix, h.old ORDER BY h.pk) - 1 AS k
          FROM h JOIN digits dg ON dg.prefix = h.prefix
    ), numbered AS (
        SELECT r0.*, ((r0.k + CASE WHEN r0.old THEN r0.space / 2 ELSE 0 END) * 7919 + s) % r0.space AS v
          FROM ranked r0
    )
    SELECT r1.pk, r1.old,
           r1.prefix || r1.allowed[1 + r1.v / r1.tail]
               || lpad((r1.v % r1.tail)::text, 8 - length(r1.prefix), '0') AS legacy_id
      FROM numbered r1;
    CREATE INDEX ON _pg_leg (pk);

    -- Final person rows.
    CREATE TEMP TABLE _pg_final ON COMMIT DROP AS
    SELECT p.pk, p.h, p.pos, p.sex, p.age, p.birth_date, p.precision, p.birth_province,
           p.full_name, p.given, p.commune_code, p.has_ins, p.pdefect, p.hdefect, p.milestone, p.prev_milestone,
           CASE WHEN p.pdefect = 'legacy_only' THEN NULL
                WHEN p.pdefect = 'duplicate_id' THEN coalesce(pr.value, p.personal_id)
                WHEN p.pdefect IN ('id_wrong_birth_year', 'id_wrong_sex', 'id_wrong_province') THEN f.id
                ELSE p.personal_id END AS personal_id,
           p.personal_id AS base_id,
           lg.legacy_id, lo.legacy_id AS legacy_old0,
           CASE WHEN p.hdefect = 'household_dead_head' AND p.pos = 1 THEN false
                WHEN p.pdefect IN ('dead_active_sim', 'dead_active_insurance') OR p.natural_death THEN false
                ELSE true END AS resident,
           CASE WHEN (p.hdefect = 'household_dead_head' AND p.pos = 1)
                     OR p.pdefect IN ('dead_still_resident', 'dead_active_sim', 'dead_active_insurance')
                     OR p.natural_death
                THEN greatest(p.birth_date + 1, as_of - 1 - floor(@extschema@.sample_random(s, p.pk, 26) * 1000)::integer)
                ELSE NULL END AS death_date,
           CASE WHEN p.pdefect IN ('dead_active_sim', 'dead_active_insurance') OR p.natural_death THEN NULL
                ELSE p.h END AS household_id,
           CASE WHEN p.hdefect IS NOT NULL AND p.pos = p.hmember THEN
                    CASE p.hdefect
                        WHEN 'household_two_heads' THEN 'chủ hộ'
                        WHEN 'household_no_head' THEN CASE WHEN @extschema@.sample_random(s, p.pk, 52) < 0.5 THEN NULL ELSE 'khác' END
                        WHEN 'relation_gender_mismatch' THEN CASE p.sex WHEN 'M' THEN 'vợ' ELSE 'chồng' END
                        WHEN 'relation_parent_younger' THEN CASE p.sex WHEN 'M' THEN 'cha' ELSE 'mẹ' END
                        WHEN 'relation_child_older' THEN 'con'
                        WHEN 'relation_two_spouses' THEN CASE p.sex WHEN 'M' THEN 'chồng' ELSE 'vợ' END
                        ELSE p.relation END
                ELSE p.relation END AS relation0,
           CASE WHEN p.age >= 14 AND p.pdefect IS DISTINCT FROM 'shared_biometric'
                THEN md5(s::text || ':' || p.pk::text)
                WHEN p.pdefect = 'shared_biometric' THEN md5(s::text || ':' || b.other::text)
                ELSE NULL END AS biometric_hash,
           CASE WHEN p.pdefect = 'sim_too_many' THEN 5 + floor(@extschema@.sample_random(s, p.pk, 53) * 4)::integer
                -- SIMs are counted per id number: keep the partner's count clean.
                WHEN p.pdefect = 'duplicate_id' THEN 0
                ELSE p.n_sims END AS n_sims,
           coalesce(p.pdefect IN ('dead_still_resident', 'dead_active_sim', 'dead_active_insurance'), false)
               OR p.natural_death OR coalesce(p.hdefect = 'household_dead_head' AND p.pos = 1, false) AS dead,
           pr.other AS dup_other, b.other AS bio_other, f.id AS fresh_id, fs.id AS sim_fresh_id
      FROM _pg_p p
      LEFT JOIN _pg_leg lg ON lg.pk = p.pk AND NOT lg.old
      LEFT JOIN _pg_leg lo ON lo.pk = p.pk AND lo.old
      LEFT JOIN _pg_pair pr ON pr.defect = 'duplicate_id' AND pr.pk = p.pk
      LEFT JOIN _pg_pair b ON b.defect = 'shared_biometric' AND b.pk = p.pk
      LEFT JOIN _pg_fresh f ON f.pk = p.pk AND f.tag = 'id'
      LEFT JOIN _pg_fresh fs ON fs.pk = p.pk AND fs.tag = 'sim'
    UNION ALL
    -- The second records of persons registered twice: a one-person
    -- household elsewhere, no legacy id, no biometrics, no SIM, no insurance.
    SELECT c.copy_pk, (SELECT max(h) FROM _pg_h) + c.copy_pk - n, 1, p.sex, p.age,
           CASE WHEN c.swap
                THEN make_date(extract(year FROM c.birth_date)::integer, extract(day FROM c.birth_date)::integer,
                               extract(month FROM c.birth_date)::integer)
                ELSE c.birth_date END,
           p.precision, p.birth_province,
           c.vname,
           p.given, c.commune_code, false, NULL, NULL, p.milestone, p.prev_milestone,
           CASE WHEN c.typo THEN
                    (SELECT overlay(c.personal_id placing
                                    ((substr(c.personal_id, pos, 1)::integer + 1
                                      + floor(@extschema@.sample_random(s, c.copy_pk, 61) * 9)::integer) % 10)::text
                                    from pos for 1)
                       FROM (SELECT 7 + floor(@extschema@.sample_random(s, c.copy_pk, 60) * 6)::integer AS pos) x)
                ELSE f.id END,
           c.personal_id, NULL, NULL, true, NULL, (SELECT max(h) FROM _pg_h) + c.copy_pk - n, 'chủ hộ', NULL, 0,
           false, NULL, NULL, NULL, NULL
      FROM _pg_copy c
      JOIN _pg_p p ON p.pk = c.pk
      LEFT JOIN _pg_fresh f ON f.pk = c.copy_pk AND f.tag = 'copy';
    CREATE INDEX ON _pg_final (pk);
    ANALYZE _pg_final;

    -- A mistyped digit that lands on an id already in use (another person's,
    -- or the unknown id of a SIM) would make a second, unintended defect:
    -- re-roll the digit (other salts) until the id is free.
    CREATE INDEX ON _pg_final (personal_id);
    FOR tries IN 1..50 LOOP
        UPDATE _pg_final f
           SET personal_id = (SELECT overlay(c.personal_id placing
                                      ((substr(c.personal_id, x.pos, 1)::integer + 1
                                        + floor(@extschema@.sample_random(s, c.copy_pk, 61 + 2 * tries) * 9)::integer) % 10)::text
                                      from x.pos for 1)
                                FROM (SELECT 7 + floor(@extschema@.sample_random(s, c.copy_pk, 60 + 2 * tries) * 6)::integer AS pos) x)
          FROM _pg_copy c
         WHERE c.copy_pk = f.pk AND c.typo
           AND (EXISTS (SELECT FROM _pg_final o WHERE o.personal_id = f.personal_id AND o.pk <> f.pk)
                OR EXISTS (SELECT FROM _pg_fresh r WHERE r.tag = 'sim' AND r.id = f.personal_id));
        EXIT WHEN NOT FOUND;
    END LOOP;

    -- The tables are empty: their indexes (but those of constraints) are
    -- dropped here and built again after the load, a sort each instead of
    -- a million random insertions.  An error rolls it all back.
    CREATE TEMP TABLE _pg_idx ON COMMIT DROP AS
    SELECT format('%I.%I', schema, ic.relname) AS name, pg_get_indexdef(i.indexrelid) AS def
      FROM pg_index i
      JOIN pg_class c ON c.oid = i.indrelid
      JOIN pg_class ic ON ic.oid = i.indexrelid
     WHERE c.relnamespace = (SELECT n.oid FROM pg_namespace n WHERE n.nspname = schema)
       AND c.relname IN ('persons', 'id_documents', 'sim_subscriptions', 'insurance_records', 'civil_events')
       AND NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = i.indexrelid);
    FOR q IN SELECT x.name FROM _pg_idx x ORDER BY x.name LOOP
        EXECUTE 'DROP INDEX ' || q;
    END LOOP;

    -- Persons, with casing and spelling noise on the relation (not a defect:
    -- the views compare relations by their accent-free key).
    EXECUTE format($i$
        INSERT INTO %I.persons (person_key, personal_id, legacy_id, full_name, birth_date, birth_date_precision,
                                sex, birth_province, household_id, relation_to_head, commune_code, resident,
                                death_date, biometric_hash)
        SELECT f.pk, f.personal_id, f.legacy_id, f.full_name, f.birth_date, f.precision, f.sex, f.birth_province,
               f.household_id,
               CASE WHEN f.relation0 IS NULL THEN NULL
                    WHEN u < 0.08 THEN @extschema@.sample_upper(f.relation0)
                    WHEN u < 0.12 THEN @extschema@.sample_upper(left(f.relation0, 1)) || substr(f.relation0, 2)
                    WHEN u < 0.14 THEN @extschema@.sample_ascii(f.relation0)
                    ELSE f.relation0 END,
               f.commune_code, f.resident, f.death_date, f.biometric_hash
          FROM _pg_final f, LATERAL (SELECT @extschema@.sample_random(%2$s, f.pk, 54) AS u) x
         ORDER BY f.pk
    $i$, schema, s);

    -- Identity documents: old CMNDs, then the card with the 12-digit id.
    EXECUTE format($i$
        INSERT INTO %I.id_documents (person_key, number, kind, issue_date, expiry_date, status, superseded_by)
        SELECT d.pk, d.number, d.kind, d.issue_date,
               -- population_rules.card_expiry_date written out (a SQL
               -- function with a subquery is not inlined: a call a card)
               CASE WHEN d.kind IN ('cccd', 'cancuoc') THEN
                   CASE WHEN d.birth_date + interval '12 years' > d.issue_date THEN d.birth_date + interval '14 years'
                        WHEN d.birth_date + interval '23 years' > d.issue_date THEN d.birth_date + interval '25 years'
                        WHEN d.birth_date + interval '38 years' > d.issue_date THEN d.birth_date + interval '40 years'
                        WHEN d.birth_date + interval '58 years' > d.issue_date THEN d.birth_date + interval '60 years'
                   END::date END,
               d.status, d.superseded_by
          FROM (
            SELECT f.pk, f.birth_date, f.legacy_old0 AS number, 'cmnd9' AS kind,
                   (f.birth_date + make_interval(years => 16 + floor(@extschema@.sample_random(%2$s, f.pk, 70) * 3)::integer))::date AS issue_date,
                   'superseded' AS status, f.legacy_id AS superseded_by, 1 AS ord
              FROM _pg_final f WHERE f.legacy_old0 IS NOT NULL
            UNION ALL
            SELECT f.pk, f.birth_date, f.legacy_id, 'cmnd9',
                   (f.birth_date + make_interval(years => CASE WHEN f.legacy_old0 IS NULL THEN 16 ELSE 20 END
                                                 + floor(@extschema@.sample_random(%2$s, f.pk, 71) * 3)::integer))::date,
                   CASE f.pdefect WHEN 'legacy_only' THEN 'active' WHEN 'adult_without_card' THEN 'expired'
                        ELSE 'superseded' END,
                   CASE WHEN f.pdefect IN ('legacy_only', 'adult_without_card') THEN NULL ELSE f.personal_id END, 2
              FROM _pg_final f WHERE f.legacy_id IS NOT NULL
            UNION ALL
            SELECT f.pk, f.birth_date, f.personal_id,
                   CASE WHEN x.issue >= '2024-07-01' THEN 'cancuoc' ELSE 'cccd' END, x.issue, 'active', NULL, 3
              FROM _pg_final f,
                   LATERAL (SELECT extract(year FROM age('%3$s'::date, f.birth_date))::integer AS ra) a,
                   LATERAL (SELECT CASE WHEN a.ra >= 60 THEN 60 WHEN a.ra >= 40 THEN 40 WHEN a.ra >= 25 THEN 25
                                        ELSE 14 END AS milestone) ms,
                   LATERAL (SELECT CASE WHEN f.pdefect = 'card_renewal_overdue' THEN
                                    lo_over + floor(@extschema@.sample_random(%2$s, f.pk, 72) * (hi_over - lo_over))::integer
                               ELSE lo + floor(@extschema@.sample_random(%2$s, f.pk, 72) * ('%3$s'::date - lo + 1))::integer
                               END AS issue
                              FROM (SELECT greatest((f.birth_date + make_interval(years => ms.milestone))::date, '2016-01-01'::date) AS lo,
                                           greatest((f.birth_date + make_interval(years => coalesce(f.prev_milestone, 14)))::date, '2016-01-01'::date) AS lo_over,
                                           (f.birth_date + make_interval(years => f.milestone - 2))::date AS hi_over) b) x
             WHERE a.ra >= 14 AND f.personal_id IS NOT NULL
               AND f.pdefect IS DISTINCT FROM 'adult_without_card'
          ) d
         ORDER BY d.pk, d.ord
    $i$, schema, s, as_of);

    -- SIM subscriptions: unique numbers from 33 real prefixes; 30% of the
    -- names in telecom style (capitals, no accents), not a defect.
    EXECUTE format($i$
        INSERT INTO %I.sim_subscriptions (phone_number, subscriber_id, subscriber_name, birth_date, carrier, active)
        SELECT '0' || pfx.p || lpad((((x.j / 33) * 1000003 + %2$s) %% 10000000)::text, 7, '0'),
               CASE WHEN x.pdefect = 'sim_unknown_id' AND x.sim_no = 1 THEN x.sim_fresh_id
                    ELSE coalesce(x.personal_id, x.legacy_id) END,
               CASE WHEN x.pdefect = 'sim_name_mismatch' AND x.sim_no = 1
                    THEN regexp_replace(x.full_name, '\S+$',
                             CASE WHEN @extschema@.sample_ascii(x.given) = 'Binh' THEN 'Khang' ELSE 'Bình' END)
                    WHEN @extschema@.sample_random(%2$s, x.j, 80) < 0.3
                    THEN @extschema@.sample_upper(@extschema@.sample_ascii(x.full_name))
                    ELSE x.full_name END,
               CASE WHEN x.pdefect = 'sim_birth_date_mismatch' AND x.sim_no = 1
                    THEN x.birth_date + 1 + floor(@extschema@.sample_random(%2$s, x.pk, 81) * 700)::integer
                    ELSE x.birth_date END,
               pfx.carrier,
               CASE WHEN x.dead THEN x.pdefect IS NOT DISTINCT FROM 'dead_active_sim' AND x.sim_no = 1
                    ELSE @extschema@.sample_random(%2$s, x.j, 82) < 0.92 OR x.pdefect IS NOT NULL END
          FROM (SELECT g AS sim_no, row_number() OVER (ORDER BY f.pk, g) - 1 AS j,
                       f.pk, f.pdefect, f.sim_fresh_id, f.personal_id, f.legacy_id, f.full_name,
                       f.given, f.birth_date, f.dead
                  FROM _pg_final f, generate_series(1, f.n_sims) g) x
          JOIN (SELECT (row_number() OVER (ORDER BY v.p) - 1)::integer AS i, v.p, v.carrier
                  FROM (VALUES ('32', 'Viettel'), ('33', 'Viettel'), ('34', 'Viettel'), ('35', 'Viettel'),
                               ('36', 'Viettel'), ('37', 'Viettel'), ('38', 'Viettel'), ('39', 'Viettel'),
                               ('86', 'Viettel'), ('96', 'Viettel'), ('97', 'Viettel'), ('98', 'Viettel'),
                               ('81', 'Vinaphone'), ('82', 'Vinaphone'), ('83', 'Vinaphone'), ('84', 'Vinaphone'),
                               ('85', 'Vinaphone'), ('88', 'Vinaphone'), ('91', 'Vinaphone'), ('94', 'Vinaphone'),
                               ('70', 'MobiFone'), ('76', 'MobiFone'), ('77', 'MobiFone'), ('78', 'MobiFone'),
                               ('79', 'MobiFone'), ('89', 'MobiFone'), ('90', 'MobiFone'), ('93', 'MobiFone'),
                               ('52', 'Vietnamobile'), ('56', 'Vietnamobile'), ('58', 'Vietnamobile'),
                               ('59', 'Gmobile'), ('99', 'Gmobile')) v (p, carrier)) pfx
            ON pfx.i = x.j %% 33
         ORDER BY x.j
    $i$, schema, s);

    -- Insurance records of 90% of the persons of the base population.
    EXECUTE format($i$
        INSERT INTO %I.insurance_records (insurance_code, id_number, full_name, birth_date, sex, active)
        SELECT c.gso_code || lpad(((f.pk * 1000003 + %2$s) %% 100000000)::text, 8, '0'),
               f.personal_id,
               CASE WHEN f.pdefect = 'insurance_name_mismatch'
                    THEN regexp_replace(f.full_name, '\S+$',
                             CASE WHEN @extschema@.sample_ascii(f.given) = 'Binh' THEN 'Khang' ELSE 'Bình' END)
                    ELSE f.full_name END,
               CASE WHEN f.pdefect = 'insurance_birth_date_mismatch'
                    THEN f.birth_date - 1 - floor(@extschema@.sample_random(%2$s, f.pk, 90) * 700)::integer
                    ELSE f.birth_date END,
               CASE WHEN f.pdefect = 'insurance_sex_mismatch' THEN CASE f.sex WHEN 'M' THEN 'F' ELSE 'M' END
                    ELSE f.sex END,
               NOT f.dead OR f.pdefect IS NOT DISTINCT FROM 'dead_active_insurance'
          FROM _pg_final f
          JOIN _pg_c c ON c.commune_code = f.commune_code
         WHERE f.has_ins
         ORDER BY f.pk
    $i$, schema, s);

    -- Civil events: births since 2016 and every death.
    EXECUTE format($i$
        INSERT INTO %I.civil_events (kind, id_number, full_name, birth_date, event_date, place)
        SELECT e.kind, e.id, e.full_name, e.birth_date, e.event_date, e.commune_code
          FROM (SELECT 'birth' AS kind, f.personal_id AS id, f.full_name, f.birth_date, f.birth_date AS event_date,
                       f.commune_code, f.pk, 1 AS ord
                  FROM _pg_final f WHERE f.birth_date >= '2016-01-01' AND f.pk <= %2$s
                UNION ALL
                SELECT 'death', coalesce(f.personal_id, f.legacy_id), f.full_name, f.birth_date, f.death_date,
                       f.commune_code, f.pk, 2
                  FROM _pg_final f WHERE f.dead) e
         ORDER BY e.pk, e.ord
    $i$, schema, n);

    -- Ground truth.
    EXECUTE format($i$
        INSERT INTO %I.ground_truth (defect, person_key, other_key, household_id, detail)
        SELECT g.defect, g.person_key, g.other_key, g.household_id, g.detail
          FROM (
            SELECT f.pdefect AS defect, f.pk AS person_key,
                   CASE f.pdefect WHEN 'duplicate_id' THEN f.dup_other WHEN 'shared_biometric' THEN f.bio_other END AS other_key,
                   f.household_id,
                   CASE f.pdefect
                       WHEN 'duplicate_id' THEN 'id ' || f.personal_id
                       WHEN 'id_wrong_birth_year' THEN 'id ' || f.personal_id || ', born ' || f.birth_date
                       WHEN 'id_wrong_sex' THEN 'id ' || f.personal_id || ', sex ' || f.sex
                       WHEN 'id_wrong_province' THEN 'id ' || f.personal_id || ', birth province ' || f.birth_province
                           || CASE WHEN NOT EXISTS (SELECT FROM population_rules.pre2025_provinces pp WHERE pp.id_code = left(f.personal_id, 3))
                                   THEN ' (unknown code)' ELSE '' END
                       WHEN 'sim_unknown_id' THEN 'id ' || f.sim_fresh_id
                       WHEN 'sim_too_many' THEN f.n_sims || ' SIMs'
                   END AS detail
              FROM _pg_final f
             WHERE f.pdefect IS NOT NULL AND f.pdefect <> 'same_person_twice'
               AND (f.pdefect NOT IN ('duplicate_id', 'shared_biometric') OR coalesce(f.dup_other, f.bio_other) IS NOT NULL)
            UNION ALL
            SELECT 'same_person_twice', c.pk, c.copy_pk, NULL, c.variant FROM _pg_copy c
            UNION ALL
            SELECT 'namesake', ns.pk, ns.other, NULL, ns.detail FROM _pg_ns ns
            UNION ALL
            SELECT 'twins', t.pk, t.other, t.h, NULL FROM _pg_tw t
            UNION ALL
            SELECT hh.defect, hh.head_pk, nullif(m.pk, hh.head_pk), hh.h, NULL
              FROM _pg_hh hh JOIN _pg_m m ON m.h = hh.h AND m.pos = hh.member_pos
          ) g
         ORDER BY g.defect, g.person_key, g.other_key
    $i$, schema);
    -- Ids shared by accident (a mistyped digit that hit another person's id)
    -- are real duplicates too: record them, so the truth stays exact.
    EXECUTE format($i$
        INSERT INTO %1$I.ground_truth (defect, person_key, other_key, household_id, detail)
        WITH dup AS (
            SELECT p.personal_id, array_agg(p.person_key ORDER BY p.person_key) AS ks
              FROM %1$I.persons p WHERE p.personal_id IS NOT NULL
             GROUP BY p.personal_id HAVING count(*) > 1
        ), known AS (
            SELECT g.person_key AS k FROM %1$I.ground_truth g WHERE g.defect = 'duplicate_id'
            UNION SELECT g.other_key FROM %1$I.ground_truth g WHERE g.defect = 'duplicate_id'
        )
        SELECT 'duplicate_id', d.ks[1], o.k, NULL, 'accidental: id ' || d.personal_id
          FROM dup d, unnest(d.ks[2:]) AS o(k)
         WHERE EXISTS (SELECT FROM unnest(d.ks) AS x(k) WHERE x.k NOT IN (SELECT k FROM known WHERE k IS NOT NULL))
    $i$, schema);

    FOR q IN SELECT x.def FROM _pg_idx x ORDER BY x.name LOOP
        EXECUTE q;
    END LOOP;

    FOREACH q IN ARRAY ARRAY['persons', 'id_documents', 'sim_subscriptions', 'insurance_records', 'civil_events', 'ground_truth'] LOOP
        EXECUTE format('ANALYZE %I.%I', schema, q);
        table_name := q;
        EXECUTE format('SELECT count(*) FROM %I.%I', schema, q) INTO row_count;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.generate_population(name, integer, integer, double precision, date) IS
    'Fill the reference tables of a schema with a deterministic sample population of about that many persons (plus duplicate registrations) and every defect of sample_defect_kinds() injected at defect_rate, recording what was injected in <schema>.ground_truth';
