-- population_rules install script, piece 46: the analysts' views.
--
-- generate_views(schema, dataset) creates, in a schema of the caller's,
-- ordinary security_invoker views over the relations registered in the
-- dataset: first one "source view" per registered kind that renames the
-- relation's own columns to the canonical names (a missing column becomes a
-- typed NULL), then the case views of Project 06 and the scorecard, written
-- once over the source views.  A case view whose canonical columns are not
-- all registered is skipped, and the call says which and why.  The views
-- run with the analyst's rights (security_invoker), so row-level security on
-- the base tables also limits what the views show; they are plain views, so
-- pg_dump dumps them and the planner pushes an analyst's WHERE down.
--
-- Settings an analyst may change per session (read with current_setting):
--   population_rules.as_of                date the age and card checks use (default today)
--   population_rules.duplicate_threshold  match probability a candidate pair needs (default 0.5)
--   population_rules.sim_limit            active SIMs per id number allowed (default 4)

-- The blocking step of the duplicate search, in C (src/duplicate_blocks.c):
-- one pass over the persons, the name keys computed once per spelling, then
-- in-memory sorts instead of four window functions and a grouping over the
-- whole population.
CREATE TYPE @extschema@.duplicate_block AS (
    person_key text,
    name_hash integer,
    phonetic_hash integer,
    name_n bigint,
    day_n bigint,
    year_n bigint,
    province_n bigint,
    persons bigint,
    name_block boolean,
    phonetic_block boolean,
    -- 0.2.0: the seven passes (added at the end, as ALTER TYPE adds them)
    date_key integer,
    passes integer,
    block_ids integer[]
);
COMMENT ON TYPE @extschema@.duplicate_block IS
    'A person in a block of the duplicate search: the person''s key as text; hashtext of the accent-free and of the phonetic key of the repaired name; how many persons have that name and sex, that birth date, that birth year and that birth province (NULL when unknown), and how many were read; whether the person shares a name block (passes 1 or 4) or the phonetic block (pass 2); the birth date with day and month in either order (date_key); the bits of the blocking passes in which the person shares a block with someone (1 accent-free name key and date_key, 2 phonetic key and date_key, 4 name key, birth year and province, 8 accent-free key of the unrepaired name and date_key, 16 first and last token, province and date_key, 32 last token, province and date_key, 64 initials, province and date_key) and the numbers of those blocks (block_ids, unique across passes)';

CREATE FUNCTION @extschema@.duplicate_blocks_add(internal, text, text, date, text, text)
RETURNS internal
LANGUAGE C PARALLEL SAFE
AS 'MODULE_PATHNAME', 'duplicate_blocks_add';
COMMENT ON FUNCTION @extschema@.duplicate_blocks_add(internal, text, text, date, text, text) IS
    'Transition function of duplicate_blocks: keeps one person';

CREATE FUNCTION @extschema@.duplicate_blocks_result(internal)
RETURNS @extschema@.duplicate_block[]
LANGUAGE C PARALLEL SAFE
AS 'MODULE_PATHNAME', 'duplicate_blocks_result';
COMMENT ON FUNCTION @extschema@.duplicate_blocks_result(internal) IS
    'Final function of duplicate_blocks: the persons in a block of two or more';

CREATE AGGREGATE @extschema@.duplicate_blocks(person_key text, full_name text, birth_date date,
                                              birth_province text, sex text) (
    SFUNC = @extschema@.duplicate_blocks_add,
    STYPE = internal,
    FINALFUNC = @extschema@.duplicate_blocks_result,
    FINALFUNC_MODIFY = READ_WRITE,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.duplicate_blocks(text, text, date, text, text) IS
    'Blocking of the duplicate search: of the persons read (rows without a full name, with a blank one, or without a birth date are skipped; NULL provinces and sexes are values of their own; a row without a key counts but is not returned), those sharing a block of one of seven passes with another (see the type duplicate_block; name keys taken after vn_repair_legacy, and once of the name as stored), with the frequencies the score needs. Holds about 70 bytes per person in memory.';
-- The aggregate's support functions are internal: an aggregate calls them
-- with its owner's right to execute them.
REVOKE EXECUTE ON FUNCTION @extschema@.duplicate_blocks_add(internal, text, text, date, text, text),
    @extschema@.duplicate_blocks_result(internal) FROM PUBLIC;

-- The case views: what each needs, and its text (%1$I = the target schema).
CREATE TABLE @extschema@.view_catalog (
    view_name text PRIMARY KEY,
    position integer NOT NULL UNIQUE,
    criterion text CHECK (criterion IN ('đúng', 'đủ', 'sạch', 'sống')),
    needs text[] NOT NULL,
    description text NOT NULL,
    definition text NOT NULL
);
COMMENT ON TABLE @extschema@.view_catalog IS
    'The views generate_views creates: their order, the scorecard criterion each feeds, the canonical columns (kind.column) each needs, and their text';
GRANT SELECT ON @extschema@.view_catalog TO PUBLIC;

-- A view's needs are satisfied when every kind.column is registered and not
-- missing in the dataset.
CREATE FUNCTION @extschema@._view_missing(needs text[], ds name) RETURNS text[]
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(array_agg(n ORDER BY o), '{}')
      FROM unnest(needs) WITH ORDINALITY AS x(n, o)
     WHERE NOT EXISTS (SELECT FROM @extschema@.source s
                        WHERE s.dataset = ds AND s.kind = split_part(n, '.', 1)
                          AND (split_part(n, '.', 2) = '' OR NOT split_part(n, '.', 2) = ANY (s.missing)))
$$;
COMMENT ON FUNCTION @extschema@._view_missing(text[], name) IS
    'Internal: the needs (kind or kind.column) of a view that the dataset''s registrations do not provide';

-- Session settings with their defaults.  These are plain SQL expressions
-- with every name schema-qualified and no SET clause, so the planner inlines
-- them (a function with a SET clause runs through the function manager on
-- every call: about 2 s per million rows); the views read each once per
-- query through a scalar sub-select, which the planner runs once as an
-- InitPlan.
CREATE FUNCTION @extschema@.views_as_of() RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT coalesce(CASE WHEN pg_catalog.current_setting('population_rules.as_of', true) OPERATOR(pg_catalog.<>) ''
                         THEN pg_catalog.current_setting('population_rules.as_of', true)::pg_catalog.date END,
                    CURRENT_DATE)
$$;
COMMENT ON FUNCTION @extschema@.views_as_of() IS
    'The date the views judge ages and card validity on: setting population_rules.as_of, default today';

CREATE FUNCTION @extschema@.views_duplicate_threshold() RETURNS numeric
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT coalesce(CASE WHEN pg_catalog.current_setting('population_rules.duplicate_threshold', true) OPERATOR(pg_catalog.<>) ''
                         THEN pg_catalog.current_setting('population_rules.duplicate_threshold', true)::pg_catalog.numeric END,
                    0.5)
$$;
COMMENT ON FUNCTION @extschema@.views_duplicate_threshold() IS
    'The match probability (score) a candidate pair of duplicate_persons needs to count as one person: setting population_rules.duplicate_threshold, default 0.5';

CREATE FUNCTION @extschema@.views_sim_limit() RETURNS integer
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT coalesce(CASE WHEN pg_catalog.current_setting('population_rules.sim_limit', true) OPERATOR(pg_catalog.<>) ''
                         THEN pg_catalog.current_setting('population_rules.sim_limit', true)::pg_catalog.int4 END,
                    4)
$$;
COMMENT ON FUNCTION @extschema@.views_sim_limit() IS
    'How many active SIMs one id number may hold before sim_too_many lists it: setting population_rules.sim_limit, default 4';

-- When a card issued on issue_date to a person born on birth_date must be
-- renewed: at the next renewal age (14, 25, 40, 60) not within two years of
-- the issue; NULL (for life) from 58.  A plain CASE with every name
-- qualified and no SET clause, so that the planner inlines it into the
-- views (a function with a sub-select runs as a call per card).
CREATE FUNCTION @extschema@.card_renewal_date(birth_date date, issue_date date) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT (CASE WHEN $1 OPERATOR(pg_catalog.+) '12 years'::pg_catalog.interval OPERATOR(pg_catalog.>) $2
                 THEN $1 OPERATOR(pg_catalog.+) '14 years'::pg_catalog.interval
                 WHEN $1 OPERATOR(pg_catalog.+) '23 years'::pg_catalog.interval OPERATOR(pg_catalog.>) $2
                 THEN $1 OPERATOR(pg_catalog.+) '25 years'::pg_catalog.interval
                 WHEN $1 OPERATOR(pg_catalog.+) '38 years'::pg_catalog.interval OPERATOR(pg_catalog.>) $2
                 THEN $1 OPERATOR(pg_catalog.+) '40 years'::pg_catalog.interval
                 WHEN $1 OPERATOR(pg_catalog.+) '58 years'::pg_catalog.interval OPERATOR(pg_catalog.>) $2
                 THEN $1 OPERATOR(pg_catalog.+) '60 years'::pg_catalog.interval
            END)::pg_catalog.date
$$;
COMMENT ON FUNCTION @extschema@.card_renewal_date(date, date) IS
    'The date by which an identity card issued on issue_date to a person born on birth_date must be renewed: the next renewal age (14, 25, 40, 60) not within two years of the issue; NULL (valid for life) when issued from age 58. Inlined into the views (card_renewal_overdue and the scorecards)';

-- The rules of the views, each written once: a case view and the scorecards
-- name a rule as {{rule_name}} in their text, and generate_views puts the
-- rule's SQL there (in parentheses; a rule may name other rules).  Aliases:
-- p is a row of person_source, hh the person's household (the rule
-- "households"), d an id document; %1$I is the target schema.
CREATE TABLE @extschema@.view_rules (
    rule_name text PRIMARY KEY,
    rule_sql text NOT NULL,
    description text NOT NULL
);
COMMENT ON TABLE @extschema@.view_rules IS
    'The rules of the generated views, each written once: the case views and the scorecards name them as {{rule_name}}, which generate_views replaces by the rule''s SQL';
