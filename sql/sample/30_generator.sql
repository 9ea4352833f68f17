-- population_rules_sample install script, piece 30: the seeded
-- sample-population generator.
--
-- generate_population(schema, persons, seed, defect_rate, as_of) fills the
-- reference tables of a schema (creating them if needed) with a realistic
-- population and injects every defect the views look for, recording each in
-- <schema>.ground_truth.  The PL/pgSQL checks the arguments and the tables
-- and loads them; the rows are made in C (sample_rows_*, one function a
-- table, over one population built once per transaction in memory).  Every
-- random choice is sample_random(seed, row, salt), so the same arguments
-- give the same rows.

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

-- The generator's rows, made in C: one set-returning function per output
-- table over one population of (seed, persons, defect_rate, as_of), built
-- in memory at the first call of a transaction and reused by the others.
-- VOLATILE: they read the reference tables and the name tables.

CREATE FUNCTION @extschema@.sample_rows_persons(
    seed bigint, persons bigint, defect_rate double precision, as_of date)
RETURNS TABLE (person_key bigint, personal_id text, legacy_id text, full_name text, birth_date date, birth_date_precision text, sex text, birth_province text, household_id bigint, relation_to_head text, commune_code text, resident boolean, death_date date, biometric_hash text)
LANGUAGE c VOLATILE
AS 'MODULE_PATHNAME', 'sample_rows_persons';
COMMENT ON FUNCTION @extschema@.sample_rows_persons(bigint, bigint, double precision, date) IS
    'Test-data tool: The rows generate_population puts in <schema>.persons, in person_key order (the population is built once per transaction in memory and reused by the other sample_rows_* functions)';

CREATE FUNCTION @extschema@.sample_rows_id_documents(
    seed bigint, persons bigint, defect_rate double precision, as_of date)
RETURNS TABLE (person_key bigint, number text, kind text, issue_date date, expiry_date date, status text, superseded_by text)
LANGUAGE c VOLATILE
AS 'MODULE_PATHNAME', 'sample_rows_id_documents';
COMMENT ON FUNCTION @extschema@.sample_rows_id_documents(bigint, bigint, double precision, date) IS
    'Test-data tool: The rows generate_population puts in <schema>.id_documents (without document_id), in load order (the population is built once per transaction in memory and reused by the other sample_rows_* functions)';

CREATE FUNCTION @extschema@.sample_rows_sim_subscriptions(
    seed bigint, persons bigint, defect_rate double precision, as_of date)
RETURNS TABLE (phone_number text, subscriber_id text, subscriber_name text, birth_date date, carrier text, active boolean)
LANGUAGE c VOLATILE
AS 'MODULE_PATHNAME', 'sample_rows_sim_subscriptions';
COMMENT ON FUNCTION @extschema@.sample_rows_sim_subscriptions(bigint, bigint, double precision, date) IS
    'Test-data tool: The rows generate_population puts in <schema>.sim_subscriptions (the population is built once per transaction in memory and reused by the other sample_rows_* functions)';

CREATE FUNCTION @extschema@.sample_rows_insurance_records(
    seed bigint, persons bigint, defect_rate double precision, as_of date)
RETURNS TABLE (insurance_code text, id_number text, full_name text, birth_date date, sex text, active boolean)
LANGUAGE c VOLATILE
AS 'MODULE_PATHNAME', 'sample_rows_insurance_records';
COMMENT ON FUNCTION @extschema@.sample_rows_insurance_records(bigint, bigint, double precision, date) IS
    'Test-data tool: The rows generate_population puts in <schema>.insurance_records (the population is built once per transaction in memory and reused by the other sample_rows_* functions)';

CREATE FUNCTION @extschema@.sample_rows_civil_events(
    seed bigint, persons bigint, defect_rate double precision, as_of date)
RETURNS TABLE (kind text, id_number text, full_name text, birth_date date, event_date date, place text)
LANGUAGE c VOLATILE
AS 'MODULE_PATHNAME', 'sample_rows_civil_events';
COMMENT ON FUNCTION @extschema@.sample_rows_civil_events(bigint, bigint, double precision, date) IS
    'Test-data tool: The rows generate_population puts in <schema>.civil_events (without event_id), in load order (the population is built once per transaction in memory and reused by the other sample_rows_* functions)';

CREATE FUNCTION @extschema@.sample_rows_ground_truth(
    seed bigint, persons bigint, defect_rate double precision, as_of date)
