-- population_rules install script, piece 40: the source contract for views.
--
-- The DBA registers each source relation once per dataset, with a mapping
-- from canonical column names to the relation's own columns.  The views are
-- generated from these registrations.  The catalog is the extension's (dumped
-- with pg_extension_config_dump) and is not writable by other roles: every
-- role may read it, and writes go through register_source and
-- unregister_source, SECURITY DEFINER functions that check that the calling
-- role (@extschema@._invoking_role(), as in the rules API) owns the relation.
-- A trigger validates every row however it is written.

-- The canonical columns of each kind of source: static, part of the contract.
CREATE TABLE @extschema@.source_column (
    kind text NOT NULL,
    column_name text NOT NULL,
    position integer NOT NULL,
    required boolean NOT NULL,
    expected_type text NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (kind, column_name),
    UNIQUE (kind, position)
);
COMMENT ON TABLE @extschema@.source_column IS
    'The canonical columns of each kind of source relation (person, id_document, sim_subscription, insurance_record, civil_event): the names a registration maps to the relation''s own columns';

INSERT INTO @extschema@.source_column VALUES
    ('person', 'person_key', 1, true, 'any', 'Key of the person row, unique in the relation'),
    ('person', 'personal_id', 2, false, 'text', '12-digit personal identification number (số định danh cá nhân)'),
    ('person', 'legacy_id', 3, false, 'text', '9-digit legacy id number (CMND) last held'),
    ('person', 'full_name', 4, false, 'text', 'Full name: family, middle and given names'),
    ('person', 'birth_date', 5, false, 'date', 'Date of birth; only its year or month may be known (see birth_date_precision)'),
    ('person', 'birth_date_precision', 6, false, 'text', 'How much of birth_date is known: day, month or year'),
    ('person', 'sex', 7, false, 'text', 'M (male) or F (female), or any spelling read_sex reads (Nam/Nữ, male/female, 0/1)'),
    ('person', 'birth_province', 8, false, 'text', '3-digit code of the province of birth registration (the id-number code)'),
    ('person', 'household_id', 9, false, 'any', 'Key of the household (hộ) the person is registered in'),
    ('person', 'relation_to_head', 10, false, 'text', 'Relation to the household head, free text (chủ hộ, vợ, con, ...)'),
    ('person', 'commune_code', 11, false, 'text', '5-digit GSO code of the commune of residence'),
    ('person', 'resident', 12, false, 'boolean', 'Whether the residence registration is still active'),
    ('person', 'death_date', 13, false, 'date', 'Date of death, NULL while alive'),
    ('person', 'biometric_hash', 14, false, 'text', 'Hash of the biometric profile (face, fingerprints, iris)'),
    ('person', 'father_name', 15, false, 'text', 'Full name of the father (optional; compared by the duplicate search)'),
    ('person', 'mother_name', 16, false, 'text', 'Full name of the mother (optional; compared by the duplicate search)'),
    ('person', 'origin_place', 17, false, 'text', 'Place of origin (quê quán) as written, a province or commune name (optional; compared by the duplicate search)'),
    ('id_document', 'person_key', 1, true, 'any', 'Key of the person (person.person_key) the document belongs to'),
    ('id_document', 'number', 2, true, 'text', 'Document number: 9 or 12 digits'),
    ('id_document', 'kind', 3, false, 'text', 'cmnd9 (9-digit CMND), cmnd12 (12-digit CMND), cccd, or cancuoc (căn cước card, from 1 July 2024)'),
    ('id_document', 'issue_date', 4, false, 'date', 'Date of issue'),
    ('id_document', 'expiry_date', 5, false, 'date', 'Date of expiry, NULL for cards valid for life'),
    ('id_document', 'status', 6, false, 'text', 'active, superseded, expired, cancelled or lost'),
    ('id_document', 'superseded_by', 7, false, 'text', 'Number of the document that replaced this one'),
    ('sim_subscription', 'phone_number', 1, true, 'text', 'Subscriber phone number, 10 digits'),
    ('sim_subscription', 'subscriber_id', 2, false, 'text', 'Id number the subscription is registered with'),
    ('sim_subscription', 'subscriber_name', 3, false, 'text', 'Name the subscription is registered with'),
    ('sim_subscription', 'birth_date', 4, false, 'date', 'Birth date the subscription is registered with'),
    ('sim_subscription', 'carrier', 5, false, 'text', 'Mobile network operator'),
    ('sim_subscription', 'active', 6, false, 'boolean', 'Whether the subscription is active'),
    ('insurance_record', 'insurance_code', 1, true, 'text', 'Social-insurance code'),
    ('insurance_record', 'id_number', 2, false, 'text', 'Personal id number of the insured'),
    ('insurance_record', 'full_name', 3, false, 'text', 'Name of the insured'),
    ('insurance_record', 'birth_date', 4, false, 'date', 'Birth date of the insured'),
    ('insurance_record', 'sex', 5, false, 'text', 'Sex of the insured: M or F, or any spelling read_sex reads'),
    ('insurance_record', 'active', 6, false, 'boolean', 'Whether the record is active'),
    ('civil_event', 'kind', 1, true, 'text', 'birth or death'),
    ('civil_event', 'id_number', 2, false, 'text', 'Personal id number of the person the event is about'),
    ('civil_event', 'full_name', 3, false, 'text', 'Name of that person'),
    ('civil_event', 'birth_date', 4, false, 'date', 'Birth date of that person'),
    ('civil_event', 'event_date', 5, false, 'date', 'Date of the birth or death'),
    ('civil_event', 'place', 6, false, 'text', 'Commune code where the event was registered');
