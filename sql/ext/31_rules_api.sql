-- population_rules install script, piece 31: attaching rules to tables.
--
-- One attach call per rule kind, one detach call, set_rule_mode,
-- validate_rule, rebuild_rule, purge_violations, the rules view and the
-- event triggers that keep the registry in step with DDL.  The functions
-- that write the extension's catalogs are SECURITY DEFINER and check that
-- the calling role owns the table (or is a member of its owner, or a
-- superuser); every function runs with search_path = pg_catalog, pg_temp
-- and quotes every name with format('%I') / regclass output.

-- ---------------------------------------------------------------------
-- C helpers and trigger functions (src/rules/)
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@._invoking_role() RETURNS oid
	LANGUAGE C VOLATILE AS 'MODULE_PATHNAME', 'rules_invoking_role';
COMMENT ON FUNCTION @extschema@._invoking_role() IS
  'Internal: the role that called into the rules API (outside its SECURITY DEFINER functions).';

CREATE FUNCTION @extschema@._invalidate(regclass) RETURNS void
	LANGUAGE C STRICT VOLATILE AS 'MODULE_PATHNAME', 'rules_invalidate';
COMMENT ON FUNCTION @extschema@._invalidate(regclass) IS
  'Internal: make every session reload the rules of a table at commit.';

CREATE FUNCTION @extschema@.id_key(text) RETURNS bigint
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'rules_id_key';
COMMENT ON FUNCTION @extschema@.id_key(text) IS
  'The number of a 12-digit personal id written as exactly 12 ASCII digits, NULL otherwise (how the unique-id rule reads text columns).';

CREATE FUNCTION @extschema@.legacy_id_key(text) RETURNS bigint
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'rules_legacy_key';
COMMENT ON FUNCTION @extschema@.legacy_id_key(text) IS
  'The number of a 9-digit CMND written as exactly 9 ASCII digits, NULL otherwise.';

CREATE FUNCTION @extschema@.id_structure_problems(key bigint, birth_year integer,
	sex text, birth_province text) RETURNS text
	LANGUAGE C STABLE PARALLEL SAFE AS 'MODULE_PATHNAME', 'rules_id_problems';
COMMENT ON FUNCTION @extschema@.id_structure_problems(bigint, integer, text, text) IS
  'What the unique-id rule finds wrong in an id''s structure against a birth year, sex and birth province (NULL = unknown); NULL when consistent.';

CREATE FUNCTION @extschema@.is_household_head(relation text, head_key text DEFAULT 'chu ho')
	RETURNS boolean
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'rules_is_head';
COMMENT ON FUNCTION @extschema@.is_household_head(text, text) IS
  'Whether a relation-to-head value means the head: read by read_relation when head_key is one of its terms (CHỦ HỘ, Chủ hộ, chu ho, CH and legacy-encoded spellings all mean chu ho), else compared by accent-free key.';

CREATE FUNCTION @extschema@._retyped_columns(command pg_ddl_command, tbl regclass)
	RETURNS integer[]
	LANGUAGE C STRICT STABLE AS 'MODULE_PATHNAME', 'rules_retyped_columns';
COMMENT ON FUNCTION @extschema@._retyped_columns(pg_ddl_command, regclass) IS
  'Internal: the columns of a table whose type (or values, through USING) an ALTER TABLE command collected by an event trigger changed.';

CREATE FUNCTION @extschema@._attached_partition(command pg_ddl_command) RETURNS regclass
	LANGUAGE C STRICT STABLE AS 'MODULE_PATHNAME', 'rules_attached_partition';
COMMENT ON FUNCTION @extschema@._attached_partition(pg_ddl_command) IS
  'Internal: the table an ALTER TABLE ... ATTACH PARTITION command collected by an event trigger attached, or NULL.';

CREATE FUNCTION @extschema@._raised_statements(OUT name text, OUT statement text,
	OUT executions bigint)
	RETURNS SETOF record
	LANGUAGE C STRICT VOLATILE AS 'MODULE_PATHNAME', 'rules_raised_statements';
COMMENT ON FUNCTION @extschema@._raised_statements() IS
  'Internal: every SQL statement the rules'' C code runs as the owner of the extension''s catalogs, by name, with how often each ran in this session (for the security tests).';

CREATE FUNCTION @extschema@.unique_id_trigger() RETURNS trigger
	LANGUAGE C AS 'MODULE_PATHNAME', 'unique_id_trigger';
COMMENT ON FUNCTION @extschema@.unique_id_trigger() IS
  'Row trigger of unique-id rules on partitioned tables (created by attach_unique_id_rule).';

CREATE FUNCTION @extschema@.unique_id_changes() RETURNS trigger
	LANGUAGE C AS 'MODULE_PATHNAME', 'unique_id_changes';
COMMENT ON FUNCTION @extschema@.unique_id_changes() IS
  'Statement trigger (with transition tables) of unique-id rules on plain tables.';

CREATE FUNCTION @extschema@.unique_id_arm() RETURNS trigger
	LANGUAGE C AS 'MODULE_PATHNAME', 'unique_id_arm';
COMMENT ON FUNCTION @extschema@.unique_id_arm() IS
  'Statement trigger (BEFORE INSERT OR UPDATE) of unique-id rules on plain tables: readies the rule''s message for a duplicate its unique index refuses.';

CREATE FUNCTION @extschema@.household_head_changes() RETURNS trigger
	LANGUAGE C AS 'MODULE_PATHNAME', 'household_head_changes';
COMMENT ON FUNCTION @extschema@.household_head_changes() IS
  'Statement trigger (with transition tables) of household-head rules on plain tables: counts per household, at most one head at the statement''s end.';

CREATE FUNCTION @extschema@.household_head_trigger() RETURNS trigger
	LANGUAGE C AS 'MODULE_PATHNAME', 'household_head_trigger';
COMMENT ON FUNCTION @extschema@.household_head_trigger() IS
  'Row trigger of household-head rules on partitioned tables: keeps the per-household counts.';

CREATE FUNCTION @extschema@.household_head_statement_check() RETURNS trigger
	LANGUAGE C AS 'MODULE_PATHNAME', 'household_head_statement_check';
COMMENT ON FUNCTION @extschema@.household_head_statement_check() IS
  'Statement trigger of household-head rules: at most one head at each statement''s end.';

CREATE FUNCTION @extschema@.household_head_commit_check() RETURNS trigger
	LANGUAGE C AS 'MODULE_PATHNAME', 'household_head_commit_check';
COMMENT ON FUNCTION @extschema@.household_head_commit_check() IS
  'Deferred constraint trigger of household-head rules: exactly one head per household with members at commit.';

CREATE FUNCTION @extschema@.household_head_pending(integer) RETURNS boolean
	LANGUAGE C STRICT VOLATILE AS 'MODULE_PATHNAME', 'household_head_pending';
COMMENT ON FUNCTION @extschema@.household_head_pending(integer) IS
  'WHEN clause of the commit check: true once per transaction and rule, so one event is queued, not one per row.';

CREATE FUNCTION @extschema@.names_trigger() RETURNS trigger
	LANGUAGE C AS 'MODULE_PATHNAME', 'names_trigger';
COMMENT ON FUNCTION @extschema@.names_trigger() IS
  'Trigger of names rules: stores name columns in canonical form.';

-- ---------------------------------------------------------------------
-- Internal PL/pgSQL helpers
-- ---------------------------------------------------------------------

-- What a relation of the wrong kind is, as the DETAIL of an error: one
-- whole sentence per kind, so that it translates.
CREATE FUNCTION @extschema@._relation_is(rel text, kind "char") RETURNS text
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
SELECT CASE kind
	WHEN 'r' THEN format(@extschema@.gettext('%s is a table.'), rel)
	WHEN 'p' THEN format(@extschema@.gettext('%s is a partitioned table.'), rel)
	WHEN 'v' THEN format(@extschema@.gettext('%s is a view.'), rel)
	WHEN 'm' THEN format(@extschema@.gettext('%s is a materialized view.'), rel)
	WHEN 'f' THEN format(@extschema@.gettext('%s is a foreign table.'), rel)
	WHEN 'i' THEN format(@extschema@.gettext('%s is an index.'), rel)
	WHEN 'I' THEN format(@extschema@.gettext('%s is a partitioned index.'), rel)
	WHEN 'S' THEN format(@extschema@.gettext('%s is a sequence.'), rel)
	WHEN 'c' THEN format(@extschema@.gettext('%s is a composite type.'), rel)
	WHEN 't' THEN format(@extschema@.gettext('%s is a TOAST table.'), rel)
	ELSE format(@extschema@.gettext('%s is a relation of kind %L.'), rel, kind::text)
END
$$;
COMMENT ON FUNCTION @extschema@._relation_is(text, "char") IS
  'The DETAIL naming what kind of relation a relation is (pg_class.relkind), in the language of lc_messages';

-- Raise 42501 unless the calling role owns the table (or is a member of
-- its owner, or a superuser); raise 42809 for anything but a table.
CREATE FUNCTION @extschema@._check_owner(tbl regclass) RETURNS void
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	owner oid;
	kind "char";
	caller oid := @extschema@._invoking_role();
BEGIN
	SELECT c.relowner, c.relkind INTO owner, kind FROM pg_class c WHERE c.oid = tbl;
	IF NOT FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('relation with OID %s does not exist'), tbl::oid),
			ERRCODE = 'undefined_table',
			DETAIL = format(@extschema@.gettext('No relation has OID %s: the table was dropped, or the number is not a table''s OID.'), tbl::oid),
			HINT = @extschema@.gettext('Pass the table by name, such as ''myschema.persons''.');
	END IF;
	IF NOT pg_has_role(caller, owner, 'USAGE') THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('must be owner of table %s'), tbl),
			ERRCODE = 'insufficient_privilege',
			DETAIL = format(@extschema@.gettext('Role %I neither owns table %s nor is a member of its owner %I.'),
					(SELECT rolname FROM pg_roles WHERE oid = caller), tbl,
					(SELECT rolname FROM pg_roles WHERE oid = owner)),
			HINT = @extschema@.gettext('Ask the table''s owner or a superuser to attach, detach or change rules on it.');
	END IF;
	IF kind NOT IN ('r', 'p') THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('%s is not a table'), tbl),
			ERRCODE = 'wrong_object_type',
			DETAIL = @extschema@._relation_is(tbl::text, kind),
			HINT = @extschema@.gettext('Rules are attached to ordinary or partitioned tables.');
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._check_owner(regclass) IS
  'Internal: refuse callers that do not own the table.';

CREATE FUNCTION @extschema@._check_mode(mode text) RETURNS text
	LANGUAGE plpgsql IMMUTABLE
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF mode IS NULL OR mode NOT IN ('enforce', 'warn', 'log') THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('invalid rule mode "%s"'), mode),
			ERRCODE = 'invalid_parameter_value',
			DETAIL = format(@extschema@.gettext('The mode given is %L, which is not one of the three rule modes.'), mode),
			HINT = @extschema@.gettext('Use ''enforce'' (raise), ''warn'' (WARNING) or ''log'' (population_rules.violations).');
	END IF;
	RETURN mode;
END
$$;
COMMENT ON FUNCTION @extschema@._check_mode(text) IS
  'Internal: validate a rule mode.';

-- Whether values of a type may be read by code that runs with raised
-- rights (the SECURITY DEFINER API and event triggers): built-in types,
-- made by initdb, whose casts and I/O functions no role can replace, and
-- the extension's own types.  A role's own type may bring its own cast or
-- I/O function, which must never run as the extension's owner.
CREATE FUNCTION @extschema@._readable_type(typ oid) RETURNS boolean
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT typ < 16384::oid
	    OR EXISTS (SELECT FROM pg_depend d
	                WHERE d.classid = 'pg_type'::regclass AND d.objid = typ AND d.deptype = 'e'
	                  AND d.refobjid = (SELECT e.oid FROM pg_extension e
	                                     WHERE e.extname = 'population_rules'))