RETURNS TABLE (defect text, person_key bigint, other_key bigint, household_id bigint, detail text, accidental boolean)
LANGUAGE c VOLATILE
AS 'MODULE_PATHNAME', 'sample_rows_ground_truth';
COMMENT ON FUNCTION @extschema@.sample_rows_ground_truth(bigint, bigint, double precision, date) IS
    'Test-data tool: The rows generate_population puts in <schema>.ground_truth; accidental marks ids shared by chance (loaded last) (the population is built once per transaction in memory and reused by the other sample_rows_* functions)';

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
    idx_names text[];
    idx_defs text[];
    key_drops text[];
    key_adds text[];
    counts bigint[] := '{}';
    c bigint;
    q text;
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

    -- The rows are made in C (sample_rows_*), from one population built
    -- once for the call's arguments and kept until the end of the
    -- transaction; each INSERT takes one table's rows.

    -- The tables are empty: their indexes (but those of constraints) are
    -- dropped here and built again after the load, a sort each instead of
    -- a million random insertions.  An error rolls it all back.
    SELECT array_agg(format('%I.%I', schema, ic.relname) ORDER BY ic.relname),
           array_agg(pg_get_indexdef(i.indexrelid) ORDER BY ic.relname)
      INTO idx_names, idx_defs
      FROM pg_index i
      JOIN pg_class c ON c.oid = i.indrelid
      JOIN pg_class ic ON ic.oid = i.indexrelid
     WHERE c.relnamespace = (SELECT n.oid FROM pg_namespace n WHERE n.nspname = schema)
       AND c.relname IN ('persons', 'id_documents', 'sim_subscriptions', 'insurance_records', 'civil_events')
       AND NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = i.indexrelid);
    FOREACH q IN ARRAY coalesce(idx_names, '{}') LOOP
        EXECUTE 'DROP INDEX ' || q;
    END LOOP;
    -- The text primary keys of the SIMs and insurance records likewise:
    -- their rows come in key order, so the build after the load reads
    -- sorted input, where a million insertions would each compare text
    -- under the collation on the way down the tree.  Not a key that a
    -- foreign key uses.
    SELECT array_agg(format('ALTER TABLE %I.%I DROP CONSTRAINT %I', schema, c.relname, k.conname)),
           array_agg(format('ALTER TABLE %I.%I ADD CONSTRAINT %I %s', schema, c.relname, k.conname,
                            pg_get_constraintdef(k.oid)))
      INTO key_drops, key_adds
      FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid
     WHERE c.relnamespace = (SELECT n.oid FROM pg_namespace n WHERE n.nspname = schema)
       AND c.relname IN ('sim_subscriptions', 'insurance_records')
       AND k.contype = 'p'
       AND NOT EXISTS (SELECT FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = k.conindid);
    FOREACH q IN ARRAY coalesce(key_drops, '{}') LOOP
        EXECUTE q;
    END LOOP;

    EXECUTE format($i$
        INSERT INTO %I.persons (person_key, personal_id, legacy_id, full_name, birth_date, birth_date_precision,
                                sex, birth_province, household_id, relation_to_head, commune_code, resident,
                                death_date, biometric_hash)
        SELECT * FROM @extschema@.sample_rows_persons($1, $2, $3, $4)
    $i$, schema) USING s, n, r, as_of;
    GET DIAGNOSTICS c = ROW_COUNT;
    counts := counts || c;
    EXECUTE format($i$
        INSERT INTO %I.id_documents (person_key, number, kind, issue_date, expiry_date, status, superseded_by)
        SELECT * FROM @extschema@.sample_rows_id_documents($1, $2, $3, $4)
    $i$, schema) USING s, n, r, as_of;
    GET DIAGNOSTICS c = ROW_COUNT;
    counts := counts || c;
    EXECUTE format($i$
        INSERT INTO %I.sim_subscriptions (phone_number, subscriber_id, subscriber_name, birth_date, carrier, active)
        SELECT * FROM @extschema@.sample_rows_sim_subscriptions($1, $2, $3, $4)
    $i$, schema) USING s, n, r, as_of;
    GET DIAGNOSTICS c = ROW_COUNT;
    counts := counts || c;
    EXECUTE format($i$
        INSERT INTO %I.insurance_records (insurance_code, id_number, full_name, birth_date, sex, active)
        SELECT * FROM @extschema@.sample_rows_insurance_records($1, $2, $3, $4)
    $i$, schema) USING s, n, r, as_of;
    GET DIAGNOSTICS c = ROW_COUNT;
    counts := counts || c;
    EXECUTE format($i$
        INSERT INTO %I.civil_events (kind, id_number, full_name, birth_date, event_date, place)
        SELECT * FROM @extschema@.sample_rows_civil_events($1, $2, $3, $4)
    $i$, schema) USING s, n, r, as_of;
    GET DIAGNOSTICS c = ROW_COUNT;
    counts := counts || c;
    -- Ground truth, by defect and person; the ids shared by accident last.
    EXECUTE format($i$
        INSERT INTO %I.ground_truth (defect, person_key, other_key, household_id, detail)
        SELECT g.defect, g.person_key, g.other_key, g.household_id, g.detail
          FROM @extschema@.sample_rows_ground_truth($1, $2, $3, $4) g
         ORDER BY g.accidental, g.defect, g.person_key, g.other_key
    $i$, schema) USING s, n, r, as_of;
    GET DIAGNOSTICS c = ROW_COUNT;
    counts := counts || c;

    FOREACH q IN ARRAY coalesce(key_adds, '{}') || coalesce(idx_defs, '{}') LOOP
        EXECUTE q;
    END LOOP;

    -- The tables were empty: the rows inserted are the rows they hold.
    FOR k IN 1 .. 6 LOOP
        table_name := (ARRAY['persons', 'id_documents', 'sim_subscriptions', 'insurance_records',
                             'civil_events', 'ground_truth'])[k];
        EXECUTE format('ANALYZE %I.%I', schema, table_name);
        row_count := counts[k];
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.generate_population(name, integer, integer, double precision, date) IS
    'Fill the reference tables of a schema with a deterministic sample population of about that many persons (plus duplicate registrations) and every defect of sample_defect_kinds() injected at defect_rate, recording what was injected in <schema>.ground_truth';