GRANT SELECT ON @extschema@.source_column TO PUBLIC;

-- The registrations.
CREATE TABLE @extschema@.source (
    dataset name NOT NULL DEFAULT 'default',
    kind text NOT NULL
        CHECK (kind IN ('person', 'id_document', 'sim_subscription',
                        'insurance_record', 'civil_event')),
    relation regclass NOT NULL,
    mapping jsonb NOT NULL DEFAULT '{}',
    missing text[] NOT NULL DEFAULT '{}',
    registered_by name NOT NULL DEFAULT current_user,
    registered_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (dataset, kind)
);
COMMENT ON TABLE @extschema@.source IS
    'Registered source relations: per dataset, one relation of each kind, the mapping of canonical columns to its own columns, and the canonical columns it lacks; written through register_source and unregister_source';
COMMENT ON COLUMN @extschema@.source.mapping IS
    'Canonical column name -> the relation''s own column name, for every mapped canonical column';
COMMENT ON COLUMN @extschema@.source.missing IS
    'Canonical columns of the kind that the relation does not provide; views that need them are skipped';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.source', '');

-- True when the role calling into the API may act as the owner of the
-- relation.  The rules API's _check_owner cannot be reused as is: it accepts
-- only tables (sources may also be views, materialized views and foreign
-- tables) and its messages speak of rules; the caller is found the same way.
CREATE FUNCTION @extschema@.source_owned(rel regclass) RETURNS boolean
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce((SELECT pg_catalog.pg_has_role(@extschema@._invoking_role(), c.relowner, 'USAGE')
                       FROM pg_catalog.pg_class c WHERE c.oid = rel), false)
$$;
COMMENT ON FUNCTION @extschema@.source_owned(regclass) IS
    'Whether the role calling into the API owns the relation (is a member of its owning role): the condition for registering or unregistering it';

-- Validate a registration row and compute its missing columns.  Runs for
-- every INSERT and UPDATE of the catalog, so direct writes are checked too.
CREATE FUNCTION @extschema@.source_check() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    relkind "char";
    persistence "char";
    key text;
    val jsonb;
    canon text[];
    bad text;