$$;
COMMENT ON FUNCTION @extschema@._readable_type(oid) IS
  'Internal: whether raised-rights code may read values of a type (built-in or the extension''s own).';

-- Whether a column type suits a rule's position: one of the accepted type
-- names, or, where any type is accepted (types NULL), any readable one.
CREATE FUNCTION @extschema@._type_fits(types text[], typ oid) RETURNS boolean
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT CASE WHEN types IS NULL THEN @extschema@._readable_type(typ)
	            ELSE format_type(typ, NULL) = ANY (types) END
$$;
COMMENT ON FUNCTION @extschema@._type_fits(text[], oid) IS
  'Internal: whether a column type suits a rule position (NULL types: any built-in or extension type).';

-- Raise unless raised-rights code may read the table's rows: every column
-- given is of a readable type and not computed on reading, and the rows
-- are all stored here (no
-- foreign table among its partitions or inheritance children, whose rows
-- would be fetched with the extension owner's user mapping).
CREATE FUNCTION @extschema@._check_readable(tbl regclass, nums smallint[]) RETURNS void
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	col name;
	typ oid;
	child regclass;
BEGIN
	SELECT a.attname, a.atttypid INTO col, typ
	  FROM unnest(nums) AS u(num)
	  JOIN pg_attribute a ON a.attrelid = tbl AND a.attnum = u.num
	 WHERE u.num > 0 AND NOT @extschema@._readable_type(a.atttypid)
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('column "%s" of relation %s has type %s, which rules cannot read'), col, tbl, format_type(typ, NULL)),
			ERRCODE = 'datatype_mismatch',
			DETAIL = format(@extschema@.gettext('Rules read only built-in types and the extension''s own: a type of one''s own may bring cast or I/O functions, which the rules would run with the rights of the extension''s owner. Column "%s" is of type %s.'), col, format_type(typ, NULL)),
			HINT = @extschema@.gettext('Use a column of a built-in type (text, integer, bigint, date, boolean, ...).');
	END IF;
	-- a virtual generated column (PostgreSQL 18) is computed when read
	SELECT a.attname INTO col
	  FROM unnest(nums) AS u(num)
	  JOIN pg_attribute a ON a.attrelid = tbl AND a.attnum = u.num
	 WHERE u.num > 0 AND a.attgenerated = 'v'
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('column "%s" of relation %s is a virtual generated column'), col, tbl),
			ERRCODE = 'feature_not_supported',
			DETAIL = @extschema@.gettext('Its expression would be computed whenever the rule reads the column, with the rights of the extension''s owner.'),
			HINT = @extschema@.gettext('Store it (GENERATED ALWAYS AS (...) STORED), or give the rule the columns it is computed from.');
	END IF;
	WITH RECURSIVE tree(relid) AS (
		SELECT tbl::oid
		UNION
		SELECT i.inhrelid FROM pg_inherits i JOIN tree t ON i.inhparent = t.relid)
	SELECT c.oid::regclass INTO child
	  FROM tree t JOIN pg_class c ON c.oid = t.relid
	 WHERE c.relkind NOT IN ('r', 'p')
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('%s is a foreign table among the partitions or children of %s'), child, tbl),
			ERRCODE = 'wrong_object_type',
			DETAIL = format(@extschema@.gettext('Rules guard rows stored in this database; the rows of %s are fetched from another server.'), child),
			HINT = @extschema@.gettext('Detach the foreign table, or guard its rows on the server that stores them.');
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._check_readable(regclass, smallint[]) IS
  'Internal: refuse tables whose rule columns are of a role''s own types, or that have foreign tables among their partitions or children.';

-- The column's number, or an error naming the table and column.  types:
-- the accepted type names (format_type output), NULL for any.
CREATE FUNCTION @extschema@._column(tbl regclass, col name, what text, types text[])
	RETURNS smallint
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	num smallint;
	typ text;
	typid oid;
BEGIN
	IF col IS NULL THEN
		RETURN 0;
	END IF;
	SELECT a.attnum, format_type(a.atttypid, NULL), a.atttypid INTO num, typ, typid
	  FROM pg_attribute a
	 WHERE a.attrelid = tbl AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped;
	IF NOT FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('column "%s" of relation %s does not exist'), col, tbl),
			ERRCODE = 'undefined_column',
			DETAIL = format(@extschema@.gettext('The %s column was given as "%s", but table %s has no column of that name.'), what, col, tbl),
			HINT = format(@extschema@.gettext('Pass the name of the table''s %s column, exactly as it is spelled (case, spaces and accents count).'), what);
	END IF;
	IF types IS NOT NULL AND NOT typ = ANY (types) THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('column "%s" of relation %s has type %s, which cannot hold a %s'), col, tbl, typ, what),
			ERRCODE = 'datatype_mismatch',
			DETAIL = format(@extschema@.gettext('Column "%s" was given as the %s column, but its type %s is not one the rule reads as a %s.'), col, what, typ, what),
			HINT = format(@extschema@.gettext('Accepted types: %s.'), array_to_string(types, ', '));
	END IF;
	IF NOT @extschema@._type_fits(types, typid) THEN
		PERFORM @extschema@._check_readable(tbl, ARRAY[num]);
	END IF;
	RETURN num;
END
$$;
COMMENT ON FUNCTION @extschema@._column(regclass, name, text, text[]) IS
  'Internal: resolve a column of a table, checking its type.';

-- The column types a rule reads at a position of its columns (attnums
-- order, from 1), as format_type names; NULL for any readable type (see
-- _readable_type).  One list for
-- attaching and for ALTER COLUMN ... TYPE of a column a rule uses.
CREATE FUNCTION @extschema@._column_types(kind text, pos integer) RETURNS text[]
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	pid text := format_type(to_regtype('@extschema@.personal_id'), NULL);
	cmnd text := format_type(to_regtype('@extschema@.cmnd'), NULL);
BEGIN
	IF kind = 'unique_id' THEN
		RETURN CASE pos
			WHEN 1 THEN ARRAY['text', 'character varying', 'character', 'bigint']
				|| CASE WHEN pid IS NULL THEN '{}'::text[] ELSE ARRAY[pid] END
			WHEN 2 THEN ARRAY['text', 'character varying', 'character', 'bigint', 'integer']
				|| CASE WHEN cmnd IS NULL THEN '{}'::text[] ELSE ARRAY[cmnd] END
			WHEN 3 THEN ARRAY['date', 'timestamp without time zone', 'timestamp with time zone',
			                  'smallint', 'integer', 'text', 'character varying']
			END;
	ELSIF kind = 'household_head' THEN
		RETURN CASE pos WHEN 2 THEN ARRAY['text', 'character varying', 'boolean'] END;
	END IF;
	RETURN ARRAY['text', 'character varying'];
END
$$;
COMMENT ON FUNCTION @extschema@._column_types(text, integer) IS
  'Internal: the column types a rule of a kind reads at a position of its columns (NULL = any built-in or extension type).';

-- A name cut to at most n bytes on a character boundary.
CREATE FUNCTION @extschema@._clip(s text, n integer) RETURNS text
	LANGUAGE plpgsql IMMUTABLE
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	WHILE octet_length(s) > n LOOP
		s := left(s, -1);
	END LOOP;
	RETURN s;
END
$$;
COMMENT ON FUNCTION @extschema@._clip(text, integer) IS
  'Internal: cut a name to a byte length without splitting a character.';

-- SQL expression of a row's key, as the triggers write it: (pk)=(values).
-- Without a primary key, or with one of a type not readable with raised
-- rights: the ctid when with_ctid (validate reports; with the partition of
-- a partitioned table, the shard of a Citus table), else NULL (what the
-- triggers record).
CREATE FUNCTION @extschema@._row_key_expr(tbl regclass, with_ctid boolean DEFAULT true)
	RETURNS text
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	names text;
	vals text;
	readable boolean;
BEGIN
	SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.ord),
	       string_agg(format('%I::text', a.attname), ' || '', '' || ' ORDER BY k.ord),
	       bool_and(@extschema@._readable_type(a.atttypid))
	  INTO names, vals, readable
	  FROM pg_index i
	  CROSS JOIN LATERAL unnest(i.indkey::smallint[]) WITH ORDINALITY AS k(attnum, ord)
	  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
	 WHERE i.indrelid = tbl AND i.indisprimary;
	-- a key of a role's own type would be printed by its own cast
	IF NOT readable THEN
		names := NULL;
	END IF;
	IF names IS NULL AND with_ctid
	   AND ((SELECT c.relkind FROM pg_class c WHERE c.oid = tbl) = 'p'
	        OR (@extschema@._citus_layout(tbl)).method IS NOT NULL) THEN
		-- a ctid names a row within one partition (or Citus shard) only
		RETURN '''ctid '' || ctid::text || '' of '' || tableoid::regclass::text';
	END IF;
	IF names IS NULL THEN
		RETURN CASE WHEN with_ctid THEN '''ctid '' || ctid::text' ELSE 'NULL::text' END;
	END IF;
	RETURN format('%L || %s || '')''', '(' || names || ')=(', vals);
END
$$;
COMMENT ON FUNCTION @extschema@._row_key_expr(regclass, boolean) IS
  'Internal: SQL expression naming a row by its primary key, as the triggers do.';

-- The names of columns by number (0 = NULL).
CREATE FUNCTION @extschema@._colnames(tbl regclass, nums smallint[]) RETURNS name[]
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT array_agg(a.attname ORDER BY u.ord)
	  FROM unnest(nums) WITH ORDINALITY AS u(attnum, ord)
	  LEFT JOIN pg_attribute a ON a.attrelid = tbl AND a.attnum = u.attnum AND u.attnum > 0
$$;
COMMENT ON FUNCTION @extschema@._colnames(regclass, smallint[]) IS
  'Internal: column names of a table by number, NULL for 0.';

-- The numbers of columns by name, the inverse of _colnames: where a
-- registry row meets another copy of its table, whose numbers may differ
-- (pg_restore, a Citus node).  A NULL name (no column) keeps its number,
-- 0; a name the table lacks gives NULL.
CREATE FUNCTION @extschema@._attnums(tbl regclass, names name[], nums smallint[]) RETURNS smallint[]
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT pg_catalog.array_agg(CASE WHEN u.name IS NULL THEN u.num ELSE a.attnum END ORDER BY u.ord)
	  FROM ROWS FROM (pg_catalog.unnest(names), pg_catalog.unnest(nums)) WITH ORDINALITY AS u (name, num, ord)
	  LEFT JOIN pg_catalog.pg_attribute a
	    ON a.attrelid OPERATOR(pg_catalog.=) tbl AND a.attname OPERATOR(pg_catalog.=) u.name
	   AND NOT a.attisdropped
$$;
COMMENT ON FUNCTION @extschema@._attnums(regclass, name[], smallint[]) IS
  'Internal: column numbers of a table by name (the given number for a NULL name, NULL for a name the table lacks).';

-- Register a rule; returns its number.
CREATE FUNCTION @extschema@._register(tbl regclass, kind text, rule_name name,
	default_name text, nums smallint[], mode text, options jsonb) RETURNS integer
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rid integer;
	rname text := coalesce(rule_name::text, @extschema@._clip(default_name, 50));
	tname name;