GRANT SELECT ON @extschema@.view_rules TO PUBLIC;
INSERT INTO @extschema@.view_rules VALUES
('shared_ids',
 $r$SELECT p.personal_id, count(*) AS holders FROM %1$I.person_source p
     WHERE p.personal_id IS NOT NULL GROUP BY p.personal_id HAVING count(*) > 1$r$,
 'Relation: the 12-digit ids held by two or more persons, with how many (same_id)'),
('shared_biometrics',
 $r$SELECT p.biometric_hash, count(*) AS holders FROM %1$I.person_source p
     WHERE p.biometric_hash IS NOT NULL GROUP BY p.biometric_hash HAVING count(*) > 1$r$,
 'Relation: the biometric hashes held by two or more persons, with how many (same_biometric)'),
('spouse_term', $r$p.relation_key IN ('vo', 'chong')$r$,
 'The person''s relation to the head names a spouse (accent-free key)'),
('households',
 $r$SELECT p.household_id, count(*) AS members, count(*) FILTER (WHERE p.is_head) AS heads,
           count(*) FILTER (WHERE p.is_head AND p.death_date IS NULL) AS living_heads,
           min(p.birth_date) FILTER (WHERE p.is_head) AS head_birth_date,
           count(*) FILTER (WHERE {{spouse_term}}) AS spouses,
           array_agg(p.person_key ORDER BY p.person_key) FILTER (WHERE p.is_head) AS head_keys,
           min(p.commune_code) AS commune_code
      FROM %1$I.person_source p WHERE p.household_id IS NOT NULL
     GROUP BY p.household_id$r$,
 'Relation: per household, its members, heads, living heads, the head''s birth date, its spouses and its heads'' keys (household_heads, relation_checks)'),
('more_than_one_head', $r$hh.heads > 1$r$, 'The household (hh) has more than one head'),
('no_head', $r$hh.heads = 0$r$, 'The household (hh) has no head'),
('only_a_dead_head', $r$hh.heads > 0 AND hh.living_heads = 0$r$, 'The household (hh) has heads, all of them dead'),
('legacy_id_only', $r$p.personal_id IS NULL AND p.legacy_id IS NOT NULL AND p.death_date IS NULL$r$,
 'A living person with a 9-digit legacy id and no 12-digit id (legacy_id_only)'),
('valid_card', $r$d.status = 'active' AND d.kind IN ('cmnd12', 'cccd', 'cancuoc')$r$,
 'The document (d) is an active valid card: a 12-digit CMND, a CCCD or a căn cước'),
('card_age', $r$p.death_date IS NULL AND p.birth_date <= (SELECT @extschema@.views_as_of() - interval '14 years')$r$,
 'A living person aged 14 or more on population_rules.as_of, who must hold a valid card (missing_card)'),
('card_expiry', $r$coalesce(d.expiry_date, @extschema@.card_renewal_date(p.birth_date, d.issue_date))$r$,
 'When the card (d) of the person (p) expires: its written expiry, else card_renewal_date (card_renewal_overdue)'),
('id_problems',
 $r$CASE WHEN {{personal_id_unreadable}}
            THEN 'malformed id (not exactly 12 ASCII digits)'
            ELSE @extschema@.id_structure_problems(@extschema@.id_key(p.personal_id),
                     CASE WHEN isfinite(p.birth_date) THEN extract(year FROM p.birth_date)::integer END,
                     p.sex, p.birth_province) END$r$,
 'What the digits of the person''s 12-digit id contradict, NULL when nothing (id_structure; only for persons with an id)'),
('still_head', $r$p.is_head AND p.household_id IS NOT NULL$r$, 'The person is a household head (dead_still_active)'),
('still_resident', $r$p.resident$r$, 'The person is resident (dead_still_active)'),
('active_sim',
 $r$EXISTS (SELECT FROM %1$I.sim_subscription_source s
             WHERE s.subscriber_id IN (p.personal_id, p.legacy_id) AND s.active)$r$,
 'An active SIM is registered under the person''s 12- or 9-digit id (dead_still_active)'),
('active_insurance',
 $r$EXISTS (SELECT FROM %1$I.insurance_record_source i WHERE i.id_number = p.personal_id AND i.active)$r$,
 'An active insurance record carries the person''s id (dead_still_active)'),
('counted_sim', $r$s.active AND s.subscriber_id IS NOT NULL$r$,
 'The SIM subscription (s) counts toward its id number''s limit: active, with an id (sim_too_many)'),
('over_sim_limit', $r$count(*) > (SELECT @extschema@.views_sim_limit())$r$,
 'A group of counted SIMs is larger than population_rules.sim_limit (sim_too_many)'),
('sims_over_limit',
 $r$SELECT s.subscriber_id, count(*) AS active_sims FROM %1$I.sim_subscription_source s
     WHERE {{counted_sim}} GROUP BY s.subscriber_id HAVING {{over_sim_limit}}$r$,
 'Relation: the id numbers holding more active SIMs than population_rules.sim_limit, with how many (sim_too_many)'),
('female_term_for_man',
 $r$p.sex_code = 'M' AND p.relation_sex = 'F'$r$,
 'A man whose relation to the head is a female term (vợ, mẹ, bà, chị, con dâu, cô, dì, thím, mợ, ...), sex and relation as the extension reads them (relation_checks)'),
('male_term_for_woman',
 $r$p.sex_code = 'F' AND p.relation_sex = 'M'$r$,
 'A woman whose relation to the head is a male term (chồng, cha, bố, ông, anh, con rể, chú, cậu, ...), sex and relation as the extension reads them (relation_checks)'),
('parent_younger_than_head',
 $r$hh.heads = 1 AND NOT p.is_head AND p.relation_key IN ('cha', 'me', 'ong', 'ba')
       AND p.birth_date > hh.head_birth_date$r$,
 'A parent or grandparent of the one head of the household (hh) born after the head (relation_checks)'),
('child_older_than_head',
 $r$hh.heads = 1 AND NOT p.is_head
       AND p.relation_key IN ('con', 'con trai', 'con gai', 'chau', 'chau trai', 'chau gai')
       AND p.birth_date < hh.head_birth_date$r$,
 'A child or grandchild of the one head of the household (hh) born before the head (relation_checks)'),
('several_spouses', $r$hh.spouses > 1 AND {{spouse_term}}$r$,
 'One of two or more spouses of the head in the household (hh) (relation_checks)'),
('relation_unreadable', $r$p.relation_key = '?'$r$,
 'The person''s relation to the head is none of the terms read_relation knows, as written or once a legacy encoding is repaired (relation_checks, unreadable_values)'),
('sex_unreadable', $r$p.sex_code = '?'$r$,
 'The person''s sex is none of the spellings read_sex knows (relation_checks, unreadable_values)'),
('province_unreadable', $r$@extschema@.read_province(p.birth_province) = '?'$r$,
 'The person''s province of birth registration is neither a code nor a name of the 63 (unreadable_values)'),
('personal_id_unreadable', $r$p.personal_id IS NOT NULL AND @extschema@.id_key(p.personal_id) IS NULL$r$,
 'The person''s 12-digit id is given but not exactly 12 ASCII digits (id_structure, unreadable_values)'),
('legacy_id_unreadable', $r$p.legacy_id IS NOT NULL AND @extschema@.legacy_id_key(p.legacy_id) IS NULL$r$,
 'The person''s 9-digit legacy id is given but not exactly 9 ASCII digits (unreadable_values)'),
('relation_problem',
 $r${{female_term_for_man}} OR {{male_term_for_woman}} OR {{parent_younger_than_head}}
       OR {{child_older_than_head}} OR {{several_spouses}} OR {{relation_unreadable}} OR {{sex_unreadable}}$r$,
 'The person (p) fails at least one of the checks of the relation to the head of their household (hh), or their relation or sex cannot be read (relation_checks)');