BEGIN
    SELECT c.relkind, c.relpersistence INTO relkind, persistence FROM pg_class c WHERE c.oid = NEW.relation;
    IF relkind IS NULL THEN
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.gettext('relation with OID %s does not exist'), NEW.relation::oid),
            ERRCODE = 'undefined_table',
            DETAIL = format(@extschema@.gettext('The registration names relation OID %s, which no relation has.'), NEW.relation::oid),
            HINT = @extschema@.gettext('Register an existing relation, by name, through population_rules.register_source.');
    END IF;
    IF relkind NOT IN ('r', 'p', 'v', 'm', 'f') THEN
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.gettext('%s is not a table, view, materialized view or foreign table'), NEW.relation::text),
            ERRCODE = 'wrong_object_type',
            DETAIL = @extschema@._relation_is(NEW.relation::text, relkind),
            HINT = @extschema@.gettext('Register the table that holds the rows.');
    END IF;
    -- A temporary relation goes at the end of its session without firing
    -- the drop event trigger: its registration would be left naming an OID
    -- that another relation may later take.
    IF persistence = 't' THEN
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.gettext('cannot register temporary relation %s'), NEW.relation::text),
            ERRCODE = 'wrong_object_type',
            DETAIL = format(@extschema@.gettext('%s is a temporary relation: it disappears at the end of the session, and views over it could only be temporary.'),
                                  NEW.relation::text),
            HINT = @extschema@.gettext('Register a permanent or unlogged table.');
    END IF;
    IF jsonb_typeof(NEW.mapping) IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION USING
            MESSAGE = @extschema@.gettext('column mapping must be a JSON object'),
            ERRCODE = 'invalid_parameter_value',
            DETAIL = format(@extschema@.gettext('The mapping given is %s.'), coalesce(NEW.mapping::text, 'NULL')),
            HINT = @extschema@.gettext('Give an object such as {"person_key": "id", "full_name": "ho_ten"}.');
    END IF;
    SELECT array_agg(sc.column_name ORDER BY sc.position) INTO canon
      FROM @extschema@.source_column sc WHERE sc.kind = NEW.kind;
    FOR key, val IN SELECT e.key, e.value FROM jsonb_each(NEW.mapping) e ORDER BY e.key LOOP
        IF NOT key = ANY (canon) THEN
            RAISE EXCEPTION USING
                MESSAGE = format(@extschema@.gettext('"%s" is not a canonical column of a %s source'), key, NEW.kind),
                ERRCODE = 'invalid_parameter_value',
                DETAIL = format(@extschema@.gettext('The mapping given has the key "%s": a mapping''s keys are canonical column names, its values the relation''s own column names.'), key),
                HINT = format(@extschema@.gettext('The canonical columns of %s are: %s.'), NEW.kind,
                                    array_to_string(canon, ', '));
        END IF;
        IF jsonb_typeof(val) <> 'string' THEN
            RAISE EXCEPTION USING
                MESSAGE = format(@extschema@.gettext('canonical column "%s" must be mapped to a column name'), key),
                ERRCODE = 'invalid_parameter_value',
                DETAIL = format(@extschema@.gettext('It is mapped to %s.'), val::text),
                HINT = @extschema@.gettext('Give the column name as a JSON string; leave the key out to omit the column.');
        END IF;
        IF NOT EXISTS (SELECT FROM pg_attribute a
                        WHERE a.attrelid = NEW.relation AND a.attname = val #>> '{}'
                          AND a.attnum > 0 AND NOT a.attisdropped) THEN
            RAISE EXCEPTION USING
                MESSAGE = format(@extschema@.gettext('column "%s" of relation %s does not exist'), val #>> '{}', NEW.relation::text),
                ERRCODE = 'undefined_column',
                DETAIL = format(@extschema@.gettext('The mapping gives it for canonical column "%s".'), key),
                HINT = format(@extschema@.gettext('Map "%s" to an existing column of %s, or map it to null to omit it.'),
                                    key, NEW.relation::text);
        END IF;
    END LOOP;
    SELECT string_agg(quote_ident(sc.column_name), ', ' ORDER BY sc.position) INTO bad
      FROM @extschema@.source_column sc
     WHERE sc.kind = NEW.kind AND sc.required AND NOT NEW.mapping ? sc.column_name;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.gettext('a %s source needs column %s'), NEW.kind, bad),
            ERRCODE = 'undefined_column',
            DETAIL = format(@extschema@.gettext('Relation %s has no column of that name and the mapping does not give one.'),
                                  NEW.relation::text),
            HINT = format(@extschema@.gettext('Map it: {"%s": "your_column"}.'), split_part(bad, ',', 1));
    END IF;
    NEW.missing := coalesce((SELECT array_agg(sc.column_name ORDER BY sc.position)
                               FROM @extschema@.source_column sc
                              WHERE sc.kind = NEW.kind AND NOT NEW.mapping ? sc.column_name),
                            '{}');
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.source_check() IS
    'Trigger of the source catalog: checks the relation kind and every mapped column, and records the missing canonical columns';