BEGIN
	IF octet_length(rname) > 50 OR rname = '' THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('rule name "%s" is too long'), rname),
			ERRCODE = 'name_too_long',
			DETAIL = @extschema@.gettext('A rule name has at most 50 bytes: its triggers are named after it.'),
			HINT = format(@extschema@.gettext('Pass a rule_name of 1 to 50 bytes; this one has %s.'), octet_length(rname));
	END IF;
	IF EXISTS (SELECT 1 FROM @extschema@.rule r WHERE r.tbl = _register.tbl AND r.rule_name = rname) THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('rule or trigger "%s" already exists on table %s'), rname, tbl),
			ERRCODE = 'duplicate_object',
			DETAIL = format(@extschema@.gettext('Table %s already has a rule named "%s".'), tbl, rname),
			HINT = @extschema@.gettext('Pass another rule_name, or detach the existing rule first.');
	END IF;
	-- Triggers a rule of this name left behind by a restore of the schema
	-- alone (pg_dump --schema-only does not carry the registry): they run
	-- the extension's functions for a rule number nobody registered, and
	-- fail every write.  Attaching the rule again replaces them.
	FOR tname IN SELECT t.tgname FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
	              WHERE t.tgrelid = _register.tbl AND t.tgname = ANY (@extschema@._trigger_names(rname))
	                AND NOT t.tgisinternal AND t.tgparentid = 0
	                AND p.pronamespace = '@extschema@'::regnamespace AND t.tgnargs = 1
	                AND NOT EXISTS (SELECT FROM @extschema@.rule g   -- tgargs: the number, NUL-terminated
	                                 WHERE g.rule_id::text || E'\\000' = encode(t.tgargs, 'escape'))
	LOOP
		EXECUTE format('DROP TRIGGER %I ON %s', tname, tbl);
	END LOOP;
	SELECT t.tgname INTO tname FROM pg_trigger t
	 WHERE t.tgrelid = _register.tbl AND t.tgname = ANY (@extschema@._trigger_names(rname))
	 ORDER BY t.tgname LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('rule or trigger "%s" already exists on table %s'), rname, tbl),
			ERRCODE = 'duplicate_object',
			DETAIL = format(@extschema@.gettext('Table %s already has a trigger named "%s", which a rule of this name would create.'), tbl, tname),
			HINT = @extschema@.gettext('Pass another rule_name, or detach the existing rule first.');
	END IF;
	INSERT INTO @extschema@.rule (rule_name, tbl, kind, attnums, colnames, mode, options, by_whom)
	VALUES (rname, tbl, kind, nums, @extschema@._colnames(tbl, nums), mode, options,
	        (SELECT rolname FROM pg_roles WHERE oid = @extschema@._invoking_role()))
	RETURNING rule_id INTO rid;
	RETURN rid;
END
$$;
COMMENT ON FUNCTION @extschema@._register(regclass, text, name, text, smallint[], text, jsonb) IS
  'Internal: add a rule to the registry.';

-- The key expression of an id column (12 digits, or 9 when legacy).
CREATE FUNCTION @extschema@._key_expr(tbl regclass, num smallint, legacy boolean) RETURNS text
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	col name;
	typ regtype;
	maxv text := CASE WHEN legacy THEN '999999999' ELSE '999999999999' END;
	fn text := CASE WHEN legacy THEN 'legacy_id_key' ELSE 'id_key' END;
BEGIN
	SELECT a.attname, a.atttypid INTO col, typ FROM pg_attribute a
	 WHERE a.attrelid = tbl AND a.attnum = num;
	IF typ IN ('bigint'::regtype, 'integer'::regtype) THEN
		RETURN format('CASE WHEN %1$I BETWEEN 0 AND %2$s THEN %1$I::bigint END', col, maxv);
	END IF;
	RETURN format('@extschema@.%s(%I::text)', fn, col);
END
$$;
COMMENT ON FUNCTION @extschema@._key_expr(regclass, smallint, boolean) IS
  'Internal: SQL expression of the key the unique-id trigger reads from an id column.';

-- SQL expressions of a household rule: household text, living, head.
CREATE FUNCTION @extschema@._household_exprs(r @extschema@.rule,
	OUT household text, OUT alive text, OUT head text)
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	n name[] := @extschema@._colnames(r.tbl, r.attnums);
BEGIN
	household := format('format(''%%s'', %I)', n[1]);
	alive := CASE WHEN r.attnums[3] = 0 THEN 'true' ELSE format('%I IS NULL', n[3]) END;
	IF (r.options->>'head_is_bool')::boolean THEN
		head := format('%I IS TRUE', n[2]);
	ELSE
		head := format('coalesce(@extschema@.is_household_head(%I::text, %L), false)',
		               n[2], r.options->>'head_key');
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._household_exprs(@extschema@.rule) IS
  'Internal: SQL expressions reading a household rule''s columns as its triggers do.';

-- The schema of a relation, for statements that name an index.
CREATE FUNCTION @extschema@._relation_schema(rel regclass) RETURNS name
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT n.nspname FROM pg_catalog.pg_class c
	  JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
	 WHERE c.oid OPERATOR(pg_catalog.=) rel
$$;
COMMENT ON FUNCTION @extschema@._relation_schema(regclass) IS
  'Internal: the name of the schema of a relation.';

-- The comment that marks the unique index a unique-id rule made for itself:
-- how the rule finds its own index again, after a dump and restore too
-- (comments are dumped with the index), and never drops one of the DBA's.
CREATE FUNCTION @extschema@._own_index_comment(rule_name name) RETURNS text
	LANGUAGE sql IMMUTABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT pg_catalog.format('Made by population_rules for the unique-id rule %I: dropped with the rule, or when the rule leaves enforce mode', rule_name)
$$;
COMMENT ON FUNCTION @extschema@._own_index_comment(name) IS
  'Internal: the comment of the unique index a unique-id rule made for itself.';

-- A valid unique index of the rule's table on exactly its id column, the
-- rule's own (marked by its comment) first; NULL when there is none.
CREATE FUNCTION @extschema@._guarding_index(r @extschema@.rule) RETURNS name
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT c.relname FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) i.indexrelid
	 WHERE i.indrelid OPERATOR(pg_catalog.=) r.tbl AND i.indisunique AND i.indisvalid
	   AND i.indnkeyatts OPERATOR(pg_catalog.=) 1
	   AND i.indkey[0] OPERATOR(pg_catalog.=) r.attnums[1] AND i.indpred IS NULL AND i.indexprs IS NULL
	 ORDER BY pg_catalog.obj_description(c.oid, 'pg_class') IS DISTINCT FROM @extschema@._own_index_comment(r.rule_name),
	          c.relname
	 LIMIT 1
$$;
COMMENT ON FUNCTION @extschema@._guarding_index(@extschema@.rule) IS
  'Internal: the unique index that guards a unique-id rule''s column (the rule''s own first), or NULL.';

-- The index the rule made for itself, if it is there.
CREATE FUNCTION @extschema@._own_unique_index(r @extschema@.rule) RETURNS name
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT c.relname FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) i.indexrelid
	 WHERE i.indrelid OPERATOR(pg_catalog.=) r.tbl
	   AND pg_catalog.obj_description(c.oid, 'pg_class') OPERATOR(pg_catalog.=) @extschema@._own_index_comment(r.rule_name)
	 ORDER BY c.relname
	 LIMIT 1
$$;
COMMENT ON FUNCTION @extschema@._own_unique_index(@extschema@.rule) IS
  'Internal: the unique index a unique-id rule made for itself on its table, or NULL.';

-- Drop the unique index a rule made for itself: through its constraint
-- when it has one.
CREATE FUNCTION @extschema@._drop_unique_index(tbl regclass, idx name) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF EXISTS (SELECT FROM pg_catalog.pg_constraint c
	            WHERE c.conrelid OPERATOR(pg_catalog.=) tbl AND c.conname OPERATOR(pg_catalog.=) idx
	              AND c.contype OPERATOR(pg_catalog.=) 'u') THEN
		EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', tbl, idx);
	ELSE
		EXECUTE format('DROP INDEX %I.%I', @extschema@._relation_schema(tbl), idx);
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._drop_unique_index(regclass, name) IS
  'Internal: drop the unique index (or the unique constraint) a unique-id rule made for itself.';

-- Make the unique constraint (and its index) that guards a unique-id rule
-- in enforce mode on a plain table (not partitioned, not a partition: a unique index there
-- would have to hold the partition key), in the table's tablespace, named
-- after the rule (so a duplicate's error carries the rule's name as its
-- constraint, as the rule's own errors do) or, when that name is taken, a
-- free variant of it.  NULL when the table is not plain or already holds
-- one id twice (the rule then keeps its own keys, which tolerate the rows
-- already there); the index build reads only the id column's built-in or
-- extension type (_check_readable), so no role's code runs.
CREATE FUNCTION @extschema@._make_unique_index(r @extschema@.rule) RETURNS name
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	nsp name := @extschema@._relation_schema(r.tbl);
	spc name;
	idx name := r.rule_name;
	n integer := 0;
BEGIN
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_class c
	                WHERE c.oid OPERATOR(pg_catalog.=) r.tbl
	                  AND c.relkind OPERATOR(pg_catalog.=) 'r' AND NOT c.relispartition) THEN
		RETURN NULL;
	END IF;
	WHILE EXISTS (SELECT FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace s ON s.oid OPERATOR(pg_catalog.=) c.relnamespace
	               WHERE s.nspname OPERATOR(pg_catalog.=) nsp AND c.relname OPERATOR(pg_catalog.=) idx) LOOP
		n := n OPERATOR(pg_catalog.+) 1;
		idx := pg_catalog.left(r.rule_name, 50) OPERATOR(pg_catalog.||) '_idx'
		       OPERATOR(pg_catalog.||) CASE WHEN n OPERATOR(pg_catalog.>) 1 THEN n::text ELSE '' END;
	END LOOP;
	SELECT t.spcname INTO spc FROM pg_catalog.pg_class c JOIN pg_catalog.pg_tablespace t ON t.oid OPERATOR(pg_catalog.=) c.reltablespace
	 WHERE c.oid OPERATOR(pg_catalog.=) r.tbl;
	-- A unique constraint checked at the end of each statement, as the
	-- rule's own keys were: an UPDATE that swaps two rows' ids is no
	-- duplicate.
	BEGIN
		EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I UNIQUE (%I)%s DEFERRABLE INITIALLY IMMEDIATE',
		               r.tbl, idx, r.colnames[1],
		               CASE WHEN spc IS NULL THEN '' ELSE format(' USING INDEX TABLESPACE %I', spc) END);
	EXCEPTION WHEN unique_violation THEN
		RETURN NULL;
	END;
	EXECUTE format('COMMENT ON INDEX %I.%I IS %L', nsp, idx, @extschema@._own_index_comment(r.rule_name));
	RETURN idx;
END
$$;
COMMENT ON FUNCTION @extschema@._make_unique_index(@extschema@.rule) IS
  'Internal: make the unique index that guards a unique-id rule on a plain table; NULL when the table is not plain or holds an id twice.';

-- Fill the derived table of a rule from the rows already in the table.
-- Dirty rows do not fail: duplicates are counted, households without
-- exactly one head are kept unchecked until a transaction touches them.
CREATE FUNCTION @extschema@._populate(rid integer) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule;
	uidx name;
BEGIN
	SELECT * INTO STRICT r FROM @extschema@.rule WHERE rule_id = rid;
	DELETE FROM @extschema@.id_keys WHERE rule_id = rid;
	DELETE FROM @extschema@.household_heads WHERE rule_id = rid;
	IF r.kind = 'unique_id' THEN
		-- A unique index of the table on exactly the id column (over the
		-- whole table: a partitioned index for a partitioned table) already
		-- guards it: then the rule keeps no keys of its own for it.  In
		-- enforce mode on a plain table the rule makes that index itself
		-- when the table has none; out of enforce mode it drops its own.
		uidx := @extschema@._own_unique_index(r);
		IF uidx IS NOT NULL AND r.mode <> 'enforce' THEN
			PERFORM @extschema@._drop_unique_index(r.tbl, uidx);
		END IF;
		uidx := @extschema@._guarding_index(r);
		IF uidx IS NULL AND r.mode = 'enforce' THEN
			uidx := @extschema@._make_unique_index(r);
		END IF;
		UPDATE @extschema@.rule g
		   SET options = CASE WHEN uidx IS NULL THEN g.options - 'unique_index'
		                      ELSE g.options || jsonb_build_object('unique_index', uidx) END
		 WHERE g.rule_id = rid;
		PERFORM @extschema@._invalidate(r.tbl);
	END IF;
	PERFORM @extschema@._add_rows(rid, r.tbl);