-- One mapped column of a source view: t.col under the canonical column's
-- expected type.  Id numbers and codes are written with leading zeros, which
-- an integer column loses: they are put back (the personal id 1090123456 is
-- 001090123456, the commune 1 is 00001), so that an id held as bigint in one
-- relation matches the same id held as text in another and the id checks
-- read it.  A column that may hold either kind of id number gets 9 digits
-- below 10^9 and 12 above: no 12-digit id is below 10^9, as no province
-- code is 000.  A date or boolean held as text reads an empty or blank
-- string as NULL (the usual spelling of "unknown" in an exported file)
-- rather than failing every view on it.
CREATE FUNCTION @extschema@._source_column_sql(kind text, canon text, expected text, col text, typ oid)
RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE
             WHEN expected = 'any' OR format_type(typ, NULL) = expected THEN format('t.%I', col)
             WHEN w.digits IS NOT NULL
                  AND (SELECT CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
                         FROM pg_type t WHERE t.oid = typ)
                      IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype, 'numeric'::regtype)
             THEN CASE WHEN w.digits = 0
                       THEN format('CASE WHEN t.%1$I BETWEEN 0 AND 999999999 THEN lpad((t.%1$I)::text, 9, ''0'')'
                                   ' WHEN t.%1$I BETWEEN 0 AND 999999999999 THEN lpad((t.%1$I)::text, 12, ''0'')'
                                   ' ELSE (t.%1$I)::text END', col)
                       ELSE format('CASE WHEN t.%1$I BETWEEN 0 AND %2$s THEN lpad((t.%1$I)::text, %3$s, ''0'')'
                                   ' ELSE (t.%1$I)::text END', col, repeat('9', w.digits), w.digits) END
             WHEN expected IN ('date', 'boolean')
                  AND (SELECT CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
                         FROM pg_type t WHERE t.oid = typ)
                      IN ('text'::regtype, 'varchar'::regtype, 'bpchar'::regtype)
             THEN format('(nullif(btrim(t.%I), ''''))::%s', col, expected)
             ELSE format('(t.%I)::%s', col, expected)
           END
      FROM (SELECT CASE WHEN canon = 'personal_id' THEN 12
                        WHEN canon = 'legacy_id' THEN 9
                        WHEN canon IN ('number', 'superseded_by', 'subscriber_id', 'id_number') THEN 0
                        WHEN canon = 'birth_province' THEN 3
                        WHEN canon = 'commune_code' OR (kind = 'civil_event' AND canon = 'place') THEN 5
                   END) w (digits)
$$;
COMMENT ON FUNCTION @extschema@._source_column_sql(text, text, text, text, oid) IS
    'Internal: the expression of one mapped column in a source view, under its canonical type; leading zeros put back on id numbers and codes held in integer columns, blank text read as NULL for dates and booleans';

-- The source view of one kind: canonical names, typed NULLs for the missing.
-- The person key of the documents takes the type of the persons' key, so
-- that the views can join them (an integer key and a text one have no
-- common equality operator).
CREATE FUNCTION @extschema@._source_view_sql(target name, ds name, k text) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    src @extschema@.source;
    cols text;
    extra text := '';
    gone record;
    key_type oid;
BEGIN
    SELECT * INTO src FROM @extschema@.source s WHERE s.dataset = ds AND s.kind = k;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_class c WHERE c.oid = src.relation) THEN
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.gettext('relation with OID %s does not exist'), src.relation::oid),
            ERRCODE = 'undefined_table',
            DETAIL = format(@extschema@.gettext('Dataset "%s" registers it as its %s source; it was dropped without its registration being removed.'),
                                  ds, k),
            HINT = format(@extschema@.gettext('Remove the registration with population_rules.unregister_source(%L, %L), then register the relation that holds the rows.'),
                                k, ds);
    END IF;
    -- A mapped column dropped or renamed since the registration.
    SELECT e.key AS canon, e.value AS col INTO gone
      FROM jsonb_each_text(src.mapping) e
     WHERE NOT EXISTS (SELECT FROM pg_attribute a
                        WHERE a.attrelid = src.relation AND a.attname = e.value
                          AND a.attnum > 0 AND NOT a.attisdropped)
     ORDER BY e.key LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.gettext('column "%s" of relation %s does not exist'), gone.col, src.relation::text),
            ERRCODE = 'undefined_column',
            DETAIL = format(@extschema@.gettext('Dataset "%s" maps canonical column "%s" of its %s source to it; the column was dropped or renamed after the registration.'),
                                  ds, gone.canon, k),
            HINT = format(@extschema@.gettext('Register the %s source again with population_rules.register_source(..., replace => true).'), k);
    END IF;
    IF k = 'id_document' THEN
        SELECT a.atttypid INTO key_type
          FROM @extschema@.source s
          JOIN pg_attribute a ON a.attrelid = s.relation AND a.attname = s.mapping ->> 'person_key'
                             AND a.attnum > 0 AND NOT a.attisdropped
         WHERE s.dataset = ds AND s.kind = 'person';
    END IF;
    SELECT string_agg(
             CASE WHEN NOT src.mapping ? sc.column_name THEN
                      format('NULL::%s', CASE sc.expected_type WHEN 'any' THEN 'text' ELSE sc.expected_type END)
                  WHEN sc.column_name = 'person_key' AND key_type IS NOT NULL AND key_type <> a.atttypid THEN
                      format('(t.%I)::%s', src.mapping ->> sc.column_name, format_type(key_type, NULL))
                  ELSE @extschema@._source_column_sql(k, sc.column_name, sc.expected_type,
                                                      src.mapping ->> sc.column_name, a.atttypid)
             END || format(' AS %I', sc.column_name), ', ' ORDER BY sc.position)
      INTO cols
      FROM @extschema@.source_column sc
      LEFT JOIN pg_attribute a ON a.attrelid = src.relation AND a.attname = src.mapping ->> sc.column_name
                              AND a.attnum > 0 AND NOT a.attisdropped
     WHERE sc.kind = k;
    IF k = 'person' THEN
        -- Derived keys; a view computes only the ones it uses.
        extra := ', @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(t.full_name)) AS name_key'
              || ', @extschema@.vn_key_phonetic(@extschema@.vn_repair_legacy(t.full_name)) AS name_phonetic'
              || ', @extschema@.read_relation(t.relation_to_head) AS relation_key'
              || ', @extschema@.relation_sex(@extschema@.read_relation(t.relation_to_head)) AS relation_sex'
              || ', @extschema@.read_sex(t.sex) AS sex_code'
              || ', coalesce(@extschema@.is_household_head(t.relation_to_head), false) AS is_head';
        RETURN format('SELECT t.* %s FROM (SELECT %s FROM %s t) t', extra, cols, src.relation::text);
    END IF;
    RETURN format('SELECT %s FROM %s t', cols, src.relation::text);
END
$$;
COMMENT ON FUNCTION @extschema@._source_view_sql(name, name, text) IS
    'Internal: the query of the source view of one kind of a dataset';

-- The indexes the views rely on, for the DBA: present or not.
CREATE FUNCTION @extschema@.view_indexes(dataset name DEFAULT 'default')
RETURNS TABLE (relation regclass, purpose text, statement text, present boolean)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r record;
    expr text;
BEGIN
    FOR r IN
        SELECT s.relation AS rel, c.col, x.purpose, x.key_fn
          FROM @extschema@.source s
          JOIN (VALUES ('person', 'personal_id', 'same_id, SIM, insurance and card look-ups', NULL),
                       ('person', 'legacy_id', 'SIMs registered under a 9-digit id', NULL),
                       ('person', 'household_id', 'household checks', NULL),
                       ('person', 'biometric_hash', 'same_biometric', NULL),
                       ('person', 'commune_code', 'WHERE commune_code = ... on any view', NULL),
                       ('person', 'full_name', 'looking a name up by its accent-free key', 'vn_key_unaccent'),
                       ('person', 'full_name', 'looking a name up by its phonetic key', 'vn_key_phonetic'),
                       ('id_document', 'person_key', 'cards of a person', NULL),
                       ('sim_subscription', 'subscriber_id', 'SIMs of an id number', NULL),
                       ('insurance_record', 'id_number', 'insurance records of an id number', NULL))
               AS x(kind, canon, purpose, key_fn) ON x.kind = s.kind
         CROSS JOIN LATERAL (SELECT s.mapping ->> x.canon AS col) c   -- NULL: not registered
         WHERE s.dataset = view_indexes.dataset AND c.col IS NOT NULL
         ORDER BY s.kind, x.canon, x.key_fn NULLS FIRST
    LOOP
        relation := r.rel;
        purpose := r.purpose;
        IF r.key_fn IS NULL THEN
            expr := quote_ident(r.col);
            statement := format('CREATE INDEX ON %s (%I)', r.rel::text, r.col);
            present := EXISTS (SELECT FROM pg_index i
                                WHERE i.indrelid = r.rel AND i.indkey[0] =
                                      (SELECT a.attnum FROM pg_attribute a
                                        WHERE a.attrelid = r.rel AND a.attname = r.col));
        ELSE
            expr := format('@extschema@.%s(@extschema@.vn_repair_legacy(%I))', r.key_fn, r.col);
            statement := format('CREATE INDEX ON %s ((%s))', r.rel::text, expr);
            present := EXISTS (SELECT FROM pg_index i
                                WHERE i.indrelid = r.rel AND i.indexprs IS NOT NULL
                                  AND pg_get_indexdef(i.indexrelid) LIKE '%' || r.key_fn || '(%');
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.view_indexes(name) IS
    'The indexes the generated views rely on, over the relations registered in a dataset: the CREATE INDEX statement and whether such an index exists';

-- Location columns shared by every case view (pre-2025 units, by commune).
-- "u" is population_rules.pre2025_units joined on the row's commune_code.
INSERT INTO @extschema@.view_catalog (position, view_name, criterion, needs, description, definition) VALUES
(1, 'same_id', 'sạch', '{person.personal_id}',
 'Case 1: one 12-digit id on two or more persons: one row per person holding a shared id',
 $v$SELECT p.personal_id, p.person_key, p.full_name, p.birth_date, p.sex, p.death_date, n.holders,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('id %%s is held by %%s persons', p.personal_id, n.holders) AS reason
  FROM %1$I.person_source p
  JOIN {{shared_ids}} n ON n.personal_id = p.personal_id
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = p.commune_code$v$),
(2, 'duplicate_person_pairs', 'sạch', '{person.full_name,person.birth_date,person.birth_province}',
 'Case 2: pairs of person rows that may be one person with two ids. Candidates come from blocks (same accent-free name key and birth date; same phonetic key and birth date; same accent-free name key, birth year and province of birth registration), never person x person. Each pair is compared field by field (name, birth date, sex, birth province, household, commune, 12- and 9-digit ids), each comparison giving a level whose weight log2(m/u) is read from the schema''s duplicate_model (Fellegi-Sunter; population_rules.estimate_duplicate_model learns it); score is the match probability from the sum of the weights and the prior (duplicate_pair_evidence shows the sum step by step). name_layer, birth_date_layer and id_layer are the levels of name, birth_date and personal_id; chance_matches is the number of persons expected to show this evidence with the first person by chance ((N - 1) times the product of the u). Pairs with score >= population_rules.duplicate_threshold (default 0.5) count',
 $v$WITH lv AS MATERIALIZED {{duplicate_pair_levels}},
w AS (
    -- summed in millionths as integers (exact in any order, and sum(integer)
    -- keeps a bigint state, light in a hash aggregate), so that the score and
    -- chance_matches do not depend on the order the plan gives the rows
    SELECT x.person_key, x.other_person_key,
           sum(greatest(-2e9, least(2e9, 1e6 * ln(x.m / x.u) / ln(2::double precision)))::integer) / 1e6::double precision AS weights,
           exp(sum(greatest(-2e9, least(2e9, 1e6 * ln(x.u)))::integer) / 1e6::double precision) AS u_product
      FROM {{duplicate_pair_weights}} x
     GROUP BY x.person_key, x.other_person_key
), sc AS (
    SELECT lv.*, w.u_product,
           w.weights + ln({{duplicate_lambda}} / (1 - {{duplicate_lambda}})) / ln(2::double precision) AS total
      FROM lv JOIN w ON w.person_key = lv.person_key AND w.other_person_key = lv.other_person_key
)
SELECT sc.person_key, sc.other_person_key, sc.personal_id, sc.other_personal_id, sc.full_name, sc.other_full_name,
       sc.birth_date, sc.other_birth_date, sc.name_level AS name_layer, sc.birth_date_level AS birth_date_layer,
       CASE sc.birth_province_level WHEN 'same' THEN true WHEN 'different' THEN false END AS same_province,
       CASE sc.sex_level WHEN 'same' THEN true WHEN 'different' THEN false END AS same_sex,
       sc.personal_id_level AS id_layer, sc.name_n AS name_frequency, sc.other_name_n AS other_name_frequency,
       CASE sc.birth_date_level WHEN 'exact' THEN sc.day_n WHEN 'day-month swap' THEN sc.other_day_n
            ELSE sc.year_n END AS birth_date_frequency, sc.province_n AS province_frequency,
       ((sc.persons - 1) * sc.u_product)::double precision AS chance_matches,
       round((1 / (1 + power(2::double precision, -greatest(-1000, least(1000, sc.total)))))::numeric, 4) AS score,
       sc.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name, sc.other_commune_code,
       format('name %%s, birth date %%s, sex %%s, birth province %%s, household %%s, commune %%s, id %%s, legacy id %%s: %%s bits with the prior',
              sc.name_level, sc.birth_date_level, sc.sex_level, sc.birth_province_level, sc.household_level,
              sc.commune_level, sc.personal_id_level, sc.legacy_id_level, round(sc.total::numeric, 1)) AS reason,
       dd.decision
  FROM sc
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = sc.commune_code
  -- the reviewer's decision on the pair, if any (piece 48)
  LEFT JOIN %1$I.duplicate_decisions dd ON dd.person_key = least(sc.person_key::text, sc.other_person_key::text)
                                       AND dd.other_person_key = greatest(sc.person_key::text, sc.other_person_key::text)$v$),
(3, 'duplicate_persons', 'sạch', '{person.full_name,person.birth_date,person.birth_province}',
 'Case 2, grouped: the persons linked by candidate pairs scoring at least population_rules.duplicate_threshold (default 0.5) and not decided different, or by pairs decided same in duplicate_decisions, joined into groups of any chain length (a person recorded three times is one group of three); one row per person, with the group''s weakest link: the pair whose score is the highest threshold at which the group still holds together (weakest_score NULL when it is a pair decided same)',
 $v$WITH dup_pairs AS (
    SELECT d.* FROM %1$I.duplicate_person_pairs d
), l AS MATERIALIZED {{duplicate_links}},
g AS MATERIALIZED {{duplicate_groups}},
best AS (
    SELECT x.person_key, max(l.score) AS best_score
      FROM l CROSS JOIN LATERAL (VALUES (l.person_key), (l.other_person_key)) x (person_key)
     GROUP BY x.person_key
)
SELECT min(p.person_key) OVER (PARTITION BY g.group_key) AS group_key, g.group_size, p.person_key, p.personal_id,
       p.full_name, p.birth_date, p.sex, b.best_score, g.weakest_person_key, g.weakest_other_person_key,
       CASE WHEN g.weakest_strength < 'Infinity' THEN round(g.weakest_strength::numeric, 3) END AS weakest_score,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('one of %%s rows that look like one person with %%s ids (best pair score %%s; weakest link %%s-%%s, %%s)',
              g.group_size, g.group_size, coalesce(b.best_score::text, 'decided same'),
              g.weakest_person_key, g.weakest_other_person_key,
              CASE WHEN g.weakest_strength < 'Infinity' THEN 'score ' || round(g.weakest_strength::numeric, 3)
                   ELSE 'decided same' END) AS reason
  FROM g
  JOIN best b ON b.person_key = g.person_key
  JOIN %1$I.person_source p ON p.person_key::text = g.person_key
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = p.commune_code$v$),
(4, 'same_biometric', 'sạch', '{person.biometric_hash}',
 'Case 3: one biometric hash on two or more persons: one row per person',
 $v$SELECT p.biometric_hash, p.person_key, p.personal_id, p.full_name, p.birth_date, n.holders,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('biometric profile shared by %%s persons', n.holders) AS reason
  FROM %1$I.person_source p
  JOIN {{shared_biometrics}} n ON n.biometric_hash = p.biometric_hash
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = p.commune_code$v$),
(5, 'household_heads', NULL, '{person.household_id,person.relation_to_head,person.death_date}',
 'Case 4: households with more than one head (sạch), with none, or with only a dead head (đủ): one row per household and problem',
 $v$SELECT hh.household_id, x.problem, hh.members, hh.heads, hh.living_heads, hh.head_keys,
       hh.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('%%s: %%s members, %%s heads (%%s alive)', x.problem, hh.members, hh.heads, hh.living_heads) AS reason
  FROM {{households}} hh
  CROSS JOIN LATERAL (VALUES ('more than one head', {{more_than_one_head}}),
                             ('no head', {{no_head}}),
                             ('only a dead head', {{only_a_dead_head}})) x (problem, found)
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = hh.commune_code
 WHERE x.found$v$),
(6, 'legacy_id_only', 'đủ', '{person.personal_id,person.legacy_id,person.death_date}',
 'Case 5: living persons with only a 9-digit legacy id (CMND), never linked to a 12-digit number',
 $v$SELECT p.person_key, p.legacy_id, p.full_name, p.birth_date,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('only the 9-digit id %%s, no 12-digit id', p.legacy_id) AS reason
  FROM %1$I.person_source p
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = p.commune_code
 WHERE {{legacy_id_only}}$v$),
(7, 'missing_card', 'đủ', '{person.personal_id,person.birth_date,person.death_date,id_document.kind,id_document.status}',
 'Case 5: living persons aged 14 or more on population_rules.as_of (default today) without a 12-digit id or without a valid card (12-digit CMND, CCCD or căn cước)',
 $v$SELECT p.person_key, p.personal_id, p.legacy_id, p.full_name, p.birth_date,
       CASE WHEN isfinite(p.birth_date)
            THEN date_part('year', age((SELECT @extschema@.views_as_of()), p.birth_date))::integer END AS age,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       CASE WHEN p.personal_id IS NULL THEN 'aged 14 or more without a 12-digit id'
            ELSE 'aged 14 or more without a valid card' END AS reason
  FROM %1$I.person_source p
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = p.commune_code
 WHERE {{card_age}}
   -- no 12-digit id, or no valid card: written as one NOT EXISTS (an anti
   -- join) rather than "IS NULL OR NOT EXISTS", which the planner costs as a
   -- sub-select per person
   AND NOT EXISTS (SELECT FROM %1$I.id_document_source d
                    WHERE d.person_key = p.person_key AND p.personal_id IS NOT NULL AND {{valid_card}})$v$),
(8, 'card_renewal_overdue', 'sống', '{person.birth_date,person.death_date,id_document.kind,id_document.status,id_document.issue_date,id_document.expiry_date}',
 'Case 5: living persons whose active card is past its renewal age (14, 25, 40, 60; a card issued within two years before one lasts to the next) on population_rules.as_of',
 $v$SELECT p.person_key, p.personal_id, p.full_name, p.birth_date, d.number AS card_number, d.kind AS card_kind,
       d.issue_date, e.expiry_date,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('card %%s expired on %%s, not renewed', d.number, e.expiry_date) AS reason
  FROM %1$I.person_source p
  JOIN %1$I.id_document_source d ON d.person_key = p.person_key
  CROSS JOIN LATERAL (SELECT {{card_expiry}} AS expiry_date) e
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = p.commune_code
 WHERE p.death_date IS NULL AND {{valid_card}} AND e.expiry_date < (SELECT @extschema@.views_as_of())$v$),
(9, 'id_structure', 'đúng', '{person.personal_id,person.birth_date,person.sex,person.birth_province}',
 'Case 6: 12-digit ids whose digits contradict the birth year, sex or province of birth registration (or whose province code is unknown), and ids that are not exactly 12 ASCII digits',
 $v$SELECT p.person_key, p.personal_id, p.full_name, p.birth_date, p.sex, p.birth_province,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name, x.problems AS reason
  -- the problems in a subquery rather than a LATERAL one without FROM,
  -- which Citus does not push down with a STABLE function in it
  FROM (SELECT p.person_key, p.personal_id, p.full_name, p.birth_date, p.sex, p.birth_province, p.commune_code,
               {{id_problems}} AS problems
          FROM %1$I.person_source p WHERE p.personal_id IS NOT NULL) p
  CROSS JOIN LATERAL (SELECT p.problems) x
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = p.commune_code
 WHERE x.problems IS NOT NULL$v$),
(10, 'dead_still_active', 'sống', '{person.death_date,person.resident,person.household_id,person.relation_to_head,sim_subscription.subscriber_id,sim_subscription.active,insurance_record.id_number,insurance_record.active}',
 'Case 7: dead persons still a household head, still resident, with an active SIM or active insurance: one row per person and problem',
 $v$SELECT p.person_key, p.personal_id, p.full_name, p.death_date, x.problem,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('died %%s, %%s', p.death_date, x.problem) AS reason
  -- the dead, each looked up once among the SIMs and insurance records
  -- (OFFSET 0: on a Citus cluster, the dead are gathered first, and the
  -- look-ups run over them)
  FROM (SELECT p.*, {{still_head}} AS head, {{still_resident}} AS resident_, {{active_sim}} AS sim,
               {{active_insurance}} AS insurance
          FROM (SELECT p.person_key, p.personal_id, p.legacy_id, p.full_name, p.death_date, p.commune_code,
                       p.is_head, p.household_id, p.resident
                  FROM %1$I.person_source p WHERE p.death_date IS NOT NULL OFFSET 0) p) p
  CROSS JOIN LATERAL (VALUES ('still household head', p.head), ('still resident', p.resident_),
                             ('active SIM', p.sim), ('active insurance', p.insurance)) x (problem, found)
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = p.commune_code
 WHERE x.found$v$),
(11, 'sim_mismatch', 'đúng', '{person.personal_id,person.full_name,person.birth_date,sim_subscription.subscriber_id,sim_subscription.subscriber_name,sim_subscription.birth_date}',
 'Case 8: SIM subscriptions whose id, name or birth date match no person with that id number (names compared by their accent-free keys)',
 $v$WITH f AS (   -- SIMs with no holder of their id matching on name and birth date
    SELECT s.phone_number, s.subscriber_id, s.subscriber_name, s.birth_date, s.carrier, s.active
      FROM %1$I.sim_subscription_source s
     WHERE NOT EXISTS (SELECT FROM %1$I.person_source p
                        WHERE p.personal_id = s.subscriber_id AND p.birth_date = s.birth_date
                          AND (p.full_name = s.subscriber_name
                               OR p.name_key = @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(s.subscriber_name))
                               OR @extschema@.vn_key_unaccent(p.full_name) = @extschema@.vn_key_unaccent(s.subscriber_name)))
       AND NOT EXISTS (SELECT FROM %1$I.person_source p
                        WHERE p.legacy_id = s.subscriber_id AND p.birth_date = s.birth_date
                          AND (p.full_name = s.subscriber_name
                               OR p.name_key = @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(s.subscriber_name))
                               OR @extschema@.vn_key_unaccent(p.full_name) = @extschema@.vn_key_unaccent(s.subscriber_name)))
), m AS (      -- those SIMs beside every holder of their id, if any
    SELECT f.*, h.person_key, h.full_name AS person_name, h.birth_date AS person_birth_date, h.commune_code,
           (h.full_name = f.subscriber_name
            OR @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(h.full_name))
               = @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(f.subscriber_name))
            OR @extschema@.vn_key_unaccent(h.full_name) = @extschema@.vn_key_unaccent(f.subscriber_name)) AS name_ok
      FROM f
      LEFT JOIN (SELECT p.personal_id AS id, p.person_key, p.full_name, p.birth_date, p.commune_code
                   FROM %1$I.person_source p WHERE p.personal_id IS NOT NULL
                 UNION ALL
                 SELECT p.legacy_id, p.person_key, p.full_name, p.birth_date, p.commune_code
                   FROM %1$I.person_source p WHERE p.legacy_id IS NOT NULL) h ON h.id = f.subscriber_id
), w AS (
    SELECT m.*, bool_or(m.name_ok) OVER x AS any_name,
           row_number() OVER (PARTITION BY m.phone_number ORDER BY m.name_ok DESC NULLS LAST, m.person_key) AS rn
      FROM m
    WINDOW x AS (PARTITION BY m.phone_number)
)
SELECT w.phone_number, w.subscriber_id, w.subscriber_name, w.birth_date, w.carrier, w.active,
       w.person_key, w.person_name, w.person_birth_date,
       w.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       CASE WHEN w.person_key IS NULL THEN 'no person holds id ' || coalesce(w.subscriber_id, '(none)')
            WHEN NOT w.any_name THEN 'name differs from the holder of the id'
            ELSE 'birth date differs from the holder of the id' END AS reason
  FROM w
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = w.commune_code
 WHERE w.rn = 1$v$),
(12, 'sim_too_many', 'sạch', '{person.personal_id,sim_subscription.subscriber_id,sim_subscription.active}',
 'Case 8: persons whose id number holds more active SIMs than population_rules.sim_limit (default 4)',
 $v$WITH n AS {{sims_over_limit}}, h AS (      -- the person's id is their 12-digit id, or their 9-digit one when they have no other
    -- (two joins on plain columns rather than one on coalesce(), which the
    -- planner cannot estimate: it would expect a billion rows)
    SELECT n.subscriber_id, n.active_sims, p.person_key, p.full_name, p.commune_code
      FROM n JOIN %1$I.person_source p ON p.personal_id = n.subscriber_id
    UNION ALL
    SELECT n.subscriber_id, n.active_sims, p.person_key, p.full_name, p.commune_code
      FROM n JOIN %1$I.person_source p ON p.legacy_id = n.subscriber_id AND p.personal_id IS NULL
)
SELECT h.person_key, h.subscriber_id, h.full_name, h.active_sims,
       h.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('%%s active SIMs on id %%s (limit %%s)', h.active_sims, h.subscriber_id, (SELECT @extschema@.views_sim_limit())) AS reason
  FROM h
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = h.commune_code$v$),
(13, 'insurance_mismatch', 'đúng', '{person.personal_id,person.full_name,person.birth_date,person.sex,insurance_record.id_number,insurance_record.full_name,insurance_record.birth_date,insurance_record.sex}',
 'Case 9: insurance records that match no person with that id number on name, birth date and sex (both sexes as read_sex reads them: Nam matches M)',
 $v$WITH f AS (   -- records with no holder of their id matching on name, birth date and sex
    SELECT i.insurance_code, i.id_number, i.full_name, i.birth_date, i.sex, i.active
      FROM %1$I.insurance_record_source i
     WHERE i.id_number IS NOT NULL
       AND NOT EXISTS (SELECT FROM %1$I.person_source p
                        WHERE p.personal_id = i.id_number AND p.birth_date = i.birth_date
                          AND p.sex_code = @extschema@.read_sex(i.sex)
                          AND (p.full_name = i.full_name
                               OR p.name_key = @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(i.full_name))
                               OR @extschema@.vn_key_unaccent(p.full_name) = @extschema@.vn_key_unaccent(i.full_name)))
), m AS (      -- those records beside every holder of their id, if any
    SELECT f.*, h.person_key, h.full_name AS person_name, h.birth_date AS person_birth_date, h.sex AS person_sex,
           h.commune_code,
           (h.full_name = f.full_name
            OR @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(h.full_name))
               = @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(f.full_name))
            OR @extschema@.vn_key_unaccent(h.full_name) = @extschema@.vn_key_unaccent(f.full_name)) AS name_ok
      FROM f
      LEFT JOIN %1$I.person_source h ON h.personal_id = f.id_number
), w AS (
    SELECT m.*, row_number() OVER (PARTITION BY m.insurance_code ORDER BY m.name_ok DESC NULLS LAST, m.person_key) AS rn
      FROM m
)
SELECT w.insurance_code, w.id_number, w.full_name, w.birth_date, w.sex, w.active,
       w.person_key, w.person_name, w.person_birth_date, w.person_sex,
       w.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       CASE WHEN w.person_key IS NULL THEN 'no person holds id ' || w.id_number
            ELSE concat_ws(', ',
                   CASE WHEN NOT w.name_ok THEN 'name differs' END,
                   CASE WHEN w.person_birth_date IS DISTINCT FROM w.birth_date THEN 'birth date differs' END,
                   CASE WHEN @extschema@.read_sex(w.person_sex) IS DISTINCT FROM @extschema@.read_sex(w.sex)
                        THEN 'sex differs' END) END AS reason
  FROM w
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = w.commune_code
 WHERE w.rn = 1$v$),
(14, 'relation_checks', 'đúng', '{person.household_id,person.relation_to_head,person.sex,person.birth_date}',
 'Case 10: soft checks of the relation to the head: gendered terms against sex (both as read_relation and read_sex read them: Nam/Nữ, M/F, ...), parents or grandparents younger than the head, children or grandchildren older (households with exactly one head), more than one spouse; a relation or sex that cannot be read is listed (relation unreadable, sex unreadable), never skipped',
 $v$WITH m AS (      -- members failing at least one check (each is listed below)
    SELECT p.person_key, p.household_id, p.full_name, p.sex, p.birth_date, p.relation_to_head, p.relation_key,
           p.relation_sex, p.sex_code, p.is_head, p.commune_code, hh.heads, hh.head_birth_date, hh.spouses
      FROM %1$I.person_source p
      JOIN {{households}} hh ON hh.household_id = p.household_id
     WHERE {{relation_problem}}
)
SELECT p.person_key, p.household_id, p.full_name, p.sex, p.birth_date, p.relation_to_head, x.problem,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('relation "%%s": %%s', p.relation_to_head, x.problem) AS reason
  FROM m p
  CROSS JOIN LATERAL (SELECT p.heads, p.head_birth_date, p.spouses) hh
  CROSS JOIN LATERAL (VALUES ('female term for a man', {{female_term_for_man}}),
                             ('male term for a woman', {{male_term_for_woman}}),
                             ('parent or grandparent younger than the head', {{parent_younger_than_head}}),
                             ('child or grandchild older than the head', {{child_older_than_head}}),
                             ('one of several spouses of the head', {{several_spouses}}),
                             ('relation unreadable', {{relation_unreadable}}),
                             ('sex unreadable', {{sex_unreadable}})) x (problem, found)
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = p.commune_code
 WHERE x.found$v$),
(15, 'unreadable_values', NULL, '{person}',
 'The values of the person source the extension cannot read, so that no check skips them silently: per column (sex, relation_to_head, birth_province, personal_id, legacy_id) and value, how many persons hold it and up to three of their keys. Blank values are unknown, not unreadable',
 $v$SELECT x.column_name, x.value, count(*) AS persons,
       (array_agg(p.person_key::text ORDER BY p.person_key::text))[1:3] AS example_keys,
       format('%%s %%s cannot be read (%%s persons)', x.column_name, quote_literal(left(x.value, 60)), count(*)) AS reason
  FROM %1$I.person_source p
  CROSS JOIN LATERAL (VALUES ('sex', p.sex, {{sex_unreadable}}),
                             ('relation_to_head', p.relation_to_head, {{relation_unreadable}}),
                             ('birth_province', p.birth_province, {{province_unreadable}}),
                             ('personal_id', p.personal_id, {{personal_id_unreadable}}),
                             ('legacy_id', p.legacy_id, {{legacy_id_unreadable}})) x (column_name, value, found)
 WHERE x.found
 GROUP BY x.column_name, x.value$v$);

-- How each case view's rows count against persons in the scorecard: the
-- query giving (person_key, criterion) from the view (%1$I = schema).
CREATE TABLE @extschema@.view_person_checks (
    view_name text PRIMARY KEY REFERENCES @extschema@.view_catalog,
    query text NOT NULL
);
COMMENT ON TABLE @extschema@.view_person_checks IS
    'For each case view that counts in the scorecard: the query that turns its rows into (person_key, check_name, criterion)';
GRANT SELECT ON @extschema@.view_person_checks TO PUBLIC;
INSERT INTO @extschema@.view_person_checks
SELECT c.view_name,
       format('SELECT v.person_key, %L::text AS check_name, %L::text AS criterion FROM %%1$I.%I v WHERE v.person_key IS NOT NULL',
              c.view_name, c.criterion, c.view_name)
  FROM @extschema@.view_catalog c
 WHERE c.criterion IS NOT NULL AND c.view_name <> 'duplicate_person_pairs';
INSERT INTO @extschema@.view_person_checks VALUES
('household_heads',
 $q$SELECT p.person_key, CASE WHEN h.problem = 'more than one head' THEN 'household_heads: more than one head'
                             ELSE 'household_heads: ' || h.problem END AS check_name,
       CASE WHEN h.problem = 'more than one head' THEN 'sạch' ELSE 'đủ' END AS criterion
  FROM %1$I.household_heads h JOIN %1$I.person_source p ON p.household_id = h.household_id$q$);

-- The scorecards do not re-run the case views through person_checks: they
-- judge every person in one pass over person_source, each check a boolean
-- expression over the person's row and a few side inputs, each side one
-- hash-aggregated relation joined by its key (an id, a household, a person).
-- The three views whose person is found by scoring or by matching records
-- are read as they are (sim_mismatch, insurance_mismatch; duplicates through
-- duplicate_person_pairs at the threshold).  Each expression states its case view's condition for one person;
-- sql/views_generate.sql checks that every count of the scorecard equals the
-- count of persons person_checks gives for it.  %1$I = the target schema.
CREATE TABLE @extschema@.view_scorecard_sides (
    side_name text PRIMARY KEY,
    join_clause text NOT NULL
);
COMMENT ON TABLE @extschema@.view_scorecard_sides IS
    'The side inputs of the scorecards: a LEFT JOIN of person_source p to one relation with at most one row per join key';
GRANT SELECT ON @extschema@.view_scorecard_sides TO PUBLIC;
INSERT INTO @extschema@.view_scorecard_sides VALUES
('sid', $q$LEFT JOIN {{shared_ids}} sid ON sid.personal_id = p.personal_id$q$),
-- The persons of duplicate_persons are those of the links (pairs at the
-- threshold not decided different, pairs decided same): read from the
-- links' groups, without the rows that view adds.
('dup', $q$LEFT JOIN (WITH dup_pairs AS (SELECT d.* FROM %1$I.duplicate_person_pairs d),
                        l AS MATERIALIZED {{duplicate_links}}
                   SELECT g.person_key FROM {{duplicate_groups}} g) dup ON dup.person_key = p.person_key::text$q$),
('bio', $q$LEFT JOIN {{shared_biometrics}} bio ON bio.biometric_hash = p.biometric_hash$q$),
('hh', $q$LEFT JOIN {{households}} hh ON hh.household_id = p.household_id$q$),
-- A person's valid active cards: the earliest written expiry, and the
-- earliest issue among those without one (card_renewal_date only grows
-- with the issue date, so the earliest issue expires first).
('card', $q$LEFT JOIN (SELECT d.person_key, min(d.expiry_date) AS min_expiry,
                           min(d.issue_date) FILTER (WHERE d.expiry_date IS NULL) AS min_open_issue
                      FROM %1$I.id_document_source d
                     WHERE {{valid_card}}
                     GROUP BY d.person_key) card ON card.person_key = p.person_key$q$),
-- Dead persons with an active SIM or active insurance (a side rather than
-- two sub-selects per person, which the planner would cost for every person;
-- OFFSET 0 keeps the sub-selects above the filter on death_date).
('dead', $q$LEFT JOIN (SELECT p.person_key
                    FROM (SELECT p.person_key, p.personal_id, p.legacy_id FROM %1$I.person_source p
                           WHERE p.death_date IS NOT NULL OFFSET 0) p
                   WHERE {{active_sim}} OR {{active_insurance}}) dead
         ON dead.person_key = p.person_key$q$),
('smm', $q$LEFT JOIN (SELECT DISTINCT v.person_key FROM %1$I.sim_mismatch v) smm ON smm.person_key = p.person_key$q$),
-- Id numbers over the SIM limit: a person's 12-digit id, or their 9-digit
-- one when they have no other (two joins on plain columns: the planner
-- cannot estimate a join on coalesce(), and would expect a billion rows).
('stm', $q$LEFT JOIN {{sims_over_limit}} stm ON stm.subscriber_id = p.personal_id
       LEFT JOIN (SELECT q.person_key FROM %1$I.person_source q
                   JOIN %1$I.sim_subscription_source s ON s.subscriber_id = q.legacy_id
                  WHERE q.personal_id IS NULL AND {{counted_sim}}
                  GROUP BY q.person_key HAVING {{over_sim_limit}}) stl
         ON stl.person_key = p.person_key$q$),
('imm', $q$LEFT JOIN (SELECT DISTINCT v.person_key FROM %1$I.insurance_mismatch v) imm ON imm.person_key = p.person_key$q$);

CREATE TABLE @extschema@.view_scorecard_checks (
    check_name text PRIMARY KEY,
    view_name text NOT NULL REFERENCES @extschema@.view_catalog,
    criterion text NOT NULL CHECK (criterion IN ('đúng', 'đủ', 'sạch', 'sống')),
    sides text[] NOT NULL,
    flag text NOT NULL
);
COMMENT ON TABLE @extschema@.view_scorecard_checks IS
    'The checks of the scorecards: for each, its case view, its criterion, the side inputs it reads and the condition under which a person (p) fails it';
GRANT SELECT ON @extschema@.view_scorecard_checks TO PUBLIC;
INSERT INTO @extschema@.view_scorecard_checks VALUES
('same_id', 'same_id', 'sạch', '{sid}', $q$sid.personal_id IS NOT NULL$q$),
('duplicate_persons', 'duplicate_persons', 'sạch', '{dup}', $q$dup.person_key IS NOT NULL$q$),
('same_biometric', 'same_biometric', 'sạch', '{bio}', $q$bio.biometric_hash IS NOT NULL$q$),
('household_heads: more than one head', 'household_heads', 'sạch', '{hh}', $q${{more_than_one_head}}$q$),
('household_heads: no head', 'household_heads', 'đủ', '{hh}', $q${{no_head}}$q$),
('household_heads: only a dead head', 'household_heads', 'đủ', '{hh}', $q${{only_a_dead_head}}$q$),
('legacy_id_only', 'legacy_id_only', 'đủ', '{}', $q${{legacy_id_only}}$q$),
('missing_card', 'missing_card', 'đủ', '{card}',
 $q${{card_age}} AND (p.personal_id IS NULL OR card.person_key IS NULL)$q$),
('card_renewal_overdue', 'card_renewal_overdue', 'sống', '{card}',
 $q$p.death_date IS NULL
       AND (card.min_expiry < (SELECT @extschema@.views_as_of())
            OR @extschema@.card_renewal_date(p.birth_date, card.min_open_issue) < (SELECT @extschema@.views_as_of()))$q$),
('id_structure', 'id_structure', 'đúng', '{}', $q$p.personal_id IS NOT NULL AND {{id_problems}} IS NOT NULL$q$),
('dead_still_active', 'dead_still_active', 'sống', '{dead}',
 $q$p.death_date IS NOT NULL AND ({{still_head}} OR {{still_resident}} OR dead.person_key IS NOT NULL)$q$),
('sim_mismatch', 'sim_mismatch', 'đúng', '{smm}', $q$smm.person_key IS NOT NULL$q$),
('sim_too_many', 'sim_too_many', 'sạch', '{stm}', $q$stm.subscriber_id IS NOT NULL OR stl.person_key IS NOT NULL$q$),
('insurance_mismatch', 'insurance_mismatch', 'đúng', '{imm}', $q$imm.person_key IS NOT NULL$q$),
('relation_checks', 'relation_checks', 'đúng', '{hh}', $q$p.household_id IS NOT NULL AND {{relation_problem}}$q$);

-- The texts generate_views takes instead of the one-server ones when a
-- source of the dataset is a Citus table: the same rows, in a form Citus
-- can plan when the SIMs, insurance records or id documents are not
-- colocated with the persons (no correlated sub-select or anti join
-- between them).  On one server the one-server texts stay: their anti
-- joins and look-ups per dead person cost less there.
CREATE TABLE @extschema@.view_distributed_texts (
    text_key text PRIMARY KEY CHECK (text_key ~ '^(view|side|check|rule):'),
    definition text NOT NULL,
    why text NOT NULL
);
COMMENT ON TABLE @extschema@.view_distributed_texts IS
    'The texts of case views (view:name), scorecard sides (side:name) and checks (check:name) and rules (rule:name) that generate_views takes instead of the one-server ones when a source of the dataset is a Citus table: the same rows, in a form Citus can plan';
COMMENT ON COLUMN @extschema@.view_distributed_texts.text_key IS 'view:, side:, check: or rule: and the name of the view (view_catalog), scorecard side (view_scorecard_sides), scorecard check (view_scorecard_checks) or rule (view_rules) it replaces';
COMMENT ON COLUMN @extschema@.view_distributed_texts.definition IS 'The text, as the one it replaces: %1$I for the target schema, rules as {{rule_name}}';
COMMENT ON COLUMN @extschema@.view_distributed_texts.why IS 'What Citus cannot plan in the one-server text';
GRANT SELECT ON @extschema@.view_distributed_texts TO PUBLIC;
INSERT INTO @extschema@.view_distributed_texts VALUES
('rule:active_sim',
 $r$p.personal_id IN (SELECT s.subscriber_id FROM %1$I.sim_subscription_source s WHERE s.active)
    OR p.legacy_id IN (SELECT s.subscriber_id FROM %1$I.sim_subscription_source s WHERE s.active)$r$,
 'A correlated EXISTS over the SIMs: here an uncorrelated IN list, which Citus plans as an intermediate result'),
('rule:active_insurance',
 $r$p.personal_id IN (SELECT i.id_number FROM %1$I.insurance_record_source i WHERE i.active)$r$,
 'A correlated EXISTS over the insurance records: here an uncorrelated IN list'),
('view:missing_card',
 $v$SELECT p.person_key, p.personal_id, p.legacy_id, p.full_name, p.birth_date,
       CASE WHEN isfinite(p.birth_date)
            THEN date_part('year', age((SELECT @extschema@.views_as_of()), p.birth_date))::integer END AS age,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       CASE WHEN p.personal_id IS NULL THEN 'aged 14 or more without a 12-digit id'
            ELSE 'aged 14 or more without a valid card' END AS reason
  FROM %1$I.person_source p
  -- the persons holding a valid card: a join rather than NOT EXISTS (an anti
  -- join), which Citus plans only when the documents are colocated with the
  -- persons; not "IS NULL OR NOT EXISTS", which the planner costs as a
  -- sub-select per person
  LEFT JOIN (SELECT DISTINCT d.person_key FROM %1$I.id_document_source d WHERE {{valid_card}}) c
         ON c.person_key = p.person_key
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = p.commune_code
 WHERE {{card_age}}
   -- no 12-digit id, or no valid card
   AND (p.personal_id IS NULL OR c.person_key IS NULL)$v$,
 'An anti join of persons and id documents, which Citus plans only when they are colocated'),
('view:sim_mismatch',
 $v$WITH m AS (   -- every SIM beside every holder of its id (12- or 9-digit), if any: a
    -- join and a window per SIM rather than an anti join, which Citus cannot
    -- plan when the SIMs and the persons are not colocated
    SELECT s.phone_number, s.subscriber_id, s.subscriber_name, s.birth_date, s.carrier, s.active,
           h.person_key, h.full_name AS person_name, h.birth_date AS person_birth_date, h.commune_code,
           (h.full_name = s.subscriber_name
            OR @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(h.full_name))
               = @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(s.subscriber_name))
            OR @extschema@.vn_key_unaccent(h.full_name) = @extschema@.vn_key_unaccent(s.subscriber_name)) AS name_ok
      FROM %1$I.sim_subscription_source s
      LEFT JOIN (SELECT p.personal_id AS id, p.person_key, p.full_name, p.birth_date, p.commune_code
                   FROM %1$I.person_source p WHERE p.personal_id IS NOT NULL
                 UNION ALL
                 SELECT p.legacy_id, p.person_key, p.full_name, p.birth_date, p.commune_code
                   FROM %1$I.person_source p WHERE p.legacy_id IS NOT NULL) h ON h.id = s.subscriber_id
), w AS (      -- kept: the SIMs with no holder of their id matching on name and birth date
    SELECT m.*, bool_or(m.name_ok) OVER x AS any_name,
           coalesce(bool_or(m.name_ok AND m.person_birth_date = m.birth_date) OVER x, false) AS matched,
           row_number() OVER (PARTITION BY m.phone_number ORDER BY m.name_ok DESC NULLS LAST, m.person_key) AS rn
      FROM m
    WINDOW x AS (PARTITION BY m.phone_number)
)
SELECT w.phone_number, w.subscriber_id, w.subscriber_name, w.birth_date, w.carrier, w.active,
       w.person_key, w.person_name, w.person_birth_date,
       w.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       CASE WHEN w.person_key IS NULL THEN 'no person holds id ' || coalesce(w.subscriber_id, '(none)')
            WHEN NOT w.any_name THEN 'name differs from the holder of the id'
            ELSE 'birth date differs from the holder of the id' END AS reason
  FROM w
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = w.commune_code
 WHERE w.rn = 1 AND NOT w.matched$v$,
 'Anti joins of SIMs and persons, which are not colocated'),
('view:insurance_mismatch',
 $v$WITH m AS (   -- every record with an id beside every holder of its id, if any (a join
    -- and a window per record rather than an anti join: see sim_mismatch)
    SELECT i.insurance_code, i.id_number, i.full_name, i.birth_date, i.sex, i.active,
           h.person_key, h.full_name AS person_name, h.birth_date AS person_birth_date, h.sex AS person_sex,
           h.sex_code AS person_sex_code, h.commune_code,
           (h.full_name = i.full_name
            OR @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(h.full_name))
               = @extschema@.vn_key_unaccent(@extschema@.vn_repair_legacy(i.full_name))
            OR @extschema@.vn_key_unaccent(h.full_name) = @extschema@.vn_key_unaccent(i.full_name)) AS name_ok
      FROM %1$I.insurance_record_source i
      LEFT JOIN (SELECT p.personal_id, p.person_key, p.full_name, p.birth_date, p.sex, p.sex_code, p.commune_code
                   FROM %1$I.person_source p WHERE p.personal_id IS NOT NULL) h ON h.personal_id = i.id_number
     WHERE i.id_number IS NOT NULL
), w AS (      -- kept: the records with no holder matching on name, birth date and sex
    SELECT m.*, coalesce(bool_or(m.name_ok AND m.person_birth_date = m.birth_date
                                 AND m.person_sex_code = @extschema@.read_sex(m.sex))
                           OVER (PARTITION BY m.insurance_code), false) AS matched,
           row_number() OVER (PARTITION BY m.insurance_code ORDER BY m.name_ok DESC NULLS LAST, m.person_key) AS rn
      FROM m
)
SELECT w.insurance_code, w.id_number, w.full_name, w.birth_date, w.sex, w.active,
       w.person_key, w.person_name, w.person_birth_date, w.person_sex,
       w.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       CASE WHEN w.person_key IS NULL THEN 'no person holds id ' || w.id_number
            ELSE concat_ws(', ',
                   CASE WHEN NOT w.name_ok THEN 'name differs' END,
                   CASE WHEN w.person_birth_date IS DISTINCT FROM w.birth_date THEN 'birth date differs' END,
                   CASE WHEN @extschema@.read_sex(w.person_sex) IS DISTINCT FROM @extschema@.read_sex(w.sex)
                        THEN 'sex differs' END) END AS reason
  FROM w
  LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = w.commune_code
 WHERE w.rn = 1 AND NOT w.matched$v$,
 'An anti join of insurance records and persons, which are not colocated'),
('side:stm',
 $q$LEFT JOIN {{sims_over_limit}} stm ON stm.subscriber_id = p.personal_id
       LEFT JOIN {{sims_over_limit}} stl ON stl.subscriber_id = p.legacy_id AND p.personal_id IS NULL$q$,
 'A join of persons and SIMs grouped per person, which are not colocated: here the ids over the limit (grouped on the workers, merged on the coordinator) joined on the legacy id'),
('check:sim_too_many',
 $q$stm.subscriber_id IS NOT NULL OR stl.subscriber_id IS NOT NULL$q$,
 'Reads the side stm as the one-server text makes it: here stl is one row of sims_over_limit');

CREATE FUNCTION @extschema@.generate_views(target_schema name, dataset name DEFAULT 'default')
RETURNS TABLE (view_name text, status text, detail text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET client_min_messages = warning
AS $$
DECLARE
    ds name := generate_views.dataset;
    k text;
    q text;
    c record;
    miss text[];
    made text[] := '{}';
    checks text[] := '{}';
    crit text;
    crits text[] := ARRAY['đúng', 'đủ', 'sạch', 'sống'];
    crit_names text[] := ARRAY['dung', 'du', 'sach', 'song'];
    flags text;
    sides text;
    check_sums text;
    check_cols text;
    check_totals text;
    crit_flags text;
    crit_sums text;
    crit_cols text;
    crit_totals text;
    doc text;
    i integer;
    texts jsonb;
    r record;
    distributed boolean := false;
BEGIN
    IF target_schema IS NULL OR ds IS NULL THEN
        RAISE EXCEPTION USING
            MESSAGE = @extschema@.gettext('schema and dataset must not be null'),
            ERRCODE = 'null_value_not_allowed',
            DETAIL = CASE WHEN target_schema IS NULL AND ds IS NULL THEN @extschema@.gettext('The target_schema and dataset arguments are NULL.')
                                WHEN target_schema IS NULL THEN @extschema@.gettext('The target_schema argument is NULL.')
                                ELSE @extschema@.gettext('The dataset argument is NULL.') END,
            HINT = @extschema@.gettext('Pass the schema to create the views in, and the dataset of the registered sources (or leave dataset out for ''default'').');
    END IF;
    IF NOT EXISTS (SELECT FROM @extschema@.source s WHERE s.dataset = ds) THEN
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.gettext('no source is registered in dataset "%s"'), ds),
            ERRCODE = 'undefined_object',
            DETAIL = format(@extschema@.gettext('population_rules.sources has no row with dataset %L.'), ds),
            HINT = @extschema@.gettext('Register relations with register_source or create_reference_tables first.');
    END IF;
    -- CREATE SCHEMA IF NOT EXISTS needs CREATE on the database even when
    -- the schema exists: a role may own a schema without that right.
    IF to_regnamespace(quote_ident(target_schema)) IS NULL THEN
        EXECUTE format('CREATE SCHEMA %I', target_schema);
    END IF;

    -- The analyst's decisions on duplicates: made once, never dropped (piece 48).
    PERFORM @extschema@._duplicate_decisions_table(target_schema, ds);
    -- The duplicate model: made once from the defaults, never dropped (piece 50).
    PERFORM @extschema@._duplicate_model_table(target_schema, ds);

    -- Re-generation: drop what an earlier call made, dependents first.
    EXECUTE format('DROP VIEW IF EXISTS %1$I.scorecard_province, %1$I.scorecard_commune, %1$I.person_checks',
                   target_schema);
    FOR c IN SELECT vc.view_name FROM @extschema@.view_catalog vc ORDER BY vc.position DESC LOOP
        EXECUTE format('DROP VIEW IF EXISTS %I.%I', target_schema, c.view_name);
    END LOOP;
    FOREACH k IN ARRAY ARRAY['person', 'id_document', 'sim_subscription', 'insurance_record', 'civil_event'] LOOP
        EXECUTE format('DROP VIEW IF EXISTS %I.%I', target_schema, k || '_source');
    END LOOP;

    -- The texts of the case views and of the scorecards' sides and checks,
    -- with the rules they name ({{rule_name}}, view_rules) put in: each rule
    -- is written once, and a case view and the scorecards read the same text.
    SELECT jsonb_object_agg(x.k, x.v) INTO texts
      FROM (SELECT 'view:' || vc.view_name, vc.definition FROM @extschema@.view_catalog vc
            UNION ALL SELECT 'side:' || sd.side_name, sd.join_clause FROM @extschema@.view_scorecard_sides sd
            UNION ALL SELECT 'check:' || sc.check_name, sc.flag FROM @extschema@.view_scorecard_checks sc) x (k, v);
    -- A dataset with a Citus table among its sources takes the texts Citus
    -- can plan where the one-server text joins tables that need not be
    -- colocated (view_distributed_texts).
    IF to_regclass('pg_catalog.pg_dist_partition') IS NOT NULL THEN
        EXECUTE 'SELECT EXISTS (SELECT FROM pg_catalog.pg_dist_partition d JOIN @extschema@.source s'
                ' ON s.relation OPERATOR(pg_catalog.=) d.logicalrelid WHERE s.dataset OPERATOR(pg_catalog.=) $1)'
           INTO distributed USING ds;
    END IF;
    IF distributed THEN
        SELECT texts || coalesce(jsonb_object_agg(dt.text_key, dt.definition), '{}') INTO texts
          FROM @extschema@.view_distributed_texts dt
         WHERE dt.text_key NOT LIKE 'rule:%';
    END IF;
    FOR i IN 1 .. 3 LOOP   -- a rule may name rules, two levels deep
        FOR r IN SELECT vr.rule_name, CASE WHEN distributed THEN coalesce(dt.definition, vr.rule_sql)
                                           ELSE vr.rule_sql END AS rule_sql
                   FROM @extschema@.view_rules vr
                   LEFT JOIN @extschema@.view_distributed_texts dt ON dt.text_key = 'rule:' || vr.rule_name
                  ORDER BY vr.rule_name LOOP
            SELECT jsonb_object_agg(e.key, replace(e.value, '{{' || r.rule_name || '}}', '(' || r.rule_sql || ')'))
              INTO texts
              FROM jsonb_each_text(texts) e;
        END LOOP;
    END LOOP;

    -- Source views: canonical column names over the registered relations.
    FOREACH k IN ARRAY ARRAY['person', 'id_document', 'sim_subscription', 'insurance_record', 'civil_event'] LOOP
        q := @extschema@._source_view_sql(target_schema, ds, k);
        view_name := k || '_source';
        IF q IS NULL THEN
            status := 'skipped';
            detail := format('no %s source is registered in dataset "%s"', k, ds);
        ELSE
            EXECUTE format('CREATE VIEW %I.%I WITH (security_invoker = true) AS %s', target_schema, view_name, q);
            EXECUTE format('COMMENT ON VIEW %I.%I IS %L', target_schema, view_name,
                           format('The %s source of dataset %s under the canonical column names (generated by population_rules.generate_views)', k, ds));
            status := 'created';
            detail := (SELECT s.relation::text FROM @extschema@.source s WHERE s.dataset = ds AND s.kind = k);
        END IF;
        RETURN NEXT;
    END LOOP;

    -- The case views, in order; skipped when a needed column is missing.
    FOR c IN SELECT vc.* FROM @extschema@.view_catalog vc ORDER BY vc.position LOOP
        miss := @extschema@._view_missing(c.needs, ds);
        view_name := c.view_name;
        IF cardinality(miss) > 0 THEN
            status := 'skipped';
            detail := 'needs ' || array_to_string(miss, ', ')
                      || format(', which dataset "%s" does not register', ds);
        ELSE
            EXECUTE format('CREATE VIEW %I.%I WITH (security_invoker = true) AS ', target_schema, c.view_name)
                    || format(texts ->> ('view:' || c.view_name), target_schema);
            EXECUTE format('COMMENT ON VIEW %I.%I IS %L', target_schema, c.view_name,
                           c.description || coalesce(' (criterion: ' || c.criterion || ')', ''));
            made := made || c.view_name::text;
            status := 'created';
            detail := c.description;
        END IF;
        RETURN NEXT;
    END LOOP;

    -- Person checks and the scorecards, over the views that were made.
    SELECT array_agg(format(pc.query, target_schema) ORDER BY vc.position) INTO checks
      FROM @extschema@.view_person_checks pc JOIN @extschema@.view_catalog vc USING (view_name)
     WHERE pc.view_name = ANY (made);
    IF NOT 'person' = ANY (SELECT s.kind FROM @extschema@.source s WHERE s.dataset = ds)
       OR checks IS NULL THEN
        FOREACH k IN ARRAY ARRAY['person_checks', 'scorecard_commune', 'scorecard_province'] LOOP
            view_name := k; status := 'skipped'; detail := 'no person source or no case view was generated';
            RETURN NEXT;
        END LOOP;
        RETURN;
    END IF;
    EXECUTE format('CREATE VIEW %I.person_checks WITH (security_invoker = true) AS %s',
                   target_schema, array_to_string(checks, E'\nUNION ALL\n'));
    EXECUTE format('COMMENT ON VIEW %I.person_checks IS %L', target_schema,
                   'Every failed check of every person: person_key, check_name (the case view, or case view: problem), criterion (đúng, đủ, sạch, sống)');
    view_name := 'person_checks'; status := 'created'; detail := 'failed checks per person';
    RETURN NEXT;

    -- The scorecards.  Every person is judged once, in one pass over
    -- person_source (view_scorecard_checks: one condition per check, over the
    -- side inputs it needs); per criterion a person meets it when no check of
    -- it fails; the counts are taken per commune, and the provinces add up
    -- their communes.
    SELECT string_agg(format('coalesce(%s, false) AS %I', format(texts ->> ('check:' || sc.check_name), target_schema),
                             'c_' || sc.check_name),
                      E',\n                       ' ORDER BY sc.check_name),
           string_agg(format(', count(*) FILTER (WHERE f.%I) AS %I', 'c_' || sc.check_name, sc.check_name), ''
                      ORDER BY sc.check_name),
           string_agg(format(', c.%I', sc.check_name), '' ORDER BY sc.check_name),
           string_agg(format(', sum(c.%1$I)::bigint AS %1$I', sc.check_name), '' ORDER BY sc.check_name)
      INTO flags, check_sums, check_cols, check_totals
      FROM @extschema@.view_scorecard_checks sc
     WHERE sc.view_name = ANY (made);
    SELECT coalesce(string_agg(format(E'\n              %s', format(texts ->> ('side:' || sd.side_name), target_schema)),
                               '' ORDER BY sd.side_name), '')
      INTO sides
      FROM @extschema@.view_scorecard_sides sd
     WHERE sd.side_name IN (SELECT unnest(sc.sides) FROM @extschema@.view_scorecard_checks sc WHERE sc.view_name = ANY (made));
    crit_flags := '';
    crit_sums := '';
    crit_cols := '';
    crit_totals := '';
    doc := '';
    FOR i IN 1 .. 4 LOOP
        crit := crits[i];
        crit_flags := crit_flags || format(', %s AS %I',
            coalesce((SELECT string_agg(format('g.%I', 'c_' || sc.check_name), ' OR ' ORDER BY sc.check_name)
                        FROM @extschema@.view_scorecard_checks sc
                       WHERE sc.view_name = ANY (made) AND sc.criterion = crit), 'false'),
            'f_' || crit_names[i]);
        crit_sums := crit_sums || format(', count(*) FILTER (WHERE NOT f.f_%1$s) AS %1$s_ok'
                                         ', round(100.0 * count(*) FILTER (WHERE NOT f.f_%1$s) / count(*), 1) AS %1$s_pct',
                                         crit_names[i]);
        crit_cols := crit_cols || format(', c.%1$s_ok, c.%1$s_pct', crit_names[i]);
        crit_totals := crit_totals || format(', sum(c.%1$s_ok)::bigint AS %1$s_ok'
                                             ', round(100.0 * sum(c.%1$s_ok) / sum(c.persons), 1) AS %1$s_pct',
                                             crit_names[i]);
        doc := doc || format(' %s = no failed check among: %s;', crit,
                             coalesce((SELECT string_agg(DISTINCT CASE WHEN vc.view_name = 'household_heads'
                                                              THEN CASE crit WHEN 'sạch' THEN 'household_heads (more than one head)'
                                                                             ELSE 'household_heads (no head, only a dead head)' END
                                                              ELSE vc.view_name END, ', ')
                                         FROM @extschema@.view_catalog vc
                                        WHERE vc.view_name = ANY (made) AND vc.view_name <> 'duplicate_person_pairs'
                                          AND (vc.criterion = crit OR (vc.view_name = 'household_heads' AND crit IN ('sạch', 'đủ')))),
                                      '(none generated)'));
    END LOOP;
    -- OFFSET 0 keeps the per-person conditions in their own scan, so each is
    -- evaluated once per person although two aggregates read it.
    EXECUTE format($sc$
        CREATE VIEW %1$I.scorecard_commune WITH (security_invoker = true) AS
        SELECT u.province_id_code AS province_code, u.province_name, c.commune_code, u.commune_name,
               c.persons %2$s%3$s
          FROM (SELECT f.commune_code, count(*) AS persons %4$s%5$s
                  FROM (SELECT g.* %6$s
                          FROM (SELECT p.commune_code,
                                       %7$s
                                  FROM %1$I.person_source p %8$s
                                OFFSET 0) g) f
                 GROUP BY f.commune_code) c
          LEFT JOIN @extschema@.pre2025_units u ON u.commune_code = c.commune_code$sc$,
        target_schema, crit_cols, check_cols, crit_sums, check_sums, crit_flags, flags, sides);
    EXECUTE format($sc$
        CREATE VIEW %1$I.scorecard_province WITH (security_invoker = true) AS
        SELECT c.province_code, c.province_name, sum(c.persons)::bigint AS persons %2$s%3$s
          FROM %1$I.scorecard_commune c
         GROUP BY c.province_code, c.province_name$sc$,
        target_schema, crit_totals, check_totals);
    FOREACH k IN ARRAY ARRAY['commune', 'province'] LOOP
        EXECUTE format('COMMENT ON VIEW %I.%I IS %L', target_schema, 'scorecard_' || k,
                       format('Scorecard per %s: persons, and for each criterion the persons meeting it (<c>_ok) and their share in percent (<c>_pct); then per check the persons failing it. A person meets a criterion when no check of it fails for them:%s',
                              k, doc));
        view_name := 'scorecard_' || k; status := 'created'; detail := 'criteria:' || doc;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.generate_views(name, name) IS
    'Create (or re-create) in a schema the security_invoker views of the Project 06 cleaning cases and the đúng-đủ-sạch-sống scorecard over the relations registered in a dataset; returns each view with created or skipped and why';