CREATE TRIGGER source_check BEFORE INSERT OR UPDATE ON @extschema@.source
    FOR EACH ROW EXECUTE FUNCTION @extschema@.source_check();

-- Readable by all, written only through the API (and by superusers).
REVOKE ALL ON @extschema@.source FROM PUBLIC;
GRANT SELECT ON @extschema@.source TO PUBLIC;

-- Register a relation: the mapping names the relation's own column for a
-- canonical column; a canonical column the mapping leaves out is taken from a
-- column of the same name when the relation has one; a key mapped to JSON
-- null omits that column even then.  register_source (piece 49) calls this
-- with the caller's rights, then scans the relation's values as the caller.
CREATE FUNCTION @extschema@._register_source(
    kind text, relation regclass, mapping jsonb DEFAULT '{}',
    dataset name DEFAULT 'default', replace boolean DEFAULT false)
RETURNS @extschema@.source
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    caller name := (SELECT r.rolname FROM pg_catalog.pg_roles r
                     WHERE r.oid = @extschema@._invoking_role());
    full_map jsonb;
    result @extschema@.source;
BEGIN
    IF kind IS NULL OR relation IS NULL OR dataset IS NULL OR replace IS NULL THEN
        RAISE EXCEPTION USING
            MESSAGE = @extschema@.gettext('kind, relation, dataset and replace must not be null'),
            ERRCODE = 'null_value_not_allowed',
            DETAIL = format(@extschema@.gettext('These arguments are NULL: %s.'),
                                  array_to_string(ARRAY[CASE WHEN kind IS NULL THEN 'kind' END,
                                                        CASE WHEN relation IS NULL THEN 'relation' END,
                                                        CASE WHEN dataset IS NULL THEN 'dataset' END,
                                                        CASE WHEN replace IS NULL THEN 'replace' END], ', ')),
            HINT = @extschema@.gettext('Pass a kind and a relation; leave dataset (''default'') and replace (false) out to take their defaults.');
    END IF;
    IF NOT EXISTS (SELECT FROM @extschema@.source_column sc WHERE sc.kind = _register_source.kind) THEN
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.gettext('unknown kind of source: "%s"'), kind),
            ERRCODE = 'invalid_parameter_value',
            DETAIL = format(@extschema@.gettext('The kind given is %L, which is not a kind of source.'), kind),
            HINT = @extschema@.gettext('The kinds are person, id_document, sim_subscription, insurance_record and civil_event.');
    END IF;
    IF NOT EXISTS (SELECT FROM pg_class c WHERE c.oid = relation) THEN
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.gettext('relation with OID %s does not exist'), relation::oid),
            ERRCODE = 'undefined_table',
            DETAIL = format(@extschema@.gettext('No relation has OID %s: the relation was dropped, or the number is not a relation''s OID.'), relation::oid),
            HINT = @extschema@.gettext('Pass the relation by name, such as ''myschema.persons''.');
    END IF;
    IF NOT @extschema@.source_owned(relation) THEN
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.gettext('must be owner of relation %s'), relation::text),
            ERRCODE = 'insufficient_privilege',
            DETAIL = format(@extschema@.gettext('Role %I neither owns relation %s nor is a member of its owner %I.'),
                                  caller, relation::text,
                                  (SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                                    WHERE c.oid = relation)),
            HINT = @extschema@.gettext('Only the owner of a relation may register it as a source.');
    END IF;
    -- A dataset's views read all its relations together, with the privileges
    -- of whoever queries them (functions in a view run as the querying
    -- role): so only a role that owns the dataset's other relations may add
    -- to it, or a role could plant a relation in someone else's dataset.
    IF EXISTS (SELECT FROM @extschema@.source s JOIN pg_class c ON c.oid = s.relation
                WHERE s.dataset = _register_source.dataset AND s.kind <> _register_source.kind
                  AND NOT @extschema@.source_owned(s.relation)) THEN
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.gettext('must be owner of the relations of dataset "%s"'), dataset),
            ERRCODE = 'insufficient_privilege',
            DETAIL = format(@extschema@.gettext('Dataset "%s" holds %s, which role %I does not own; the views of a dataset read all its relations with the privileges of whoever queries them.'),
                                  dataset,
                                  (SELECT string_agg(format('%s (%s)', s.relation::text, s.kind), ', ' ORDER BY s.kind)
                                     FROM @extschema@.source s JOIN pg_class c ON c.oid = s.relation
                                    WHERE s.dataset = _register_source.dataset AND s.kind <> _register_source.kind
                                      AND NOT @extschema@.source_owned(s.relation)),
                                  caller),
            HINT = @extschema@.gettext('Register into a dataset of your own (the dataset argument), or ask the owner of the dataset''s relations to register it.');
    END IF;
    IF mapping IS NULL OR jsonb_typeof(mapping) <> 'object' THEN
        RAISE EXCEPTION USING
            MESSAGE = @extschema@.gettext('column mapping must be a JSON object'),
            ERRCODE = 'invalid_parameter_value',
            DETAIL = format(@extschema@.gettext('The mapping given is %s.'), coalesce(mapping::text, 'NULL')),
            HINT = @extschema@.gettext('Give an object such as {"person_key": "id", "full_name": "ho_ten"}.');
    END IF;
    -- Same-name columns fill the gaps; explicit nulls are dropped.
    SELECT coalesce(jsonb_object_agg(sc.column_name,
                                     coalesce(mapping -> sc.column_name, to_jsonb(sc.column_name::text))),
                    '{}')
      INTO full_map
      FROM @extschema@.source_column sc
     WHERE sc.kind = _register_source.kind
       AND (CASE WHEN mapping ? sc.column_name
                 THEN jsonb_typeof(mapping -> sc.column_name) <> 'null'
                 ELSE EXISTS (SELECT FROM pg_attribute a
                               WHERE a.attrelid = relation AND a.attname = sc.column_name
                                 AND a.attnum > 0 AND NOT a.attisdropped) END);
    -- Keys that are not canonical columns are kept so that the check rejects them.
    full_map := full_map || coalesce((SELECT jsonb_object_agg(e.key, e.value)
                                        FROM jsonb_each(mapping) e
                                       WHERE NOT EXISTS (SELECT FROM @extschema@.source_column sc
                                                          WHERE sc.kind = _register_source.kind
                                                            AND sc.column_name = e.key)), '{}');
    IF EXISTS (SELECT FROM @extschema@.source s
                WHERE s.dataset = _register_source.dataset AND s.kind = _register_source.kind) THEN
        IF NOT replace THEN
            RAISE EXCEPTION USING
                MESSAGE = format(@extschema@.gettext('a %s source is already registered in dataset "%s"'), kind, dataset),
                ERRCODE = 'duplicate_object',
                DETAIL = format(@extschema@.gettext('It is %s.'), (SELECT s.relation::text FROM @extschema@.source s
                                                     WHERE s.dataset = _register_source.dataset
                                                       AND s.kind = _register_source.kind)),
                HINT = @extschema@.gettext('Call unregister_source first, or pass replace => true.');
        END IF;
        IF NOT @extschema@.source_owned((SELECT s.relation FROM @extschema@.source s
                                          WHERE s.dataset = _register_source.dataset
                                            AND s.kind = _register_source.kind))
           AND EXISTS (SELECT FROM @extschema@.source s JOIN pg_class c ON c.oid = s.relation
                        WHERE s.dataset = _register_source.dataset AND s.kind = _register_source.kind) THEN
            RAISE EXCEPTION USING
                MESSAGE = format(@extschema@.gettext('must be owner of the relation registered as %s in dataset "%s"'), kind, dataset),
                ERRCODE = 'insufficient_privilege',
                DETAIL = (SELECT format(@extschema@.gettext('The %s source of dataset "%s" is %s, owned by %I; role %I is not a member of that role.'),
                                             _register_source.kind, _register_source.dataset,
                                             s.relation::text, r.rolname, caller)
                                  FROM @extschema@.source s JOIN pg_class c ON c.oid = s.relation
                                  JOIN pg_roles r ON r.oid = c.relowner
                                 WHERE s.dataset = _register_source.dataset AND s.kind = _register_source.kind),
                HINT = @extschema@.gettext('Ask the owner of the registered relation to replace or unregister it.');
        END IF;
        UPDATE @extschema@.source s
           SET relation = _register_source.relation, mapping = full_map,
               registered_by = caller, registered_at = now()
         WHERE s.dataset = _register_source.dataset AND s.kind = _register_source.kind
        RETURNING s.* INTO result;
    ELSE
        INSERT INTO @extschema@.source AS s (dataset, kind, relation, mapping, registered_by)
        VALUES (dataset, kind, relation, full_map, caller)
        RETURNING s.* INTO result;
    END IF;
    RETURN result;