END
$$;
COMMENT ON FUNCTION @extschema@._populate(integer) IS
  'Internal: (re)build the derived table of a rule from the table''s rows.';

-- Add the rows of a relation to a rule's derived table, with a NOTICE
-- when they already break the rule.  For the rule's own table (_populate,
-- which has just emptied the derived rows under a lock) a plain INSERT.
-- For a partition just attached (ALTER TABLE ... ATTACH PARTITION writes no
-- row through the triggers), upserts: counts already there, and whether the
-- transaction's commit check looks at a household, are kept (a rebuild
-- would reset them and let a household this transaction left without a
-- head commit).  The partition is locked by the ATTACH; rows of other
-- partitions may change meanwhile, through the same upserts.
CREATE FUNCTION @extschema@._add_rows(rid integer, part regclass) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule;
	dups bigint := 0;
	bad bigint;
	e record;
	whole boolean;
	add_keys text;
	add_counts text;
BEGIN
	SELECT * INTO STRICT r FROM @extschema@.rule WHERE rule_id = rid;
	-- on a table Citus distributes, each node counts the rows of its own
	-- shards (_on_node_rule): the coordinator keeps nothing
	IF (@extschema@._citus_layout(r.tbl)).method IS NOT NULL THEN
		RETURN;
	END IF;
	-- part is the rule's table or a partition just attached under it: the
	-- check walks the whole tree
	PERFORM @extschema@._check_readable(r.tbl, r.attnums);
	whole := part = r.tbl;
	add_keys := CASE WHEN whole THEN '' ELSE
		' ON CONFLICT (rule_id, slot, key) DO UPDATE SET n = t.n OPERATOR(pg_catalog.+) excluded.n' END;
	add_counts := CASE WHEN whole THEN '' ELSE
		' ON CONFLICT (rule_id, household) DO UPDATE'
		' SET members = t.members OPERATOR(pg_catalog.+) excluded.members,'
		' heads = t.heads OPERATOR(pg_catalog.+) excluded.heads' END;
	-- column names are the table's: a partition has the same names
	IF r.kind = 'unique_id' AND NOT r.options ? 'unique_index' THEN
		EXECUTE format(
			'WITH a AS (INSERT INTO @extschema@.id_keys AS t (rule_id, slot, key, n, row_ref)'
			'  SELECT $1, 0, k, count(*), min(ref) FROM (SELECT %s AS k, %s AS ref FROM %s) s'
			'  WHERE k IS NOT NULL GROUP BY k%s'
			'  RETURNING t.n)'
			' SELECT count(*) FROM a WHERE n > 1',
			@extschema@._key_expr(r.tbl, r.attnums[1], false),
			@extschema@._row_key_expr(part, false), part, add_keys) USING rid INTO dups;
	END IF;
	IF r.kind = 'unique_id' AND r.attnums[2] <> 0 THEN
		EXECUTE format(
			'INSERT INTO @extschema@.id_keys AS t (rule_id, slot, key, n, row_ref, owner_key)'
			' SELECT $1, 1, k, count(*), min(ref), min(o) FROM (SELECT %s AS k, %s AS ref, %s AS o FROM %s) s'
			' WHERE k IS NOT NULL GROUP BY k%s',
			@extschema@._key_expr(r.tbl, r.attnums[2], true),
			@extschema@._row_key_expr(part, false),
			@extschema@._key_expr(r.tbl, r.attnums[1], false), part, add_keys) USING rid;
	END IF;
	IF dups > 0 AND whole THEN
		RAISE NOTICE USING
			MESSAGE = format(@extschema@.gettext('%s id numbers of table %s are held by more than one row'), dups, r.tbl),
			HINT = @extschema@.gettext('Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.');
	ELSIF dups > 0 THEN
		RAISE NOTICE USING
			MESSAGE = format(@extschema@.gettext('%s id numbers of partition %s are held by more than one row of table %s'), dups, part, r.tbl),
			HINT = @extschema@.gettext('Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.');
	END IF;
	IF r.kind = 'household_head' THEN
		SELECT * INTO e FROM @extschema@._household_exprs(r);
		EXECUTE format(
			'WITH a AS (INSERT INTO @extschema@.household_heads AS t (rule_id, household, members, heads, checked)'
			'  SELECT $1, h, count(*) FILTER (WHERE a), count(*) FILTER (WHERE a AND hd), false'
			'  FROM (SELECT %s AS h, %s AS a, %s AS hd FROM %s) s WHERE h IS NOT NULL GROUP BY h%s'
			'  RETURNING t.members, t.heads)'
			' SELECT count(*) FROM a WHERE members > 0 AND heads <> 1',
			e.household, e.alive, e.head, part, add_counts) USING rid INTO bad;
		IF bad > 0 AND whole THEN
			RAISE NOTICE USING
				MESSAGE = format(@extschema@.gettext('%s households of table %s do not have exactly one living head'), bad, r.tbl),
				HINT = @extschema@.gettext('Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.');
		ELSIF bad > 0 THEN
			RAISE NOTICE USING
				MESSAGE = format(@extschema@.gettext('%s households of partition %s do not have exactly one living head in table %s'), bad, part, r.tbl),
				HINT = @extschema@.gettext('Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.');
		END IF;
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._add_rows(integer, regclass) IS
  'Internal: add the rows of the rule''s table (after _populate emptied its derived rows) or of a partition just attached to a rule''s derived table.';

-- The names a rule's triggers may have.
CREATE FUNCTION @extschema@._trigger_names(rule_name text) RETURNS text[]
	LANGUAGE sql IMMUTABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT ARRAY[rule_name, rule_name || ' update', rule_name || ' delete',
	             rule_name || ' statement', rule_name || ' commit', rule_name || ' truncate',
	             rule_name || ' arm']
$$;
COMMENT ON FUNCTION @extschema@._trigger_names(text) IS
  'Internal: the names of the triggers a rule may have on its table.';

-- Create the triggers of a rule.  On a plain table the unique-id and
-- household rules are statement triggers with transition tables (one per
-- event: a trigger with transition tables has one event); on a
-- partitioned table, or a partition, they are row triggers, cloned to
-- every partition, since a statement trigger sees only the rows of
-- statements naming its own table.
CREATE FUNCTION @extschema@._create_triggers(rid integer) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule;
	n name[];
	cols text;
	fn text;
	set_based boolean;
	prev text;
BEGIN
	SELECT * INTO STRICT r FROM @extschema@.rule WHERE rule_id = rid;
	-- Citus copies the triggers of a distributed table to its shards only
	-- with citus.enable_unsafe_triggers: set here, for these statements
	prev := @extschema@._citus_triggers(r.tbl, 'on');
	n := @extschema@._colnames(r.tbl, r.attnums);
	SELECT c.relkind = 'r' AND NOT c.relispartition INTO set_based
	  FROM pg_class c WHERE c.oid = r.tbl;
	IF r.kind IN ('unique_id', 'household_head') AND set_based THEN
		fn := CASE r.kind WHEN 'unique_id' THEN 'unique_id_changes' ELSE 'household_head_changes' END;
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.%I(%L)',
		               r.rule_name, r.tbl, fn, rid);
		EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s'
		               ' REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.%I(%L)',
		               r.rule_name || ' update', r.tbl, fn, rid);
		EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.%I(%L)',
		               r.rule_name || ' delete', r.tbl, fn, rid);
		-- the rule's message for a duplicate its unique index refuses
		-- (unique_index_errors.c)
		IF r.kind = 'unique_id' THEN
			EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON %s'
			               ' FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.unique_id_arm(%L)',
			               r.rule_name || ' arm', r.tbl, rid);
		END IF;
	ELSIF r.kind = 'unique_id' THEN
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s'
		               ' FOR EACH ROW EXECUTE FUNCTION @extschema@.unique_id_trigger(%L)',
		               r.rule_name, r.tbl, rid);
	ELSIF r.kind = 'household_head' THEN
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s'
		               ' FOR EACH ROW EXECUTE FUNCTION @extschema@.household_head_trigger(%L)',
		               r.rule_name, r.tbl, rid);
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.household_head_statement_check(%L)',
		               r.rule_name || ' statement', r.tbl, rid);
	END IF;
	IF r.kind = 'household_head' THEN
		EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s'
		               ' DEFERRABLE INITIALLY DEFERRED FOR EACH ROW'
		               ' WHEN (@extschema@.household_head_pending(%s))'
		               ' EXECUTE FUNCTION @extschema@.household_head_commit_check(%L)',
		               r.rule_name || ' commit', r.tbl, rid, rid);
	ELSIF r.kind = 'names' THEN
		SELECT string_agg(quote_ident(c), ', ') INTO cols
		  FROM unnest(n[1:(r.options->>'nnames')::integer]) AS c;
		EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OF %s ON %s'
		               ' FOR EACH ROW EXECUTE FUNCTION @extschema@.names_trigger(%L)',
		               r.rule_name, cols, r.tbl, rid);
	END IF;
	-- TRUNCATE empties the derived rows.  On a Citus table Citus gives
	-- the trigger to the table and the workers' copies of it, never to the
	-- shards; where it fires, every node forgets the rule's counters and
	-- keys through node_rule (_truncate_on_nodes).
	IF r.kind IN ('household_head', 'unique_id') THEN
		EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %s'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION @extschema@._truncate_trigger(%L)',
		               r.rule_name || ' truncate', r.tbl, rid);
	END IF;
	PERFORM @extschema@._citus_triggers(r.tbl, prev);
END
$$;
COMMENT ON FUNCTION @extschema@._create_triggers(integer) IS
  'Internal: create the triggers of a rule on its table.';

-- Drop the triggers of a rule (not the clones on partitions: they go with
-- their parent trigger).
CREATE FUNCTION @extschema@._drop_triggers(rid integer) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule;
	t text;
	prev text;
BEGIN
	SELECT * INTO STRICT r FROM @extschema@.rule WHERE rule_id = rid;
	prev := @extschema@._citus_triggers(r.tbl, 'on');
	FOREACH t IN ARRAY @extschema@._trigger_names(r.rule_name) LOOP
		IF EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = r.tbl AND g.tgname = t
		           AND NOT g.tgisinternal AND g.tgparentid = 0) THEN
			EXECUTE format('DROP TRIGGER %I ON %s', t, r.tbl);
		END IF;
	END LOOP;
	PERFORM @extschema@._citus_triggers(r.tbl, prev);
END
$$;
COMMENT ON FUNCTION @extschema@._drop_triggers(integer) IS
  'Internal: drop the triggers of a rule from its table.';

