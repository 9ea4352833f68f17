-- population_rules install script, piece 49: what the extension cannot read
-- in a registered source.
--
-- The views read a person's sex, relation to the head, province of birth
-- registration and id numbers through the extension's readers (read_sex,
-- read_relation, read_province, id_key, legacy_id_key), and dates and
-- booleans held as text through a cast.  A value none of them can read
-- would otherwise pass every check unseen: register_source counts them per
-- column and warns, source_unreadable lists them.  Both run with the
-- caller's rights (the relation is read as the caller reads it: its
-- row-level security, a view's functions), never the extension owner's.
--
-- Setting (read with current_setting):
--   population_rules.source_scan   on (default) or off: whether register_source scans

-- Which reader reads a canonical column, NULL when the extension does not
-- interpret it (names, keys and free codes are taken as they are).
CREATE FUNCTION @extschema@._column_reader(kind text, canon text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE
             WHEN canon = 'sex' THEN 'sex'
             WHEN canon = 'relation_to_head' THEN 'relation'
             WHEN canon = 'birth_province' THEN 'province'
             WHEN canon = 'personal_id' THEN 'personal_id'
             WHEN canon = 'legacy_id' THEN 'legacy_id'
             WHEN canon IN ('number', 'superseded_by', 'subscriber_id', 'id_number') THEN 'id_number'
             WHEN canon IN ('birth_date', 'death_date', 'issue_date', 'expiry_date', 'event_date') THEN 'date'
             WHEN canon IN ('resident', 'active') THEN 'boolean'
           END
$$;
COMMENT ON FUNCTION @extschema@._column_reader(text, text) IS
    'Internal: the reader of a canonical column (sex, relation, province, personal_id, legacy_id, id_number, date, boolean), NULL for a column the extension takes as it is';

-- Whether a text casts to a date or a boolean, as the source views cast it
-- (DateStyle applies to dates, as in the views).  An ISO date and the usual
-- spellings of a boolean are answered without trying the cast: the
-- exception block that catches a failed cast costs a subtransaction.
CREATE FUNCTION @extschema@._text_casts(value text, typ text) RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    y integer;
    m integer;
    d integer;
BEGIN
    IF typ = 'date' AND value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
        y := substr(value, 1, 4)::integer;
        m := substr(value, 6, 2)::integer;
        d := substr(value, 9, 2)::integer;
        RETURN y >= 1 AND m BETWEEN 1 AND 12
               AND d BETWEEN 1 AND extract(day FROM make_date(y, m, 1) + interval '1 month' - interval '1 day');
    END IF;
    IF typ = 'boolean' AND lower(btrim(value)) IN ('t', 'f', 'true', 'false', 'y', 'n', 'yes', 'no', 'on', 'off', '1', '0') THEN
        RETURN true;
    END IF;
    IF typ = 'date' THEN
        PERFORM value::date;
    ELSE
        PERFORM value::boolean;
    END IF;
    RETURN true;
EXCEPTION WHEN data_exception THEN
    RETURN false;
END
$$;
COMMENT ON FUNCTION @extschema@._text_casts(text, text) IS
    'Internal: whether a text casts to typ (date or boolean), as a source view casts a date or boolean held as text';

-- The query listing the unreadable values of one mapped column, or NULL
-- when the extension does not interpret it (or reads it as its own type).
CREATE FUNCTION @extschema@._unreadable_sql(k text, canon text, col text, typ oid, rel regclass) RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE
             WHEN r.reader IN ('date', 'boolean') THEN
                 CASE WHEN b.base IN ('text'::regtype, 'varchar'::regtype, 'bpchar'::regtype)
                      -- each distinct value cast once: OFFSET 0 keeps the
                      -- test above the grouping (as HAVING, the planner
                      -- would push it down to every row)
                      THEN format('SELECT %L::text, %L::name, g.v, g.n FROM (SELECT s.v, count(*) AS n'
                                  ' FROM (SELECT nullif(btrim(t.%I), '''') AS v FROM %s t) s'
                                  ' WHERE s.v IS NOT NULL GROUP BY s.v OFFSET 0) g'
                                  ' WHERE NOT @extschema@._text_casts(g.v, %L)',
                                  canon, col, col, rel::text, r.reader) END
             WHEN r.reader IS NOT NULL THEN
                 format('SELECT %L::text, %L::name, s.v, count(*) FROM (SELECT (%s)::text AS v FROM %s t) s'
                        ' WHERE s.v IS NOT NULL AND %s GROUP BY s.v',
                        canon, col, @extschema@._source_column_sql(k, canon, 'text', col, typ), rel::text,
                        CASE r.reader
                          WHEN 'sex' THEN '@extschema@.read_sex(s.v) = ''?'''
                          WHEN 'relation' THEN '@extschema@.read_relation(s.v) = ''?'''
                          WHEN 'province' THEN '@extschema@.read_province(s.v) = ''?'''
                          WHEN 'personal_id' THEN '@extschema@.id_key(s.v) IS NULL'
                          WHEN 'legacy_id' THEN '@extschema@.legacy_id_key(s.v) IS NULL'
                          ELSE '@extschema@.id_key(s.v) IS NULL AND @extschema@.legacy_id_key(s.v) IS NULL' END)
           END
      FROM (SELECT @extschema@._column_reader(k, canon) AS reader) r,
           (SELECT CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END AS base
              FROM pg_type t WHERE t.oid = typ) b
$$;
COMMENT ON FUNCTION @extschema@._unreadable_sql(text, text, text, oid, regclass) IS
    'Internal: the query giving (column_name, mapped_column, value, rows) for the values of one mapped column that the extension cannot read; NULL when it does not interpret the column';

CREATE FUNCTION @extschema@.source_unreadable(dataset name DEFAULT 'default', kind text DEFAULT 'person')
RETURNS TABLE (column_name text, mapped_column name, value text, rows bigint)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    src @extschema@.source;
    q text;
BEGIN
    SELECT * INTO src FROM @extschema@.source s
     WHERE s.dataset = source_unreadable.dataset AND s.kind = source_unreadable.kind;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING
            MESSAGE = format(@extschema@.gettext('no %s source is registered in dataset "%s"'), kind, dataset),
            ERRCODE = 'undefined_object',
            DETAIL = format(@extschema@.gettext('population_rules.sources has no row with dataset %L and kind %L.'), dataset, kind),
            HINT = @extschema@.gettext('The registrations are listed in population_rules.sources.');
    END IF;
    SELECT string_agg(x.q, E'\nUNION ALL\n' ORDER BY x.position) INTO q
      FROM (SELECT sc.position,
                   @extschema@._unreadable_sql(src.kind, sc.column_name, src.mapping ->> sc.column_name,
                                               a.atttypid, src.relation) AS q
              FROM @extschema@.source_column sc
              JOIN pg_attribute a ON a.attrelid = src.relation AND a.attname = src.mapping ->> sc.column_name
                                 AND a.attnum > 0 AND NOT a.attisdropped
             WHERE sc.kind = src.kind) x
     WHERE x.q IS NOT NULL;
    IF q IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY EXECUTE format('SELECT u.* FROM (%s) u (column_name, mapped_column, value, rows)'
                                ' ORDER BY (SELECT sc.position FROM @extschema@.source_column sc'
                                '            WHERE sc.kind = %L AND sc.column_name = u.column_name),'
                                ' u.rows DESC, u.value', q, src.kind);
END
$$;
COMMENT ON FUNCTION @extschema@.source_unreadable(name, text) IS
    'The values of a registered source that the extension cannot read, with the caller''s rights: per interpreted canonical column (sex, relation_to_head, birth_province, id numbers, dates and booleans held as text) and value, its mapped column and how many rows hold it; blank values are unknown, not listed';

-- The warning of register_source: per column, how many rows the extension
-- cannot read, with a few of the values.
CREATE FUNCTION @extschema@._source_scan_report(ds name, k text) RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    detail text;
    ncols integer;
BEGIN
    SELECT string_agg(format(@extschema@.gettext('Column %s (%s): unreadable rows %s, distinct values %s, for example %s.'),
                             quote_ident(c.mapped_column), c.column_name, c.total, c.nvalues, c.examples),
                      E'\n' ORDER BY c.first),
           count(*)
      INTO detail, ncols
      FROM (SELECT u.column_name, u.mapped_column, min(u.ordinality) AS first, sum(u.rows) AS total, count(*) AS nvalues,
                   string_agg(quote_literal(CASE WHEN length(u.value) > 40 THEN left(u.value, 40) || '…' ELSE u.value END),
                              ', ' ORDER BY u.ordinality) FILTER (WHERE u.rank <= 3) AS examples
              FROM (SELECT r.*, row_number() OVER (PARTITION BY r.column_name ORDER BY r.ordinality) AS rank
                      FROM @extschema@.source_unreadable(ds, k) WITH ORDINALITY r) u
             GROUP BY u.column_name, u.mapped_column) c;
    IF ncols > 0 THEN
        RAISE WARNING USING
            MESSAGE = format(@extschema@.gettext('%s source %s holds values the extension cannot read'),
                             k, (SELECT s.relation::text FROM @extschema@.source s WHERE s.dataset = ds AND s.kind = k)),
            DETAIL = detail,
            HINT = format(@extschema@.gettext('The views report these values as unreadable rather than check them. Correct them, or map a column that holds values the extension reads (docs/views.md, "What the extension reads"); population_rules.source_unreadable(%L, %L) lists them all.'),
                          ds, k);
    END IF;
    RETURN ncols;
END
$$;
COMMENT ON FUNCTION @extschema@._source_scan_report(name, text) IS
    'Internal: warn of the values of a registered source that the extension cannot read (source_unreadable), per column with a few examples; returns how many columns hold some';

-- Registration, then the scan of the values as the caller.
CREATE FUNCTION @extschema@.register_source(
    kind text, relation regclass, mapping jsonb DEFAULT '{}',
    dataset name DEFAULT 'default', replace boolean DEFAULT false)
RETURNS @extschema@.source
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    scan boolean := coalesce(nullif(current_setting('population_rules.source_scan', true), ''), 'on')::boolean;
    result @extschema@.source;
BEGIN
    result := @extschema@._register_source(kind, relation, mapping, dataset, replace);
    IF scan THEN
        BEGIN
            PERFORM @extschema@._source_scan_report(result.dataset, result.kind);
        EXCEPTION WHEN OTHERS THEN
            RAISE WARNING USING
                MESSAGE = format(@extschema@.gettext('the values of %s source %s were not checked'), result.kind, result.relation::text),
                DETAIL = SQLERRM,
                HINT = @extschema@.gettext('The registration is made. Call population_rules.source_unreadable once the cause is fixed, or SET population_rules.source_scan = off to skip the scan.');
        END;
    END IF;
    RETURN result;
END
$$;
COMMENT ON FUNCTION @extschema@.register_source(text, regclass, jsonb, name, boolean) IS
    'Register a relation as the source of one kind (person, id_document, sim_subscription, insurance_record, civil_event) in a dataset, mapping canonical columns to its own; only its owner may. Then, unless population_rules.source_scan is off, warns of the values the extension cannot read (source_unreadable), reading the relation with the caller''s rights';