END
$$;
COMMENT ON FUNCTION @extschema@._register_source(text, regclass, jsonb, name, boolean) IS
    'Internal: the catalog write of register_source, with the owner''s rights after checking that the caller owns the relation and the dataset''s other relations (callable by anyone: register_source without the scan of the values)';

CREATE FUNCTION @extschema@.unregister_source(kind text, dataset name DEFAULT 'default')
RETURNS regclass
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    rel regclass;
BEGIN
    SELECT s.relation INTO rel FROM @extschema@.source s
     WHERE s.dataset = unregister_source.dataset AND s.kind = unregister_source.kind;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.gettext('no %s source is registered in dataset "%s"'), kind, dataset),
            ERRCODE = 'undefined_object',
            DETAIL = coalesce((SELECT format(@extschema@.gettext('Dataset "%s" registers only these kinds: %s.'),
                                                   unregister_source.dataset,
                                                   string_agg(s.kind, ', ' ORDER BY s.kind))
                                       FROM @extschema@.source s
                                      WHERE s.dataset = unregister_source.dataset
                                     HAVING count(*) > 0),
                                    format(@extschema@.gettext('Dataset "%s" has no registration of any kind.'),
                                           unregister_source.dataset)),
            HINT = @extschema@.gettext('The registrations are listed in population_rules.sources.');
    END IF;
    -- A registration whose relation is gone may be removed by anyone.
    IF NOT @extschema@.source_owned(rel)
       AND EXISTS (SELECT FROM pg_class c WHERE c.oid = rel) THEN
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.gettext('must be owner of relation %s'), rel::text),
            ERRCODE = 'insufficient_privilege',
            DETAIL = format(@extschema@.gettext('Role %I neither owns relation %s nor is a member of its owner %I.'),
                                  (SELECT r.rolname FROM pg_roles r WHERE r.oid = @extschema@._invoking_role()),
                                  rel::text,
                                  (SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                                    WHERE c.oid = rel)),
            HINT = @extschema@.gettext('Only the owner of a relation may unregister it.');
    END IF;
    DELETE FROM @extschema@.source s
     WHERE s.dataset = unregister_source.dataset AND s.kind = unregister_source.kind;
    RETURN rel;