-- The TRUNCATE trigger of unique-id and household rules, AFTER TRUNCATE
-- FOR EACH STATEMENT: empties the rule's derived rows.  On a Citus table
-- (household rules only) the counters live on the workers, and Citus
-- gives TRUNCATE triggers to the table (and the workers' copies of it) but
-- never to the shards: where this one fires, every node forgets the
-- rule's counters through node_rule, in the same distributed transaction
-- as Citus's TRUNCATE of the shards (_truncate_on_nodes).
CREATE FUNCTION @extschema@._truncate_trigger() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rid integer;
	arg integer;
	is_shard boolean;
BEGIN
	-- Only as the AFTER TRUNCATE statement trigger of a rule of the table
	-- it fires on: given another table's rule it would wipe that rule's keys.
	IF TG_WHEN = 'AFTER' AND TG_LEVEL = 'STATEMENT' AND TG_OP = 'TRUNCATE' AND TG_NARGS = 1
	   AND TG_ARGV[0] ~ '^[0-9]{1,9}$' THEN
		arg := TG_ARGV[0]::integer;
		SELECT g.rule_id INTO rid FROM @extschema@.rule g
		 WHERE g.rule_id = arg AND g.tbl = TG_RELID
		   AND g.kind IN ('unique_id', 'household_head');
		IF rid IS NOT NULL AND (@extschema@._citus_layout(TG_RELID)).method IS NULL THEN
			DELETE FROM @extschema@.id_keys WHERE rule_id = rid;
			DELETE FROM @extschema@.household_heads WHERE rule_id = rid;
			RETURN NULL;
		END IF;
		-- a Citus table: on the coordinator (its rule in the registry) or
		-- a worker's copy of it (its rule in node_rule)
		IF rid IS NOT NULL OR @extschema@._node_rule_of_table(arg, TG_RELID) THEN
			IF @extschema@._truncate_on_nodes(arg) THEN
				RETURN NULL;
			END IF;
			-- the plain table's trigger, the table since distributed by
			-- Citus's own create_distributed_table: no node holds the rule
			RAISE EXCEPTION USING
				MESSAGE = format(@extschema@.gettext('cannot truncate distributed table %s: rule %s was not set up for Citus'), TG_RELID::regclass, rid),
				ERRCODE = 'feature_not_supported',
				DETAIL = format(@extschema@.gettext('Table %s was distributed by Citus without population_rules.distribute_table(), which keeps its rules.'), TG_RELID::regclass),
				HINT = @extschema@.gettext('Detach the rule (or undistribute the table with undistribute_table()), then distribute the table with population_rules.distribute_table().');
		END IF;
		-- a copy Citus made of the table's TRUNCATE trigger on a shard it
		-- moved: TRUNCATE of the table reaches the counters through the
		-- table's own trigger, nothing to do here
		IF @extschema@._node_rule_placement() IS NOT NULL THEN
			EXECUTE 'SELECT EXISTS (SELECT FROM pg_catalog.pg_dist_shard s'
			        ' WHERE @extschema@._local_shard(s.logicalrelid, s.shardid) OPERATOR(pg_catalog.=) $1)'
			   INTO is_shard USING TG_RELID;
			IF is_shard THEN
				RETURN NULL;
			END IF;
		END IF;
	END IF;
	RAISE EXCEPTION USING
		MESSAGE = format(@extschema@.gettext('trigger "%s" on %s is not the TRUNCATE trigger of one of its rules'), TG_NAME, TG_RELID::regclass),
		ERRCODE = '39P01',
		DETAIL = format(@extschema@.gettext('It fires %s %s FOR EACH %s with arguments %s; a rule''s TRUNCATE trigger fires AFTER TRUNCATE FOR EACH STATEMENT with the number of a unique-id or household rule of the same table.'),
				TG_WHEN, TG_OP, TG_LEVEL, coalesce(array_to_string(TG_ARGV, ', '), '(none)')),
		HINT = @extschema@.gettext('Do not create triggers on the rules'' functions by hand: population_rules.rebuild_rule() recreates a rule''s triggers.');
END
$$;
COMMENT ON FUNCTION @extschema@._truncate_trigger() IS
  'Trigger of unique-id and household rules: TRUNCATE empties the rule''s derived table (on a Citus table, the counters on every node).';

-- Common end of the attach calls.
CREATE FUNCTION @extschema@._attach(tbl regclass, kind text, rule_name name,
	default_name text, nums smallint[], mode text, options jsonb) RETURNS integer
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rid integer;
	col name;
	layout record;
BEGIN
	-- each column in one role: one column read as a personal id and as a
	-- legacy id, or as household and head, is a mistake no row can satisfy
	SELECT a.attname INTO col
	  FROM unnest(nums) WITH ORDINALITY AS u(num, pos)
	  JOIN pg_attribute a ON a.attrelid = tbl AND a.attnum = u.num
	 WHERE u.num <> 0
	 GROUP BY a.attname HAVING count(*) > 1
	 ORDER BY min(u.pos) LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('column "%s" of relation %s is given twice to the %s rule'), col, tbl, replace(kind, '_', '-')),
			ERRCODE = 'invalid_parameter_value',
			DETAIL = format(@extschema@.gettext('Column "%s" was given for more than one of the rule''s column arguments.'), col),
			HINT = @extschema@.gettext('Give each column argument a column of its own.');
	END IF;
	-- on a table Citus distributes: a layout on which the rule is right,
	-- and the registry copy that reaches every node
	layout := @extschema@._citus_layout(tbl);
	IF layout.method IS NOT NULL THEN
		PERFORM @extschema@._check_layout(tbl, kind,
			(SELECT a.attname FROM pg_attribute a WHERE a.attrelid = tbl AND a.attnum = nums[1]),
			layout.method, layout.dist_column,
			(SELECT a.attname FROM pg_attribute a
			  WHERE kind = 'unique_id' AND a.attrelid = tbl AND a.attnum = nums[2]));
		PERFORM @extschema@._citus_prepare();
	END IF;
	-- No row may change between reading the table and guarding it.
	EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', tbl);
	PERFORM @extschema@._check_readable(tbl, nums);
	rid := @extschema@._register(tbl, kind, rule_name, default_name, nums, mode, options);
	PERFORM @extschema@._create_triggers(rid);
	PERFORM @extschema@._populate(rid);
	PERFORM @extschema@._sync_nodes(rid, true);
	PERFORM @extschema@._invalidate(tbl);
	RETURN rid;
END
$$;
COMMENT ON FUNCTION @extschema@._attach(regclass, text, name, text, smallint[], text, jsonb) IS
  'Internal: register a rule, create its triggers and fill its derived table.';

CREATE FUNCTION @extschema@._rule_by_name(tbl regclass, rule_name name) RETURNS integer
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rid integer;
BEGIN
	SELECT r.rule_id INTO rid FROM @extschema@.rule r
	 WHERE r.tbl = _rule_by_name.tbl AND r.rule_name = _rule_by_name.rule_name;
	IF NOT FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('rule "%s" is not attached to table %s'), rule_name, tbl),
			ERRCODE = 'undefined_object',
			DETAIL = format(@extschema@.gettext('Table %s has no rule named "%s".'), tbl, rule_name),
			HINT = @extschema@.gettext('SELECT * FROM population_rules.rules lists the attached rules.');
	END IF;
	RETURN rid;
END
$$;
COMMENT ON FUNCTION @extschema@._rule_by_name(regclass, name) IS
  'Internal: the number of a rule by table and name.';

CREATE FUNCTION @extschema@._rule(rid integer) RETURNS @extschema@.rule
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule;
BEGIN
	SELECT * INTO r FROM @extschema@.rule WHERE rule_id = rid;
	IF NOT FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('rule %s does not exist'), rid),
			ERRCODE = 'undefined_object',
			DETAIL = format(@extschema@.gettext('No attached rule has number %s: it was never attached, or it was detached or its table dropped.'), rid),
			HINT = @extschema@.gettext('SELECT * FROM population_rules.rules lists the attached rules.');
	END IF;
	RETURN r;
END
$$;
COMMENT ON FUNCTION @extschema@._rule(integer) IS
  'Internal: a registry row by number, or an error.';

-- ---------------------------------------------------------------------
-- The API
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.attach_unique_id_rule(
	tbl regclass,
	id_column name,
	mode text DEFAULT 'enforce',
	strictness text DEFAULT 'warn',
	birth_date_column name DEFAULT NULL,
	sex_column name DEFAULT NULL,
	birth_province_column name DEFAULT NULL,
	legacy_id_column name DEFAULT NULL,
	rule_name name DEFAULT NULL) RETURNS integer
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	nums smallint[];
BEGIN
	PERFORM @extschema@._check_owner(tbl);
	PERFORM @extschema@._check_mode(mode);
	IF strictness IS NULL OR strictness NOT IN ('strict', 'warn', 'off') THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('invalid strictness "%s"'), strictness),
			ERRCODE = 'invalid_parameter_value',
			DETAIL = format(@extschema@.gettext('The strictness given is %L, which is not one of the three strictness levels.'), strictness),
			HINT = @extschema@.gettext('Use ''strict'' (structure mismatches are violations), ''warn'' (flagged) or ''off''.');
	END IF;
	nums := ARRAY[
		@extschema@._column(tbl, id_column, @extschema@.gettext('personal id'), @extschema@._column_types('unique_id', 1)),
		@extschema@._column(tbl, legacy_id_column, @extschema@.gettext('legacy id'), @extschema@._column_types('unique_id', 2)),
		@extschema@._column(tbl, birth_date_column, @extschema@.gettext('birth date'), @extschema@._column_types('unique_id', 3)),
		@extschema@._column(tbl, sex_column, @extschema@.gettext('sex'), NULL),
		@extschema@._column(tbl, birth_province_column, @extschema@.gettext('birth province'), NULL)]::smallint[];
	IF id_column IS NULL THEN
		RAISE EXCEPTION USING
			MESSAGE = @extschema@.gettext('id_column must be given'),
			ERRCODE = 'null_value_not_allowed',
			DETAIL = @extschema@.gettext('The id_column argument is NULL.'),
			HINT = @extschema@.gettext('Pass the name of the column that holds the 12-digit personal id.');
	END IF;
	RETURN @extschema@._attach(tbl, 'unique_id', rule_name, 'unique_id_' || id_column, nums, mode,
		jsonb_build_object('strictness', strictness));
END
$$;
COMMENT ON FUNCTION @extschema@.attach_unique_id_rule(regclass, name, text, text, name, name, name, name, name) IS
  'Attach the unique-id rule: the 12-digit id column is well formed, consistent with the mapped birth date / sex / birth province (strictness strict, warn or off), and unique across the whole table, partitions and concurrent transactions included. Returns the rule number.';

CREATE FUNCTION @extschema@.attach_household_head_rule(
	tbl regclass,
	household_column name,
	head_column name,
	mode text DEFAULT 'enforce',
	death_date_column name DEFAULT NULL,
	head_value text DEFAULT 'chủ hộ',
	rule_name name DEFAULT NULL) RETURNS integer
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	nums smallint[];
	is_bool boolean;
	head_key text;
BEGIN
	PERFORM @extschema@._check_owner(tbl);
	PERFORM @extschema@._check_mode(mode);
	IF household_column IS NULL OR head_column IS NULL THEN
		RAISE EXCEPTION USING
			MESSAGE = @extschema@.gettext('household_column and head_column must be given'),
			ERRCODE = 'null_value_not_allowed',
			DETAIL = format(@extschema@.gettext('The household_column argument is %s and the head_column argument is %s.'),
					CASE WHEN household_column IS NULL THEN 'NULL' ELSE format('"%s"', household_column) END,
					CASE WHEN head_column IS NULL THEN 'NULL' ELSE format('"%s"', head_column) END),
			HINT = @extschema@.gettext('Pass the name of the column that identifies the household and of the column that holds the relation to the head (or a boolean head flag).');
	END IF;
	nums := ARRAY[
		@extschema@._column(tbl, household_column, @extschema@.gettext('household'), NULL),
		@extschema@._column(tbl, head_column, @extschema@.gettext('relation to head or head flag'),
			@extschema@._column_types('household_head', 2)),
		@extschema@._column(tbl, death_date_column, @extschema@.gettext('date of death'), NULL)]::smallint[];
	SELECT a.atttypid = 'boolean'::regtype INTO is_bool FROM pg_attribute a
	 WHERE a.attrelid = tbl AND a.attnum = nums[2];
	head_key := @extschema@.vn_key_unaccent(head_value);
	-- no value would be the head: every household would fail at commit
	IF NOT is_bool AND coalesce(head_key, '') = '' THEN
		RAISE EXCEPTION USING
			MESSAGE = @extschema@.gettext('head_value must name the head'),
			ERRCODE = CASE WHEN head_value IS NULL THEN 'null_value_not_allowed'
			                     ELSE 'invalid_parameter_value' END,
			DETAIL = CASE WHEN head_value IS NULL THEN @extschema@.gettext('The head_value argument is NULL.')
				              ELSE format(@extschema@.gettext('The head_value argument %L is blank, so no relation in column "%s" would mark the head.'),
				                          head_value, head_column) END,
			HINT = @extschema@.gettext('Pass the relation that marks the head, such as ''chủ hộ'' (the default), or leave head_value out.');
	END IF;
	RETURN @extschema@._attach(tbl, 'household_head', rule_name,
		'household_head_' || household_column, nums, mode,
		jsonb_build_object('head_is_bool', is_bool, 'head_key', head_key));
END
$$;
COMMENT ON FUNCTION @extschema@.attach_household_head_rule(regclass, name, name, text, name, text, name) IS
  'Attach the household-head rule: at most one living head per household at each statement''s end, exactly one for every household with living members at commit. The head is a boolean column, or a relation column compared by accent-free key with head_value. Returns the rule number.';

CREATE FUNCTION @extschema@.attach_names_rule(
	tbl regclass,
	columns name[],
	mode text DEFAULT 'enforce',
	style text DEFAULT 'old',
	repair_legacy boolean DEFAULT false,
	original_columns name[] DEFAULT NULL,
	rule_name name DEFAULT NULL) RETURNS integer
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	nums smallint[] := '{}';
	n integer := coalesce(cardinality(columns), 0);
	col name;
BEGIN
	PERFORM @extschema@._check_owner(tbl);
	PERFORM @extschema@._check_mode(mode);
	IF n = 0 OR n > 8 OR array_position(columns, NULL) IS NOT NULL THEN
		RAISE EXCEPTION USING
			MESSAGE = @extschema@.gettext('columns must list 1 to 8 name columns'),
			ERRCODE = 'invalid_parameter_value',
			DETAIL = CASE WHEN n = 0 THEN @extschema@.gettext('The columns argument lists no column.')
				              WHEN n > 8 THEN format(@extschema@.gettext('The columns argument lists %s columns.'), n)
				              ELSE format(@extschema@.gettext('Entry %s of the columns argument is NULL.'), array_position(columns, NULL)) END,
			HINT = @extschema@.gettext('Pass an array of 1 to 8 column names, such as ARRAY[''ho_ten'']; attach a second names rule for more columns.');
	END IF;
	IF original_columns IS NOT NULL AND cardinality(original_columns) <> n THEN
		RAISE EXCEPTION USING
			MESSAGE = @extschema@.gettext('original_columns must have one entry (or NULL) per name column'),
			ERRCODE = 'invalid_parameter_value',
			DETAIL = CASE WHEN n = 1
				THEN format(@extschema@.gettext('The columns argument has 1 entry but original_columns has %s.'), cardinality(original_columns))
				ELSE format(@extschema@.gettext('The columns argument has %s entries but original_columns has %s.'), n, cardinality(original_columns)) END,
			HINT = @extschema@.gettext('Give original_columns the same length as columns, with NULL for a name column whose input need not be kept.');
	END IF;
	IF style IS NULL OR style NOT IN ('old', 'new') THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('invalid tone placement style "%s"'), style),
			ERRCODE = 'invalid_parameter_value',
			DETAIL = format(@extschema@.gettext('The style given is %L, which is not one of the two tone placement styles.'), style),
			HINT = @extschema@.gettext('Use ''old'' (hòa, thủy) or ''new'' (hoà, thuỷ).');
	END IF;
	IF repair_legacy AND to_regprocedure('@extschema@.vn_repair_legacy(text)') IS NULL THEN
		RAISE EXCEPTION USING
			MESSAGE = @extschema@.gettext('legacy repair is not available in this version'),
			ERRCODE = 'feature_not_supported',
			DETAIL = @extschema@.gettext('This installation has no function vn_repair_legacy(text), which repair_legacy => true needs.'),
			HINT = @extschema@.gettext('Attach the rule with repair_legacy => false.');
	END IF;
	FOR i IN 1..n LOOP
		nums := nums || @extschema@._column(tbl, columns[i], @extschema@.gettext('name'),
			@extschema@._column_types('names', i));
	END LOOP;
	FOR i IN 1..n LOOP
		nums := nums || @extschema@._column(tbl, original_columns[i], @extschema@.gettext('original name'),
			@extschema@._column_types('names', n + i));
	END LOOP;
	-- the rule writes these columns: each once, none computed after it
	SELECT a.attname INTO col
	  FROM unnest(nums) WITH ORDINALITY AS u(num, pos)
	  JOIN pg_attribute a ON a.attrelid = tbl AND a.attnum = u.num
	 WHERE u.num <> 0
	 GROUP BY a.attname HAVING count(*) > 1
	 ORDER BY min(u.pos) LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('column "%s" of relation %s is given twice to the names rule'), col, tbl),
			ERRCODE = 'invalid_parameter_value',
			DETAIL = format(@extschema@.gettext('Column "%s" appears more than once among the name and original columns; the rule would write two values into it.'), col),
			HINT = @extschema@.gettext('Give each name column once, and keep each original in a column of its own.');
	END IF;
	SELECT a.attname INTO col
	  FROM unnest(nums) WITH ORDINALITY AS u(num, pos)
	  JOIN pg_attribute a ON a.attrelid = tbl AND a.attnum = u.num
	 WHERE u.num <> 0 AND a.attgenerated <> ''
	 ORDER BY u.pos LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('column "%s" of relation %s is a generated column'), col, tbl),
			ERRCODE = 'invalid_parameter_value',
			DETAIL = format(@extschema@.gettext('PostgreSQL computes column "%s" after BEFORE triggers, so what the names rule stored there would be replaced.'), col),
			HINT = @extschema@.gettext('Attach the rule to the ordinary columns the generated column is computed from, and keep originals in ordinary columns.');
	END IF;
	RETURN @extschema@._attach(tbl, 'names', rule_name, 'names_' || columns[1], nums, mode,
		jsonb_build_object('style', style, 'repair_legacy', repair_legacy, 'nnames', n));
END
$$;
COMMENT ON FUNCTION @extschema@.attach_names_rule(regclass, name[], text, text, boolean, name[], name) IS
  'Attach the names rule: the name columns are stored in canonical form (vn_normalize in the given tone style, after legacy repair if asked); the input is kept in the matching original column when given. Returns the rule number.';

CREATE FUNCTION @extschema@.detach_rule(rule_id integer) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule := @extschema@._rule(rule_id);
	own name;
BEGIN
	PERFORM @extschema@._check_owner(r.tbl);
	PERFORM @extschema@._drop_triggers(r.rule_id);
	own := @extschema@._own_unique_index(r);
	IF own IS NOT NULL THEN
		PERFORM @extschema@._drop_unique_index(r.tbl, own);
	END IF;
	DELETE FROM @extschema@.rule g WHERE g.rule_id = r.rule_id;
	DELETE FROM @extschema@.id_keys k WHERE k.rule_id = r.rule_id;
	DELETE FROM @extschema@.household_heads h WHERE h.rule_id = r.rule_id;
	-- and from every node (whose trigger forgets its counters)
	PERFORM @extschema@._sync_nodes(r.rule_id, false);
	PERFORM @extschema@._invalidate(r.tbl);
END
$$;
COMMENT ON FUNCTION @extschema@.detach_rule(integer) IS
  'Detach a rule: drop its triggers and its registration (violations already logged stay).';

CREATE FUNCTION @extschema@.detach_rule(tbl regclass, rule_name name) RETURNS void
	LANGUAGE sql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT @extschema@.detach_rule(@extschema@._rule_by_name(tbl, rule_name))
$$;
COMMENT ON FUNCTION @extschema@.detach_rule(regclass, name) IS
  'Detach a rule given by table and rule name.';

CREATE FUNCTION @extschema@.set_rule_mode(rule_id integer, mode text) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule := @extschema@._rule(rule_id);
	rebuilt boolean;
BEGIN
	PERFORM @extschema@._check_owner(r.tbl);
	PERFORM @extschema@._check_mode(mode);
	PERFORM @extschema@._check_layout(r.tbl, r.kind, r.colnames[1],
		l.method, l.dist_column, CASE WHEN r.kind = 'unique_id' THEN r.colnames[2] END)
	   FROM @extschema@._citus_layout(r.tbl) l;
	UPDATE @extschema@.rule g SET mode = set_rule_mode.mode WHERE g.rule_id = r.rule_id;
	-- a unique-id rule entering or leaving enforce mode makes or drops its
	-- own unique index (only enforce mode may refuse a duplicate), and so
	-- keeps keys of its own or no more: on Citus, every node builds or
	-- forgets them (_sync_nodes with rebuild)
	rebuilt := r.kind = 'unique_id' AND (r.mode = 'enforce') <> (set_rule_mode.mode = 'enforce');
	IF rebuilt THEN
		EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', r.tbl);
		PERFORM @extschema@._populate(r.rule_id);
	END IF;
	-- the new mode reaches every node in this transaction
	PERFORM @extschema@._sync_nodes(r.rule_id, rebuilt);
	PERFORM @extschema@._invalidate(r.tbl);
END
$$;
COMMENT ON FUNCTION @extschema@.set_rule_mode(integer, text) IS
  'Change a rule''s mode: enforce (raise), warn (WARNING) or log (population_rules.violations).';

CREATE FUNCTION @extschema@.set_rule_mode(tbl regclass, rule_name name, mode text) RETURNS void
	LANGUAGE sql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT @extschema@.set_rule_mode(@extschema@._rule_by_name(tbl, rule_name), mode)
$$;
COMMENT ON FUNCTION @extschema@.set_rule_mode(regclass, name, text) IS
  'Change the mode of a rule given by table and rule name.';

CREATE FUNCTION @extschema@.rebuild_rule(rule_id integer) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule := @extschema@._rule(rule_id);
	citus boolean;
BEGIN
	PERFORM @extschema@._check_owner(r.tbl);
	citus := (@extschema@._citus_layout(r.tbl)).method IS NOT NULL;
	IF citus THEN
		PERFORM @extschema@._citus_prepare();
	END IF;
	-- The table is locked before anything else touches the rule's
	-- counters: a writer already in it ends first, its counters where
	-- the nodes' deletes below find them, and later writers wait.  (Were
	-- the old scopes dropped first, a writer still running would add a
	-- household new to the counters under its placement's old scope, a
	-- row that nothing would read or delete again.)
	EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', r.tbl);
	-- on Citus: every node forgets the rule's counters and scopes before
	-- its triggers are made again, and counts its shards anew after
	IF citus THEN
		DELETE FROM @extschema@.node_rule n WHERE n.rule_id = r.rule_id;
	END IF;
	-- the triggers again, in the form the table now needs (a plain table
	-- attached as a partition needs row triggers)
	PERFORM @extschema@._drop_triggers(r.rule_id);
	PERFORM @extschema@._create_triggers(r.rule_id);
	PERFORM @extschema@._populate(r.rule_id);
	PERFORM @extschema@._sync_nodes(r.rule_id, true);
	PERFORM @extschema@._invalidate(r.tbl);
END
$$;
COMMENT ON FUNCTION @extschema@.rebuild_rule(integer) IS
  'Rebuild a rule''s derived table from the table''s rows (after a partition was truncated, detached or dropped, or a partial restore).';

-- The violations of the rows already in the table, as (row_key, detail,
-- code): code is the machine code the triggers log for the same kind.
CREATE FUNCTION @extschema@._violations_of(r @extschema@.rule)
	RETURNS TABLE (row_key text, detail text, code text)
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	n name[] := @extschema@._colnames(r.tbl, r.attnums);
	rk text := @extschema@._row_key_expr(r.tbl);
	k text;
	e record;
	birth text;
	canonical text;