END
$$;
COMMENT ON FUNCTION @extschema@.unregister_source(text, name) IS
    'Remove the registration of one kind of source from a dataset; returns the relation that was registered';

CREATE VIEW @extschema@.sources AS
SELECT s.dataset, s.kind, s.relation, n.nspname AS schema_name, c.relname AS relation_name,
       s.mapping, s.missing, s.registered_by, s.registered_at
  FROM @extschema@.source s
  LEFT JOIN pg_catalog.pg_class c ON c.oid = s.relation
  LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace;
COMMENT ON VIEW @extschema@.sources IS
    'The registered source relations, one row per dataset and kind, with their column mapping and missing canonical columns';
GRANT SELECT ON @extschema@.sources TO PUBLIC;

-- Dropping a registered relation removes its registrations.
CREATE FUNCTION @extschema@.source_drop_cleanup() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    DELETE FROM @extschema@.source s
     USING pg_event_trigger_dropped_objects() d
     WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
       AND d.objid = s.relation::oid;
END
$$;
COMMENT ON FUNCTION @extschema@.source_drop_cleanup() IS
    'Event trigger function: forget the registrations of dropped relations';
-- Internal: called only by the SECURITY DEFINER functions above, by the
-- catalog's trigger and as an event trigger.
REVOKE EXECUTE ON FUNCTION @extschema@.source_drop_cleanup(), @extschema@.source_owned(regclass),
	@extschema@.source_check() FROM PUBLIC;

CREATE EVENT TRIGGER population_rules_source_drop ON sql_drop
    EXECUTE FUNCTION @extschema@.source_drop_cleanup();
COMMENT ON EVENT TRIGGER population_rules_source_drop IS
  'Forgets the view-source registrations of dropped relations.';