BEGIN
	PERFORM @extschema@._check_readable(r.tbl, r.attnums);
	IF r.kind = 'unique_id' THEN
		k := @extschema@._key_expr(r.tbl, r.attnums[1], false);
		RETURN QUERY EXECUTE format(
			'SELECT %s, format(''malformed personal id number: value (%%s)=(%%s) is not 12 digits'', %L, %I), ''malformed_id'''
			' FROM %s WHERE %I IS NOT NULL AND (%s) IS NULL ORDER BY 1',
			rk, n[1], n[1], r.tbl, n[1], k);
		RETURN QUERY EXECUTE format(
			'SELECT ref, format(''duplicate personal id number: key (%%s)=(%%s) is held by %%s rows: %%s'', %L,'
			'  lpad(k::text, 12, ''0''), c, refs), ''duplicate_id'''
			' FROM (SELECT k, ref, count(*) OVER w AS c, string_agg(ref, '', '') OVER w AS refs'
			'       FROM (SELECT %s AS k, %s AS ref FROM %s) s WHERE k IS NOT NULL'
			'       WINDOW w AS (PARTITION BY k ORDER BY ref ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) d'
			' WHERE c > 1 ORDER BY 1',
			n[1], k, rk, r.tbl);
		IF r.options->>'strictness' <> 'off' THEN
			birth := CASE
				WHEN r.attnums[3] = 0 THEN 'NULL::integer'
				WHEN (SELECT a.atttypid FROM pg_attribute a WHERE a.attrelid = r.tbl AND a.attnum = r.attnums[3])
				     IN ('smallint'::regtype, 'integer'::regtype) THEN format('%I::integer', n[3])
				WHEN (SELECT a.atttypid FROM pg_attribute a WHERE a.attrelid = r.tbl AND a.attnum = r.attnums[3])
				     IN ('text'::regtype, 'character varying'::regtype)
				     THEN format('CASE WHEN %1$I ~ ''^[0-9]{4}'' THEN left(%1$I, 4)::integer END', n[3])
				ELSE format('extract(year FROM %I)::integer', n[3]) END;
			RETURN QUERY EXECUTE format(
				'SELECT ref, ''personal id number does not match the row: '' || p, ''id_mismatch'' FROM'
				' (SELECT %s AS ref, @extschema@.id_structure_problems(%s, %s, %s, %s) AS p FROM %s) s'
				' WHERE p IS NOT NULL ORDER BY 1',
				rk, k, birth,
				CASE WHEN r.attnums[4] = 0 THEN 'NULL' ELSE format('%I::text', n[4]) END,
				CASE WHEN r.attnums[5] = 0 THEN 'NULL' ELSE format('%I::text', n[5]) END,
				r.tbl);
		END IF;
		IF r.attnums[2] <> 0 THEN
			RETURN QUERY EXECUTE format(
				'SELECT %s, format(''malformed legacy id number: value (%%s)=(%%s) is not 9 digits'', %L, %I), ''malformed_legacy_id'''
				' FROM %s WHERE %I IS NOT NULL AND (%s) IS NULL ORDER BY 1',
				rk, n[2], n[2], r.tbl, n[2], @extschema@._key_expr(r.tbl, r.attnums[2], true));
			RETURN QUERY EXECUTE format(
				'SELECT NULL::text, format(''legacy id number %%s is held by %%s persons'', lpad(lk::text, 9, ''0''), c), ''shared_legacy_id'''
				' FROM (SELECT lk, count(DISTINCT coalesce(pk, -1)) AS c FROM'
				'   (SELECT %s AS lk, %s AS pk FROM %s) s WHERE lk IS NOT NULL GROUP BY lk) d'
				' WHERE c > 1 ORDER BY lk',
				@extschema@._key_expr(r.tbl, r.attnums[2], true), k, r.tbl);
		END IF;
	ELSIF r.kind = 'household_head' THEN
		SELECT * INTO e FROM @extschema@._household_exprs(r);
		RETURN QUERY EXECUTE format(
			'SELECT format(''(%%s)=(%%s)'', %L, h),'
			' CASE WHEN hd = 0 THEN format(''household has no living head among %%s living members'', m)'
			'      ELSE format(''household has %%s living heads among %%s living members'', hd, m) END,'
			' CASE WHEN hd = 0 THEN ''household_no_head'' ELSE ''household_many_heads'' END'
			' FROM (SELECT h, count(*) FILTER (WHERE a) AS m, count(*) FILTER (WHERE a AND hd) AS hd'
			'       FROM (SELECT %s AS h, %s AS a, %s AS hd FROM %s) s WHERE h IS NOT NULL GROUP BY h) d'
			' WHERE m > 0 AND hd <> 1 ORDER BY h',
			quote_ident(n[1]), e.household, e.alive, e.head, r.tbl);
	ELSE
		FOR i IN 1..(r.options->>'nnames')::integer LOOP
			-- the canonical form twice rather than a join, under which a
			-- row key of ctid could not be named
			canonical := format('@extschema@.vn_normalize(%s, %L)',
				CASE WHEN (r.options->>'repair_legacy')::boolean
				     THEN format('@extschema@.vn_repair_legacy(%I)', n[i]) ELSE quote_ident(n[i]) END,
				r.options->>'style');
			RETURN QUERY EXECUTE format(
				'SELECT %s, format(''name not in canonical form: column %%s: %%L should be %%L'', %L, %I, %s), ''name_not_canonical'''
				' FROM %s WHERE %I IS DISTINCT FROM %s ORDER BY 1',
				rk, quote_ident(n[i]), n[i], canonical, r.tbl, n[i], canonical);
		END LOOP;
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._violations_of(@extschema@.rule) IS
  'Internal: the violations of a rule among the rows already in its table, with their machine codes.';

CREATE FUNCTION @extschema@.validate_rule(rule_id integer, log boolean DEFAULT false)
	RETURNS TABLE (row_key text, detail text)
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule := @extschema@._rule(rule_id);
	role name := (SELECT rolname FROM pg_roles WHERE oid = @extschema@._invoking_role());
	code text;
BEGIN
	PERFORM @extschema@._check_owner(r.tbl);
	FOR row_key, detail, code IN SELECT v.row_key, v.detail, v.code FROM @extschema@._violations_of(r) v LOOP
		IF log THEN
			INSERT INTO @extschema@.violations (rule_id, rule_name, tbl, table_name, row_key, detail, role, code)
			VALUES (r.rule_id, r.rule_name, r.tbl, r.tbl::text, validate_rule.row_key,
			        validate_rule.detail, role, code);
		END IF;
		RETURN NEXT;
	END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.validate_rule(integer, boolean) IS
  'Scan the rows already in a rule''s table, like VALIDATE CONSTRAINT, and return each violation (and log it when log is true); changes no row.';

CREATE FUNCTION @extschema@.purge_violations(older_than interval DEFAULT '0'::interval)
	RETURNS bigint
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	caller oid := @extschema@._invoking_role();
	n bigint;
BEGIN
	-- A role purges the entries of the tables it owns; the extension's
	-- owner (and superusers) purge everything, dropped tables included.
	DELETE FROM @extschema@.violations v
	 WHERE v.at < clock_timestamp() - older_than
	   AND (pg_has_role(caller, (SELECT e.extowner FROM pg_extension e WHERE e.extname = 'population_rules'), 'USAGE')
	        OR pg_has_role(caller, (SELECT c.relowner FROM pg_class c WHERE c.oid = v.tbl), 'USAGE'));
	GET DIAGNOSTICS n = ROW_COUNT;
	RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.purge_violations(interval) IS
  'Delete logged violations older than the given age (all by default) of the tables the caller owns; returns how many.';

CREATE VIEW @extschema@.rules AS
SELECT r.tbl AS table_name,
       r.rule_name,
       r.rule_id,
       r.kind,
       (SELECT jsonb_object_agg(role, col ORDER BY ord)
          FROM (SELECT u.ord,
                       CASE r.kind
                         WHEN 'unique_id' THEN (ARRAY['id', 'legacy_id', 'birth_date', 'sex', 'birth_province'])[u.ord]
                         WHEN 'household_head' THEN (ARRAY['household', 'head', 'death_date'])[u.ord]
                         ELSE CASE WHEN u.ord <= (r.options->>'nnames')::integer
                                   THEN 'name_' || u.ord
                                   ELSE 'original_' || (u.ord - (r.options->>'nnames')::integer) END
                       END AS role,
                       a.attname AS col
                  FROM unnest(r.attnums) WITH ORDINALITY AS u(attnum, ord)
                  JOIN pg_catalog.pg_attribute a ON a.attrelid = r.tbl AND a.attnum = u.attnum
                 WHERE u.attnum > 0) c) AS columns,
       r.mode,
       r.options,
       r.since,
       r.by_whom
  FROM @extschema@.rule r;
COMMENT ON VIEW @extschema@.rules IS
  'Every rule attached to a table: table, rule, columns (by role, current names), mode, options, since, by whom.';
GRANT SELECT ON @extschema@.rules TO PUBLIC;

-- The attach calls that re-create every rule as it is now: for a restore
-- of the schema alone (pg_dump --schema-only, or a schema copied to
-- another server), which brings the rules' triggers but not the registry.
CREATE FUNCTION @extschema@.rule_script() RETURNS text
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT coalesce(string_agg(CASE r.kind
		WHEN 'unique_id' THEN format(
			'SELECT population_rules.attach_unique_id_rule(%L, %L, mode => %L, strictness => %L,'
			' birth_date_column => %L, sex_column => %L, birth_province_column => %L,'
			' legacy_id_column => %L, rule_name => %L);',
			r.table_name::text, r.columns->>'id', r.mode, r.options->>'strictness',
			r.columns->>'birth_date', r.columns->>'sex', r.columns->>'birth_province',
			r.columns->>'legacy_id', r.rule_name)
		WHEN 'household_head' THEN format(
			'SELECT population_rules.attach_household_head_rule(%L, %L, %L, mode => %L,'
			' death_date_column => %L, head_value => %L, rule_name => %L);',
			r.table_name::text, r.columns->>'household', r.columns->>'head', r.mode,
			r.columns->>'death_date', coalesce(r.options->>'head_key', 'chủ hộ'), r.rule_name)
		ELSE format(
			'SELECT population_rules.attach_names_rule(%L, %L, mode => %L, style => %L,'
			' repair_legacy => %L, original_columns => %L, rule_name => %L);',
			r.table_name::text,
			ARRAY(SELECT r.columns->>('name_' || i)
			        FROM generate_series(1, (r.options->>'nnames')::integer) i)::name[],
			r.mode, r.options->>'style', r.options->>'repair_legacy',
			ARRAY(SELECT r.columns->>('original_' || i)
			        FROM generate_series(1, (r.options->>'nnames')::integer) i)::name[],
			r.rule_name)
		END, E'\n' ORDER BY r.rule_id), '')
	  FROM @extschema@.rules r
$$;
COMMENT ON FUNCTION @extschema@.rule_script() IS
  'The attach calls that re-create every rule as it is now (columns, mode, options, name), one per line: run them after restoring the schema alone, where the rules'' triggers arrive without the registry; each replaces the triggers its rule left.';

-- ---------------------------------------------------------------------
-- Keeping the registry in step with DDL
-- ---------------------------------------------------------------------

-- Dropped tables lose their rules; dropping a column a rule uses is refused.
CREATE FUNCTION @extschema@._on_sql_drop() RETURNS event_trigger
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	d record;
	r record;
	ids integer[];
BEGIN
	FOR d IN SELECT * FROM pg_event_trigger_dropped_objects()
	          WHERE object_type IN ('table', 'table column') LOOP
		IF d.object_type = 'table' THEN
			DELETE FROM @extschema@.id_keys k USING @extschema@.rule g
			 WHERE g.tbl = d.objid AND k.rule_id = g.rule_id;
			DELETE FROM @extschema@.household_heads h USING @extschema@.rule g
			 WHERE g.tbl = d.objid AND h.rule_id = g.rule_id;
			-- a shard placement of a Citus table held here (a shard moved
			-- away, a split's parent, a failed move's copy): the household
			-- counters and id keys of its scopes go with it
			DELETE FROM @extschema@.household_heads h USING @extschema@.placement_scopes s
			 WHERE s.shard OPERATOR(pg_catalog.=) d.objid AND h.rule_id OPERATOR(pg_catalog.=) s.scope_id;
			DELETE FROM @extschema@.id_keys k USING @extschema@.placement_scopes s
			 WHERE s.shard OPERATOR(pg_catalog.=) d.objid AND k.rule_id OPERATOR(pg_catalog.=) s.scope_id;
			DELETE FROM @extschema@.placement_scopes s WHERE s.shard OPERATOR(pg_catalog.=) d.objid;
			-- the copies on every node (node_rule, a Citus reference table):
			-- by rule number, with no join to the coordinator's registry
			SELECT pg_catalog.array_agg(g.rule_id) INTO ids
			  FROM @extschema@.rule g WHERE g.tbl OPERATOR(pg_catalog.=) d.objid;
			IF ids IS NOT NULL
			   AND (@extschema@._citus_layout('@extschema@.node_rule')).method IS NOT NULL THEN
				DELETE FROM @extschema@.node_rule n
				 WHERE n.rule_id OPERATOR(pg_catalog.=) ANY (ids);
			END IF;
			DELETE FROM @extschema@.rule g WHERE g.tbl = d.objid;
		ELSE
			SELECT g.rule_id, g.rule_name INTO r FROM @extschema@.rule g
			 WHERE g.tbl = d.objid AND d.objsubid = ANY (g.attnums)
			   AND NOT EXISTS (SELECT 1 FROM pg_event_trigger_dropped_objects() t
			                    WHERE t.object_type = 'table' AND t.objid = d.objid);
			IF FOUND THEN
				RAISE EXCEPTION USING
					MESSAGE = format(@extschema@.gettext('cannot drop column %s because rule "%s" uses it'), d.object_identity, r.rule_name),
					ERRCODE = 'dependent_objects_still_exist',
					DETAIL = format(@extschema@.gettext('Column %s is one of the columns that rule number %s checks.'),
							d.object_identity, r.rule_id),
					HINT = @extschema@.gettext('Detach the rule first with population_rules.detach_rule().');
			END IF;
		END IF;
	END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@._on_sql_drop() IS
  'Event trigger: remove the rules of dropped tables (and the household counters and id keys of dropped Citus shard placements); refuse to drop a column a rule uses.';

CREATE EVENT TRIGGER population_rules_sql_drop ON sql_drop
	EXECUTE FUNCTION @extschema@._on_sql_drop();
COMMENT ON EVENT TRIGGER population_rules_sql_drop IS
  'Removes the rules of dropped tables and refuses to drop a column a rule uses.';

-- Renamed columns: keep the registry's names in step (the rules themselves
-- work by column number and need nothing).
CREATE FUNCTION @extschema@._on_ddl_end() RETURNS event_trigger
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rid integer;
	cmd record;
	gr @extschema@.rule;
	attached regclass;
	retyped integer[];
	rebuild boolean := false;
	typ text;
	typid oid;
	types text[];
BEGIN
	UPDATE @extschema@.rule g SET colnames = @extschema@._colnames(g.tbl, g.attnums)
	 WHERE g.tbl IN (SELECT c.objid FROM pg_event_trigger_ddl_commands() c
	                  WHERE c.classid = 'pg_class'::regclass)
	   AND g.colnames IS DISTINCT FROM @extschema@._colnames(g.tbl, g.attnums);
	-- the names reach the workers' copy of the rules (node_rule), which
	-- the triggers on the shards read columns by
	-- (a worker's registry is empty: nothing to do there)
	FOR rid IN SELECT g.rule_id FROM @extschema@.rule g
	            WHERE g.tbl IN (SELECT c.objid FROM pg_event_trigger_ddl_commands() c
	                             WHERE c.classid = 'pg_class'::regclass)
	              AND (@extschema@._citus_layout(g.tbl)).method IS NOT NULL LOOP
		PERFORM @extschema@._sync_nodes(rid, false);
	END LOOP;
	-- A guarded plain table attached as a partition (ALTER TABLE parent
	-- ATTACH PARTITION it): rows routed through the parent would not reach
	-- its statement triggers, so its rules get row triggers instead.
	FOR rid IN SELECT g.rule_id FROM @extschema@.rule g
	             JOIN pg_class c ON c.oid = g.tbl
	            WHERE c.relispartition AND g.kind IN ('unique_id', 'household_head')
	              AND EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = g.tbl
	                           AND t.tgname = g.rule_name || ' update')
	LOOP
		PERFORM @extschema@._drop_triggers(rid);
		PERFORM @extschema@._create_triggers(rid);
		PERFORM @extschema@._invalidate((SELECT g.tbl FROM @extschema@.rule g WHERE g.rule_id = rid));
	END LOOP;
	-- ALTER COLUMN ... TYPE rewrites a column's values and ATTACH PARTITION
	-- brings rows in, neither through the rules' triggers: check that the
	-- rules can still read their columns, and rebuild their derived tables.
	-- The rules concerned: of the altered table, of its partitions (an
	-- ALTER COLUMN ... TYPE recurses to them) and, for an ATTACH, of the
	-- tables above it (a partition of a partition is theirs too).  The
	-- attached table's own rules already count its rows.
	FOR cmd IN SELECT d.objid, d.command FROM pg_event_trigger_ddl_commands() d
	          WHERE d.classid = 'pg_class'::regclass AND d.command_tag = 'ALTER TABLE' LOOP
		attached := @extschema@._attached_partition(cmd.command);
		FOR gr IN SELECT * FROM @extschema@.rule g
		           WHERE g.tbl = cmd.objid
		              OR g.tbl IN (SELECT t.relid FROM pg_partition_tree(cmd.objid) t
		                           WHERE attached IS NULL OR t.relid <> attached)
		              OR (attached IS NOT NULL
		                  AND g.tbl IN (SELECT t.relid FROM pg_partition_ancestors(cmd.objid) t))
		           ORDER BY g.rule_id LOOP
			retyped := @extschema@._retyped_columns(cmd.command, gr.tbl);
			FOR i IN 1..cardinality(gr.attnums) LOOP
				CONTINUE WHEN NOT gr.attnums[i] = ANY (retyped);
				SELECT format_type(a.atttypid, NULL), a.atttypid INTO typ, typid FROM pg_attribute a
				 WHERE a.attrelid = gr.tbl AND a.attnum = gr.attnums[i];
				types := @extschema@._column_types(gr.kind, i);
				IF NOT @extschema@._type_fits(types, typid) THEN
					RAISE EXCEPTION USING
						MESSAGE = format(@extschema@.gettext('cannot alter type of column "%s" because rule "%s" uses it'), gr.colnames[i], gr.rule_name),
						ERRCODE = 'dependent_objects_still_exist',
						DETAIL = format(@extschema@.gettext('The rule reads column "%s" of table %s and cannot read type %s.'),
								gr.colnames[i], gr.tbl, typ),
						HINT = format(@extschema@.gettext('Accepted types: %s. Or detach the rule first with population_rules.detach_rule().'),
								coalesce(array_to_string(types, ', '), @extschema@.gettext('the built-in ones')));
				END IF;
				rebuild := true;
			END LOOP;
			IF gr.kind = 'household_head' AND gr.attnums[2] = ANY (retyped) THEN
				UPDATE @extschema@.rule r
				   SET options = r.options || jsonb_build_object('head_is_bool',
				       (SELECT a.atttypid = 'boolean'::regtype FROM pg_attribute a
				         WHERE a.attrelid = gr.tbl AND a.attnum = gr.attnums[2]))
				 WHERE r.rule_id = gr.rule_id;
			END IF;
			IF gr.kind <> 'names' AND rebuild THEN
				EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', gr.tbl);
				PERFORM @extschema@._populate(gr.rule_id);
			ELSIF gr.kind <> 'names' AND attached IS NOT NULL
			      AND (gr.tbl = cmd.objid
			           OR gr.tbl IN (SELECT t.relid FROM pg_partition_ancestors(cmd.objid) t)) THEN
				PERFORM @extschema@._add_rows(gr.rule_id, attached);
			END IF;
			PERFORM @extschema@._invalidate(gr.tbl);
			rebuild := false;
		END LOOP;
	END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@._on_ddl_end() IS
  'Event trigger: keep the registry''s column names in step with renames; give rules of a table attached as a partition row triggers; after ALTER COLUMN ... TYPE of a rule''s column (refused for a type the rule cannot read) rebuild the rule''s derived table; after ATTACH PARTITION, add the partition''s rows to it.';

CREATE EVENT TRIGGER population_rules_ddl_end ON ddl_command_end
	WHEN TAG IN ('ALTER TABLE')
	EXECUTE FUNCTION @extschema@._on_ddl_end();
COMMENT ON EVENT TRIGGER population_rules_ddl_end IS
  'Keeps the rule registry in step with ALTER TABLE: renamed columns, tables attached as partitions.';

-- After pg_restore the registry's rows arrive with the column numbers of
-- the old database; a table recreated by pg_dump has no dropped columns, so
-- numbers may differ: find the columns again by name.
CREATE FUNCTION @extschema@._on_registry_insert() RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	found smallint[] := @extschema@._attnums(NEW.tbl, NEW.colnames, NEW.attnums);
BEGIN
	-- a name the table lacks keeps the row's number
	FOR i IN 1..cardinality(found) LOOP
		NEW.attnums[i] := coalesce(found[i], NEW.attnums[i]);
	END LOOP;
	RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@._on_registry_insert() IS
  'Trigger on the registry: resolve column numbers by name for rows loaded by pg_restore.';

CREATE TRIGGER resolve_columns BEFORE INSERT ON @extschema@.rule
	FOR EACH ROW EXECUTE FUNCTION @extschema@._on_registry_insert();

-- Internal functions are not part of the API: only the extension's owner
-- (its SECURITY DEFINER functions and event triggers) calls them.  The
-- statement-level trigger functions too: triggers fire without an EXECUTE
-- check, but CREATE TRIGGER checks it, so no role can hang them on a table
-- of its own.  Row-level trigger functions stay executable: PostgreSQL
-- copies row triggers to every new partition with the rights of whoever
-- creates or attaches it; they check on every call that their rule is
-- one of the table's, of their kind, at their timing and level.
-- household_head_pending stays callable: it is the WHEN clause of the
-- commit check, evaluated with the writer's rights.
REVOKE ALL ON FUNCTION @extschema@._register(regclass, text, name, text, smallint[], text, jsonb),
	@extschema@._attach(regclass, text, name, text, smallint[], text, jsonb),
	@extschema@._populate(integer),
	@extschema@._relation_schema(regclass),
	@extschema@._own_index_comment(name),
	@extschema@._guarding_index(@extschema@.rule),
	@extschema@._own_unique_index(@extschema@.rule),
	@extschema@._make_unique_index(@extschema@.rule),
	@extschema@._drop_unique_index(regclass, name),
	@extschema@._create_triggers(integer),
	@extschema@._drop_triggers(integer),
	@extschema@._invalidate(regclass),
	@extschema@._retyped_columns(pg_ddl_command, regclass),
	@extschema@._attached_partition(pg_ddl_command),
	@extschema@._add_rows(integer, regclass),
	@extschema@._raised_statements(),
	@extschema@._invoking_role(),
	@extschema@._relation_is(text, "char"),
	@extschema@._check_owner(regclass),
	@extschema@._check_mode(text),
	@extschema@._column(regclass, name, text, text[]),
	@extschema@._column_types(text, integer),
	@extschema@._readable_type(oid),
	@extschema@._type_fits(text[], oid),
	@extschema@._check_readable(regclass, smallint[]),
	@extschema@._clip(text, integer),
	@extschema@._row_key_expr(regclass, boolean),
	@extschema@._colnames(regclass, smallint[]),
	@extschema@._attnums(regclass, name[], smallint[]),
	@extschema@._key_expr(regclass, smallint, boolean),
	@extschema@._household_exprs(@extschema@.rule),
	@extschema@._trigger_names(text),
	@extschema@._rule_by_name(regclass, name),
	@extschema@._rule(integer),
	@extschema@._violations_of(@extschema@.rule),
	@extschema@._truncate_trigger(),
	@extschema@._on_sql_drop(),
	@extschema@._on_ddl_end(),
	@extschema@._on_registry_insert(),
	@extschema@.unique_id_changes(),
	@extschema@.unique_id_arm(),
	@extschema@.household_head_changes(),
	@extschema@.household_head_statement_check()
	FROM PUBLIC;
