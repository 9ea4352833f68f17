-- population_rules upgrade script, 0.1.0 to 0.2.0.
--
-- Carries every SQL change made to the install pieces (sql/ext/) since
-- 0.1.0, so that ALTER EXTENSION population_rules UPDATE leaves exactly the
-- objects of a fresh 0.2.0 install (test/scripts/upgrade.sh compares them).

\echo Use "ALTER EXTENSION population_rules UPDATE TO '0.2.0'" to load this file. \quit

-- New: the list of statements the C code runs with raised rights, and
-- the readable-type checks of the SECURITY DEFINER code.

CREATE FUNCTION population_rules._raised_statements(OUT name text, OUT statement text,
	OUT executions bigint)
	RETURNS SETOF record
	LANGUAGE C STRICT VOLATILE AS 'MODULE_PATHNAME', 'rules_raised_statements';
COMMENT ON FUNCTION population_rules._raised_statements() IS
  'Internal: every SQL statement the rules'' C code runs as the owner of the extension''s catalogs, by name, with how often each ran in this session (for the security tests).';


CREATE FUNCTION population_rules._readable_type(typ oid) RETURNS boolean
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT typ < 16384::oid
	    OR EXISTS (SELECT FROM pg_depend d
	                WHERE d.classid = 'pg_type'::regclass AND d.objid = typ AND d.deptype = 'e'
	                  AND d.refobjid = (SELECT e.oid FROM pg_extension e
	                                     WHERE e.extname = 'population_rules'))
$$;
COMMENT ON FUNCTION population_rules._readable_type(oid) IS
  'Internal: whether raised-rights code may read values of a type (built-in or the extension''s own).';


CREATE FUNCTION population_rules._type_fits(types text[], typ oid) RETURNS boolean
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT CASE WHEN types IS NULL THEN population_rules._readable_type(typ)
	            ELSE format_type(typ, NULL) = ANY (types) END
$$;
COMMENT ON FUNCTION population_rules._type_fits(text[], oid) IS
  'Internal: whether a column type suits a rule position (NULL types: any built-in or extension type).';


CREATE OR REPLACE FUNCTION population_rules._check_readable(tbl regclass, nums smallint[]) RETURNS void
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
	 WHERE u.num > 0 AND NOT population_rules._readable_type(a.atttypid)
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('column "%s" of relation %s has type %s, which rules cannot read'), col, tbl, format_type(typ, NULL)),
			ERRCODE = 'datatype_mismatch',
			DETAIL = format(population_rules.gettext('Rules read only built-in types and the extension''s own: a type of one''s own may bring cast or I/O functions, which the rules would run with the rights of the extension''s owner. Column "%s" is of type %s.'), col, format_type(typ, NULL)),
			HINT = population_rules.gettext('Use a column of a built-in type (text, integer, bigint, date, boolean, ...).');
	END IF;
	-- a virtual generated column (PostgreSQL 18) is computed when read
	SELECT a.attname INTO col
	  FROM unnest(nums) AS u(num)
	  JOIN pg_attribute a ON a.attrelid = tbl AND a.attnum = u.num
	 WHERE u.num > 0 AND a.attgenerated = 'v'
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('column "%s" of relation %s is a virtual generated column'), col, tbl),
			ERRCODE = 'feature_not_supported',
			DETAIL = population_rules.gettext('Its expression would be computed whenever the rule reads the column, with the rights of the extension''s owner.'),
			HINT = population_rules.gettext('Store it (GENERATED ALWAYS AS (...) STORED), or give the rule the columns it is computed from.');
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
			MESSAGE = format(population_rules.gettext('%s is a foreign table among the partitions or children of %s'), child, tbl),
			ERRCODE = 'wrong_object_type',
			DETAIL = format(population_rules.gettext('Rules guard rows stored in this database; the rows of %s are fetched from another server.'), child),
			HINT = population_rules.gettext('Detach the foreign table, or guard its rows on the server that stores them.');
	END IF;
END
$$;
COMMENT ON FUNCTION population_rules._check_readable(regclass, smallint[]) IS
  'Internal: refuse tables whose rule columns are of a role''s own types, or that have foreign tables among their partitions or children.';


-- Changed: read only readable types with raised rights; refuse foreign
-- partitions; the TRUNCATE trigger checks that its rule is its table's.

CREATE OR REPLACE FUNCTION population_rules._column(tbl regclass, col name, what text, types text[])
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
			MESSAGE = format(population_rules.gettext('column "%s" of relation %s does not exist'), col, tbl),
			ERRCODE = 'undefined_column',
			DETAIL = format(population_rules.gettext('The %s column was given as "%s", but table %s has no column of that name.'), what, col, tbl),
			HINT = format(population_rules.gettext('Pass the name of the table''s %s column, exactly as it is spelled (case, spaces and accents count).'), what);
	END IF;
	IF types IS NOT NULL AND NOT typ = ANY (types) THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('column "%s" of relation %s has type %s, which cannot hold a %s'), col, tbl, typ, what),
			ERRCODE = 'datatype_mismatch',
			DETAIL = format(population_rules.gettext('Column "%s" was given as the %s column, but its type %s is not one the rule reads as a %s.'), col, what, typ, what),
			HINT = format(population_rules.gettext('Accepted types: %s.'), array_to_string(types, ', '));
	END IF;
	IF NOT population_rules._type_fits(types, typid) THEN
		PERFORM population_rules._check_readable(tbl, ARRAY[num]);
	END IF;
	RETURN num;
END
$$;
COMMENT ON FUNCTION population_rules._column(regclass, name, text, text[]) IS
  'Internal: resolve a column of a table, checking its type.';


CREATE OR REPLACE FUNCTION population_rules._row_key_expr(tbl regclass, with_ctid boolean DEFAULT true)
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
	       bool_and(population_rules._readable_type(a.atttypid))
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
	        OR (population_rules._citus_layout(tbl)).method IS NOT NULL) THEN
		-- a ctid names a row within one partition (or Citus shard) only
		RETURN '''ctid '' || ctid::text || '' of '' || tableoid::regclass::text';
	END IF;
	IF names IS NULL THEN
		RETURN CASE WHEN with_ctid THEN '''ctid '' || ctid::text' ELSE 'NULL::text' END;
	END IF;
	RETURN format('%L || %s || '')''', '(' || names || ')=(', vals);
END
$$;
COMMENT ON FUNCTION population_rules._row_key_expr(regclass, boolean) IS
  'Internal: SQL expression naming a row by its primary key, as the triggers do.';


CREATE OR REPLACE FUNCTION population_rules._add_rows(rid integer, part regclass) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r population_rules.rule;
	dups bigint := 0;
	bad bigint;
	e record;
	whole boolean;
	add_keys text;
	add_counts text;
BEGIN
	SELECT * INTO STRICT r FROM population_rules.rule WHERE rule_id = rid;
	-- part is the rule's table or a partition just attached under it: the
	-- check walks the whole tree
	PERFORM population_rules._check_readable(r.tbl, r.attnums);
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
			'WITH a AS (INSERT INTO population_rules.id_keys AS t (rule_id, slot, key, n, row_ref)'
			'  SELECT $1, 0, k, count(*), min(ref) FROM (SELECT %s AS k, %s AS ref FROM %s) s'
			'  WHERE k IS NOT NULL GROUP BY k%s'
			'  RETURNING t.n)'
			' SELECT count(*) FROM a WHERE n > 1',
			population_rules._key_expr(r.tbl, r.attnums[1], false),
			population_rules._row_key_expr(part, false), part, add_keys) USING rid INTO dups;
	END IF;
	IF r.kind = 'unique_id' AND r.attnums[2] <> 0 THEN
		EXECUTE format(
			'INSERT INTO population_rules.id_keys AS t (rule_id, slot, key, n, row_ref, owner_key)'
			' SELECT $1, 1, k, count(*), min(ref), min(o) FROM (SELECT %s AS k, %s AS ref, %s AS o FROM %s) s'
			' WHERE k IS NOT NULL GROUP BY k%s',
			population_rules._key_expr(r.tbl, r.attnums[2], true),
			population_rules._row_key_expr(part, false),
			population_rules._key_expr(r.tbl, r.attnums[1], false), part, add_keys) USING rid;
	END IF;
	IF dups > 0 AND whole THEN
		RAISE NOTICE USING
			MESSAGE = format(population_rules.gettext('%s id numbers of table %s are held by more than one row'), dups, r.tbl),
			HINT = population_rules.gettext('Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.');
	ELSIF dups > 0 THEN
		RAISE NOTICE USING
			MESSAGE = format(population_rules.gettext('%s id numbers of partition %s are held by more than one row of table %s'), dups, part, r.tbl),
			HINT = population_rules.gettext('Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.');
	END IF;
	IF r.kind = 'household_head' THEN
		SELECT * INTO e FROM population_rules._household_exprs(r);
		EXECUTE format(
			'WITH a AS (INSERT INTO population_rules.household_heads AS t (rule_id, household, members, heads, checked)'
			'  SELECT $1, h, count(*) FILTER (WHERE a), count(*) FILTER (WHERE a AND hd), false'
			'  FROM (SELECT %s AS h, %s AS a, %s AS hd FROM %s) s WHERE h IS NOT NULL GROUP BY h%s'
			'  RETURNING t.members, t.heads)'
			' SELECT count(*) FROM a WHERE members > 0 AND heads <> 1',
			e.household, e.alive, e.head, part, add_counts) USING rid INTO bad;
		IF bad > 0 AND whole THEN
			RAISE NOTICE USING
				MESSAGE = format(population_rules.gettext('%s households of table %s do not have exactly one living head'), bad, r.tbl),
				HINT = population_rules.gettext('Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.');
		ELSIF bad > 0 THEN
			RAISE NOTICE USING
				MESSAGE = format(population_rules.gettext('%s households of partition %s do not have exactly one living head in table %s'), bad, part, r.tbl),
				HINT = population_rules.gettext('Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.');
		END IF;
	END IF;
END
$$;
COMMENT ON FUNCTION population_rules._add_rows(integer, regclass) IS
  'Internal: add the rows of the rule''s table (after _populate emptied its derived rows) or of a partition just attached to a rule''s derived table.';


-- The violation log keeps a machine code per kind of violation; the
-- internal function that lists violations returns it (a new result type).
ALTER TABLE population_rules.violations ADD COLUMN code text;
DROP FUNCTION population_rules._violations_of(population_rules.rule);
CREATE FUNCTION population_rules._violations_of(r population_rules.rule)
	RETURNS TABLE (row_key text, detail text, code text)
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	n name[] := population_rules._colnames(r.tbl, r.attnums);
	rk text := population_rules._row_key_expr(r.tbl);
	k text;
	e record;
	birth text;
	canonical text;
BEGIN
	PERFORM population_rules._check_readable(r.tbl, r.attnums);
	IF r.kind = 'unique_id' THEN
		k := population_rules._key_expr(r.tbl, r.attnums[1], false);
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
				' (SELECT %s AS ref, population_rules.id_structure_problems(%s, %s, %s, %s) AS p FROM %s) s'
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
				rk, n[2], n[2], r.tbl, n[2], population_rules._key_expr(r.tbl, r.attnums[2], true));
			RETURN QUERY EXECUTE format(
				'SELECT NULL::text, format(''legacy id number %%s is held by %%s persons'', lpad(lk::text, 9, ''0''), c), ''shared_legacy_id'''
				' FROM (SELECT lk, count(DISTINCT coalesce(pk, -1)) AS c FROM'
				'   (SELECT %s AS lk, %s AS pk FROM %s) s WHERE lk IS NOT NULL GROUP BY lk) d'
				' WHERE c > 1 ORDER BY lk',
				population_rules._key_expr(r.tbl, r.attnums[2], true), k, r.tbl);
		END IF;
	ELSIF r.kind = 'household_head' THEN
		SELECT * INTO e FROM population_rules._household_exprs(r);
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
			canonical := format('population_rules.vn_normalize(%s, %L)',
				CASE WHEN (r.options->>'repair_legacy')::boolean
				     THEN format('population_rules.vn_repair_legacy(%I)', n[i]) ELSE quote_ident(n[i]) END,
				r.options->>'style');
			RETURN QUERY EXECUTE format(
				'SELECT %s, format(''name not in canonical form: column %%s: %%L should be %%L'', %L, %I, %s), ''name_not_canonical'''
				' FROM %s WHERE %I IS DISTINCT FROM %s ORDER BY 1',
				rk, quote_ident(n[i]), n[i], canonical, r.tbl, n[i], canonical);
		END LOOP;
	END IF;
END
$$;
COMMENT ON FUNCTION population_rules._violations_of(population_rules.rule) IS
  'Internal: the violations of a rule among the rows already in its table, with their machine codes.';


CREATE OR REPLACE FUNCTION population_rules._attach(tbl regclass, kind text, rule_name name,
	default_name text, nums smallint[], mode text, options jsonb) RETURNS integer
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rid integer;
	col name;
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
			MESSAGE = format(population_rules.gettext('column "%s" of relation %s is given twice to the %s rule'), col, tbl, replace(kind, '_', '-')),
			ERRCODE = 'invalid_parameter_value',
			DETAIL = format(population_rules.gettext('Column "%s" was given for more than one of the rule''s column arguments.'), col),
			HINT = population_rules.gettext('Give each column argument a column of its own.');
	END IF;
	PERFORM population_rules._refuse_distributed(tbl);
	-- No row may change between reading the table and guarding it.
	EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', tbl);
	PERFORM population_rules._check_readable(tbl, nums);
	rid := population_rules._register(tbl, kind, rule_name, default_name, nums, mode, options);
	PERFORM population_rules._create_triggers(rid);
	PERFORM population_rules._populate(rid);
	PERFORM population_rules._invalidate(tbl);
	RETURN rid;
END
$$;
COMMENT ON FUNCTION population_rules._attach(regclass, text, name, text, smallint[], text, jsonb) IS
  'Internal: register a rule, create its triggers and fill its derived table.';


CREATE OR REPLACE FUNCTION population_rules._on_ddl_end() RETURNS event_trigger
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rid integer;
	cmd record;
	gr population_rules.rule;
	attached regclass;
	retyped integer[];
	rebuild boolean := false;
	typ text;
	typid oid;
	types text[];
BEGIN
	UPDATE population_rules.rule g SET colnames = population_rules._colnames(g.tbl, g.attnums)
	 WHERE g.tbl IN (SELECT c.objid FROM pg_event_trigger_ddl_commands() c
	                  WHERE c.classid = 'pg_class'::regclass)
	   AND g.colnames IS DISTINCT FROM population_rules._colnames(g.tbl, g.attnums);
	-- A guarded plain table attached as a partition (ALTER TABLE parent
	-- ATTACH PARTITION it): rows routed through the parent would not reach
	-- its statement triggers, so its rules get row triggers instead.
	FOR rid IN SELECT g.rule_id FROM population_rules.rule g
	             JOIN pg_class c ON c.oid = g.tbl
	            WHERE c.relispartition AND g.kind IN ('unique_id', 'household_head')
	              AND EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = g.tbl
	                           AND t.tgname = g.rule_name || ' update')
	LOOP
		PERFORM population_rules._drop_triggers(rid);
		PERFORM population_rules._create_triggers(rid);
		PERFORM population_rules._invalidate((SELECT g.tbl FROM population_rules.rule g WHERE g.rule_id = rid));
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
		attached := population_rules._attached_partition(cmd.command);
		FOR gr IN SELECT * FROM population_rules.rule g
		           WHERE g.tbl = cmd.objid
		              OR g.tbl IN (SELECT t.relid FROM pg_partition_tree(cmd.objid) t
		                           WHERE attached IS NULL OR t.relid <> attached)
		              OR (attached IS NOT NULL
		                  AND g.tbl IN (SELECT t.relid FROM pg_partition_ancestors(cmd.objid) t))
		           ORDER BY g.rule_id LOOP
			retyped := population_rules._retyped_columns(cmd.command, gr.tbl);
			FOR i IN 1..cardinality(gr.attnums) LOOP
				CONTINUE WHEN NOT gr.attnums[i] = ANY (retyped);
				SELECT format_type(a.atttypid, NULL), a.atttypid INTO typ, typid FROM pg_attribute a
				 WHERE a.attrelid = gr.tbl AND a.attnum = gr.attnums[i];
				types := population_rules._column_types(gr.kind, i);
				IF NOT population_rules._type_fits(types, typid) THEN
					RAISE EXCEPTION USING
						MESSAGE = format(population_rules.gettext('cannot alter type of column "%s" because rule "%s" uses it'), gr.colnames[i], gr.rule_name),
						ERRCODE = 'dependent_objects_still_exist',
						DETAIL = format(population_rules.gettext('The rule reads column "%s" of table %s and cannot read type %s.'),
								gr.colnames[i], gr.tbl, typ),
						HINT = format(population_rules.gettext('Accepted types: %s. Or detach the rule first with population_rules.detach_rule().'),
								coalesce(array_to_string(types, ', '), population_rules.gettext('the built-in ones')));
				END IF;
				rebuild := true;
			END LOOP;
			IF gr.kind = 'household_head' AND gr.attnums[2] = ANY (retyped) THEN
				UPDATE population_rules.rule r
				   SET options = r.options || jsonb_build_object('head_is_bool',
				       (SELECT a.atttypid = 'boolean'::regtype FROM pg_attribute a
				         WHERE a.attrelid = gr.tbl AND a.attnum = gr.attnums[2]))
				 WHERE r.rule_id = gr.rule_id;
			END IF;
			IF gr.kind <> 'names' AND rebuild THEN
				EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', gr.tbl);
				PERFORM population_rules._populate(gr.rule_id);
			ELSIF gr.kind <> 'names' AND attached IS NOT NULL
			      AND (gr.tbl = cmd.objid
			           OR gr.tbl IN (SELECT t.relid FROM pg_partition_ancestors(cmd.objid) t)) THEN
				PERFORM population_rules._add_rows(gr.rule_id, attached);
			END IF;
			PERFORM population_rules._invalidate(gr.tbl);
			rebuild := false;
		END LOOP;
	END LOOP;
END
$$;
COMMENT ON FUNCTION population_rules._on_ddl_end() IS
  'Event trigger: keep the registry''s column names in step with renames; give rules of a table attached as a partition row triggers; after ALTER COLUMN ... TYPE of a rule''s column (refused for a type the rule cannot read) rebuild the rule''s derived table; after ATTACH PARTITION, add the partition''s rows to it.';


CREATE OR REPLACE FUNCTION population_rules._truncate_trigger() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rid integer;
BEGIN
	-- Only as the AFTER TRUNCATE statement trigger of a rule of the table
	-- it fires on: given another table's rule it would wipe that rule's keys.
	IF TG_WHEN = 'AFTER' AND TG_LEVEL = 'STATEMENT' AND TG_OP = 'TRUNCATE' AND TG_NARGS = 1
	   AND TG_ARGV[0] ~ '^[0-9]{1,9}$' THEN
		SELECT g.rule_id INTO rid FROM population_rules.rule g
		 WHERE g.rule_id = TG_ARGV[0]::integer AND g.tbl = TG_RELID
		   AND g.kind IN ('unique_id', 'household_head');
	END IF;
	IF rid IS NULL THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('trigger "%s" on %s is not the TRUNCATE trigger of one of its rules'), TG_NAME, TG_RELID::regclass),
			ERRCODE = '39P01',
			DETAIL = format(population_rules.gettext('It fires %s %s FOR EACH %s with arguments %s; a rule''s TRUNCATE trigger fires AFTER TRUNCATE FOR EACH STATEMENT with the number of a unique-id or household rule of the same table.'),
					TG_WHEN, TG_OP, TG_LEVEL, coalesce(array_to_string(TG_ARGV, ', '), '(none)')),
			HINT = population_rules.gettext('Do not create triggers on the rules'' functions by hand: population_rules.rebuild_rule() recreates a rule''s triggers.');
	END IF;
	DELETE FROM population_rules.id_keys WHERE rule_id = rid;
	DELETE FROM population_rules.household_heads WHERE rule_id = rid;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION population_rules._truncate_trigger() IS
  'Trigger of unique-id and household rules: TRUNCATE empties the rule''s derived table.';


COMMENT ON FUNCTION population_rules._column_types(text, integer) IS
  'Internal: the column types a rule of a kind reads at a position of its columns (NULL = any built-in or extension type).';


-- The by-name wrappers call the internal _rule_by_name, no longer
-- executable by PUBLIC.
ALTER FUNCTION population_rules.detach_rule(regclass, name) SECURITY DEFINER;
ALTER FUNCTION population_rules.set_rule_mode(regclass, name, text) SECURITY DEFINER;


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
REVOKE ALL ON FUNCTION population_rules._register(regclass, text, name, text, smallint[], text, jsonb),
	population_rules._attach(regclass, text, name, text, smallint[], text, jsonb),
	population_rules._populate(integer),
	population_rules._create_triggers(integer),
	population_rules._drop_triggers(integer),
	population_rules._invalidate(regclass),
	population_rules._retyped_columns(pg_ddl_command, regclass),
	population_rules._attached_partition(pg_ddl_command),
	population_rules._add_rows(integer, regclass),
	population_rules._raised_statements(),
	population_rules._invoking_role(),
	population_rules._check_owner(regclass),
	population_rules._check_mode(text),
	population_rules._column(regclass, name, text, text[]),
	population_rules._column_types(text, integer),
	population_rules._readable_type(oid),
	population_rules._type_fits(text[], oid),
	population_rules._check_readable(regclass, smallint[]),
	population_rules._clip(text, integer),
	population_rules._row_key_expr(regclass, boolean),
	population_rules._colnames(regclass, smallint[]),
	population_rules._key_expr(regclass, smallint, boolean),
	population_rules._household_exprs(population_rules.rule),
	population_rules._trigger_names(text),
	population_rules._rule_by_name(regclass, name),
	population_rules._rule(integer),
	population_rules._violations_of(population_rules.rule),
	population_rules._truncate_trigger(),
	population_rules._on_sql_drop(),
	population_rules._on_ddl_end(),
	population_rules._on_registry_insert(),
	population_rules.unique_id_changes(),
	population_rules.household_head_changes(),
	population_rules.household_head_statement_check()
	FROM PUBLIC;


-- Internal: called only by the SECURITY DEFINER functions above, by the
-- catalog's trigger and as an event trigger.
REVOKE EXECUTE ON FUNCTION population_rules.source_drop_cleanup(), population_rules.source_owned(regclass),
	population_rules.source_check() FROM PUBLIC;


-- The aggregate's support functions are internal: an aggregate calls them
-- with its owner's right to execute them.
REVOKE EXECUTE ON FUNCTION population_rules.duplicate_blocks_add(internal, text, text, date, text, text),
    population_rules.duplicate_blocks_result(internal) FROM PUBLIC;

-- generate_views creates the target schema only when it does not exist;
-- it gains materialized (a new argument: the old function is dropped).
DROP FUNCTION population_rules.generate_views(name, name);
CREATE OR REPLACE FUNCTION population_rules.generate_views(target_schema name, dataset name DEFAULT 'default',
                                          materialized boolean DEFAULT false)
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
    distributed boolean := false;
    miss_units boolean;
    view_kind text := CASE WHEN materialized THEN 'MATERIALIZED VIEW' ELSE 'VIEW' END;
    invoker text := CASE WHEN materialized THEN '' ELSE ' WITH (security_invoker = true)' END;
BEGIN
    IF materialized IS NULL THEN
        RAISE EXCEPTION USING
            MESSAGE = population_rules.gettext('materialized must not be null'),
            ERRCODE = 'null_value_not_allowed',
            DETAIL = format(population_rules.gettext('The %s argument is NULL.'), 'materialized'),
            HINT = population_rules.gettext('Pass true for materialized views that refresh_views refreshes, or leave it out for views read live.');
    END IF;
    IF target_schema IS NULL OR ds IS NULL THEN
        RAISE EXCEPTION USING
            MESSAGE = population_rules.gettext('schema and dataset must not be null'),
            ERRCODE = 'null_value_not_allowed',
            DETAIL = CASE WHEN target_schema IS NULL AND ds IS NULL THEN population_rules.gettext('The target_schema and dataset arguments are NULL.')
                                WHEN target_schema IS NULL THEN population_rules.gettext('The target_schema argument is NULL.')
                                ELSE population_rules.gettext('The dataset argument is NULL.') END,
            HINT = population_rules.gettext('Pass the schema to create the views in, and the dataset of the registered sources (or leave dataset out for ''default'').');
    END IF;
    IF target_schema = '' THEN
        RAISE EXCEPTION USING
            MESSAGE = population_rules.gettext('schema name must not be empty'),
            ERRCODE = 'invalid_name',
            DETAIL = format(population_rules.gettext('The %s argument is an empty string.'), 'target_schema'),
            HINT = population_rules.gettext('Pass the schema to create the views in, and the dataset of the registered sources (or leave dataset out for ''default'').');
    END IF;
    IF NOT EXISTS (SELECT FROM population_rules.source s WHERE s.dataset = ds) THEN
        RAISE EXCEPTION USING
            MESSAGE = format(population_rules.gettext('no source is registered in dataset "%s"'), ds),
            ERRCODE = 'undefined_object',
            DETAIL = format(population_rules.gettext('population_rules.sources has no row with dataset %L.'), ds),
            HINT = population_rules.gettext('Register relations with register_source or create_reference_tables first.');
    END IF;
    -- A dataset with a Citus table among its sources: the administrative
    -- units the views join (pre2025_units) are made Citus reference tables
    -- first, if they are not yet, so that those joins run on the workers
    -- (citus_prepare, before this transaction touches a distributed table).
    IF to_regclass('pg_catalog.pg_dist_partition') IS NOT NULL THEN
        EXECUTE 'SELECT EXISTS (SELECT FROM pg_catalog.pg_dist_partition d JOIN population_rules.source s'
                ' ON s.relation OPERATOR(pg_catalog.=) d.logicalrelid WHERE s.dataset OPERATOR(pg_catalog.=) $1),'
                '       NOT EXISTS (SELECT FROM pg_catalog.pg_dist_partition d'
                '        WHERE d.logicalrelid OPERATOR(pg_catalog.=) ''population_rules.pre2025_communes''::pg_catalog.regclass)'
           INTO distributed, miss_units USING ds;
    END IF;
    IF distributed AND miss_units THEN
        PERFORM population_rules.citus_prepare();
    END IF;
    -- CREATE SCHEMA IF NOT EXISTS needs CREATE on the database even when
    -- the schema exists: a role may own a schema without that right.
    IF to_regnamespace(quote_ident(target_schema)) IS NULL THEN
        EXECUTE format('CREATE SCHEMA %I', target_schema);
    END IF;

    -- The analyst's decisions on duplicates: made once, never dropped (piece 48).
    PERFORM population_rules._duplicate_decisions_table(target_schema, ds);
    -- The duplicate model: made once from the defaults, never dropped (piece 50).
    PERFORM population_rules._duplicate_model_table(target_schema, ds);

    -- Re-generation: drop what an earlier call made, dependents first,
    -- after the lock on person_source that a refresh_views beside takes
    -- first too (see there).
    IF to_regclass(format('%I.person_source', target_schema)) IS NOT NULL THEN
        EXECUTE format('LOCK TABLE %I.person_source IN ACCESS EXCLUSIVE MODE', target_schema);
    END IF;
    -- A view or a materialized view: re-generation may switch between the
    -- two.  Any other relation of a view's name is left to DROP VIEW IF
    -- EXISTS, which refuses it.
    FOREACH k IN ARRAY ARRAY['scorecard_province', 'scorecard_commune', 'person_checks']
                       || ARRAY(SELECT vc.view_name FROM population_rules.view_catalog vc ORDER BY vc.position DESC)
                       || 'duplicate_pair_levels'::text LOOP
        IF EXISTS (SELECT FROM pg_class r
                    WHERE r.relname = k AND r.relkind = 'm'
                      AND r.relnamespace = to_regnamespace(quote_ident(target_schema))) THEN
            EXECUTE format('DROP MATERIALIZED VIEW %I.%I', target_schema, k);
        ELSIF k <> 'duplicate_pair_levels' THEN
            EXECUTE format('DROP VIEW IF EXISTS %I.%I', target_schema, k);
        END IF;
    END LOOP;
    FOREACH k IN ARRAY ARRAY['person', 'id_document', 'sim_subscription', 'insurance_record', 'civil_event'] LOOP
        EXECUTE format('DROP VIEW IF EXISTS %I.%I', target_schema, k || '_source');
    END LOOP;

    -- The texts of the case views and of the scorecards' sides and checks,
    -- with the rules they name ({{rule_name}}, view_rules) put in: each rule
    -- is written once, and a case view and the scorecards read the same text.
    SELECT jsonb_object_agg(x.k, x.v) INTO texts
      FROM (SELECT 'view:' || vc.view_name, vc.definition FROM population_rules.view_catalog vc
            UNION ALL SELECT 'side:' || sd.side_name, sd.join_clause FROM population_rules.view_scorecard_sides sd
            UNION ALL SELECT 'check:' || sc.check_name, sc.flag FROM population_rules.view_scorecard_checks sc) x (k, v);
    -- A dataset with a Citus table among its sources (see above) takes the
    -- texts Citus can plan where the one-server text joins tables that need
    -- not be colocated (view_distributed_texts).
    IF distributed THEN
        SELECT texts || coalesce(jsonb_object_agg(dt.text_key, dt.definition), '{}') INTO texts
          FROM population_rules.view_distributed_texts dt
         WHERE dt.text_key NOT LIKE 'rule:%';
    END IF;
    -- Materialized, the candidate pairs of the duplicate search are made
    -- once (duplicate_pair_levels), and the two views that start from
    -- them read that.
    IF materialized THEN
        SELECT jsonb_object_agg(e.key, replace(e.value, '{{duplicate_pair_levels}}',
                                               '(SELECT lv.* FROM %1$I.duplicate_pair_levels lv)'))
          INTO texts
          FROM jsonb_each_text(texts) e;
    END IF;
    SELECT jsonb_object_agg(e.key, population_rules._view_rules_expand(e.value, distributed)) INTO texts
      FROM jsonb_each_text(texts) e;

    -- Source views: canonical column names over the registered relations.
    FOREACH k IN ARRAY ARRAY['person', 'id_document', 'sim_subscription', 'insurance_record', 'civil_event'] LOOP
        q := population_rules._source_view_sql(target_schema, ds, k);
        view_name := k || '_source';
        IF q IS NULL THEN
            status := 'skipped';
            detail := format('no %s source is registered in dataset "%s"', k, ds);
        ELSE
            EXECUTE format('CREATE VIEW %I.%I WITH (security_invoker = true) AS %s', target_schema, view_name, q);
            EXECUTE format('COMMENT ON VIEW %I.%I IS %L', target_schema, view_name,
                           format('The %s source of dataset %s under the canonical column names (generated by population_rules.generate_views)', k, ds));
            status := 'created';
            detail := (SELECT s.relation::text FROM population_rules.source s WHERE s.dataset = ds AND s.kind = k);
        END IF;
        RETURN NEXT;
    END LOOP;

    -- The case views, in order; skipped when a needed column is missing.
    FOR c IN SELECT vc.* FROM population_rules.view_catalog vc ORDER BY vc.position LOOP
        miss := population_rules._view_missing(c.needs, ds);
        view_name := c.view_name;
        IF cardinality(miss) > 0 THEN
            status := 'skipped';
            detail := 'needs ' || array_to_string(miss, ', ')
                      || format(', which dataset "%s" does not register', ds);
        ELSE
            IF materialized AND c.view_name = 'duplicate_person_pairs' THEN
                EXECUTE format('CREATE MATERIALIZED VIEW %I.duplicate_pair_levels AS SELECT lv.* FROM %s lv',
                               target_schema,
                               format(population_rules._view_rules_expand('{{duplicate_pair_levels}}', distributed),
                                      target_schema));
                EXECUTE format('COMMENT ON MATERIALIZED VIEW %I.duplicate_pair_levels IS %L', target_schema,
                               'The candidate pairs of the duplicate search with the level of every comparison, made once for duplicate_person_pairs and duplicate_pair_evidence (materialized views only)');
                view_name := 'duplicate_pair_levels';
                status := 'created';
                detail := 'the candidate pairs, shared by duplicate_person_pairs and duplicate_pair_evidence';
                RETURN NEXT;
                view_name := c.view_name;
            END IF;
            EXECUTE format('CREATE %s %I.%I%s AS ', view_kind, target_schema, c.view_name, invoker)
                    || format(texts ->> ('view:' || c.view_name), target_schema);
            EXECUTE format('COMMENT ON %s %I.%I IS %L', view_kind, target_schema, c.view_name,
                           c.description || coalesce(' (criterion: ' || c.criterion || ')', ''));
            made := made || c.view_name::text;
            status := 'created';
            detail := c.description;
        END IF;
        RETURN NEXT;
    END LOOP;

    -- Person checks and the scorecards, over the views that were made.
    SELECT array_agg(format(pc.query, target_schema) ORDER BY vc.position) INTO checks
      FROM population_rules.view_person_checks pc JOIN population_rules.view_catalog vc USING (view_name)
     WHERE pc.view_name = ANY (made);
    IF NOT 'person' = ANY (SELECT s.kind FROM population_rules.source s WHERE s.dataset = ds)
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
      FROM population_rules.view_scorecard_checks sc
     WHERE sc.view_name = ANY (made);
    SELECT coalesce(string_agg(format(E'\n              %s', format(texts ->> ('side:' || sd.side_name), target_schema)),
                               '' ORDER BY sd.side_name), '')
      INTO sides
      FROM population_rules.view_scorecard_sides sd
     WHERE sd.side_name IN (SELECT unnest(sc.sides) FROM population_rules.view_scorecard_checks sc WHERE sc.view_name = ANY (made));
    -- Materialized, the case views are judged already: a person fails a
    -- check when person_checks, over them, names it for the person.
    IF materialized THEN
        SELECT string_agg(format('coalesce(x.%1$I, false) AS %1$I', 'c_' || sc.check_name),
                          E',\n                       ' ORDER BY sc.check_name),
               format(E'\n              LEFT JOIN (SELECT pc.person_key%s\n'
                      '                           FROM %I.person_checks pc GROUP BY pc.person_key) x'
                      ' ON x.person_key = p.person_key',
                      string_agg(format(', bool_or(pc.check_name = %L) AS %I', sc.check_name, 'c_' || sc.check_name),
                                 '' ORDER BY sc.check_name),
                      target_schema)
          INTO flags, sides
          FROM population_rules.view_scorecard_checks sc
         WHERE sc.view_name = ANY (made);
    END IF;
    crit_flags := '';
    crit_sums := '';
    crit_cols := '';
    crit_totals := '';
    doc := '';
    FOR i IN 1 .. 4 LOOP
        crit := crits[i];
        crit_flags := crit_flags || format(', %s AS %I',
            coalesce((SELECT string_agg(format('g.%I', 'c_' || sc.check_name), ' OR ' ORDER BY sc.check_name)
                        FROM population_rules.view_scorecard_checks sc
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
                                         FROM population_rules.view_catalog vc
                                        WHERE vc.view_name = ANY (made) AND vc.view_name <> 'duplicate_person_pairs'
                                          AND (vc.criterion = crit OR (vc.view_name = 'household_heads' AND crit IN ('sạch', 'đủ')))),
                                      '(none generated)'));
    END LOOP;
    -- OFFSET 0 keeps the per-person conditions in their own scan, so each is
    -- evaluated once per person although two aggregates read it.
    EXECUTE format($sc$
        CREATE %9$s %1$I.scorecard_commune%10$s AS
        SELECT u.province_id_code AS province_code, u.province_name, c.commune_code, u.commune_name,
               c.persons %2$s%3$s
          FROM (SELECT f.commune_code, count(*) AS persons %4$s%5$s
                  FROM (SELECT g.* %6$s
                          FROM (SELECT p.commune_code,
                                       %7$s
                                  FROM %1$I.person_source p %8$s
                                OFFSET 0) g) f
                 GROUP BY f.commune_code) c
          LEFT JOIN population_rules.pre2025_units u ON u.commune_code = c.commune_code$sc$,
        target_schema, crit_cols, check_cols, crit_sums, check_sums, crit_flags, flags, sides, view_kind, invoker);
    EXECUTE format($sc$
        CREATE VIEW %1$I.scorecard_province WITH (security_invoker = true) AS
        SELECT c.province_code, c.province_name, sum(c.persons)::bigint AS persons %2$s%3$s
          FROM %1$I.scorecard_commune c
         GROUP BY c.province_code, c.province_name$sc$,
        target_schema, crit_totals, check_totals);
    FOREACH k IN ARRAY ARRAY['commune', 'province'] LOOP
        EXECUTE format('COMMENT ON %s %I.%I IS %L', CASE k WHEN 'commune' THEN view_kind ELSE 'VIEW' END,
                       target_schema, 'scorecard_' || k,
                       format('Scorecard per %s: persons, and for each criterion the persons meeting it (<c>_ok) and their share in percent (<c>_pct); then per check the persons failing it. A person meets a criterion when no check of it fails for them:%s',
                              k, doc));
        view_name := 'scorecard_' || k; status := 'created'; detail := 'criteria:' || doc;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION population_rules.generate_views(name, name, boolean) IS
    'Create (or re-create) in a schema the security_invoker views of the Project 06 cleaning cases and the đúng-đủ-sạch-sống scorecard over the relations registered in a dataset; with materialized, the case views and the commune scorecard as materialized views that share their work (refresh_views refreshes them); returns each view with created or skipped and why';

-- A COMMENT on every column of the extension's tables, views and types.
-- The rules' catalogs (piece 30) and the rules view (piece 31).
COMMENT ON COLUMN population_rules.rule.rule_id IS 'Number of the rule, the only argument of its triggers';
COMMENT ON COLUMN population_rules.rule.rule_name IS 'Name of the rule, unique per table; its triggers are named after it';
COMMENT ON COLUMN population_rules.rule.tbl IS 'The table the rule guards';
COMMENT ON COLUMN population_rules.rule.kind IS 'unique_id, household_head or names';
COMMENT ON COLUMN population_rules.rule.mode IS 'enforce (raise an error), warn (raise a WARNING) or log (write population_rules.violations)';
COMMENT ON COLUMN population_rules.rule.options IS 'Options of the rule''s kind: strictness; head_key, head_is_bool; style, repair_legacy, nnames; unique_index (the table''s own unique index on the id, when one guards it)';
COMMENT ON COLUMN population_rules.rule.since IS 'When the rule was attached';
COMMENT ON COLUMN population_rules.rule.by_whom IS 'The role that attached the rule';
COMMENT ON COLUMN population_rules.id_keys.rule_id IS 'The unique-id rule the key belongs to; on a Citus node, the scope of one shard placement of it (negative, population_rules.placement_scopes)';
COMMENT ON COLUMN population_rules.id_keys.slot IS '0: a 12-digit personal id; 1: a 9-digit legacy id';
COMMENT ON COLUMN population_rules.id_keys.key IS 'The id number as an integer (leading zeros dropped)';
COMMENT ON COLUMN population_rules.id_keys.n IS 'How many rows of the table hold the number';
COMMENT ON COLUMN population_rules.id_keys.row_ref IS 'The first row that took the number, by primary key, such as (id)=(7); NULL without a printable key';
COMMENT ON COLUMN population_rules.id_keys.owner_key IS 'Slot 1: the personal id of the first holder of the legacy id';
COMMENT ON COLUMN population_rules.household_heads.rule_id IS 'The household rule the counts belong to; on a Citus node, the scope of one shard placement of it (negative, population_rules.placement_scopes)';
COMMENT ON COLUMN population_rules.household_heads.household IS 'The household key as text (the column''s output), compared byte by byte';
COMMENT ON COLUMN population_rules.household_heads.members IS 'Living members of the household';
COMMENT ON COLUMN population_rules.household_heads.heads IS 'Living heads of the household';
COMMENT ON COLUMN population_rules.household_heads.checked IS 'false: the household broke the rule before it was attached and no transaction has touched it since, so the commit check leaves it alone';
COMMENT ON COLUMN population_rules.violations.violation_id IS 'Number of the entry';
COMMENT ON COLUMN population_rules.violations.rule_id IS 'The rule broken (it may since have been detached)';
COMMENT ON COLUMN population_rules.violations.rule_name IS 'The rule''s name when the entry was logged';
COMMENT ON COLUMN population_rules.violations.tbl IS 'OID of the table (it may since have been dropped)';
COMMENT ON COLUMN population_rules.violations.table_name IS 'The table''s qualified name when the entry was logged';
COMMENT ON COLUMN population_rules.violations.row_key IS 'The row, by primary key, such as (id)=(7); NULL without a printable key';
COMMENT ON COLUMN population_rules.violations.detail IS 'What was wrong, in English';
COMMENT ON COLUMN population_rules.violations.at IS 'When the entry was logged';
COMMENT ON COLUMN population_rules.violations.role IS 'The role whose statement broke the rule, or that ran validate_rule';
COMMENT ON COLUMN population_rules.violations.code IS 'The kind of violation, a stable machine code for applications to translate: malformed_id, duplicate_id, id_mismatch, malformed_legacy_id, shared_legacy_id, household_many_heads, household_no_head, name_not_canonical (NULL for entries logged before version 0.2.0)';
COMMENT ON COLUMN population_rules.rules.table_name IS 'The table the rule guards';
COMMENT ON COLUMN population_rules.rules.rule_name IS 'Name of the rule';
COMMENT ON COLUMN population_rules.rules.rule_id IS 'Number of the rule, for detach_rule, set_rule_mode, validate_rule and rebuild_rule';
COMMENT ON COLUMN population_rules.rules.kind IS 'unique_id, household_head or names';
COMMENT ON COLUMN population_rules.rules.columns IS 'The columns the rule reads, by role (id, legacy_id, household, head, name_1, original_1, ...), under their current names';
COMMENT ON COLUMN population_rules.rules.mode IS 'enforce, warn or log';
COMMENT ON COLUMN population_rules.rules.options IS 'Options of the rule''s kind';
COMMENT ON COLUMN population_rules.rules.since IS 'When the rule was attached';
COMMENT ON COLUMN population_rules.rules.by_whom IS 'The role that attached the rule';

-- Identity numbers (piece 20).
COMMENT ON COLUMN population_rules.cmnd_prefix_areas.prefix IS 'The CMND prefix (cmnd_prefixes.prefix)';

-- Sources (piece 40).
COMMENT ON COLUMN population_rules.source_column.kind IS 'The kind of source: person, id_document, sim_subscription, insurance_record or civil_event';
COMMENT ON COLUMN population_rules.source_column.column_name IS 'The canonical column name a registration maps';
COMMENT ON COLUMN population_rules.source_column.position IS 'Order of the column in the kind''s source view';
COMMENT ON COLUMN population_rules.source_column.required IS 'Whether every registration of the kind must map it';
COMMENT ON COLUMN population_rules.source_column.expected_type IS 'The type the source view gives it (any: kept as it is)';
COMMENT ON COLUMN population_rules.source_column.description IS 'What the column holds';
COMMENT ON COLUMN population_rules.source.dataset IS 'The dataset: the registrations that one set of views reads together';
COMMENT ON COLUMN population_rules.source.kind IS 'The kind of source the relation is registered as';
COMMENT ON COLUMN population_rules.source.relation IS 'The registered table, view, materialized view or foreign table';
COMMENT ON COLUMN population_rules.source.registered_by IS 'The role that registered it';
COMMENT ON COLUMN population_rules.source.registered_at IS 'When it was registered';
COMMENT ON COLUMN population_rules.sources.dataset IS 'The dataset';
COMMENT ON COLUMN population_rules.sources.kind IS 'The kind of source';
COMMENT ON COLUMN population_rules.sources.relation IS 'The registered relation';
COMMENT ON COLUMN population_rules.sources.schema_name IS 'Its schema (NULL once it is dropped)';
COMMENT ON COLUMN population_rules.sources.relation_name IS 'Its name (NULL once it is dropped)';
COMMENT ON COLUMN population_rules.sources.mapping IS 'Canonical column name -> the relation''s own column name';
COMMENT ON COLUMN population_rules.sources.missing IS 'Canonical columns the relation does not provide; views that need them are skipped';
COMMENT ON COLUMN population_rules.sources.registered_by IS 'The role that registered it';
COMMENT ON COLUMN population_rules.sources.registered_at IS 'When it was registered';

-- Administrative units (piece 41).
COMMENT ON COLUMN population_rules.pre2025_provinces.gso_code IS '2-digit province code of the General Statistics Office';
COMMENT ON COLUMN population_rules.pre2025_provinces.id_code IS '3-digit code of the province of birth registration in personal id numbers ("0" + the GSO code)';
COMMENT ON COLUMN population_rules.pre2025_provinces.name_vi IS 'Name in Vietnamese, without the unit type (Hà Nội)';
COMMENT ON COLUMN population_rules.pre2025_provinces.name_ascii IS 'Name without diacritics (Ha Noi)';
COMMENT ON COLUMN population_rules.pre2025_provinces.full_name_vi IS 'Name with the unit type (Thành phố Hà Nội)';
COMMENT ON COLUMN population_rules.pre2025_provinces.unit_type IS 'Unit type: tỉnh or thành phố trực thuộc trung ương';
COMMENT ON COLUMN population_rules.pre2025_provinces.region IS 'The administrative region';
COMMENT ON COLUMN population_rules.pre2025_provinces.new_gso_code IS 'GSO code of the province it belongs to since 1 July 2025';
COMMENT ON COLUMN population_rules.pre2025_provinces.new_name_vi IS 'Name of the province it belongs to since 1 July 2025';
COMMENT ON COLUMN population_rules.pre2025_communes.commune_code IS '5-digit GSO commune code';
COMMENT ON COLUMN population_rules.pre2025_communes.district_code IS '3-digit GSO district code';
COMMENT ON COLUMN population_rules.pre2025_communes.province_gso_code IS 'GSO code of its province (pre2025_provinces.gso_code)';
COMMENT ON COLUMN population_rules.pre2025_communes.name_vi IS 'Name in Vietnamese, without the unit type';
COMMENT ON COLUMN population_rules.pre2025_communes.name_ascii IS 'Name without diacritics';
COMMENT ON COLUMN population_rules.pre2025_communes.full_name_vi IS 'Name with the unit type (Phường Phúc Xá)';
COMMENT ON COLUMN population_rules.pre2025_communes.unit_type IS 'Unit type: xã, phường or thị trấn';
COMMENT ON COLUMN population_rules.pre2025_units.commune_code IS '5-digit GSO commune code';
COMMENT ON COLUMN population_rules.pre2025_units.commune_name IS 'The commune''s name with its unit type';
COMMENT ON COLUMN population_rules.pre2025_units.district_code IS '3-digit GSO district code';
COMMENT ON COLUMN population_rules.pre2025_units.province_gso_code IS 'GSO code of the province';
COMMENT ON COLUMN population_rules.pre2025_units.province_id_code IS '3-digit code of the province in personal id numbers';
COMMENT ON COLUMN population_rules.pre2025_units.province_name IS 'The province''s name';
COMMENT ON COLUMN population_rules.pre2025_units.province_2025_gso_code IS 'GSO code of the province it belongs to since 1 July 2025';
COMMENT ON COLUMN population_rules.pre2025_units.province_2025_name IS 'Name of the province it belongs to since 1 July 2025';

-- The analysts' views' catalog (piece 46).
COMMENT ON COLUMN population_rules.duplicate_block.person_key IS 'The person''s key, as text';
COMMENT ON COLUMN population_rules.duplicate_block.name_hash IS 'hashtext of the accent-free key of the repaired name';
COMMENT ON COLUMN population_rules.duplicate_block.phonetic_hash IS 'hashtext of the phonetic key of the repaired name';
COMMENT ON COLUMN population_rules.duplicate_block.name_n IS 'How many persons read have that name key and sex';
COMMENT ON COLUMN population_rules.duplicate_block.day_n IS 'How many have that birth date';
COMMENT ON COLUMN population_rules.duplicate_block.year_n IS 'How many have that birth year';
COMMENT ON COLUMN population_rules.duplicate_block.province_n IS 'How many have that birth province (NULL when unknown)';
COMMENT ON COLUMN population_rules.duplicate_block.persons IS 'How many persons were read';
-- The blocking in seven passes: the type gains the other passes' keys
-- (at its end) and the aggregate's comment changes (piece 46).
ALTER TYPE population_rules.duplicate_block
    ADD ATTRIBUTE date_key integer,
    ADD ATTRIBUTE passes integer,
    ADD ATTRIBUTE block_ids integer[];
COMMENT ON TYPE population_rules.duplicate_block IS
    'A person in a block of the duplicate search: the person''s key as text; hashtext of the accent-free and of the phonetic key of the repaired name; how many persons have that name and sex, that birth date, that birth year and that birth province (NULL when unknown), and how many were read; whether the person shares a name block (passes 1 or 4) or the phonetic block (pass 2); the birth date with day and month in either order (date_key); the bits of the blocking passes in which the person shares a block with someone (1 accent-free name key and date_key, 2 phonetic key and date_key, 4 name key, birth year and province, 8 accent-free key of the unrepaired name and date_key, 16 first and last token, province and date_key, 32 last token, province and date_key, 64 initials, province and date_key, 128 name key and digits 1-6 of the personal id: province code, century and sex, birth year) and the numbers of those blocks (block_ids, unique across passes)';
COMMENT ON AGGREGATE population_rules.duplicate_blocks(text, text, date, text, text) IS
    'Blocking of the duplicate search: of the persons read (rows without a full name, with a blank one, or without a birth date are skipped; NULL provinces and sexes are values of their own; a row without a key counts but is not returned), those sharing a block of one of seven passes with another (see the type duplicate_block; name keys taken after vn_repair_legacy, and once of the name as stored), with the frequencies the score needs. Holds about 120 bytes per person in memory, and its key. The form of views generated by 0.1.0: the form with personal_id adds the eighth pass, on the id''s digits 1-6';
-- 0.2.0: the form the views call, with the personal id for the eighth
-- pass (the five-argument form stays for views generated by 0.1.0).  Its
-- state is the type duplicate_blocks_state, not internal, and it has a
-- combine function, so that PostgreSQL can run it as a parallel partial
-- aggregate and Citus on the workers (Citus pushes down only aggregates with
-- a combine function and a state that is not internal): each part computes
-- its persons' name keys, the combine function gathers what each person
-- contributes, the final function forms the blocks (src/duplicate_blocks.c,
-- "The partial form").
CREATE TYPE population_rules.duplicate_blocks_state;
CREATE FUNCTION population_rules.duplicate_blocks_state_in(cstring)
RETURNS population_rules.duplicate_blocks_state
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'duplicate_blocks_state_in';
COMMENT ON FUNCTION population_rules.duplicate_blocks_state_in(cstring) IS
    'Input of duplicate_blocks_state: a partial state from its text (base64), every length, count and number checked';
CREATE FUNCTION population_rules.duplicate_blocks_state_out(population_rules.duplicate_blocks_state)
RETURNS cstring
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'duplicate_blocks_state_out';
COMMENT ON FUNCTION population_rules.duplicate_blocks_state_out(population_rules.duplicate_blocks_state) IS
    'Output of duplicate_blocks_state: the base64 of the flat state';
CREATE TYPE population_rules.duplicate_blocks_state (
    INPUT = population_rules.duplicate_blocks_state_in,
    OUTPUT = population_rules.duplicate_blocks_state_out,
    INTERNALLENGTH = VARIABLE,
    STORAGE = extended
);
COMMENT ON TYPE population_rules.duplicate_blocks_state IS
    'Partial state of duplicate_blocks (the form with personal_id): what each person read contributes once its name keys are computed (the hashes of its keys, birth date, province, sex, digits 1-6 of the id, key), as parallel workers and Citus workers pass it on to be combined; about 50 bytes and the key per person';
CREATE FUNCTION population_rules.duplicate_blocks_state_add(population_rules.duplicate_blocks_state, text, text, date, text, text, text)
RETURNS population_rules.duplicate_blocks_state
LANGUAGE C PARALLEL SAFE
AS 'MODULE_PATHNAME', 'duplicate_blocks_state_add';
COMMENT ON FUNCTION population_rules.duplicate_blocks_state_add(population_rules.duplicate_blocks_state, text, text, date, text, text, text) IS
    'Transition function of duplicate_blocks with the personal id: keeps one person, its name keys computed (refused outside the aggregate)';
CREATE FUNCTION population_rules.duplicate_blocks_state_combine(population_rules.duplicate_blocks_state, population_rules.duplicate_blocks_state)
RETURNS population_rules.duplicate_blocks_state
LANGUAGE C PARALLEL SAFE
AS 'MODULE_PATHNAME', 'duplicate_blocks_state_combine';
COMMENT ON FUNCTION population_rules.duplicate_blocks_state_combine(population_rules.duplicate_blocks_state, population_rules.duplicate_blocks_state) IS
    'Combine function of duplicate_blocks with the personal id: the persons of two partial states together (refused outside the aggregate)';
CREATE FUNCTION population_rules.duplicate_blocks_state_result(population_rules.duplicate_blocks_state)
RETURNS population_rules.duplicate_block[]
LANGUAGE C PARALLEL SAFE
AS 'MODULE_PATHNAME', 'duplicate_blocks_state_result';
COMMENT ON FUNCTION population_rules.duplicate_blocks_state_result(population_rules.duplicate_blocks_state) IS
    'Final function of duplicate_blocks with the personal id: the persons in a block of two or more (refused outside the aggregate)';
CREATE AGGREGATE population_rules.duplicate_blocks(person_key text, full_name text, birth_date date,
                                              birth_province text, sex text, personal_id text) (
    SFUNC = population_rules.duplicate_blocks_state_add,
    STYPE = population_rules.duplicate_blocks_state,
    COMBINEFUNC = population_rules.duplicate_blocks_state_combine,
    FINALFUNC = population_rules.duplicate_blocks_state_result,
    FINALFUNC_MODIFY = READ_WRITE,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE population_rules.duplicate_blocks(text, text, date, text, text, text) IS
    'Blocking of the duplicate search: of the persons read (rows without a full name, with a blank one, or without a birth date are skipped; NULL provinces and sexes are values of their own; a row without a key counts but is not returned), those sharing a block of one of eight passes with another (see the type duplicate_block; name keys taken after vn_repair_legacy, and once of the name as stored; the eighth pass keys on the name and the digits 1-6 of a personal_id of 12 ASCII digits), with the frequencies the score needs. Holds about 120 bytes per person in memory, and its key. Partial: parallel workers and Citus workers compute their persons'' keys (state duplicate_blocks_state), the leader or the coordinator combines and forms the blocks, with the same result whatever the split.';
COMMENT ON COLUMN population_rules.duplicate_block.name_block IS 'Whether the person shares a name block with someone (pass 1 or 4 of passes)';
COMMENT ON COLUMN population_rules.duplicate_block.phonetic_block IS 'Whether the person shares the phonetic block with someone (pass 2 of passes)';
COMMENT ON COLUMN population_rules.duplicate_block.date_key IS 'The birth date with day and month in either order: year * 10000 + least(day, month) * 100 + greatest(day, month)';
COMMENT ON COLUMN population_rules.duplicate_block.passes IS 'Bits of the blocking passes in which the person shares a block with someone: 1 name, 2 phonetic, 4 name-year-province, 8 unrepaired name, 16 family and given name and province, 32 given name and province, 64 initials and province (each but 4 and 128 with date_key), 128 name and the id''s digits 1-6 (province code, century and sex, birth year)';
COMMENT ON COLUMN population_rules.duplicate_block.block_ids IS 'The numbers of the blocks of two or more the person is in, one per pass at most, unique across the passes of one call: two persons with a number in common are a candidate pair';
COMMENT ON COLUMN population_rules.view_catalog.view_name IS 'Name of the case view generate_views creates';
COMMENT ON COLUMN population_rules.view_catalog.position IS 'Order in which generate_views creates and lists it';
COMMENT ON COLUMN population_rules.view_catalog.criterion IS 'The scorecard criterion it counts toward (đúng, đủ, sạch, sống), or NULL';
COMMENT ON COLUMN population_rules.view_catalog.needs IS 'The canonical columns it needs, as kind.column; without them it is skipped';
COMMENT ON COLUMN population_rules.view_catalog.description IS 'What the view lists';
COMMENT ON COLUMN population_rules.view_catalog.definition IS 'Its SQL text, with %1$I for the target schema';
COMMENT ON COLUMN population_rules.view_person_checks.view_name IS 'The case view (view_catalog.view_name)';
COMMENT ON COLUMN population_rules.view_person_checks.query IS 'SQL turning its rows into (person_key, check_name, criterion)';
COMMENT ON COLUMN population_rules.view_scorecard_sides.side_name IS 'Name of the side input';
COMMENT ON COLUMN population_rules.view_scorecard_sides.join_clause IS 'The LEFT JOIN that adds it to person_source p';
COMMENT ON COLUMN population_rules.view_scorecard_checks.check_name IS 'Name of the check';
COMMENT ON COLUMN population_rules.view_scorecard_checks.view_name IS 'The case view it stands for';
COMMENT ON COLUMN population_rules.view_scorecard_checks.criterion IS 'đúng, đủ, sạch or sống';
COMMENT ON COLUMN population_rules.view_scorecard_checks.sides IS 'The side inputs it reads';
COMMENT ON COLUMN population_rules.view_scorecard_checks.flag IS 'The condition under which a person (p) fails it';

CREATE OR REPLACE FUNCTION population_rules._register(tbl regclass, kind text, rule_name name,
	default_name text, nums smallint[], mode text, options jsonb) RETURNS integer
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rid integer;
	rname text := coalesce(rule_name::text, population_rules._clip(default_name, 50));
	tname name;
BEGIN
	IF octet_length(rname) > 50 OR rname = '' THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('rule name "%s" is too long'), rname),
			ERRCODE = 'name_too_long',
			DETAIL = population_rules.gettext('A rule name has at most 50 bytes: its triggers are named after it.'),
			HINT = format(population_rules.gettext('Pass a rule_name of 1 to 50 bytes; this one has %s.'), octet_length(rname));
	END IF;
	IF EXISTS (SELECT 1 FROM population_rules.rule r WHERE r.tbl = _register.tbl AND r.rule_name = rname) THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('rule or trigger "%s" already exists on table %s'), rname, tbl),
			ERRCODE = 'duplicate_object',
			DETAIL = format(population_rules.gettext('Table %s already has a rule named "%s".'), tbl, rname),
			HINT = population_rules.gettext('Pass another rule_name, or detach the existing rule first.');
	END IF;
	-- Triggers a rule of this name left behind by a restore of the schema
	-- alone (pg_dump --schema-only does not carry the registry): they run
	-- the extension's functions for a rule number nobody registered, and
	-- fail every write.  Attaching the rule again replaces them.
	FOR tname IN SELECT t.tgname FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
	              WHERE t.tgrelid = _register.tbl AND t.tgname = ANY (population_rules._trigger_names(rname))
	                AND NOT t.tgisinternal AND t.tgparentid = 0
	                AND p.pronamespace = 'population_rules'::regnamespace AND t.tgnargs = 1
	                AND NOT EXISTS (SELECT FROM population_rules.rule g   -- tgargs: the number, NUL-terminated
	                                 WHERE g.rule_id::text || E'\\000' = encode(t.tgargs, 'escape'))
	LOOP
		EXECUTE format('DROP TRIGGER %I ON %s', tname, tbl);
	END LOOP;
	SELECT t.tgname INTO tname FROM pg_trigger t
	 WHERE t.tgrelid = _register.tbl AND t.tgname = ANY (population_rules._trigger_names(rname))
	 ORDER BY t.tgname LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('rule or trigger "%s" already exists on table %s'), rname, tbl),
			ERRCODE = 'duplicate_object',
			DETAIL = format(population_rules.gettext('Table %s already has a trigger named "%s", which a rule of this name would create.'), tbl, tname),
			HINT = population_rules.gettext('Pass another rule_name, or detach the existing rule first.');
	END IF;
	INSERT INTO population_rules.rule (rule_name, tbl, kind, attnums, colnames, mode, options, by_whom)
	VALUES (rname, tbl, kind, nums, population_rules._colnames(tbl, nums), mode, options,
	        (SELECT rolname FROM pg_roles WHERE oid = population_rules._invoking_role()))
	RETURNING rule_id INTO rid;
	RETURN rid;
END
$$;
COMMENT ON FUNCTION population_rules._register(regclass, text, name, text, smallint[], text, jsonb) IS
  'Internal: add a rule to the registry.';

CREATE FUNCTION population_rules.rule_script() RETURNS text
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
	  FROM population_rules.rules r
$$;
COMMENT ON FUNCTION population_rules.rule_script() IS
  'The attach calls that re-create every rule as it is now (columns, mode, options, name), one per line: run them after restoring the schema alone, where the rules'' triggers arrive without the registry; each replaces the triggers its rule left.';

CREATE OR REPLACE FUNCTION population_rules.validate_rule(rule_id integer, log boolean DEFAULT false)
	RETURNS TABLE (row_key text, detail text)
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r population_rules.rule := population_rules._rule(rule_id);
	role name := (SELECT rolname FROM pg_roles WHERE oid = population_rules._invoking_role());
	code text;
BEGIN
	PERFORM population_rules._check_owner(r.tbl);
	FOR row_key, detail, code IN SELECT v.row_key, v.detail, v.code FROM population_rules._violations_of(r) v LOOP
		IF log THEN
			INSERT INTO population_rules.violations (rule_id, rule_name, tbl, table_name, row_key, detail, role, code)
			VALUES (r.rule_id, r.rule_name, r.tbl, r.tbl::text, validate_rule.row_key,
			        validate_rule.detail, role, code);
		END IF;
		RETURN NEXT;
	END LOOP;
END
$$;
COMMENT ON FUNCTION population_rules.validate_rule(integer, boolean) IS
  'Scan the rows already in a rule''s table, like VALIDATE CONSTRAINT, and return each violation (and log it when log is true); changes no row.';

CREATE OR REPLACE FUNCTION population_rules._check_owner(tbl regclass) RETURNS void
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	owner oid;
	kind "char";
	caller oid := population_rules._invoking_role();
BEGIN
	SELECT c.relowner, c.relkind INTO owner, kind FROM pg_class c WHERE c.oid = tbl;
	IF NOT FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('relation with OID %s does not exist'), tbl::oid),
			ERRCODE = 'undefined_table',
			DETAIL = format(population_rules.gettext('No relation has OID %s: the table was dropped, or the number is not a table''s OID.'), tbl::oid),
			HINT = population_rules.gettext('Pass the table by name, such as ''myschema.persons''.');
	END IF;
	IF NOT pg_has_role(caller, owner, 'USAGE') THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('must be owner of table %s'), tbl),
			ERRCODE = 'insufficient_privilege',
			DETAIL = format(population_rules.gettext('Role %I neither owns table %s nor is a member of its owner %I.'),
					(SELECT rolname FROM pg_roles WHERE oid = caller), tbl,
					(SELECT rolname FROM pg_roles WHERE oid = owner)),
			HINT = population_rules.gettext('Ask the table''s owner or a superuser to attach, detach or change rules on it.');
	END IF;
	IF kind NOT IN ('r', 'p') THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('%s is not a table'), tbl),
			ERRCODE = 'wrong_object_type',
			DETAIL = population_rules._relation_is(tbl::text, kind),
			HINT = population_rules.gettext('Rules are attached to ordinary or partitioned tables.');
	END IF;
END
$$;
COMMENT ON FUNCTION population_rules._check_owner(regclass) IS
  'Internal: refuse callers that do not own the table.';

CREATE OR REPLACE FUNCTION population_rules._check_mode(mode text) RETURNS text
	LANGUAGE plpgsql IMMUTABLE
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF mode IS NULL OR mode NOT IN ('enforce', 'warn', 'log') THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('invalid rule mode "%s"'), mode),
			ERRCODE = 'invalid_parameter_value',
			DETAIL = format(population_rules.gettext('The mode given is %L, which is not one of the three rule modes.'), mode),
			HINT = population_rules.gettext('Use ''enforce'' (raise), ''warn'' (WARNING) or ''log'' (population_rules.violations).');
	END IF;
	RETURN mode;
END
$$;
COMMENT ON FUNCTION population_rules._check_mode(text) IS
  'Internal: validate a rule mode.';

CREATE OR REPLACE FUNCTION population_rules._rule_by_name(tbl regclass, rule_name name) RETURNS integer
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rid integer;
BEGIN
	SELECT r.rule_id INTO rid FROM population_rules.rule r
	 WHERE r.tbl = _rule_by_name.tbl AND r.rule_name = _rule_by_name.rule_name;
	IF NOT FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('rule "%s" is not attached to table %s'), rule_name, tbl),
			ERRCODE = 'undefined_object',
			DETAIL = format(population_rules.gettext('Table %s has no rule named "%s".'), tbl, rule_name),
			HINT = population_rules.gettext('SELECT * FROM population_rules.rules lists the attached rules.');
	END IF;
	RETURN rid;
END
$$;
COMMENT ON FUNCTION population_rules._rule_by_name(regclass, name) IS
  'Internal: the number of a rule by table and name.';

CREATE OR REPLACE FUNCTION population_rules._rule(rid integer) RETURNS population_rules.rule
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r population_rules.rule;
BEGIN
	SELECT * INTO r FROM population_rules.rule WHERE rule_id = rid;
	IF NOT FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('rule %s does not exist'), rid),
			ERRCODE = 'undefined_object',
			DETAIL = format(population_rules.gettext('No attached rule has number %s: it was never attached, or it was detached or its table dropped.'), rid),
			HINT = population_rules.gettext('SELECT * FROM population_rules.rules lists the attached rules.');
	END IF;
	RETURN r;
END
$$;
COMMENT ON FUNCTION population_rules._rule(integer) IS
  'Internal: a registry row by number, or an error.';

CREATE OR REPLACE FUNCTION population_rules.attach_unique_id_rule(
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
	PERFORM population_rules._check_owner(tbl);
	PERFORM population_rules._check_mode(mode);
	IF strictness IS NULL OR strictness NOT IN ('strict', 'warn', 'off') THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('invalid strictness "%s"'), strictness),
			ERRCODE = 'invalid_parameter_value',
			DETAIL = format(population_rules.gettext('The strictness given is %L, which is not one of the three strictness levels.'), strictness),
			HINT = population_rules.gettext('Use ''strict'' (structure mismatches are violations), ''warn'' (flagged) or ''off''.');
	END IF;
	nums := ARRAY[
		population_rules._column(tbl, id_column, population_rules.gettext('personal id'), population_rules._column_types('unique_id', 1)),
		population_rules._column(tbl, legacy_id_column, population_rules.gettext('legacy id'), population_rules._column_types('unique_id', 2)),
		population_rules._column(tbl, birth_date_column, population_rules.gettext('birth date'), population_rules._column_types('unique_id', 3)),
		population_rules._column(tbl, sex_column, population_rules.gettext('sex'), NULL),
		population_rules._column(tbl, birth_province_column, population_rules.gettext('birth province'), NULL)]::smallint[];
	IF id_column IS NULL THEN
		RAISE EXCEPTION USING
			MESSAGE = population_rules.gettext('id_column must be given'),
			ERRCODE = 'null_value_not_allowed',
			DETAIL = population_rules.gettext('The id_column argument is NULL.'),
			HINT = population_rules.gettext('Pass the name of the column that holds the 12-digit personal id.');
	END IF;
	RETURN population_rules._attach(tbl, 'unique_id', rule_name, 'unique_id_' || id_column, nums, mode,
		jsonb_build_object('strictness', strictness));
END
$$;
COMMENT ON FUNCTION population_rules.attach_unique_id_rule(regclass, name, text, text, name, name, name, name, name) IS
  'Attach the unique-id rule: the 12-digit id column is well formed, consistent with the mapped birth date / sex / birth province (strictness strict, warn or off), and unique across the whole table, partitions and concurrent transactions included. Returns the rule number.';

CREATE OR REPLACE FUNCTION population_rules.attach_household_head_rule(
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
	PERFORM population_rules._check_owner(tbl);
	PERFORM population_rules._check_mode(mode);
	IF household_column IS NULL OR head_column IS NULL THEN
		RAISE EXCEPTION USING
			MESSAGE = population_rules.gettext('household_column and head_column must be given'),
			ERRCODE = 'null_value_not_allowed',
			DETAIL = format(population_rules.gettext('The household_column argument is %s and the head_column argument is %s.'),
					CASE WHEN household_column IS NULL THEN 'NULL' ELSE format('"%s"', household_column) END,
					CASE WHEN head_column IS NULL THEN 'NULL' ELSE format('"%s"', head_column) END),
			HINT = population_rules.gettext('Pass the name of the column that identifies the household and of the column that holds the relation to the head (or a boolean head flag).');
	END IF;
	nums := ARRAY[
		population_rules._column(tbl, household_column, population_rules.gettext('household'), NULL),
		population_rules._column(tbl, head_column, population_rules.gettext('relation to head or head flag'),
			population_rules._column_types('household_head', 2)),
		population_rules._column(tbl, death_date_column, population_rules.gettext('date of death'), NULL)]::smallint[];
	SELECT a.atttypid = 'boolean'::regtype INTO is_bool FROM pg_attribute a
	 WHERE a.attrelid = tbl AND a.attnum = nums[2];
	head_key := population_rules.vn_key_unaccent(head_value);
	-- no value would be the head: every household would fail at commit
	IF NOT is_bool AND coalesce(head_key, '') = '' THEN
		RAISE EXCEPTION USING
			MESSAGE = population_rules.gettext('head_value must name the head'),
			ERRCODE = CASE WHEN head_value IS NULL THEN 'null_value_not_allowed'
			                     ELSE 'invalid_parameter_value' END,
			DETAIL = CASE WHEN head_value IS NULL THEN population_rules.gettext('The head_value argument is NULL.')
				              ELSE format(population_rules.gettext('The head_value argument %L is blank, so no relation in column "%s" would mark the head.'),
				                          head_value, head_column) END,
			HINT = population_rules.gettext('Pass the relation that marks the head, such as ''chủ hộ'' (the default), or leave head_value out.');
	END IF;
	RETURN population_rules._attach(tbl, 'household_head', rule_name,
		'household_head_' || household_column, nums, mode,
		jsonb_build_object('head_is_bool', is_bool, 'head_key', head_key));
END
$$;
COMMENT ON FUNCTION population_rules.attach_household_head_rule(regclass, name, name, text, name, text, name) IS
  'Attach the household-head rule: at most one living head per household at each statement''s end, exactly one for every household with living members at commit. The head is a boolean column, or a relation column compared by accent-free key with head_value. Returns the rule number.';

CREATE OR REPLACE FUNCTION population_rules.attach_names_rule(
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
	PERFORM population_rules._check_owner(tbl);
	PERFORM population_rules._check_mode(mode);
	IF n = 0 OR n > 8 OR array_position(columns, NULL) IS NOT NULL THEN
		RAISE EXCEPTION USING
			MESSAGE = population_rules.gettext('columns must list 1 to 8 name columns'),
			ERRCODE = 'invalid_parameter_value',
			DETAIL = CASE WHEN n = 0 THEN population_rules.gettext('The columns argument lists no column.')
				              WHEN n > 8 THEN format(population_rules.gettext('The columns argument lists %s columns.'), n)
				              ELSE format(population_rules.gettext('Entry %s of the columns argument is NULL.'), array_position(columns, NULL)) END,
			HINT = population_rules.gettext('Pass an array of 1 to 8 column names, such as ARRAY[''ho_ten'']; attach a second names rule for more columns.');
	END IF;
	IF original_columns IS NOT NULL AND cardinality(original_columns) <> n THEN
		RAISE EXCEPTION USING
			MESSAGE = population_rules.gettext('original_columns must have one entry (or NULL) per name column'),
			ERRCODE = 'invalid_parameter_value',
			DETAIL = CASE WHEN n = 1
				THEN format(population_rules.gettext('The columns argument has 1 entry but original_columns has %s.'), cardinality(original_columns))
				ELSE format(population_rules.gettext('The columns argument has %s entries but original_columns has %s.'), n, cardinality(original_columns)) END,
			HINT = population_rules.gettext('Give original_columns the same length as columns, with NULL for a name column whose input need not be kept.');
	END IF;
	IF style IS NULL OR style NOT IN ('old', 'new') THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('invalid tone placement style "%s"'), style),
			ERRCODE = 'invalid_parameter_value',
			DETAIL = format(population_rules.gettext('The style given is %L, which is not one of the two tone placement styles.'), style),
			HINT = population_rules.gettext('Use ''old'' (hòa, thủy) or ''new'' (hoà, thuỷ).');
	END IF;
	IF repair_legacy AND to_regprocedure('population_rules.vn_repair_legacy(text)') IS NULL THEN
		RAISE EXCEPTION USING
			MESSAGE = population_rules.gettext('legacy repair is not available in this version'),
			ERRCODE = 'feature_not_supported',
			DETAIL = population_rules.gettext('This installation has no function vn_repair_legacy(text), which repair_legacy => true needs.'),
			HINT = population_rules.gettext('Attach the rule with repair_legacy => false.');
	END IF;
	FOR i IN 1..n LOOP
		nums := nums || population_rules._column(tbl, columns[i], population_rules.gettext('name'),
			population_rules._column_types('names', i));
	END LOOP;
	FOR i IN 1..n LOOP
		nums := nums || population_rules._column(tbl, original_columns[i], population_rules.gettext('original name'),
			population_rules._column_types('names', n + i));
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
			MESSAGE = format(population_rules.gettext('column "%s" of relation %s is given twice to the names rule'), col, tbl),
			ERRCODE = 'invalid_parameter_value',
			DETAIL = format(population_rules.gettext('Column "%s" appears more than once among the name and original columns; the rule would write two values into it.'), col),
			HINT = population_rules.gettext('Give each name column once, and keep each original in a column of its own.');
	END IF;
	SELECT a.attname INTO col
	  FROM unnest(nums) WITH ORDINALITY AS u(num, pos)
	  JOIN pg_attribute a ON a.attrelid = tbl AND a.attnum = u.num
	 WHERE u.num <> 0 AND a.attgenerated <> ''
	 ORDER BY u.pos LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('column "%s" of relation %s is a generated column'), col, tbl),
			ERRCODE = 'invalid_parameter_value',
			DETAIL = format(population_rules.gettext('PostgreSQL computes column "%s" after BEFORE triggers, so what the names rule stored there would be replaced.'), col),
			HINT = population_rules.gettext('Attach the rule to the ordinary columns the generated column is computed from, and keep originals in ordinary columns.');
	END IF;
	RETURN population_rules._attach(tbl, 'names', rule_name, 'names_' || columns[1], nums, mode,
		jsonb_build_object('style', style, 'repair_legacy', repair_legacy, 'nnames', n));
END
$$;
COMMENT ON FUNCTION population_rules.attach_names_rule(regclass, name[], text, text, boolean, name[], name) IS
  'Attach the names rule: the name columns are stored in canonical form (vn_normalize in the given tone style, after legacy repair if asked); the input is kept in the matching original column when given. Returns the rule number.';

CREATE OR REPLACE FUNCTION population_rules._on_sql_drop() RETURNS event_trigger
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	d record;
	r record;
BEGIN
	FOR d IN SELECT * FROM pg_event_trigger_dropped_objects()
	          WHERE object_type IN ('table', 'table column') LOOP
		IF d.object_type = 'table' THEN
			DELETE FROM population_rules.id_keys k USING population_rules.rule g
			 WHERE g.tbl = d.objid AND k.rule_id = g.rule_id;
			DELETE FROM population_rules.household_heads h USING population_rules.rule g
			 WHERE g.tbl = d.objid AND h.rule_id = g.rule_id;
			DELETE FROM population_rules.rule g WHERE g.tbl = d.objid;
		ELSE
			SELECT g.rule_id, g.rule_name INTO r FROM population_rules.rule g
			 WHERE g.tbl = d.objid AND d.objsubid = ANY (g.attnums)
			   AND NOT EXISTS (SELECT 1 FROM pg_event_trigger_dropped_objects() t
			                    WHERE t.object_type = 'table' AND t.objid = d.objid);
			IF FOUND THEN
				RAISE EXCEPTION USING
					MESSAGE = format(population_rules.gettext('cannot drop column %s because rule "%s" uses it'), d.object_identity, r.rule_name),
					ERRCODE = 'dependent_objects_still_exist',
					DETAIL = format(population_rules.gettext('Column %s is one of the columns that rule number %s checks.'),
							d.object_identity, r.rule_id),
					HINT = population_rules.gettext('Detach the rule first with population_rules.detach_rule().');
			END IF;
		END IF;
	END LOOP;
END
$$;
COMMENT ON FUNCTION population_rules._on_sql_drop() IS
  'Event trigger: remove the rules of dropped tables; refuse to drop a column a rule uses.';

CREATE OR REPLACE FUNCTION population_rules.source_check() RETURNS trigger
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
            MESSAGE = format(population_rules.gettext('relation with OID %s does not exist'), NEW.relation::oid),
            ERRCODE = 'undefined_table',
            DETAIL = format(population_rules.gettext('The registration names relation OID %s, which no relation has.'), NEW.relation::oid),
            HINT = population_rules.gettext('Register an existing relation, by name, through population_rules.register_source.');
    END IF;
    IF relkind NOT IN ('r', 'p', 'v', 'm', 'f') THEN
        RAISE EXCEPTION USING
            MESSAGE = format(population_rules.gettext('%s is not a table, view, materialized view or foreign table'), NEW.relation::text),
            ERRCODE = 'wrong_object_type',
            DETAIL = population_rules._relation_is(NEW.relation::text, relkind),
            HINT = population_rules.gettext('Register the table that holds the rows.');
    END IF;
    -- A temporary relation goes at the end of its session without firing
    -- the drop event trigger: its registration would be left naming an OID
    -- that another relation may later take.
    IF persistence = 't' THEN
        RAISE EXCEPTION USING
            MESSAGE = format(population_rules.gettext('cannot register temporary relation %s'), NEW.relation::text),
            ERRCODE = 'wrong_object_type',
            DETAIL = format(population_rules.gettext('%s is a temporary relation: it disappears at the end of the session, and views over it could only be temporary.'),
                                  NEW.relation::text),
            HINT = population_rules.gettext('Register a permanent or unlogged table.');
    END IF;
    IF jsonb_typeof(NEW.mapping) IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION USING
            MESSAGE = population_rules.gettext('column mapping must be a JSON object'),
            ERRCODE = 'invalid_parameter_value',
            DETAIL = format(population_rules.gettext('The mapping given is %s.'), coalesce(NEW.mapping::text, 'NULL')),
            HINT = population_rules.gettext('Give an object such as {"person_key": "id", "full_name": "ho_ten"}.');
    END IF;
    SELECT array_agg(sc.column_name ORDER BY sc.position) INTO canon
      FROM population_rules.source_column sc WHERE sc.kind = NEW.kind;
    FOR key, val IN SELECT e.key, e.value FROM jsonb_each(NEW.mapping) e ORDER BY e.key LOOP
        IF NOT key = ANY (canon) THEN
            RAISE EXCEPTION USING
                MESSAGE = format(population_rules.gettext('"%s" is not a canonical column of a %s source'), key, NEW.kind),
                ERRCODE = 'invalid_parameter_value',
                DETAIL = format(population_rules.gettext('The mapping given has the key "%s": a mapping''s keys are canonical column names, its values the relation''s own column names.'), key),
                HINT = format(population_rules.gettext('The canonical columns of %s are: %s.'), NEW.kind,
                                    array_to_string(canon, ', '));
        END IF;
        IF jsonb_typeof(val) <> 'string' THEN
            RAISE EXCEPTION USING
                MESSAGE = format(population_rules.gettext('canonical column "%s" must be mapped to a column name'), key),
                ERRCODE = 'invalid_parameter_value',
                DETAIL = format(population_rules.gettext('It is mapped to %s.'), val::text),
                HINT = population_rules.gettext('Give the column name as a JSON string; leave the key out to omit the column.');
        END IF;
        IF NOT EXISTS (SELECT FROM pg_attribute a
                        WHERE a.attrelid = NEW.relation AND a.attname = val #>> '{}'
                          AND a.attnum > 0 AND NOT a.attisdropped) THEN
            RAISE EXCEPTION USING
                MESSAGE = format(population_rules.gettext('column "%s" of relation %s does not exist'), val #>> '{}', NEW.relation::text),
                ERRCODE = 'undefined_column',
                DETAIL = format(population_rules.gettext('The mapping gives it for canonical column "%s".'), key),
                HINT = format(population_rules.gettext('Map "%s" to an existing column of %s, or map it to null to omit it.'),
                                    key, NEW.relation::text);
        END IF;
    END LOOP;
    SELECT string_agg(quote_ident(sc.column_name), ', ' ORDER BY sc.position) INTO bad
      FROM population_rules.source_column sc
     WHERE sc.kind = NEW.kind AND sc.required AND NOT NEW.mapping ? sc.column_name;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION USING
            MESSAGE = format(population_rules.gettext('a %s source needs column %s'), NEW.kind, bad),
            ERRCODE = 'undefined_column',
            DETAIL = format(population_rules.gettext('Relation %s has no column of that name and the mapping does not give one.'),
                                  NEW.relation::text),
            HINT = format(population_rules.gettext('Map it: {"%s": "your_column"}.'), split_part(bad, ',', 1));
    END IF;
    NEW.missing := coalesce((SELECT array_agg(sc.column_name ORDER BY sc.position)
                               FROM population_rules.source_column sc
                              WHERE sc.kind = NEW.kind AND NOT NEW.mapping ? sc.column_name),
                            '{}');
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION population_rules.source_check() IS
    'Trigger of the source catalog: checks the relation kind and every mapped column, and records the missing canonical columns';

CREATE OR REPLACE FUNCTION population_rules.register_source(
    kind text, relation regclass, mapping jsonb DEFAULT '{}',
    dataset name DEFAULT 'default', replace boolean DEFAULT false)
RETURNS population_rules.source
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    scan boolean := coalesce(nullif(current_setting('population_rules.source_scan', true), ''), 'on')::boolean;
    result population_rules.source;
BEGIN
    result := population_rules._register_source(kind, relation, mapping, dataset, replace);
    IF scan THEN
        BEGIN
            PERFORM population_rules._source_scan_report(result.dataset, result.kind);
        EXCEPTION WHEN OTHERS THEN
            RAISE WARNING USING
                MESSAGE = format(population_rules.gettext('the values of %s source %s were not checked'), result.kind, result.relation::text),
                DETAIL = SQLERRM,
                HINT = population_rules.gettext('The registration is made. Call population_rules.source_unreadable once the cause is fixed, or SET population_rules.source_scan = off to skip the scan.');
        END;
    END IF;
    RETURN result;
END
$$;
COMMENT ON FUNCTION population_rules.register_source(text, regclass, jsonb, name, boolean) IS
    'Register a relation as the source of one kind (person, id_document, sim_subscription, insurance_record, civil_event) in a dataset, mapping canonical columns to its own; only its owner may. Then, unless population_rules.source_scan is off, warns of the values the extension cannot read (source_unreadable), reading the relation with the caller''s rights';

CREATE OR REPLACE FUNCTION population_rules.unregister_source(kind text, dataset name DEFAULT 'default')
RETURNS regclass
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    rel regclass;
BEGIN
    SELECT s.relation INTO rel FROM population_rules.source s
     WHERE s.dataset = unregister_source.dataset AND s.kind = unregister_source.kind;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING
            MESSAGE = format(population_rules.gettext('no %s source is registered in dataset "%s"'), kind, dataset),
            ERRCODE = 'undefined_object',
            DETAIL = coalesce((SELECT format(population_rules.gettext('Dataset "%s" registers only these kinds: %s.'),
                                                   unregister_source.dataset,
                                                   string_agg(s.kind, ', ' ORDER BY s.kind))
                                       FROM population_rules.source s
                                      WHERE s.dataset = unregister_source.dataset
                                     HAVING count(*) > 0),
                                    format(population_rules.gettext('Dataset "%s" has no registration of any kind.'),
                                           unregister_source.dataset)),
            HINT = population_rules.gettext('The registrations are listed in population_rules.sources.');
    END IF;
    -- A registration whose relation is gone may be removed by anyone.
    IF NOT population_rules.source_owned(rel)
       AND EXISTS (SELECT FROM pg_class c WHERE c.oid = rel) THEN
        RAISE EXCEPTION USING
            MESSAGE = format(population_rules.gettext('must be owner of relation %s'), rel::text),
            ERRCODE = 'insufficient_privilege',
            DETAIL = format(population_rules.gettext('Role %I neither owns relation %s nor is a member of its owner %I.'),
                                  (SELECT r.rolname FROM pg_roles r WHERE r.oid = population_rules._invoking_role()),
                                  rel::text,
                                  (SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                                    WHERE c.oid = rel)),
            HINT = population_rules.gettext('Only the owner of a relation may unregister it.');
    END IF;
    DELETE FROM population_rules.source s
     WHERE s.dataset = unregister_source.dataset AND s.kind = unregister_source.kind;
    RETURN rel;
END
$$;
COMMENT ON FUNCTION population_rules.unregister_source(text, name) IS
    'Remove the registration of one kind of source from a dataset; returns the relation that was registered';

CREATE OR REPLACE FUNCTION population_rules.create_reference_tables(schema name, dataset name DEFAULT NULL)
RETURNS SETOF population_rules.sources
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    ds name := coalesce(dataset, schema);
BEGIN
    IF schema IS NULL THEN
        RAISE EXCEPTION USING
            MESSAGE = population_rules.gettext('schema must not be null'),
            ERRCODE = 'null_value_not_allowed',
            DETAIL = population_rules.gettext('The schema argument is NULL.'),
            HINT = population_rules.gettext('Pass the name of the schema to create the tables in; it is created if it does not exist.');
    END IF;
    IF schema = '' THEN
        RAISE EXCEPTION USING
            MESSAGE = population_rules.gettext('schema name must not be empty'),
            ERRCODE = 'invalid_name',
            DETAIL = format(population_rules.gettext('The %s argument is an empty string.'), 'schema'),
            HINT = population_rules.gettext('Pass the name of the schema to create the tables in; it is created if it does not exist.');
    END IF;
    EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I', schema);

    EXECUTE format($ddl$
        CREATE TABLE %1$I.persons (
            person_key bigint PRIMARY KEY,
            personal_id text,
            legacy_id text,
            full_name text,
            birth_date date,
            birth_date_precision text CHECK (birth_date_precision IN ('day', 'month', 'year')),
            sex text CHECK (sex IN ('M', 'F')),
            birth_province text,
            household_id bigint,
            relation_to_head text,
            commune_code text,
            resident boolean NOT NULL DEFAULT true,
            death_date date,
            biometric_hash text
        );
        CREATE INDEX ON %1$I.persons (personal_id);
        CREATE INDEX ON %1$I.persons (legacy_id);
        CREATE INDEX ON %1$I.persons (household_id);
        CREATE INDEX ON %1$I.persons (biometric_hash);
        CREATE INDEX ON %1$I.persons (commune_code);
        CREATE INDEX ON %1$I.persons ((population_rules.vn_key_unaccent(population_rules.vn_repair_legacy(full_name))));
        CREATE INDEX ON %1$I.persons ((population_rules.vn_key_phonetic(population_rules.vn_repair_legacy(full_name))));
        COMMENT ON TABLE %1$I.persons IS 'Persons: the person source of population_rules (canonical columns)';

        CREATE TABLE %1$I.id_documents (
            document_id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            person_key bigint NOT NULL,
            number text NOT NULL,
            kind text NOT NULL CHECK (kind IN ('cmnd9', 'cmnd12', 'cccd', 'cancuoc')),
            issue_date date,
            expiry_date date,
            status text NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'superseded', 'expired', 'cancelled', 'lost')),
            superseded_by text
        );
        CREATE INDEX ON %1$I.id_documents (person_key);
        CREATE INDEX ON %1$I.id_documents (number);
        COMMENT ON TABLE %1$I.id_documents IS 'Identity documents (CMND, CCCD, căn cước cards) of persons: the id_document source of population_rules';

        CREATE TABLE %1$I.sim_subscriptions (
            phone_number text PRIMARY KEY,
            subscriber_id text,
            subscriber_name text,
            birth_date date,
            carrier text,
            active boolean NOT NULL DEFAULT true
        );
        CREATE INDEX ON %1$I.sim_subscriptions (subscriber_id);
        COMMENT ON TABLE %1$I.sim_subscriptions IS 'Mobile subscriptions with the identity they are registered under: the sim_subscription source of population_rules';

        CREATE TABLE %1$I.insurance_records (
            insurance_code text PRIMARY KEY,
            id_number text,
            full_name text,
            birth_date date,
            sex text CHECK (sex IN ('M', 'F')),
            active boolean NOT NULL DEFAULT true
        );
        CREATE INDEX ON %1$I.insurance_records (id_number);
        COMMENT ON TABLE %1$I.insurance_records IS 'Social-insurance records: the insurance_record source of population_rules';

        CREATE TABLE %1$I.civil_events (
            event_id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            kind text NOT NULL CHECK (kind IN ('birth', 'death')),
            id_number text,
            full_name text,
            birth_date date,
            event_date date,
            place text
        );
        CREATE INDEX ON %1$I.civil_events (id_number);
        COMMENT ON TABLE %1$I.civil_events IS 'Civil-status events (births, deaths): the civil_event source of population_rules';
    $ddl$, schema);

    PERFORM population_rules.register_source('person', format('%I.persons', schema)::regclass, '{}', ds);
    PERFORM population_rules.register_source('id_document', format('%I.id_documents', schema)::regclass, '{}', ds);
    PERFORM population_rules.register_source('sim_subscription', format('%I.sim_subscriptions', schema)::regclass, '{}', ds);
    PERFORM population_rules.register_source('insurance_record', format('%I.insurance_records', schema)::regclass, '{}', ds);
    PERFORM population_rules.register_source('civil_event', format('%I.civil_events', schema)::regclass, '{}', ds);

    RETURN QUERY SELECT * FROM population_rules.sources s WHERE s.dataset = ds ORDER BY s.kind;
END
$$;
COMMENT ON FUNCTION population_rules.create_reference_tables(name, name) IS
    'Create the ready-made source tables (persons, id_documents, sim_subscriptions, insurance_records, civil_events) with their indexes in a schema of the caller''s and register them in a dataset (default: the schema name)';

CREATE OR REPLACE FUNCTION population_rules._source_view_sql(target name, ds name, k text) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    src population_rules.source;
    cols text;
    extra text := '';
    gone record;
    key_type oid;
BEGIN
    SELECT * INTO src FROM population_rules.source s WHERE s.dataset = ds AND s.kind = k;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_class c WHERE c.oid = src.relation) THEN
        RAISE EXCEPTION USING
            MESSAGE = format(population_rules.gettext('relation with OID %s does not exist'), src.relation::oid),
            ERRCODE = 'undefined_table',
            DETAIL = format(population_rules.gettext('Dataset "%s" registers it as its %s source; it was dropped without its registration being removed.'),
                                  ds, k),
            HINT = format(population_rules.gettext('Remove the registration with population_rules.unregister_source(%L, %L), then register the relation that holds the rows.'),
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
            MESSAGE = format(population_rules.gettext('column "%s" of relation %s does not exist'), gone.col, src.relation::text),
            ERRCODE = 'undefined_column',
            DETAIL = format(population_rules.gettext('Dataset "%s" maps canonical column "%s" of its %s source to it; the column was dropped or renamed after the registration.'),
                                  ds, gone.canon, k),
            HINT = format(population_rules.gettext('Register the %s source again with population_rules.register_source(..., replace => true).'), k);
    END IF;
    IF k = 'id_document' THEN
        SELECT a.atttypid INTO key_type
          FROM population_rules.source s
          JOIN pg_attribute a ON a.attrelid = s.relation AND a.attname = s.mapping ->> 'person_key'
                             AND a.attnum > 0 AND NOT a.attisdropped
         WHERE s.dataset = ds AND s.kind = 'person';
    END IF;
    SELECT string_agg(
             CASE WHEN NOT src.mapping ? sc.column_name THEN
                      format('NULL::%s', CASE sc.expected_type WHEN 'any' THEN 'text' ELSE sc.expected_type END)
                  WHEN sc.column_name = 'person_key' AND key_type IS NOT NULL AND key_type <> a.atttypid THEN
                      format('(t.%I)::%s', src.mapping ->> sc.column_name, format_type(key_type, NULL))
                  ELSE population_rules._source_column_sql(k, sc.column_name, sc.expected_type,
                                                      src.mapping ->> sc.column_name, a.atttypid)
             END || format(' AS %I', sc.column_name), ', ' ORDER BY sc.position)
      INTO cols
      FROM population_rules.source_column sc
      LEFT JOIN pg_attribute a ON a.attrelid = src.relation AND a.attname = src.mapping ->> sc.column_name
                              AND a.attnum > 0 AND NOT a.attisdropped
     WHERE sc.kind = k;
    IF k = 'person' THEN
        -- Derived keys; a view computes only the ones it uses.
        extra := ', population_rules.vn_key_unaccent(population_rules.vn_repair_legacy(t.full_name)) AS name_key'
              || ', population_rules.vn_key_phonetic(population_rules.vn_repair_legacy(t.full_name)) AS name_phonetic'
              || ', population_rules.read_relation(t.relation_to_head) AS relation_key'
              || ', population_rules.relation_sex(population_rules.read_relation(t.relation_to_head)) AS relation_sex'
              || ', population_rules.read_sex(t.sex) AS sex_code'
              || ', coalesce(population_rules.is_household_head(t.relation_to_head), false) AS is_head';
        RETURN format('SELECT t.* %s FROM (SELECT %s FROM %s t) t', extra, cols, src.relation::text);
    END IF;
    RETURN format('SELECT %s FROM %s t', cols, src.relation::text);
END
$$;
COMMENT ON FUNCTION population_rules._source_view_sql(name, name, text) IS
    'Internal: the query of the source view of one kind of a dataset';

CREATE FUNCTION population_rules.gettext(msgid pg_catalog.text) RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'population_rules_gettext'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION population_rules.gettext(pg_catalog.text) IS
'The translation of an English message of the extension into the language of lc_messages (po/ of the source), or the message itself when there is none; a template keeps its format() placeholders.';

CREATE FUNCTION population_rules._relation_is(rel text, kind "char") RETURNS text
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
SELECT CASE kind
	WHEN 'r' THEN format(population_rules.gettext('%s is a table.'), rel)
	WHEN 'p' THEN format(population_rules.gettext('%s is a partitioned table.'), rel)
	WHEN 'v' THEN format(population_rules.gettext('%s is a view.'), rel)
	WHEN 'm' THEN format(population_rules.gettext('%s is a materialized view.'), rel)
	WHEN 'f' THEN format(population_rules.gettext('%s is a foreign table.'), rel)
	WHEN 'i' THEN format(population_rules.gettext('%s is an index.'), rel)
	WHEN 'I' THEN format(population_rules.gettext('%s is a partitioned index.'), rel)
	WHEN 'S' THEN format(population_rules.gettext('%s is a sequence.'), rel)
	WHEN 'c' THEN format(population_rules.gettext('%s is a composite type.'), rel)
	WHEN 't' THEN format(population_rules.gettext('%s is a TOAST table.'), rel)
	ELSE format(population_rules.gettext('%s is a relation of kind %L.'), rel, kind::text)
END
$$;
COMMENT ON FUNCTION population_rules._relation_is(text, "char") IS
  'The DETAIL naming what kind of relation a relation is (pg_class.relkind), in the language of lc_messages';

-- Internal: the DETAIL of the API's errors on a relation of the wrong kind.
REVOKE ALL ON FUNCTION population_rules._relation_is(text, "char") FROM PUBLIC;

-- The analysts' views: every rule written once (view_rules); the catalog rows
-- that name them replace the 0.1.0 rows (piece 46).
CREATE TABLE population_rules.view_rules (
    rule_name text PRIMARY KEY,
    rule_sql text NOT NULL,
    description text NOT NULL
);
COMMENT ON TABLE population_rules.view_rules IS
    'The rules of the generated views, each written once: the case views and the scorecards name them as {{rule_name}}, which generate_views replaces by the rule''s SQL';
GRANT SELECT ON population_rules.view_rules TO PUBLIC;
INSERT INTO population_rules.view_rules VALUES
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
('card_age', $r$p.death_date IS NULL AND p.birth_date <= (SELECT population_rules.views_as_of() - interval '14 years')$r$,
 'A living person aged 14 or more on population_rules.as_of, who must hold a valid card (missing_card)'),
('card_expiry', $r$coalesce(d.expiry_date, population_rules.card_renewal_date(p.birth_date, d.issue_date))$r$,
 'When the card (d) of the person (p) expires: its written expiry, else card_renewal_date (card_renewal_overdue)'),
('id_problems',
 $r$CASE WHEN {{personal_id_unreadable}}
            THEN 'malformed id (not exactly 12 ASCII digits)'
            ELSE population_rules.id_structure_problems(population_rules.id_key(p.personal_id),
                     CASE WHEN isfinite(p.birth_date) THEN extract(year FROM p.birth_date)::integer END,
                     p.sex, p.birth_province) END$r$,
 'What the digits of the person''s 12-digit id contradict, NULL when nothing (id_structure; only for persons with an id)'),
('still_head', $r$p.is_head AND p.household_id IS NOT NULL$r$, 'The person is a household head (dead_still_active)'),
('still_resident', $r$p.resident$r$, 'The person is resident (dead_still_active)'),
('active_sim_ids',
 $r$SELECT s.subscriber_id FROM %1$I.sim_subscription_source s WHERE s.active$r$,
 'Relation: the id numbers (12- or 9-digit) of the active SIM subscriptions, one row per SIM (dead_still_active)'),
('active_insurance_ids',
 $r$SELECT i.id_number FROM %1$I.insurance_record_source i WHERE i.active$r$,
 'Relation: the id numbers of the active insurance records, one row per record (dead_still_active)'),
('active_sim',
 $r$EXISTS (SELECT FROM {{active_sim_ids}} s WHERE s.subscriber_id IN (p.personal_id, p.legacy_id))$r$,
 'An active SIM is registered under the person''s 12- or 9-digit id: a look-up per person (dead_still_active on one server)'),
('active_insurance',
 $r$EXISTS (SELECT FROM {{active_insurance_ids}} i WHERE i.id_number = p.personal_id)$r$,
 'An active insurance record carries the person''s id: a look-up per person (dead_still_active on one server)'),
-- The same two checks as joins, for many persons at once: dead is a
-- relation of the text that names the rule (person_key, personal_id,
-- legacy_id).  On a Citus cluster it is an intermediate result that the
-- workers join to their shards of SIMs and records.
('dead_with_active_sim',
 $r$SELECT d.person_key FROM dead d JOIN {{active_sim_ids}} s ON s.subscriber_id = d.personal_id
     UNION SELECT d.person_key FROM dead d JOIN {{active_sim_ids}} s ON s.subscriber_id = d.legacy_id$r$,
 'Relation: the persons of dead (person_key, personal_id, legacy_id) with an active SIM under their 12- or 9-digit id, once each, by joins (dead_still_active on Citus)'),
('dead_with_active_insurance',
 $r$SELECT DISTINCT d.person_key FROM dead d JOIN {{active_insurance_ids}} i ON i.id_number = d.personal_id$r$,
 'Relation: the persons of dead (person_key, personal_id) with an active insurance record on their id, once each, by a join (dead_still_active on Citus)'),
('counted_sim', $r$s.active AND s.subscriber_id IS NOT NULL$r$,
 'The SIM subscription (s) counts toward its id number''s limit: active, with an id (sim_too_many)'),
('over_sim_limit', $r$count(*) > (SELECT population_rules.views_sim_limit())$r$,
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
('relation_problem',
 $r${{female_term_for_man}} OR {{male_term_for_woman}} OR {{parent_younger_than_head}}
       OR {{child_older_than_head}} OR {{several_spouses}} OR {{relation_unreadable}} OR {{sex_unreadable}}$r$,
 'The person (p) fails at least one of the checks of the relation to the head of their household (hh), or their relation or sex cannot be read (relation_checks)'),
('relation_unreadable', $r$p.relation_key = '?'$r$,
 'The person''s relation to the head is none of the terms read_relation knows, as written or once a legacy encoding is repaired (relation_checks, unreadable_values)'),
('sex_unreadable', $r$p.sex_code = '?'$r$,
 'The person''s sex is none of the spellings read_sex knows (relation_checks, unreadable_values)'),
('province_unreadable', $r$population_rules.read_province(p.birth_province) = '?'$r$,
 'The person''s province of birth registration is neither a code nor a name of the 63 (unreadable_values)'),
('personal_id_unreadable', $r$p.personal_id IS NOT NULL AND population_rules.id_key(p.personal_id) IS NULL$r$,
 'The person''s 12-digit id is given but not exactly 12 ASCII digits (id_structure, unreadable_values)'),
('legacy_id_unreadable', $r$p.legacy_id IS NOT NULL AND population_rules.legacy_id_key(p.legacy_id) IS NULL$r$,
 'The person''s 9-digit legacy id is given but not exactly 9 ASCII digits (unreadable_values)');
COMMENT ON COLUMN population_rules.view_rules.rule_name IS 'Name of the rule: the case views and the scorecards name it as {{rule_name}}';
COMMENT ON COLUMN population_rules.view_rules.rule_sql IS 'Its SQL: a condition or expression over p (a person), hh (their household) or d (an id document), or a relation; %1$I for the target schema';
COMMENT ON COLUMN population_rules.view_rules.description IS 'What the rule states, and the case views that use it';
DELETE FROM population_rules.view_scorecard_checks;
DELETE FROM population_rules.view_scorecard_sides;
DELETE FROM population_rules.view_person_checks;
DELETE FROM population_rules.view_catalog;
INSERT INTO population_rules.view_catalog (position, view_name, criterion, needs, description, definition) VALUES
(1, 'same_id', 'sạch', '{person.personal_id}',
 'Case 1: one 12-digit id on two or more persons: one row per person holding a shared id',
 $v$SELECT p.personal_id, p.person_key, p.full_name, p.birth_date, p.sex, p.death_date, n.holders,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('id %%s is held by %%s persons', p.personal_id, n.holders) AS reason
  FROM %1$I.person_source p
  JOIN {{shared_ids}} n ON n.personal_id = p.personal_id
  LEFT JOIN population_rules.pre2025_units u ON u.commune_code = p.commune_code$v$),
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
  LEFT JOIN population_rules.pre2025_units u ON u.commune_code = sc.commune_code
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
  LEFT JOIN population_rules.pre2025_units u ON u.commune_code = p.commune_code$v$),
(4, 'same_biometric', 'sạch', '{person.biometric_hash}',
 'Case 3: one biometric hash on two or more persons: one row per person',
 $v$SELECT p.biometric_hash, p.person_key, p.personal_id, p.full_name, p.birth_date, n.holders,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('biometric profile shared by %%s persons', n.holders) AS reason
  FROM %1$I.person_source p
  JOIN {{shared_biometrics}} n ON n.biometric_hash = p.biometric_hash
  LEFT JOIN population_rules.pre2025_units u ON u.commune_code = p.commune_code$v$),
(5, 'household_heads', NULL, '{person.household_id,person.relation_to_head,person.death_date}',
 'Case 4: households with more than one head (sạch), with none, or with only a dead head (đủ): one row per household and problem',
 $v$SELECT hh.household_id, x.problem, hh.members, hh.heads, hh.living_heads, hh.head_keys,
       hh.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('%%s: %%s members, %%s heads (%%s alive)', x.problem, hh.members, hh.heads, hh.living_heads) AS reason
  FROM {{households}} hh
  CROSS JOIN LATERAL (VALUES ('more than one head', {{more_than_one_head}}),
                             ('no head', {{no_head}}),
                             ('only a dead head', {{only_a_dead_head}})) x (problem, found)
  LEFT JOIN population_rules.pre2025_units u ON u.commune_code = hh.commune_code
 -- the households with a problem, found before a row per problem is made
 -- for them and their commune joined: a third less time than for every
 -- household
 WHERE ({{more_than_one_head}} OR {{no_head}} OR {{only_a_dead_head}})
   AND x.found$v$),
(6, 'legacy_id_only', 'đủ', '{person.personal_id,person.legacy_id,person.death_date}',
 'Case 5: living persons with only a 9-digit legacy id (CMND), never linked to a 12-digit number',
 $v$SELECT p.person_key, p.legacy_id, p.full_name, p.birth_date,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('only the 9-digit id %%s, no 12-digit id', p.legacy_id) AS reason
  FROM %1$I.person_source p
  LEFT JOIN population_rules.pre2025_units u ON u.commune_code = p.commune_code
 WHERE {{legacy_id_only}}$v$),
(7, 'missing_card', 'đủ', '{person.personal_id,person.birth_date,person.death_date,id_document.kind,id_document.status}',
 'Case 5: living persons aged 14 or more on population_rules.as_of (default today) without a 12-digit id or without a valid card (12-digit CMND, CCCD or căn cước)',
 $v$SELECT p.person_key, p.personal_id, p.legacy_id, p.full_name, p.birth_date,
       CASE WHEN isfinite(p.birth_date)
            THEN date_part('year', age((SELECT population_rules.views_as_of()), p.birth_date))::integer END AS age,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       CASE WHEN p.personal_id IS NULL THEN 'aged 14 or more without a 12-digit id'
            ELSE 'aged 14 or more without a valid card' END AS reason
  FROM %1$I.person_source p
  -- the valid cards of the person, if they have a 12-digit id: a person
  -- without a match (no 12-digit id, or no valid card) is kept.  An outer
  -- join the planner turns into an anti join on one server, and Citus plans
  -- whether or not the documents are colocated with the persons (a NOT
  -- EXISTS, it plans only when they are); not "IS NULL OR NOT EXISTS",
  -- which the planner costs as a sub-select per person
  LEFT JOIN (SELECT d.person_key FROM %1$I.id_document_source d WHERE {{valid_card}}) c
         ON c.person_key = p.person_key AND p.personal_id IS NOT NULL
  LEFT JOIN population_rules.pre2025_units u ON u.commune_code = p.commune_code
 WHERE {{card_age}} AND c.person_key IS NULL$v$),
(8, 'card_renewal_overdue', 'sống', '{person.birth_date,person.death_date,id_document.kind,id_document.status,id_document.issue_date,id_document.expiry_date}',
 'Case 5: living persons whose active card is past its renewal age (14, 25, 40, 60; a card issued within two years before one lasts to the next) on population_rules.as_of',
 $v$SELECT p.person_key, p.personal_id, p.full_name, p.birth_date, d.number AS card_number, d.kind AS card_kind,
       d.issue_date, e.expiry_date,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('card %%s expired on %%s, not renewed', d.number, e.expiry_date) AS reason
  FROM %1$I.person_source p
  JOIN %1$I.id_document_source d ON d.person_key = p.person_key
  CROSS JOIN LATERAL (SELECT {{card_expiry}} AS expiry_date) e
  LEFT JOIN population_rules.pre2025_units u ON u.commune_code = p.commune_code
 WHERE p.death_date IS NULL AND {{valid_card}} AND e.expiry_date < (SELECT population_rules.views_as_of())$v$),
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
  LEFT JOIN population_rules.pre2025_units u ON u.commune_code = p.commune_code
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
  LEFT JOIN population_rules.pre2025_units u ON u.commune_code = p.commune_code
 WHERE x.found$v$),
(11, 'sim_mismatch', 'đúng', '{person.personal_id,person.full_name,person.birth_date,sim_subscription.subscriber_id,sim_subscription.subscriber_name,sim_subscription.birth_date}',
 'Case 8: SIM subscriptions whose id, name or birth date match no person with that id number (names compared by their accent-free keys)',
 $v$WITH f AS (   -- SIMs with no holder of their id (12- or 9-digit) matching on name and
    -- birth date: outer joins kept where they find no holder, which the
    -- planner turns into anti joins on one server and Citus plans when the
    -- SIMs and the persons are not colocated (a NOT EXISTS it does not)
    SELECT s.phone_number, s.subscriber_id, s.subscriber_name, s.birth_date, s.carrier, s.active
      FROM %1$I.sim_subscription_source s
      LEFT JOIN (SELECT p.personal_id, p.birth_date, p.full_name, p.name_key FROM %1$I.person_source p) a
             ON a.personal_id = s.subscriber_id AND a.birth_date = s.birth_date
            AND (a.full_name = s.subscriber_name
                 OR a.name_key = population_rules.vn_key_unaccent(population_rules.vn_repair_legacy(s.subscriber_name))
                 OR population_rules.vn_key_unaccent(a.full_name) = population_rules.vn_key_unaccent(s.subscriber_name))
      LEFT JOIN (SELECT p.legacy_id, p.birth_date, p.full_name, p.name_key FROM %1$I.person_source p) b
             ON b.legacy_id = s.subscriber_id AND b.birth_date = s.birth_date
            AND (b.full_name = s.subscriber_name
                 OR b.name_key = population_rules.vn_key_unaccent(population_rules.vn_repair_legacy(s.subscriber_name))
                 OR population_rules.vn_key_unaccent(b.full_name) = population_rules.vn_key_unaccent(s.subscriber_name))
     WHERE a.personal_id IS NULL AND b.legacy_id IS NULL
), m AS (      -- those SIMs beside every holder of their id, if any
    SELECT f.*, h.person_key, h.full_name AS person_name, h.birth_date AS person_birth_date, h.commune_code,
           (h.full_name = f.subscriber_name
            OR population_rules.vn_key_unaccent(population_rules.vn_repair_legacy(h.full_name))
               = population_rules.vn_key_unaccent(population_rules.vn_repair_legacy(f.subscriber_name))
            OR population_rules.vn_key_unaccent(h.full_name) = population_rules.vn_key_unaccent(f.subscriber_name)) AS name_ok
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
  LEFT JOIN population_rules.pre2025_units u ON u.commune_code = w.commune_code
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
       format('%%s active SIMs on id %%s (limit %%s)', h.active_sims, h.subscriber_id, (SELECT population_rules.views_sim_limit())) AS reason
  FROM h
  LEFT JOIN population_rules.pre2025_units u ON u.commune_code = h.commune_code$v$),
(13, 'insurance_mismatch', 'đúng', '{person.personal_id,person.full_name,person.birth_date,person.sex,insurance_record.id_number,insurance_record.full_name,insurance_record.birth_date,insurance_record.sex}',
 'Case 9: insurance records that match no person with that id number on name, birth date and sex (both sexes as read_sex reads them: Nam matches M)',
 $v$WITH f AS (   -- records with no holder of their id matching on name, birth date and
    -- sex: an outer join kept where it finds no holder (an anti join on one
    -- server; Citus plans it, not a NOT EXISTS, when not colocated)
    SELECT i.insurance_code, i.id_number, i.full_name, i.birth_date, i.sex, i.active
      FROM %1$I.insurance_record_source i
      LEFT JOIN (SELECT p.personal_id, p.birth_date, p.sex_code, p.full_name, p.name_key FROM %1$I.person_source p) a
             ON a.personal_id = i.id_number AND a.birth_date = i.birth_date
            AND a.sex_code = population_rules.read_sex(i.sex)
            AND (a.full_name = i.full_name
                 OR a.name_key = population_rules.vn_key_unaccent(population_rules.vn_repair_legacy(i.full_name))
                 OR population_rules.vn_key_unaccent(a.full_name) = population_rules.vn_key_unaccent(i.full_name))
     WHERE i.id_number IS NOT NULL AND a.personal_id IS NULL
), m AS (      -- those records beside every holder of their id, if any
    SELECT f.*, h.person_key, h.full_name AS person_name, h.birth_date AS person_birth_date, h.sex AS person_sex,
           h.commune_code,
           (h.full_name = f.full_name
            OR population_rules.vn_key_unaccent(population_rules.vn_repair_legacy(h.full_name))
               = population_rules.vn_key_unaccent(population_rules.vn_repair_legacy(f.full_name))
            OR population_rules.vn_key_unaccent(h.full_name) = population_rules.vn_key_unaccent(f.full_name)) AS name_ok
      FROM f
      LEFT JOIN (SELECT p.personal_id, p.person_key, p.full_name, p.birth_date, p.sex, p.commune_code
                   FROM %1$I.person_source p WHERE p.personal_id IS NOT NULL) h ON h.personal_id = f.id_number
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
                   CASE WHEN population_rules.read_sex(w.person_sex) IS DISTINCT FROM population_rules.read_sex(w.sex)
                        THEN 'sex differs' END) END AS reason
  FROM w
  LEFT JOIN population_rules.pre2025_units u ON u.commune_code = w.commune_code
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
  LEFT JOIN population_rules.pre2025_units u ON u.commune_code = p.commune_code
 WHERE x.found$v$);
INSERT INTO population_rules.view_person_checks
SELECT c.view_name,
       format('SELECT v.person_key, %L::text AS check_name, %L::text AS criterion FROM %%1$I.%I v WHERE v.person_key IS NOT NULL',
              c.view_name, c.criterion, c.view_name)
  FROM population_rules.view_catalog c
 WHERE c.criterion IS NOT NULL AND c.view_name <> 'duplicate_person_pairs';
INSERT INTO population_rules.view_person_checks VALUES
('household_heads',
 $q$SELECT p.person_key, CASE WHEN h.problem = 'more than one head' THEN 'household_heads: more than one head'
                             ELSE 'household_heads: ' || h.problem END AS check_name,
       CASE WHEN h.problem = 'more than one head' THEN 'sạch' ELSE 'đủ' END AS criterion
  FROM %1$I.household_heads h JOIN %1$I.person_source p ON p.household_id = h.household_id$q$);
INSERT INTO population_rules.view_scorecard_sides VALUES
('sid', $q$LEFT JOIN {{shared_ids}} sid ON sid.personal_id = p.personal_id$q$),
-- The persons of duplicate_persons are those of the links (pairs at the
-- threshold not decided different, pairs decided same): read from the
-- links' groups, without the rows that view adds.  A person is in one group
-- only, so DISTINCT keeps every row; it tells the planner that the side has
-- one row per key.  Without it the planner multiplied the persons by the
-- groups' declared 2,000 rows over 200 (its guess of distinct keys), expected
-- ten rows per person, and sorted the million persons for merge joins.
('dup', $q$LEFT JOIN (WITH dup_pairs AS (SELECT d.* FROM %1$I.duplicate_person_pairs d),
                        l AS MATERIALIZED {{duplicate_links}}
                   SELECT DISTINCT g.person_key FROM {{duplicate_groups}} g) dup ON dup.person_key = p.person_key::text$q$),
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
-- Both join ids over the limit, grouped by themselves (on a Citus
-- cluster, grouped on the workers and merged on the coordinator), not the
-- SIMs to the persons, which Citus cannot join when not colocated; the
-- 9-digit ones only among the legacy ids of persons without a 12-digit id
-- (an uncorrelated IN list), so that one server groups few SIMs twice.
('stm', $q$LEFT JOIN {{sims_over_limit}} stm ON stm.subscriber_id = p.personal_id
       LEFT JOIN (SELECT s.subscriber_id FROM %1$I.sim_subscription_source s
                   WHERE {{counted_sim}}
                     AND s.subscriber_id IN (SELECT q.legacy_id FROM %1$I.person_source q WHERE q.personal_id IS NULL)
                   GROUP BY s.subscriber_id HAVING {{over_sim_limit}}) stl
         ON stl.subscriber_id = p.legacy_id AND p.personal_id IS NULL$q$),
('imm', $q$LEFT JOIN (SELECT DISTINCT v.person_key FROM %1$I.insurance_mismatch v) imm ON imm.person_key = p.person_key$q$);
INSERT INTO population_rules.view_scorecard_checks VALUES
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
       AND (card.min_expiry < (SELECT population_rules.views_as_of())
            OR population_rules.card_renewal_date(p.birth_date, card.min_open_issue) < (SELECT population_rules.views_as_of()))$q$),
('id_structure', 'id_structure', 'đúng', '{}', $q$p.personal_id IS NOT NULL AND {{id_problems}} IS NOT NULL$q$),
('dead_still_active', 'dead_still_active', 'sống', '{dead}',
 $q$p.death_date IS NOT NULL AND ({{still_head}} OR {{still_resident}} OR dead.person_key IS NOT NULL)$q$),
('sim_mismatch', 'sim_mismatch', 'đúng', '{smm}', $q$smm.person_key IS NOT NULL$q$),
('sim_too_many', 'sim_too_many', 'sạch', '{stm}', $q$stm.subscriber_id IS NOT NULL OR stl.subscriber_id IS NOT NULL$q$),
('insurance_mismatch', 'insurance_mismatch', 'đúng', '{imm}', $q$imm.person_key IS NOT NULL$q$),
('relation_checks', 'relation_checks', 'đúng', '{hh}', $q$p.household_id IS NOT NULL AND {{relation_problem}}$q$);

-- The texts generate_views takes instead of the one-server ones when a
-- source of the dataset is a Citus table: the same rows, in a form Citus
-- can plan.  Every other text is one for both (anti joins written as outer
-- joins kept where they find nothing, which Citus plans and the planner
-- turns into the same anti joins); only the look-ups of the dead among the
-- SIMs and insurance records stay two: one server looks each dead person up
-- (a correlated EXISTS, an index probe), which Citus cannot plan over the
-- gathered dead; Citus sends the dead to the workers, which join them to
-- their shards (docs/views.md).  The join form costs about twice the
-- look-ups on one server.
CREATE TABLE population_rules.view_distributed_texts (
    text_key text PRIMARY KEY CHECK (text_key ~ '^(view|side|check|rule):'),
    definition text NOT NULL,
    why text NOT NULL
);
COMMENT ON TABLE population_rules.view_distributed_texts IS
    'The texts of case views (view:name), scorecard sides (side:name) and checks (check:name) and rules (rule:name) that generate_views takes instead of the one-server ones when a source of the dataset is a Citus table: the same rows, in a form Citus can plan';
COMMENT ON COLUMN population_rules.view_distributed_texts.text_key IS 'view:, side:, check: or rule: and the name of the view (view_catalog), scorecard side (view_scorecard_sides), scorecard check (view_scorecard_checks) or rule (view_rules) it replaces';
COMMENT ON COLUMN population_rules.view_distributed_texts.definition IS 'The text, as the one it replaces: %1$I for the target schema, rules as {{rule_name}}';
COMMENT ON COLUMN population_rules.view_distributed_texts.why IS 'What Citus cannot plan in the one-server text';
GRANT SELECT ON population_rules.view_distributed_texts TO PUBLIC;
INSERT INTO population_rules.view_distributed_texts VALUES
-- The dead, gathered once (a materialized CTE: an intermediate result), and
-- their ids sent to the workers, which join them to the active SIMs and
-- records of their shards (the rules dead_with_active_*): no list of every
-- active id is gathered or hashed on the coordinator.
('view:dead_still_active',
 $v$WITH dead_persons AS MATERIALIZED (
        SELECT p.person_key, p.personal_id, p.legacy_id, p.full_name, p.death_date, p.commune_code,
               p.is_head, p.household_id, p.resident
          FROM %1$I.person_source p WHERE p.death_date IS NOT NULL),
     dead AS MATERIALIZED (SELECT p.person_key, p.personal_id, p.legacy_id FROM dead_persons p)
SELECT p.person_key, p.personal_id, p.full_name, p.death_date, x.problem,
       p.commune_code, u.commune_name, u.province_id_code AS province_code, u.province_name,
       format('died %%s, %%s', p.death_date, x.problem) AS reason
  FROM (SELECT p.*, {{still_head}} AS head, {{still_resident}} AS resident_,
               sim.person_key IS NOT NULL AS sim, ins.person_key IS NOT NULL AS insurance
          FROM dead_persons p
          LEFT JOIN {{dead_with_active_sim}} sim ON sim.person_key = p.person_key
          LEFT JOIN {{dead_with_active_insurance}} ins ON ins.person_key = p.person_key) p
  CROSS JOIN LATERAL (VALUES ('still household head', p.head), ('still resident', p.resident_),
                             ('active SIM', p.sim), ('active insurance', p.insurance)) x (problem, found)
  LEFT JOIN population_rules.pre2025_units u ON u.commune_code = p.commune_code
 WHERE x.found$v$,
 'A correlated EXISTS per dead person over the SIMs and insurance records: here the dead joined to them on the workers'),
('side:dead',
 $q$LEFT JOIN (WITH dead AS MATERIALIZED (SELECT p.person_key, p.personal_id, p.legacy_id FROM %1$I.person_source p
                                         WHERE p.death_date IS NOT NULL)
                   SELECT sim.person_key FROM {{dead_with_active_sim}} sim
                   UNION SELECT ins.person_key FROM {{dead_with_active_insurance}} ins) dead
         ON dead.person_key = p.person_key$q$,
 'A correlated EXISTS per dead person over the SIMs and insurance records: here the dead joined to them on the workers');
-- (end of the rows of piece 46)

CREATE FUNCTION population_rules.card_renewal_date(birth_date date, issue_date date) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT (CASE WHEN $1 OPERATOR(pg_catalog.>) '294216-12-31'::pg_catalog.date
                 THEN 'infinity'::pg_catalog.timestamp
                 WHEN $1 OPERATOR(pg_catalog.+) '12 years'::pg_catalog.interval OPERATOR(pg_catalog.>) $2
                 THEN $1 OPERATOR(pg_catalog.+) '14 years'::pg_catalog.interval
                 WHEN $1 OPERATOR(pg_catalog.+) '23 years'::pg_catalog.interval OPERATOR(pg_catalog.>) $2
                 THEN $1 OPERATOR(pg_catalog.+) '25 years'::pg_catalog.interval
                 WHEN $1 OPERATOR(pg_catalog.+) '38 years'::pg_catalog.interval OPERATOR(pg_catalog.>) $2
                 THEN $1 OPERATOR(pg_catalog.+) '40 years'::pg_catalog.interval
                 WHEN $1 OPERATOR(pg_catalog.+) '58 years'::pg_catalog.interval OPERATOR(pg_catalog.>) $2
                 THEN $1 OPERATOR(pg_catalog.+) '60 years'::pg_catalog.interval
            END)::pg_catalog.date
$$;
COMMENT ON FUNCTION population_rules.card_renewal_date(date, date) IS
    'The date by which an identity card issued on issue_date to a person born on birth_date must be renewed: the next renewal age (14, 25, 40, 60) not within two years of the issue; NULL (valid for life) when issued from age 58; infinity for a birth date after 294216-12-31. Inlined into the views (card_renewal_overdue and the scorecards)';
CREATE OR REPLACE FUNCTION population_rules.card_expiry_date(birth_date date, issue_date date)
RETURNS date
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT population_rules.card_renewal_date($1, $2)
$$;
COMMENT ON FUNCTION population_rules.card_expiry_date(date, date) IS
    'Expiry of an identity card issued on issue_date to a person born on birth_date (card_renewal_date, NULL when either date is NULL): the next renewal age (14, 25, 40, 60) not within two years of the issue, NULL (for life) from age 58';
CREATE OR REPLACE FUNCTION population_rules._populate(rid integer) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r population_rules.rule;
	uidx name;
BEGIN
	SELECT * INTO STRICT r FROM population_rules.rule WHERE rule_id = rid;
	DELETE FROM population_rules.id_keys WHERE rule_id = rid;
	DELETE FROM population_rules.household_heads WHERE rule_id = rid;
	IF r.kind = 'unique_id' THEN
		-- A unique index of the table on exactly the id column (over the
		-- whole table: a partitioned index for a partitioned table) already
		-- guards it: then the rule keeps no keys of its own for it.  In
		-- enforce mode on a plain table the rule makes that index itself
		-- when the table has none; out of enforce mode it drops its own.
		uidx := population_rules._own_unique_index(r);
		IF uidx IS NOT NULL AND r.mode <> 'enforce' THEN
			PERFORM population_rules._drop_unique_index(r.tbl, uidx);
		END IF;
		uidx := population_rules._guarding_index(r);
		IF uidx IS NULL AND r.mode = 'enforce' THEN
			uidx := population_rules._make_unique_index(r);
		END IF;
		UPDATE population_rules.rule g
		   SET options = CASE WHEN uidx IS NULL THEN g.options - 'unique_index'
		                      ELSE g.options || jsonb_build_object('unique_index', uidx) END
		 WHERE g.rule_id = rid;
		PERFORM population_rules._invalidate(r.tbl);
	END IF;
	PERFORM population_rules._add_rows(rid, r.tbl);
END
$$;
COMMENT ON FUNCTION population_rules._populate(integer) IS
  'Internal: (re)build the derived table of a rule from the table''s rows.';

CREATE OR REPLACE FUNCTION population_rules.detach_rule(rule_id integer) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r population_rules.rule := population_rules._rule(rule_id);
	own name;
BEGIN
	PERFORM population_rules._check_owner(r.tbl);
	PERFORM population_rules._drop_triggers(r.rule_id);
	own := population_rules._own_unique_index(r);
	IF own IS NOT NULL THEN
		PERFORM population_rules._drop_unique_index(r.tbl, own);
	END IF;
	DELETE FROM population_rules.rule g WHERE g.rule_id = r.rule_id;
	DELETE FROM population_rules.id_keys k WHERE k.rule_id = r.rule_id;
	DELETE FROM population_rules.household_heads h WHERE h.rule_id = r.rule_id;
	PERFORM population_rules._invalidate(r.tbl);
END
$$;
COMMENT ON FUNCTION population_rules.detach_rule(integer) IS
  'Detach a rule: drop its triggers and its registration (violations already logged stay).';

CREATE OR REPLACE FUNCTION population_rules.set_rule_mode(rule_id integer, mode text) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r population_rules.rule := population_rules._rule(rule_id);
BEGIN
	PERFORM population_rules._check_owner(r.tbl);
	PERFORM population_rules._check_mode(mode);
	UPDATE population_rules.rule g SET mode = set_rule_mode.mode WHERE g.rule_id = r.rule_id;
	-- a unique-id rule entering or leaving enforce mode makes or drops its
	-- own unique index (only enforce mode may refuse a duplicate)
	IF r.kind = 'unique_id' AND (r.mode = 'enforce') <> (set_rule_mode.mode = 'enforce') THEN
		EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', r.tbl);
		PERFORM population_rules._populate(r.rule_id);
	END IF;
	PERFORM population_rules._invalidate(r.tbl);
END
$$;
COMMENT ON FUNCTION population_rules.set_rule_mode(integer, text) IS
  'Change a rule''s mode: enforce (raise), warn (WARNING) or log (population_rules.violations).';

CREATE OR REPLACE FUNCTION population_rules._trigger_names(rule_name text) RETURNS text[]
	LANGUAGE sql IMMUTABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT ARRAY[rule_name, rule_name || ' update', rule_name || ' delete',
	             rule_name || ' statement', rule_name || ' commit', rule_name || ' truncate',
	             rule_name || ' arm']
$$;
COMMENT ON FUNCTION population_rules._trigger_names(text) IS
  'Internal: the names of the triggers a rule may have on its table.';

CREATE OR REPLACE FUNCTION population_rules._create_triggers(rid integer) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r population_rules.rule;
	n name[];
	cols text;
	fn text;
	set_based boolean;
BEGIN
	SELECT * INTO STRICT r FROM population_rules.rule WHERE rule_id = rid;
	n := population_rules._colnames(r.tbl, r.attnums);
	SELECT c.relkind = 'r' AND NOT c.relispartition INTO set_based
	  FROM pg_class c WHERE c.oid = r.tbl;
	IF r.kind IN ('unique_id', 'household_head') AND set_based THEN
		fn := CASE r.kind WHEN 'unique_id' THEN 'unique_id_changes' ELSE 'household_head_changes' END;
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION population_rules.%I(%L)',
		               r.rule_name, r.tbl, fn, rid);
		EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s'
		               ' REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION population_rules.%I(%L)',
		               r.rule_name || ' update', r.tbl, fn, rid);
		EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION population_rules.%I(%L)',
		               r.rule_name || ' delete', r.tbl, fn, rid);
		-- the rule's message for a duplicate its unique index refuses
		-- (unique_index_errors.c)
		IF r.kind = 'unique_id' THEN
			EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON %s'
			               ' FOR EACH STATEMENT EXECUTE FUNCTION population_rules.unique_id_arm(%L)',
			               r.rule_name || ' arm', r.tbl, rid);
		END IF;
	ELSIF r.kind = 'unique_id' THEN
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s'
		               ' FOR EACH ROW EXECUTE FUNCTION population_rules.unique_id_trigger(%L)',
		               r.rule_name, r.tbl, rid);
	ELSIF r.kind = 'household_head' THEN
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s'
		               ' FOR EACH ROW EXECUTE FUNCTION population_rules.household_head_trigger(%L)',
		               r.rule_name, r.tbl, rid);
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION population_rules.household_head_statement_check(%L)',
		               r.rule_name || ' statement', r.tbl, rid);
	END IF;
	IF r.kind = 'household_head' THEN
		EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s'
		               ' DEFERRABLE INITIALLY DEFERRED FOR EACH ROW'
		               ' WHEN (population_rules.household_head_pending(%s))'
		               ' EXECUTE FUNCTION population_rules.household_head_commit_check(%L)',
		               r.rule_name || ' commit', r.tbl, rid, rid);
	ELSIF r.kind = 'names' THEN
		SELECT string_agg(quote_ident(c), ', ') INTO cols
		  FROM unnest(n[1:(r.options->>'nnames')::integer]) AS c;
		EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OF %s ON %s'
		               ' FOR EACH ROW EXECUTE FUNCTION population_rules.names_trigger(%L)',
		               r.rule_name, cols, r.tbl, rid);
	END IF;
	IF r.kind <> 'names' THEN
		EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %s'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION population_rules._truncate_trigger(%L)',
		               r.rule_name || ' truncate', r.tbl, rid);
	END IF;
END
$$;
COMMENT ON FUNCTION population_rules._create_triggers(integer) IS
  'Internal: create the triggers of a rule on its table.';

CREATE OR REPLACE FUNCTION population_rules.unique_id_changes() RETURNS trigger
	LANGUAGE C AS 'MODULE_PATHNAME', 'unique_id_changes';
COMMENT ON FUNCTION population_rules.unique_id_changes() IS
  'Statement trigger (with transition tables) of unique-id rules on plain tables.';

CREATE FUNCTION population_rules._relation_schema(rel regclass) RETURNS name
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT n.nspname FROM pg_catalog.pg_class c
	  JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
	 WHERE c.oid OPERATOR(pg_catalog.=) rel
$$;
COMMENT ON FUNCTION population_rules._relation_schema(regclass) IS
  'Internal: the name of the schema of a relation.';

CREATE FUNCTION population_rules._own_index_comment(rule_name name) RETURNS text
	LANGUAGE sql IMMUTABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT pg_catalog.format('Made by population_rules for the unique-id rule %I: dropped with the rule, or when the rule leaves enforce mode', rule_name)
$$;
COMMENT ON FUNCTION population_rules._own_index_comment(name) IS
  'Internal: the comment of the unique index a unique-id rule made for itself.';

CREATE FUNCTION population_rules._guarding_index(r population_rules.rule) RETURNS name
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT c.relname FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) i.indexrelid
	 WHERE i.indrelid OPERATOR(pg_catalog.=) r.tbl AND i.indisunique AND i.indisvalid
	   AND i.indnkeyatts OPERATOR(pg_catalog.=) 1
	   AND i.indkey[0] OPERATOR(pg_catalog.=) r.attnums[1] AND i.indpred IS NULL AND i.indexprs IS NULL
	 ORDER BY pg_catalog.obj_description(c.oid, 'pg_class') IS DISTINCT FROM population_rules._own_index_comment(r.rule_name),
	          c.relname
	 LIMIT 1
$$;
COMMENT ON FUNCTION population_rules._guarding_index(population_rules.rule) IS
  'Internal: the unique index that guards a unique-id rule''s column (the rule''s own first), or NULL.';

CREATE FUNCTION population_rules._own_unique_index(r population_rules.rule) RETURNS name
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT c.relname FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) i.indexrelid
	 WHERE i.indrelid OPERATOR(pg_catalog.=) r.tbl
	   AND pg_catalog.obj_description(c.oid, 'pg_class') OPERATOR(pg_catalog.=) population_rules._own_index_comment(r.rule_name)
	 ORDER BY c.relname
	 LIMIT 1
$$;
COMMENT ON FUNCTION population_rules._own_unique_index(population_rules.rule) IS
  'Internal: the unique index a unique-id rule made for itself on its table, or NULL.';

CREATE FUNCTION population_rules._drop_unique_index(tbl regclass, idx name) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF EXISTS (SELECT FROM pg_catalog.pg_constraint c
	            WHERE c.conrelid OPERATOR(pg_catalog.=) tbl AND c.conname OPERATOR(pg_catalog.=) idx
	              AND c.contype OPERATOR(pg_catalog.=) 'u') THEN
		EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', tbl, idx);
	ELSE
		EXECUTE format('DROP INDEX %I.%I', population_rules._relation_schema(tbl), idx);
	END IF;
END
$$;
COMMENT ON FUNCTION population_rules._drop_unique_index(regclass, name) IS
  'Internal: drop the unique index (or the unique constraint) a unique-id rule made for itself.';

CREATE FUNCTION population_rules._make_unique_index(r population_rules.rule) RETURNS name
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	nsp name := population_rules._relation_schema(r.tbl);
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
	EXECUTE format('COMMENT ON INDEX %I.%I IS %L', nsp, idx, population_rules._own_index_comment(r.rule_name));
	RETURN idx;
END
$$;
COMMENT ON FUNCTION population_rules._make_unique_index(population_rules.rule) IS
  'Internal: make the unique index that guards a unique-id rule on a plain table; NULL when the table is not plain or holds an id twice.';

CREATE FUNCTION population_rules.unique_id_arm() RETURNS trigger
	LANGUAGE C AS 'MODULE_PATHNAME', 'unique_id_arm';
COMMENT ON FUNCTION population_rules.unique_id_arm() IS
  'Statement trigger (BEFORE INSERT OR UPDATE) of unique-id rules on plain tables: readies the rule''s message for a duplicate its unique index refuses.';

-- The unique-id rule's own unique constraint on plain tables in enforce
-- mode: internal helpers and the statement trigger that readies the rule's
-- message are not for PUBLIC.  Rules attached under 0.1.0 keep their keys
-- until rebuild_rule() gives them the constraint.
REVOKE ALL ON FUNCTION population_rules._relation_schema(regclass),
	population_rules._own_index_comment(name),
	population_rules._guarding_index(population_rules.rule),
	population_rules._own_unique_index(population_rules.rule),
	population_rules._drop_unique_index(regclass, name),
	population_rules._make_unique_index(population_rules.rule),
	population_rules.unique_id_arm()
	FROM PUBLIC;

-- The sample-population generator leaves the product: it is the companion
-- extension population_rules_sample (CREATE EXTENSION population_rules_sample
-- where sample data is wanted), which installs it in its own schema.
DROP FUNCTION population_rules.generate_population(name, integer, integer, double precision, date);
DROP FUNCTION population_rules.sample_defect_kinds();
DROP FUNCTION population_rules.sample_name_variant(text, text);
DROP FUNCTION population_rules.sample_random(bigint, bigint, integer);
DROP FUNCTION population_rules.sample_upper(text);
DROP FUNCTION population_rules.sample_ascii(text);
DROP TABLE population_rules.sample_names, population_rules.sample_encoding,
    population_rules.sample_cmnd_prefix;

-- The analysts' review loop of the duplicate persons (piece 48): the
-- groups in C with their weakest link, the decisions table generate_views
-- makes, decide_duplicates and the review queue.
CREATE TYPE population_rules.duplicate_group_member AS (
    person_key text,
    group_key text,
    group_size bigint,
    weakest_person_key text,
    weakest_other_person_key text,
    weakest_strength double precision
);
COMMENT ON TYPE population_rules.duplicate_group_member IS
    'A person in a group of duplicate_groups: the person''s key, the group''s smallest key (byte order), its size, and its weakest link: the ends of the lowest link of its maximum spanning tree, the strength above which the group splits';
COMMENT ON COLUMN population_rules.duplicate_group_member.person_key IS 'The person''s key as text';
COMMENT ON COLUMN population_rules.duplicate_group_member.group_key IS 'The smallest key of the group, in byte order: the same for every member';
COMMENT ON COLUMN population_rules.duplicate_group_member.group_size IS 'How many persons the group holds';
COMMENT ON COLUMN population_rules.duplicate_group_member.weakest_person_key IS 'One end of the group''s weakest link, as the link gave it';
COMMENT ON COLUMN population_rules.duplicate_group_member.weakest_other_person_key IS 'The other end of the group''s weakest link';
COMMENT ON COLUMN population_rules.duplicate_group_member.weakest_strength IS 'The strength of the weakest link: the group holds together up to it; NULL when the link''s strength was NULL';

CREATE FUNCTION population_rules.duplicate_groups_add(internal, text, text, double precision)
RETURNS internal
LANGUAGE C PARALLEL SAFE
AS 'MODULE_PATHNAME', 'duplicate_groups_add';
COMMENT ON FUNCTION population_rules.duplicate_groups_add(internal, text, text, double precision) IS
    'Transition function of duplicate_groups: keeps one link';

CREATE FUNCTION population_rules.duplicate_groups_result(internal)
RETURNS population_rules.duplicate_group_member[]
LANGUAGE C PARALLEL SAFE
AS 'MODULE_PATHNAME', 'duplicate_groups_result';
COMMENT ON FUNCTION population_rules.duplicate_groups_result(internal) IS
    'Final function of duplicate_groups: the persons of every group of two or more, with the group''s weakest link';

CREATE AGGREGATE population_rules.duplicate_groups(person_key text, other_person_key text, strength double precision) (
    SFUNC = population_rules.duplicate_groups_add,
    STYPE = internal,
    FINALFUNC = population_rules.duplicate_groups_result,
    FINALFUNC_MODIFY = READ_WRITE,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE population_rules.duplicate_groups(text, text, double precision) IS
    'Groups of duplicate persons: the connected components of the links read (person_key, other_person_key, strength), of any chain length, by union-find over the links sorted strongest first (Kruskal), so that each group''s weakest link is the last that joined it: the group holds together up to its strength. A link with a NULL key or to the same key is skipped; a NULL strength is the weakest. Returns one duplicate_group_member per person of a group of two or more, in no particular order; O(n log n) time, about 48 bytes per link plus the keys in memory.';
-- The aggregate's support functions are internal: an aggregate calls them
-- with its owner's right to execute them.
REVOKE EXECUTE ON FUNCTION population_rules.duplicate_groups_add(internal, text, text, double precision),
    population_rules.duplicate_groups_result(internal) FROM PUBLIC;

-- The rules of the duplicate groups, read by duplicate_persons, the review
-- queue and the scorecards.  duplicate_links reads the candidate pairs from
-- a relation dup_pairs that the view using it defines (a CTE over
-- duplicate_person_pairs, so that a view reading the pairs twice computes
-- them once); duplicate_groups reads the links from a relation l.
INSERT INTO population_rules.view_rules VALUES
('duplicate_links',
 $r$SELECT least(d.person_key::text, d.other_person_key::text) AS person_key,
           greatest(d.person_key::text, d.other_person_key::text) AS other_person_key,
           d.score, d.decision IS NOT DISTINCT FROM 'same' AS confirmed
      FROM dup_pairs d
     WHERE (d.score >= (SELECT population_rules.views_duplicate_threshold()) AND d.decision IS DISTINCT FROM 'different')
        OR d.decision = 'same'
    UNION ALL
    SELECT x.person_key, x.other_person_key, NULL::numeric, true
      FROM %1$I.duplicate_decisions x
     WHERE x.decision = 'same'
       AND x.person_key IN (SELECT p.person_key::text FROM %1$I.person_source p)
       AND x.other_person_key IN (SELECT p.person_key::text FROM %1$I.person_source p)$r$,
 'Relation: the links between persons, keys as text in order: candidate pairs (dup_pairs) at population_rules.duplicate_threshold not decided different, and pairs decided same (confirmed) whose two persons are in the data, candidates or not (duplicate_persons, duplicate_review_queue)'),
('duplicate_groups',
 $r$SELECT g.* FROM population_rules.duplicate_group_rows((SELECT population_rules.duplicate_groups(l.person_key, l.other_person_key,
                                   CASE WHEN l.confirmed THEN 'Infinity'::float8 ELSE l.score::float8 END)
                              FROM l)) g$r$,
 'Relation: the persons of the groups the links (l) make, any chain length, with each group''s weakest link; a confirmed link counts as infinitely strong (duplicate_persons, duplicate_review_queue)');

-- The reviewer's queue: after the duplicates (position 30 leaves room for
-- other case views; the queue is no check of the scorecard).
INSERT INTO population_rules.view_catalog (position, view_name, criterion, needs, description, definition) VALUES
(30, 'duplicate_review_queue', NULL, '{person.full_name,person.birth_date,person.birth_province}',
 'Case 2, to review: the candidate pairs without a decision in duplicate_decisions, those a decision would change most first: pairs that would join two groups, then by distance of the score from population_rules.duplicate_threshold; effect says what a decision would change, margin is score minus threshold; then every column of duplicate_person_pairs (the evidence). Record decisions with population_rules.decide_duplicates',
 $v$WITH dup_pairs AS MATERIALIZED (
    SELECT d.* FROM %1$I.duplicate_person_pairs d
), l AS MATERIALIZED {{duplicate_links}},
g AS MATERIALIZED {{duplicate_groups}}
SELECT row_number() OVER (ORDER BY e.effect = 'would join two groups' DESC, abs(d.score - t.threshold),
                                   d.score DESC, d.person_key, d.other_person_key) AS queue_position,
       e.effect, d.score - t.threshold AS margin, ga.group_size, gb.group_size AS other_group_size, d.*
  FROM dup_pairs d
 CROSS JOIN (SELECT population_rules.views_duplicate_threshold() AS threshold) t
  LEFT JOIN g ga ON ga.person_key = d.person_key::text
  LEFT JOIN g gb ON gb.person_key = d.other_person_key::text
 CROSS JOIN LATERAL (
    SELECT CASE WHEN d.score >= t.threshold
                THEN CASE WHEN ga.weakest_person_key = least(d.person_key::text, d.other_person_key::text)
                               AND ga.weakest_other_person_key = greatest(d.person_key::text, d.other_person_key::text)
                          THEN 'weakest link of its group' ELSE 'link within a group' END
                WHEN ga.group_key = gb.group_key THEN 'already in one group'
                WHEN ga.group_key IS NOT NULL AND gb.group_key IS NOT NULL THEN 'would join two groups'
                WHEN coalesce(ga.group_key, gb.group_key) IS NOT NULL THEN 'would add a person to a group'
                ELSE 'would make a new group' END) e (effect)
 WHERE d.decision IS NULL
 ORDER BY 1$v$);

-- The analyst's decisions table, made beside the views when the duplicate
-- views can be made and no relation of that name is there.  It runs with
-- the caller's rights: the caller owns the table, the extension never does.
CREATE FUNCTION population_rules._duplicate_decisions_table(target_schema name, ds name) RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF cardinality(population_rules._view_missing((SELECT vc.needs FROM population_rules.view_catalog vc
                                               WHERE vc.view_name = 'duplicate_person_pairs'), ds)) > 0
       OR to_regclass(format('%I.duplicate_decisions', target_schema)) IS NOT NULL THEN
        RETURN false;
    END IF;
    EXECUTE format($t$
        CREATE TABLE %I.duplicate_decisions (
            person_key text NOT NULL,
            other_person_key text NOT NULL,
            CHECK (person_key < other_person_key),
            decision text NOT NULL CHECK (decision IN ('same', 'different', 'unsure')),
            decided_by name NOT NULL DEFAULT current_user,
            decided_at timestamptz NOT NULL DEFAULT now(),
            note text,
            CONSTRAINT duplicate_decisions_pkey PRIMARY KEY (person_key, other_person_key)
        )$t$, target_schema);
    EXECUTE format($c$
        COMMENT ON TABLE %1$I.duplicate_decisions IS 'Reviewers'' decisions on pairs of person rows (made by population_rules.generate_views, owned by its caller, never dropped or emptied by it): same = one person (always linked in duplicate_persons), different = two persons (never linked), unsure = set aside; keys as text, the smaller first. population_rules.decide_duplicates records a group';
        COMMENT ON COLUMN %1$I.duplicate_decisions.person_key IS 'The smaller key of the pair, as text (person_key::text of person_source)';
        COMMENT ON COLUMN %1$I.duplicate_decisions.other_person_key IS 'The larger key of the pair, as text';
        COMMENT ON COLUMN %1$I.duplicate_decisions.decision IS 'same (one person), different (two persons) or unsure (set aside)';
        COMMENT ON COLUMN %1$I.duplicate_decisions.decided_by IS 'The role that decided';
        COMMENT ON COLUMN %1$I.duplicate_decisions.decided_at IS 'When it was decided';
        COMMENT ON COLUMN %1$I.duplicate_decisions.note IS 'Why, in the reviewer''s words';
        COMMENT ON INDEX %1$I.duplicate_decisions_pkey IS 'One decision per pair of person keys'$c$, target_schema);
    RETURN true;
END
$$;
COMMENT ON FUNCTION population_rules._duplicate_decisions_table(name, name) IS
    'Internal: make the analyst''s table duplicate_decisions in the schema of the views, when the dataset can have the duplicate views and the schema has no relation of that name; true when made. Runs with the caller''s rights (called by generate_views)';

-- A group decision: every pair of the keys, in the analyst's table, with
-- the analyst's rights.
CREATE FUNCTION population_rules.decide_duplicates(target_schema name, person_keys text[], decision text,
                                              note text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    keys text[];
    pos integer;
    n integer;
BEGIN
    IF target_schema IS NULL OR person_keys IS NULL OR decide_duplicates.decision IS NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'null_value_not_allowed',
            MESSAGE = population_rules.gettext('schema, person keys and decision must not be null'),
            DETAIL = format(population_rules.gettext('The %s argument is NULL.'),
                            CASE WHEN target_schema IS NULL THEN 'target_schema'
                                 WHEN person_keys IS NULL THEN 'person_keys' ELSE 'decision' END),
            HINT = population_rules.gettext('Pass the schema of the generated views, the keys of two or more person rows and one of same, different or unsure.');
    END IF;
    IF decide_duplicates.decision NOT IN ('same', 'different', 'unsure') THEN
        RAISE EXCEPTION USING
            ERRCODE = 'invalid_parameter_value',
            MESSAGE = format(population_rules.gettext('invalid duplicate decision "%s"'), decide_duplicates.decision),
            DETAIL = population_rules.gettext('A decision is same, different or unsure.'),
            HINT = population_rules.gettext('Decide same when the rows are one person, different when they are different persons, unsure to set the pairs aside.');
    END IF;
    pos := array_position(person_keys, NULL);
    IF pos IS NOT NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'null_value_not_allowed',
            MESSAGE = population_rules.gettext('a person key must not be null'),
            DETAIL = format(population_rules.gettext('Element %s of person_keys is NULL.'), pos),
            HINT = population_rules.gettext('Pass the keys of the person rows as text, such as ARRAY[''1001'', ''1002''].');
    END IF;
    keys := ARRAY(SELECT DISTINCT k FROM unnest(person_keys) k ORDER BY k);
    IF cardinality(keys) < 2 THEN
        RAISE EXCEPTION USING
            ERRCODE = 'invalid_parameter_value',
            MESSAGE = population_rules.gettext('a duplicate decision needs two or more distinct person keys'),
            DETAIL = format(population_rules.gettext('person_keys holds %s distinct keys.'), cardinality(keys)),
            HINT = population_rules.gettext('Pass the keys of every row of the group, such as ARRAY[''1001'', ''1002''].');
    END IF;
    IF cardinality(keys) > 100 THEN
        RAISE EXCEPTION USING
            ERRCODE = 'program_limit_exceeded',
            MESSAGE = population_rules.gettext('too many person keys in one duplicate decision'),
            DETAIL = format(population_rules.gettext('person_keys holds %s distinct keys; one decision takes at most 100 (4950 pairs).'),
                            cardinality(keys)),
            HINT = population_rules.gettext('Decide the group in parts that share a key, or insert the pairs into duplicate_decisions yourself.');
    END IF;
    IF to_regclass(format('%I.duplicate_decisions', target_schema)) IS NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'undefined_table',
            MESSAGE = format(population_rules.gettext('relation "%s.duplicate_decisions" does not exist'), target_schema),
            DETAIL = population_rules.gettext('population_rules.generate_views makes the decisions table in the schema of the views, when the dataset registers what the duplicate views need.'),
            HINT = format(population_rules.gettext('Generate the views first: SELECT * FROM population_rules.generate_views(%L, ''your dataset'').'),
                          target_schema);
    END IF;
    EXECUTE format($q$
        INSERT INTO %I.duplicate_decisions AS t (person_key, other_person_key, decision, note)
        SELECT a.k, b.k, $1, $2 FROM unnest($3) a (k) JOIN unnest($3) b (k) ON a.k < b.k
        ON CONFLICT (person_key, other_person_key) DO UPDATE
           SET decision = excluded.decision, note = excluded.note,
               decided_by = excluded.decided_by, decided_at = excluded.decided_at$q$, target_schema)
        USING decide_duplicates.decision, note, keys;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION population_rules.decide_duplicates(name, text[], text, text) IS
    'Record a reviewer''s decision on a group of person rows in <schema>.duplicate_decisions, with the caller''s rights: every pair of the distinct keys (2 to 100, as text) gets the decision (same: one person; different: all different persons; unsure: set aside) and the note, by current_user now, replacing an earlier decision on the pair; returns how many pairs were written';


CREATE FUNCTION population_rules._register_source(
    kind text, relation regclass, mapping jsonb DEFAULT '{}',
    dataset name DEFAULT 'default', replace boolean DEFAULT false)
RETURNS population_rules.source
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    caller name := (SELECT r.rolname FROM pg_catalog.pg_roles r
                     WHERE r.oid = population_rules._invoking_role());
    full_map jsonb;
    result population_rules.source;
BEGIN
    IF kind IS NULL OR relation IS NULL OR dataset IS NULL OR replace IS NULL THEN
        RAISE EXCEPTION USING
            MESSAGE = population_rules.gettext('kind, relation, dataset and replace must not be null'),
            ERRCODE = 'null_value_not_allowed',
            DETAIL = format(population_rules.gettext('These arguments are NULL: %s.'),
                                  array_to_string(ARRAY[CASE WHEN kind IS NULL THEN 'kind' END,
                                                        CASE WHEN relation IS NULL THEN 'relation' END,
                                                        CASE WHEN dataset IS NULL THEN 'dataset' END,
                                                        CASE WHEN replace IS NULL THEN 'replace' END], ', ')),
            HINT = population_rules.gettext('Pass a kind and a relation; leave dataset (''default'') and replace (false) out to take their defaults.');
    END IF;
    IF NOT EXISTS (SELECT FROM population_rules.source_column sc WHERE sc.kind = _register_source.kind) THEN
        RAISE EXCEPTION USING
            MESSAGE = format(population_rules.gettext('unknown kind of source: "%s"'), kind),
            ERRCODE = 'invalid_parameter_value',
            DETAIL = format(population_rules.gettext('The kind given is %L, which is not a kind of source.'), kind),
            HINT = population_rules.gettext('The kinds are person, id_document, sim_subscription, insurance_record and civil_event.');
    END IF;
    IF NOT EXISTS (SELECT FROM pg_class c WHERE c.oid = relation) THEN
        RAISE EXCEPTION USING
            MESSAGE = format(population_rules.gettext('relation with OID %s does not exist'), relation::oid),
            ERRCODE = 'undefined_table',
            DETAIL = format(population_rules.gettext('No relation has OID %s: the relation was dropped, or the number is not a relation''s OID.'), relation::oid),
            HINT = population_rules.gettext('Pass the relation by name, such as ''myschema.persons''.');
    END IF;
    IF NOT population_rules.source_owned(relation) THEN
        RAISE EXCEPTION USING
            MESSAGE = format(population_rules.gettext('must be owner of relation %s'), relation::text),
            ERRCODE = 'insufficient_privilege',
            DETAIL = format(population_rules.gettext('Role %I neither owns relation %s nor is a member of its owner %I.'),
                                  caller, relation::text,
                                  (SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                                    WHERE c.oid = relation)),
            HINT = population_rules.gettext('Only the owner of a relation may register it as a source.');
    END IF;
    -- A dataset's views read all its relations together, with the privileges
    -- of whoever queries them (functions in a view run as the querying
    -- role): so only a role that owns the dataset's other relations may add
    -- to it, or a role could plant a relation in someone else's dataset.
    IF EXISTS (SELECT FROM population_rules.source s JOIN pg_class c ON c.oid = s.relation
                WHERE s.dataset = _register_source.dataset AND s.kind <> _register_source.kind
                  AND NOT population_rules.source_owned(s.relation)) THEN
        RAISE EXCEPTION USING
            MESSAGE = format(population_rules.gettext('must be owner of the relations of dataset "%s"'), dataset),
            ERRCODE = 'insufficient_privilege',
            DETAIL = format(population_rules.gettext('Dataset "%s" holds %s, which role %I does not own; the views of a dataset read all its relations with the privileges of whoever queries them.'),
                                  dataset,
                                  (SELECT string_agg(format('%s (%s)', s.relation::text, s.kind), ', ' ORDER BY s.kind)
                                     FROM population_rules.source s JOIN pg_class c ON c.oid = s.relation
                                    WHERE s.dataset = _register_source.dataset AND s.kind <> _register_source.kind
                                      AND NOT population_rules.source_owned(s.relation)),
                                  caller),
            HINT = population_rules.gettext('Register into a dataset of your own (the dataset argument), or ask the owner of the dataset''s relations to register it.');
    END IF;
    IF mapping IS NULL OR jsonb_typeof(mapping) <> 'object' THEN
        RAISE EXCEPTION USING
            MESSAGE = population_rules.gettext('column mapping must be a JSON object'),
            ERRCODE = 'invalid_parameter_value',
            DETAIL = format(population_rules.gettext('The mapping given is %s.'), coalesce(mapping::text, 'NULL')),
            HINT = population_rules.gettext('Give an object such as {"person_key": "id", "full_name": "ho_ten"}.');
    END IF;
    -- Same-name columns fill the gaps; explicit nulls are dropped.
    SELECT coalesce(jsonb_object_agg(sc.column_name,
                                     coalesce(mapping -> sc.column_name, to_jsonb(sc.column_name::text))),
                    '{}')
      INTO full_map
      FROM population_rules.source_column sc
     WHERE sc.kind = _register_source.kind
       AND (CASE WHEN mapping ? sc.column_name
                 THEN jsonb_typeof(mapping -> sc.column_name) <> 'null'
                 ELSE EXISTS (SELECT FROM pg_attribute a
                               WHERE a.attrelid = relation AND a.attname = sc.column_name
                                 AND a.attnum > 0 AND NOT a.attisdropped) END);
    -- Keys that are not canonical columns are kept so that the check rejects them.
    full_map := full_map || coalesce((SELECT jsonb_object_agg(e.key, e.value)
                                        FROM jsonb_each(mapping) e
                                       WHERE NOT EXISTS (SELECT FROM population_rules.source_column sc
                                                          WHERE sc.kind = _register_source.kind
                                                            AND sc.column_name = e.key)), '{}');
    IF EXISTS (SELECT FROM population_rules.source s
                WHERE s.dataset = _register_source.dataset AND s.kind = _register_source.kind) THEN
        IF NOT replace THEN
            RAISE EXCEPTION USING
                MESSAGE = format(population_rules.gettext('a %s source is already registered in dataset "%s"'), kind, dataset),
                ERRCODE = 'duplicate_object',
                DETAIL = format(population_rules.gettext('It is %s.'), (SELECT s.relation::text FROM population_rules.source s
                                                     WHERE s.dataset = _register_source.dataset
                                                       AND s.kind = _register_source.kind)),
                HINT = population_rules.gettext('Call unregister_source first, or pass replace => true.');
        END IF;
        IF NOT population_rules.source_owned((SELECT s.relation FROM population_rules.source s
                                          WHERE s.dataset = _register_source.dataset
                                            AND s.kind = _register_source.kind))
           AND EXISTS (SELECT FROM population_rules.source s JOIN pg_class c ON c.oid = s.relation
                        WHERE s.dataset = _register_source.dataset AND s.kind = _register_source.kind) THEN
            RAISE EXCEPTION USING
                MESSAGE = format(population_rules.gettext('must be owner of the relation registered as %s in dataset "%s"'), kind, dataset),
                ERRCODE = 'insufficient_privilege',
                DETAIL = (SELECT format(population_rules.gettext('The %s source of dataset "%s" is %s, owned by %I; role %I is not a member of that role.'),
                                             _register_source.kind, _register_source.dataset,
                                             s.relation::text, r.rolname, caller)
                                  FROM population_rules.source s JOIN pg_class c ON c.oid = s.relation
                                  JOIN pg_roles r ON r.oid = c.relowner
                                 WHERE s.dataset = _register_source.dataset AND s.kind = _register_source.kind),
                HINT = population_rules.gettext('Ask the owner of the registered relation to replace or unregister it.');
        END IF;
        UPDATE population_rules.source s
           SET relation = _register_source.relation, mapping = full_map,
               registered_by = caller, registered_at = now()
         WHERE s.dataset = _register_source.dataset AND s.kind = _register_source.kind
        RETURNING s.* INTO result;
    ELSE
        INSERT INTO population_rules.source AS s (dataset, kind, relation, mapping, registered_by)
        VALUES (dataset, kind, relation, full_map, caller)
        RETURNING s.* INTO result;
    END IF;
    RETURN result;
END
$$;
COMMENT ON FUNCTION population_rules._register_source(text, regclass, jsonb, name, boolean) IS
    'Internal: the catalog write of register_source, with the owner''s rights after checking that the caller owns the relation and the dataset''s other relations (callable by anyone: register_source without the scan of the values)';

CREATE FUNCTION population_rules.read_sex(text) RETURNS text
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'ident_read_sex_sql';
COMMENT ON FUNCTION population_rules.read_sex(text) IS
'How the extension reads a sex: M or F from M, F, male, female, nam, nữ in any case, accents and Unicode form (NFC, NFD, nu), or 0 (male) and 1 (female), the parity of the id''s fourth digit; NULL when blank; ''?'' when unreadable';

CREATE FUNCTION population_rules.read_province(text) RETURNS text
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'ident_read_province_sql';
COMMENT ON FUNCTION population_rules.read_province(text) IS
'How the extension reads a province of birth registration: the 3-digit id code from a code of one to three digits or a name in any accents and case (Hà Nội, HA NOI, TP. Hà Nội); NULL when blank; ''?'' when it names none of the 63';

CREATE FUNCTION population_rules.read_relation(text) RETURNS text
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'ident_read_relation_sql';
COMMENT ON FUNCTION population_rules.read_relation(text) IS
'How the extension reads a relation to the household head: the canonical key (the accent-free term: chu ho, vo, chong, con, con dau, cha, me, ...) of a term in any case, accents, Unicode form or legacy encoding (CHỦ HỘ, chu ho, CH; Bố = cha); NULL when blank; ''?'' when unreadable';

CREATE FUNCTION population_rules.relation_sex(key text) RETURNS text
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'ident_relation_sex_sql';
COMMENT ON FUNCTION population_rules.relation_sex(text) IS
'The sex a relation names, from its canonical key (read_relation): F for vo, me, ba, chi, con dau, ...; M for chong, cha, ong, anh, con re, ...; NULL for a term of no sex (con, em, chu ho) or a key that is not canonical';

CREATE FUNCTION population_rules._column_reader(kind text, canon text) RETURNS text
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
COMMENT ON FUNCTION population_rules._column_reader(text, text) IS
    'Internal: the reader of a canonical column (sex, relation, province, personal_id, legacy_id, id_number, date, boolean), NULL for a column the extension takes as it is';

CREATE FUNCTION population_rules._text_casts(value text, typ text) RETURNS boolean
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
COMMENT ON FUNCTION population_rules._text_casts(text, text) IS
    'Internal: whether a text casts to typ (date or boolean), as a source view casts a date or boolean held as text';

CREATE FUNCTION population_rules._unreadable_sql(k text, canon text, col text, typ oid, rel regclass) RETURNS text
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
                                  ' WHERE NOT population_rules._text_casts(g.v, %L)',
                                  canon, col, col, rel::text, r.reader) END
             WHEN r.reader IS NOT NULL THEN
                 format('SELECT %L::text, %L::name, s.v, count(*) FROM (SELECT (%s)::text AS v FROM %s t) s'
                        ' WHERE s.v IS NOT NULL AND %s GROUP BY s.v',
                        canon, col, population_rules._source_column_sql(k, canon, 'text', col, typ), rel::text,
                        CASE r.reader
                          WHEN 'sex' THEN 'population_rules.read_sex(s.v) = ''?'''
                          WHEN 'relation' THEN 'population_rules.read_relation(s.v) = ''?'''
                          WHEN 'province' THEN 'population_rules.read_province(s.v) = ''?'''
                          WHEN 'personal_id' THEN 'population_rules.id_key(s.v) IS NULL'
                          WHEN 'legacy_id' THEN 'population_rules.legacy_id_key(s.v) IS NULL'
                          ELSE 'population_rules.id_key(s.v) IS NULL AND population_rules.legacy_id_key(s.v) IS NULL' END)
           END
      FROM (SELECT population_rules._column_reader(k, canon) AS reader) r,
           (SELECT CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END AS base
              FROM pg_type t WHERE t.oid = typ) b
$$;
COMMENT ON FUNCTION population_rules._unreadable_sql(text, text, text, oid, regclass) IS
    'Internal: the query giving (column_name, mapped_column, value, rows) for the values of one mapped column that the extension cannot read; NULL when it does not interpret the column';

CREATE FUNCTION population_rules.source_unreadable(dataset name DEFAULT 'default', kind text DEFAULT 'person')
RETURNS TABLE (column_name text, mapped_column name, value text, rows bigint)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    src population_rules.source;
    q text;
BEGIN
    SELECT * INTO src FROM population_rules.source s
     WHERE s.dataset = source_unreadable.dataset AND s.kind = source_unreadable.kind;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING
            MESSAGE = format(population_rules.gettext('no %s source is registered in dataset "%s"'), kind, dataset),
            ERRCODE = 'undefined_object',
            DETAIL = format(population_rules.gettext('population_rules.sources has no row with dataset %L and kind %L.'), dataset, kind),
            HINT = population_rules.gettext('The registrations are listed in population_rules.sources.');
    END IF;
    SELECT string_agg(x.q, E'\nUNION ALL\n' ORDER BY x.position) INTO q
      FROM (SELECT sc.position,
                   population_rules._unreadable_sql(src.kind, sc.column_name, src.mapping ->> sc.column_name,
                                               a.atttypid, src.relation) AS q
              FROM population_rules.source_column sc
              JOIN pg_attribute a ON a.attrelid = src.relation AND a.attname = src.mapping ->> sc.column_name
                                 AND a.attnum > 0 AND NOT a.attisdropped
             WHERE sc.kind = src.kind) x
     WHERE x.q IS NOT NULL;
    IF q IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY EXECUTE format('SELECT u.* FROM (%s) u (column_name, mapped_column, value, rows)'
                                ' ORDER BY (SELECT sc.position FROM population_rules.source_column sc'
                                '            WHERE sc.kind = %L AND sc.column_name = u.column_name),'
                                ' u.rows DESC, u.value', q, src.kind);
END
$$;
COMMENT ON FUNCTION population_rules.source_unreadable(name, text) IS
    'The values of a registered source that the extension cannot read, with the caller''s rights: per interpreted canonical column (sex, relation_to_head, birth_province, id numbers, dates and booleans held as text) and value, its mapped column and how many rows hold it; blank values are unknown, not listed';

CREATE FUNCTION population_rules._source_scan_report(ds name, k text) RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    detail text;
    ncols integer;
BEGIN
    SELECT string_agg(format(population_rules.gettext('Column %s (%s): unreadable rows %s, distinct values %s, for example %s.'),
                             quote_ident(c.mapped_column), c.column_name, c.total, c.nvalues, c.examples),
                      E'\n' ORDER BY c.first),
           count(*)
      INTO detail, ncols
      FROM (SELECT u.column_name, u.mapped_column, min(u.ordinality) AS first, sum(u.rows) AS total, count(*) AS nvalues,
                   string_agg(quote_literal(CASE WHEN length(u.value) > 40 THEN left(u.value, 40) || '…' ELSE u.value END),
                              ', ' ORDER BY u.ordinality) FILTER (WHERE u.rank <= 3) AS examples
              FROM (SELECT r.*, row_number() OVER (PARTITION BY r.column_name ORDER BY r.ordinality) AS rank
                      FROM population_rules.source_unreadable(ds, k) WITH ORDINALITY r) u
             GROUP BY u.column_name, u.mapped_column) c;
    IF ncols > 0 THEN
        RAISE WARNING USING
            MESSAGE = format(population_rules.gettext('%s source %s holds values the extension cannot read'),
                             k, (SELECT s.relation::text FROM population_rules.source s WHERE s.dataset = ds AND s.kind = k)),
            DETAIL = detail,
            HINT = format(population_rules.gettext('The views report these values as unreadable rather than check them. Correct them, or map a column that holds values the extension reads (docs/views.md, "What the extension reads"); population_rules.source_unreadable(%L, %L) lists them all.'),
                          ds, k);
    END IF;
    RETURN ncols;
END
$$;
COMMENT ON FUNCTION population_rules._source_scan_report(name, text) IS
    'Internal: warn of the values of a registered source that the extension cannot read (source_unreadable), per column with a few examples; returns how many columns hold some';

INSERT INTO population_rules.view_catalog (position, view_name, criterion, needs, description, definition) VALUES
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
 -- the persons with a value that cannot be read, found by one filter on the
 -- scan, before a row per column is made for them: a row per column of
 -- every person took ten times as long
 WHERE ({{sex_unreadable}} OR {{relation_unreadable}} OR {{province_unreadable}}
        OR {{personal_id_unreadable}} OR {{legacy_id_unreadable}})
   AND x.found
 GROUP BY x.column_name, x.value$v$);

CREATE OR REPLACE FUNCTION population_rules.is_household_head(relation text, head_key text DEFAULT 'chu ho')
	RETURNS boolean
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'rules_is_head';
COMMENT ON FUNCTION population_rules.is_household_head(text, text) IS
  'Whether a relation-to-head value means the head: read by read_relation when head_key is one of its terms (CHỦ HỘ, Chủ hộ, chu ho, CH and legacy-encoded spellings all mean chu ho), else compared by accent-free key.';
-- Optional fields the duplicate search compares where the DBA maps them.
INSERT INTO population_rules.source_column VALUES
    ('person', 'father_name', 15, false, 'text', 'Full name of the father (optional; compared by the duplicate search)'),
    ('person', 'mother_name', 16, false, 'text', 'Full name of the mother (optional; compared by the duplicate search)'),
    ('person', 'origin_place', 17, false, 'text', 'Place of origin (quê quán) as written, a province or commune name (optional; compared by the duplicate search)');
UPDATE population_rules.source_column
   SET description = 'M (male) or F (female), or any spelling read_sex reads (Nam/Nữ, male/female, 0/1)'
 WHERE kind = 'person' AND column_name = 'sex';
UPDATE population_rules.source_column
   SET description = 'Sex of the insured: M or F, or any spelling read_sex reads'
 WHERE kind = 'insurance_record' AND column_name = 'sex';

-- Citus: rules on distributed tables (population_rules.node_rule, the
-- layouts, distribute_table); the functions of piece 31 that write the
-- registry copy or refuse a layout.
CREATE OR REPLACE FUNCTION population_rules._attach(tbl regclass, kind text, rule_name name,
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
			MESSAGE = format(population_rules.gettext('column "%s" of relation %s is given twice to the %s rule'), col, tbl, replace(kind, '_', '-')),
			ERRCODE = 'invalid_parameter_value',
			DETAIL = format(population_rules.gettext('Column "%s" was given for more than one of the rule''s column arguments.'), col),
			HINT = population_rules.gettext('Give each column argument a column of its own.');
	END IF;
	-- on a table Citus distributes: a layout on which the rule is right,
	-- and the registry copy that reaches every node
	layout := population_rules._citus_layout(tbl);
	IF layout.method IS NOT NULL THEN
		PERFORM population_rules._check_layout(tbl, kind,
			(SELECT a.attname FROM pg_attribute a WHERE a.attrelid = tbl AND a.attnum = nums[1]),
			layout.method, layout.dist_column,
			(SELECT a.attname FROM pg_attribute a
			  WHERE kind = 'unique_id' AND a.attrelid = tbl AND a.attnum = nums[2]));
		PERFORM population_rules._citus_prepare();
	END IF;
	-- No row may change between reading the table and guarding it.
	EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', tbl);
	PERFORM population_rules._check_readable(tbl, nums);
	rid := population_rules._register(tbl, kind, rule_name, default_name, nums, mode, options);
	PERFORM population_rules._create_triggers(rid);
	PERFORM population_rules._populate(rid);
	PERFORM population_rules._sync_nodes(rid, true);
	PERFORM population_rules._invalidate(tbl);
	RETURN rid;
END
$$;
COMMENT ON FUNCTION population_rules._attach(regclass, text, name, text, smallint[], text, jsonb) IS
  'Internal: register a rule, create its triggers and fill its derived table.';

CREATE OR REPLACE FUNCTION population_rules._populate(rid integer) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r population_rules.rule;
	uidx name;
BEGIN
	SELECT * INTO STRICT r FROM population_rules.rule WHERE rule_id = rid;
	DELETE FROM population_rules.id_keys WHERE rule_id = rid;
	DELETE FROM population_rules.household_heads WHERE rule_id = rid;
	IF r.kind = 'unique_id' THEN
		-- A unique index of the table on exactly the id column (over the
		-- whole table: a partitioned index for a partitioned table) already
		-- guards it: then the rule keeps no keys of its own for it.  In
		-- enforce mode on a plain table the rule makes that index itself
		-- when the table has none; out of enforce mode it drops its own.
		uidx := population_rules._own_unique_index(r);
		IF uidx IS NOT NULL AND r.mode <> 'enforce' THEN
			PERFORM population_rules._drop_unique_index(r.tbl, uidx);
		END IF;
		uidx := population_rules._guarding_index(r);
		IF uidx IS NULL AND r.mode = 'enforce' THEN
			uidx := population_rules._make_unique_index(r);
		END IF;
		UPDATE population_rules.rule g
		   SET options = CASE WHEN uidx IS NULL THEN g.options - 'unique_index'
		                      ELSE g.options || jsonb_build_object('unique_index', uidx) END
		 WHERE g.rule_id = rid;
		PERFORM population_rules._invalidate(r.tbl);
	END IF;
	PERFORM population_rules._add_rows(rid, r.tbl);
END
$$;
COMMENT ON FUNCTION population_rules._populate(integer) IS
  'Internal: (re)build the derived table of a rule from the table''s rows.';

CREATE OR REPLACE FUNCTION population_rules._add_rows(rid integer, part regclass) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r population_rules.rule;
	dups bigint := 0;
	bad bigint;
	e record;
	whole boolean;
	add_keys text;
	add_counts text;
BEGIN
	SELECT * INTO STRICT r FROM population_rules.rule WHERE rule_id = rid;
	-- on a table Citus distributes, each node counts the rows of its own
	-- shards (_on_node_rule): the coordinator keeps nothing
	IF (population_rules._citus_layout(r.tbl)).method IS NOT NULL THEN
		RETURN;
	END IF;
	-- part is the rule's table or a partition just attached under it: the
	-- check walks the whole tree
	PERFORM population_rules._check_readable(r.tbl, r.attnums);
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
			'WITH a AS (INSERT INTO population_rules.id_keys AS t (rule_id, slot, key, n, row_ref)'
			'  SELECT $1, 0, k, count(*), min(ref) FROM (SELECT %s AS k, %s AS ref FROM %s) s'
			'  WHERE k IS NOT NULL GROUP BY k%s'
			'  RETURNING t.n)'
			' SELECT count(*) FROM a WHERE n > 1',
			population_rules._key_expr(r.tbl, r.attnums[1], false),
			population_rules._row_key_expr(part, false), part, add_keys) USING rid INTO dups;
	END IF;
	IF r.kind = 'unique_id' AND r.attnums[2] <> 0 THEN
		EXECUTE format(
			'INSERT INTO population_rules.id_keys AS t (rule_id, slot, key, n, row_ref, owner_key)'
			' SELECT $1, 1, k, count(*), min(ref), min(o) FROM (SELECT %s AS k, %s AS ref, %s AS o FROM %s) s'
			' WHERE k IS NOT NULL GROUP BY k%s',
			population_rules._key_expr(r.tbl, r.attnums[2], true),
			population_rules._row_key_expr(part, false),
			population_rules._key_expr(r.tbl, r.attnums[1], false), part, add_keys) USING rid;
	END IF;
	IF dups > 0 AND whole THEN
		RAISE NOTICE USING
			MESSAGE = format(population_rules.gettext('%s id numbers of table %s are held by more than one row'), dups, r.tbl),
			HINT = population_rules.gettext('Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.');
	ELSIF dups > 0 THEN
		RAISE NOTICE USING
			MESSAGE = format(population_rules.gettext('%s id numbers of partition %s are held by more than one row of table %s'), dups, part, r.tbl),
			HINT = population_rules.gettext('Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.');
	END IF;
	IF r.kind = 'household_head' THEN
		SELECT * INTO e FROM population_rules._household_exprs(r);
		EXECUTE format(
			'WITH a AS (INSERT INTO population_rules.household_heads AS t (rule_id, household, members, heads, checked)'
			'  SELECT $1, h, count(*) FILTER (WHERE a), count(*) FILTER (WHERE a AND hd), false'
			'  FROM (SELECT %s AS h, %s AS a, %s AS hd FROM %s) s WHERE h IS NOT NULL GROUP BY h%s'
			'  RETURNING t.members, t.heads)'
			' SELECT count(*) FROM a WHERE members > 0 AND heads <> 1',
			e.household, e.alive, e.head, part, add_counts) USING rid INTO bad;
		IF bad > 0 AND whole THEN
			RAISE NOTICE USING
				MESSAGE = format(population_rules.gettext('%s households of table %s do not have exactly one living head'), bad, r.tbl),
				HINT = population_rules.gettext('Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.');
		ELSIF bad > 0 THEN
			RAISE NOTICE USING
				MESSAGE = format(population_rules.gettext('%s households of partition %s do not have exactly one living head in table %s'), bad, part, r.tbl),
				HINT = population_rules.gettext('Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.');
		END IF;
	END IF;
END
$$;
COMMENT ON FUNCTION population_rules._add_rows(integer, regclass) IS
  'Internal: add the rows of the rule''s table (after _populate emptied its derived rows) or of a partition just attached to a rule''s derived table.';

CREATE OR REPLACE FUNCTION population_rules._create_triggers(rid integer) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r population_rules.rule;
	n name[];
	cols text;
	fn text;
	set_based boolean;
	prev text;
BEGIN
	SELECT * INTO STRICT r FROM population_rules.rule WHERE rule_id = rid;
	-- Citus copies the triggers of a distributed table to its shards only
	-- with citus.enable_unsafe_triggers: set here, for these statements
	prev := population_rules._citus_triggers(r.tbl, 'on');
	n := population_rules._colnames(r.tbl, r.attnums);
	SELECT c.relkind = 'r' AND NOT c.relispartition INTO set_based
	  FROM pg_class c WHERE c.oid = r.tbl;
	IF r.kind IN ('unique_id', 'household_head') AND set_based THEN
		fn := CASE r.kind WHEN 'unique_id' THEN 'unique_id_changes' ELSE 'household_head_changes' END;
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION population_rules.%I(%L)',
		               r.rule_name, r.tbl, fn, rid);
		EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s'
		               ' REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION population_rules.%I(%L)',
		               r.rule_name || ' update', r.tbl, fn, rid);
		EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION population_rules.%I(%L)',
		               r.rule_name || ' delete', r.tbl, fn, rid);
		-- the rule's message for a duplicate its unique index refuses
		-- (unique_index_errors.c)
		IF r.kind = 'unique_id' THEN
			EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON %s'
			               ' FOR EACH STATEMENT EXECUTE FUNCTION population_rules.unique_id_arm(%L)',
			               r.rule_name || ' arm', r.tbl, rid);
		END IF;
	ELSIF r.kind = 'unique_id' THEN
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s'
		               ' FOR EACH ROW EXECUTE FUNCTION population_rules.unique_id_trigger(%L)',
		               r.rule_name, r.tbl, rid);
	ELSIF r.kind = 'household_head' THEN
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s'
		               ' FOR EACH ROW EXECUTE FUNCTION population_rules.household_head_trigger(%L)',
		               r.rule_name, r.tbl, rid);
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION population_rules.household_head_statement_check(%L)',
		               r.rule_name || ' statement', r.tbl, rid);
	END IF;
	IF r.kind = 'household_head' THEN
		EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s'
		               ' DEFERRABLE INITIALLY DEFERRED FOR EACH ROW'
		               ' WHEN (population_rules.household_head_pending(%s))'
		               ' EXECUTE FUNCTION population_rules.household_head_commit_check(%L)',
		               r.rule_name || ' commit', r.tbl, rid, rid);
	ELSIF r.kind = 'names' THEN
		SELECT string_agg(quote_ident(c), ', ') INTO cols
		  FROM unnest(n[1:(r.options->>'nnames')::integer]) AS c;
		EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OF %s ON %s'
		               ' FOR EACH ROW EXECUTE FUNCTION population_rules.names_trigger(%L)',
		               r.rule_name, cols, r.tbl, rid);
	END IF;
	-- TRUNCATE empties the derived rows.  On a Citus table Citus gives
	-- the trigger to the table and the workers' copies of it, never to the
	-- shards; where it fires, every node forgets the rule's counters and
	-- keys through node_rule (_truncate_on_nodes).
	IF r.kind IN ('household_head', 'unique_id') THEN
		EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %s'
		               ' FOR EACH STATEMENT EXECUTE FUNCTION population_rules._truncate_trigger(%L)',
		               r.rule_name || ' truncate', r.tbl, rid);
	END IF;
	PERFORM population_rules._citus_triggers(r.tbl, prev);
END
$$;
COMMENT ON FUNCTION population_rules._create_triggers(integer) IS
  'Internal: create the triggers of a rule on its table.';

CREATE OR REPLACE FUNCTION population_rules._drop_triggers(rid integer) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r population_rules.rule;
	t text;
	prev text;
BEGIN
	SELECT * INTO STRICT r FROM population_rules.rule WHERE rule_id = rid;
	prev := population_rules._citus_triggers(r.tbl, 'on');
	FOREACH t IN ARRAY population_rules._trigger_names(r.rule_name) LOOP
		IF EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = r.tbl AND g.tgname = t
		           AND NOT g.tgisinternal AND g.tgparentid = 0) THEN
			EXECUTE format('DROP TRIGGER %I ON %s', t, r.tbl);
		END IF;
	END LOOP;
	PERFORM population_rules._citus_triggers(r.tbl, prev);
END
$$;
COMMENT ON FUNCTION population_rules._drop_triggers(integer) IS
  'Internal: drop the triggers of a rule from its table.';

CREATE OR REPLACE FUNCTION population_rules._truncate_trigger() RETURNS trigger
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
		SELECT g.rule_id INTO rid FROM population_rules.rule g
		 WHERE g.rule_id = arg AND g.tbl = TG_RELID
		   AND g.kind IN ('unique_id', 'household_head');
		IF rid IS NOT NULL AND (population_rules._citus_layout(TG_RELID)).method IS NULL THEN
			DELETE FROM population_rules.id_keys WHERE rule_id = rid;
			DELETE FROM population_rules.household_heads WHERE rule_id = rid;
			RETURN NULL;
		END IF;
		-- a Citus table: on the coordinator (its rule in the registry) or
		-- a worker's copy of it (its rule in node_rule)
		IF rid IS NOT NULL OR population_rules._node_rule_of_table(arg, TG_RELID) THEN
			IF population_rules._truncate_on_nodes(arg) THEN
				RETURN NULL;
			END IF;
			-- the plain table's trigger, the table since distributed by
			-- Citus's own create_distributed_table: no node holds the rule
			RAISE EXCEPTION USING
				MESSAGE = format(population_rules.gettext('cannot truncate distributed table %s: rule %s was not set up for Citus'), TG_RELID::regclass, rid),
				ERRCODE = 'feature_not_supported',
				DETAIL = format(population_rules.gettext('Table %s was distributed by Citus without population_rules.distribute_table(), which keeps its rules.'), TG_RELID::regclass),
				HINT = population_rules.gettext('Detach the rule (or undistribute the table with undistribute_table()), then distribute the table with population_rules.distribute_table().');
		END IF;
		-- a copy Citus made of the table's TRUNCATE trigger on a shard it
		-- moved: TRUNCATE of the table reaches the counters through the
		-- table's own trigger, nothing to do here
		IF population_rules._node_rule_placement() IS NOT NULL THEN
			EXECUTE 'SELECT EXISTS (SELECT FROM pg_catalog.pg_dist_shard s'
			        ' WHERE population_rules._local_shard(s.logicalrelid, s.shardid) OPERATOR(pg_catalog.=) $1)'
			   INTO is_shard USING TG_RELID;
			IF is_shard THEN
				RETURN NULL;
			END IF;
		END IF;
	END IF;
	RAISE EXCEPTION USING
		MESSAGE = format(population_rules.gettext('trigger "%s" on %s is not the TRUNCATE trigger of one of its rules'), TG_NAME, TG_RELID::regclass),
		ERRCODE = '39P01',
		DETAIL = format(population_rules.gettext('It fires %s %s FOR EACH %s with arguments %s; a rule''s TRUNCATE trigger fires AFTER TRUNCATE FOR EACH STATEMENT with the number of a unique-id or household rule of the same table.'),
				TG_WHEN, TG_OP, TG_LEVEL, coalesce(array_to_string(TG_ARGV, ', '), '(none)')),
		HINT = population_rules.gettext('Do not create triggers on the rules'' functions by hand: population_rules.rebuild_rule() recreates a rule''s triggers.');
END
$$;
COMMENT ON FUNCTION population_rules._truncate_trigger() IS
  'Trigger of unique-id and household rules: TRUNCATE empties the rule''s derived table (on a Citus table, the counters on every node).';

CREATE OR REPLACE FUNCTION population_rules.detach_rule(rule_id integer) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r population_rules.rule := population_rules._rule(rule_id);
	own name;
BEGIN
	PERFORM population_rules._check_owner(r.tbl);
	PERFORM population_rules._drop_triggers(r.rule_id);
	own := population_rules._own_unique_index(r);
	IF own IS NOT NULL THEN
		PERFORM population_rules._drop_unique_index(r.tbl, own);
	END IF;
	DELETE FROM population_rules.rule g WHERE g.rule_id = r.rule_id;
	DELETE FROM population_rules.id_keys k WHERE k.rule_id = r.rule_id;
	DELETE FROM population_rules.household_heads h WHERE h.rule_id = r.rule_id;
	-- and from every node (whose trigger forgets its counters)
	PERFORM population_rules._sync_nodes(r.rule_id, false);
	PERFORM population_rules._invalidate(r.tbl);
END
$$;
COMMENT ON FUNCTION population_rules.detach_rule(integer) IS
  'Detach a rule: drop its triggers and its registration (violations already logged stay).';

CREATE OR REPLACE FUNCTION population_rules.set_rule_mode(rule_id integer, mode text) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r population_rules.rule := population_rules._rule(rule_id);
	rebuilt boolean;
BEGIN
	PERFORM population_rules._check_owner(r.tbl);
	PERFORM population_rules._check_mode(mode);
	PERFORM population_rules._check_layout(r.tbl, r.kind, r.colnames[1],
		l.method, l.dist_column, CASE WHEN r.kind = 'unique_id' THEN r.colnames[2] END)
	   FROM population_rules._citus_layout(r.tbl) l;
	UPDATE population_rules.rule g SET mode = set_rule_mode.mode WHERE g.rule_id = r.rule_id;
	-- a unique-id rule entering or leaving enforce mode makes or drops its
	-- own unique index (only enforce mode may refuse a duplicate), and so
	-- keeps keys of its own or no more: on Citus, every node builds or
	-- forgets them (_sync_nodes with rebuild)
	rebuilt := r.kind = 'unique_id' AND (r.mode = 'enforce') <> (set_rule_mode.mode = 'enforce');
	IF rebuilt THEN
		EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', r.tbl);
		PERFORM population_rules._populate(r.rule_id);
	END IF;
	-- the new mode reaches every node in this transaction
	PERFORM population_rules._sync_nodes(r.rule_id, rebuilt);
	PERFORM population_rules._invalidate(r.tbl);
END
$$;
COMMENT ON FUNCTION population_rules.set_rule_mode(integer, text) IS
  'Change a rule''s mode: enforce (raise), warn (WARNING) or log (population_rules.violations).';

CREATE OR REPLACE FUNCTION population_rules.rebuild_rule(rule_id integer) RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r population_rules.rule := population_rules._rule(rule_id);
	citus boolean;
BEGIN
	PERFORM population_rules._check_owner(r.tbl);
	citus := (population_rules._citus_layout(r.tbl)).method IS NOT NULL;
	IF citus THEN
		PERFORM population_rules._citus_prepare();
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
		DELETE FROM population_rules.node_rule n WHERE n.rule_id = r.rule_id;
	END IF;
	-- the triggers again, in the form the table now needs (a plain table
	-- attached as a partition needs row triggers)
	PERFORM population_rules._drop_triggers(r.rule_id);
	PERFORM population_rules._create_triggers(r.rule_id);
	PERFORM population_rules._populate(r.rule_id);
	PERFORM population_rules._sync_nodes(r.rule_id, true);
	PERFORM population_rules._invalidate(r.tbl);
END
$$;
COMMENT ON FUNCTION population_rules.rebuild_rule(integer) IS
  'Rebuild a rule''s derived table from the table''s rows (after a partition was truncated, detached or dropped, or a partial restore).';

CREATE OR REPLACE FUNCTION population_rules._on_sql_drop() RETURNS event_trigger
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
			DELETE FROM population_rules.id_keys k USING population_rules.rule g
			 WHERE g.tbl = d.objid AND k.rule_id = g.rule_id;
			DELETE FROM population_rules.household_heads h USING population_rules.rule g
			 WHERE g.tbl = d.objid AND h.rule_id = g.rule_id;
			-- a shard placement of a Citus table held here (a shard moved
			-- away, a split's parent, a failed move's copy): the household
			-- counters and id keys of its scopes go with it
			DELETE FROM population_rules.household_heads h USING population_rules.placement_scopes s
			 WHERE s.shard OPERATOR(pg_catalog.=) d.objid AND h.rule_id OPERATOR(pg_catalog.=) s.scope_id;
			DELETE FROM population_rules.id_keys k USING population_rules.placement_scopes s
			 WHERE s.shard OPERATOR(pg_catalog.=) d.objid AND k.rule_id OPERATOR(pg_catalog.=) s.scope_id;
			DELETE FROM population_rules.placement_scopes s WHERE s.shard OPERATOR(pg_catalog.=) d.objid;
			-- the copies on every node (node_rule, a Citus reference table):
			-- by rule number, with no join to the coordinator's registry
			SELECT pg_catalog.array_agg(g.rule_id) INTO ids
			  FROM population_rules.rule g WHERE g.tbl OPERATOR(pg_catalog.=) d.objid;
			IF ids IS NOT NULL
			   AND (population_rules._citus_layout('population_rules.node_rule')).method IS NOT NULL THEN
				DELETE FROM population_rules.node_rule n
				 WHERE n.rule_id OPERATOR(pg_catalog.=) ANY (ids);
			END IF;
			DELETE FROM population_rules.rule g WHERE g.tbl = d.objid;
		ELSE
			SELECT g.rule_id, g.rule_name INTO r FROM population_rules.rule g
			 WHERE g.tbl = d.objid AND d.objsubid = ANY (g.attnums)
			   AND NOT EXISTS (SELECT 1 FROM pg_event_trigger_dropped_objects() t
			                    WHERE t.object_type = 'table' AND t.objid = d.objid);
			IF FOUND THEN
				RAISE EXCEPTION USING
					MESSAGE = format(population_rules.gettext('cannot drop column %s because rule "%s" uses it'), d.object_identity, r.rule_name),
					ERRCODE = 'dependent_objects_still_exist',
					DETAIL = format(population_rules.gettext('Column %s is one of the columns that rule number %s checks.'),
							d.object_identity, r.rule_id),
					HINT = population_rules.gettext('Detach the rule first with population_rules.detach_rule().');
			END IF;
		END IF;
	END LOOP;
END
$$;
COMMENT ON FUNCTION population_rules._on_sql_drop() IS
  'Event trigger: remove the rules of dropped tables (and the household counters and id keys of dropped Citus shard placements); refuse to drop a column a rule uses.';

CREATE TABLE population_rules.node_rule (
	rule_id		integer PRIMARY KEY,
	tbl_schema	name NOT NULL,
	tbl_name	name NOT NULL,
	rule_name	name NOT NULL,
	kind		text NOT NULL,
	attnums		smallint[] NOT NULL,
	colnames	name[] NOT NULL,
	mode		text NOT NULL,
	options		jsonb NOT NULL,
	truncations	integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE population_rules.node_rule IS
  'The registry rows of the rules on tables Citus distributes, for the triggers on the workers: a Citus reference table once such a rule exists (written only by the extension''s functions, in the same distributed transaction as the registry).';
COMMENT ON COLUMN population_rules.node_rule.rule_id IS
  'The rule''s number in population_rules.rule (the same on every node).';
COMMENT ON COLUMN population_rules.node_rule.tbl_schema IS
  'The schema of the logical table the rule guards: each node finds its own copy of the table by schema and name (Citus copies this table to a node added later in binary, where an object id would name another node''s relation); kept in step on rename.';
COMMENT ON COLUMN population_rules.node_rule.tbl_name IS
  'The name of the logical table the rule guards, in tbl_schema; kept in step on rename.';
COMMENT ON COLUMN population_rules.node_rule.rule_name IS
  'The rule''s name, as in population_rules.rule.';
COMMENT ON COLUMN population_rules.node_rule.kind IS
  'unique_id, household_head or names, as in population_rules.rule.';
COMMENT ON COLUMN population_rules.node_rule.attnums IS
  'The column numbers on the coordinator, as in population_rules.rule (the shards'' columns are found by name).';
COMMENT ON COLUMN population_rules.node_rule.colnames IS
  'The names of the rule''s columns, by which the triggers on the shards find them; kept in step on rename.';
COMMENT ON COLUMN population_rules.node_rule.mode IS
  'enforce, warn or log, as in population_rules.rule: set_rule_mode writes both in one transaction.';
COMMENT ON COLUMN population_rules.node_rule.options IS
  'The rule''s options, as in population_rules.rule.';
COMMENT ON COLUMN population_rules.node_rule.truncations IS
  'How many times TRUNCATE emptied the rule''s table: each increase makes every node forget the rule''s household counters and id keys (_truncate_on_nodes).';
REVOKE ALL ON population_rules.node_rule FROM PUBLIC;
GRANT SELECT ON population_rules.node_rule TO PUBLIC;

-- On a node holding shards, a household rule's counters, and the id keys
-- of a unique-id rule that keeps keys of its own (warn and log modes, or
-- a table that held an id twice when the rule came), are kept per shard
-- placement (this node's relation of one shard), under a scope of their
-- own: household_heads.rule_id and id_keys.rule_id hold the scope's
-- number, negative (rule numbers are positive), instead of the rule's.  A
-- placement gets its scope, and its rows are counted under it, when the
-- rule reaches the node (_on_node_rule), or else at the first write to it
-- (the rule's trigger, src/rules/placement_scope.c): a shard moved or
-- split onto this node by Citus, whose rows came without firing triggers,
-- is counted then, all of its rows there.  Dropping the placement (a
-- move's source, a split's parent, a failed move's copy) drops its scope
-- and its rows (_on_sql_drop); a scope whose placement is gone is never read again,
-- as a new placement is a new relation (the shard id guards against a
-- relation number used again).  On a server without Citus, and for a
-- table the coordinator holds itself, the scope is the rule's number.
CREATE SEQUENCE population_rules.placement_scopes_id_seq AS integer INCREMENT BY -1 MAXVALUE -1;
COMMENT ON SEQUENCE population_rules.placement_scopes_id_seq IS
  'Numbers of the scopes of population_rules.placement_scopes (negative, apart from the rule numbers).';
CREATE TABLE population_rules.placement_scopes (
	scope_id	integer PRIMARY KEY
				DEFAULT pg_catalog.nextval('population_rules.placement_scopes_id_seq'::pg_catalog.regclass),
	rule_id		integer NOT NULL,
	shard		oid NOT NULL,
	shardid		bigint NOT NULL,
	CONSTRAINT placement_scopes_placement UNIQUE (shard, shardid, rule_id)
);
ALTER SEQUENCE population_rules.placement_scopes_id_seq OWNED BY population_rules.placement_scopes.scope_id;
COMMENT ON TABLE population_rules.placement_scopes IS
  'On a Citus node: the scope under which population_rules.household_heads keeps a household rule''s counters, or population_rules.id_keys a unique-id rule''s keys, of one shard placement held here; made when the rule reaches the node or at the placement''s first write, dropped with the placement.';
COMMENT ON COLUMN population_rules.placement_scopes.scope_id IS
  'The number the placement''s rows carry in household_heads.rule_id or id_keys.rule_id (negative).';
COMMENT ON COLUMN population_rules.placement_scopes.rule_id IS
  'The household or unique-id rule, as in population_rules.node_rule.';
COMMENT ON COLUMN population_rules.placement_scopes.shard IS
  'The placement: this node''s relation of the shard (its number; not a regclass, the relation may be gone).';
COMMENT ON COLUMN population_rules.placement_scopes.shardid IS
  'Citus''s shard id of the placement, so that a relation number used again for another shard is never taken for it.';
COMMENT ON CONSTRAINT placement_scopes_placement ON population_rules.placement_scopes IS
  'One scope per placement and rule: the first writer of a placement makes it, a concurrent one waits for it.';
REVOKE ALL ON population_rules.placement_scopes FROM PUBLIC;
REVOKE ALL ON SEQUENCE population_rules.placement_scopes_id_seq FROM PUBLIC;

-- How Citus manages a table: its partition method ('h' hash-distributed,
-- 'n' reference or Citus local table) and distribution column; NULLs when
-- the table is not Citus's (or Citus is not installed).
CREATE FUNCTION population_rules._citus_layout(tbl regclass, OUT method text, OUT dist_column name)
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NULL THEN
		RETURN;
	END IF;
	EXECUTE 'SELECT p.partmethod::text, CASE WHEN p.partkey IS NOT NULL'
	        ' THEN pg_catalog.column_to_column_name(p.logicalrelid, p.partkey)::name END'
	        ' FROM pg_catalog.pg_dist_partition p WHERE p.logicalrelid OPERATOR(pg_catalog.=) $1'
	   INTO method, dist_column USING tbl;
END
$$;
COMMENT ON FUNCTION population_rules._citus_layout(regclass) IS
  'Internal: how Citus manages a table (partition method and distribution column), NULLs when it does not.';

-- Refuse a layout on which a rule would be wrong: the unique-id and
-- household rules need a plain table distributed by their key column, and
-- the unique-id rule enforce mode and no legacy_id_column (the unique-id
-- rule's legacy id column, NULL for none or another kind of rule).
CREATE FUNCTION population_rules._check_layout(tbl regclass, kind text, key_column name,
	method text, dist_column name, legacy_column name) RETURNS void
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	layout text;
BEGIN
	IF method IS NULL OR kind = 'names' THEN
		RETURN;
	END IF;
	layout := CASE WHEN dist_column IS NULL
		THEN format(population_rules.gettext('Table %s is a Citus reference or local table, with no distribution column.'), tbl)
		ELSE format(population_rules.gettext('Table %s is distributed by column "%s".'), tbl, dist_column) END;
	IF method <> 'h' OR dist_column IS DISTINCT FROM key_column THEN
		IF kind = 'unique_id' THEN
			RAISE EXCEPTION USING
				MESSAGE = format(population_rules.gettext('the unique-id rule cannot guard table %s in this Citus layout'), tbl),
				ERRCODE = 'feature_not_supported',
				DETAIL = layout OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||)
					population_rules.gettext('Rows with one id number could then live on two nodes, and no node would see both.'),
				HINT = format(population_rules.gettext('Distribute the table by its id column "%s" (population_rules.distribute_table), or keep it on a single server.'), key_column);
		END IF;
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('the household rule cannot guard table %s in this Citus layout'), tbl),
			ERRCODE = 'feature_not_supported',
			DETAIL = layout OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||)
				population_rules.gettext('The members of one household could then live on two nodes, each counting heads on its own.'),
			HINT = format(population_rules.gettext('Distribute the table by its household column "%s" (population_rules.distribute_table), or keep it on a single server.'), key_column);
	END IF;
	IF EXISTS (SELECT FROM pg_catalog.pg_class c
	            WHERE c.oid OPERATOR(pg_catalog.=) tbl
	              AND (c.relkind OPERATOR(pg_catalog.<>) 'r' OR c.relispartition)) THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('cannot attach the %s rule to partitioned distributed table %s'), pg_catalog.replace(kind, '_', '-'), tbl),
			ERRCODE = 'feature_not_supported',
			DETAIL = layout,
			HINT = population_rules.gettext('On Citus the unique-id and household rules guard plain distributed tables only; the names rule guards any table.');
	END IF;
	-- a legacy id's reuse is seen by comparing the rows of one legacy id,
	-- which a table distributed by the personal id spreads over the nodes
	IF kind = 'unique_id' AND legacy_column IS NOT NULL THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('the unique-id rule cannot track the legacy id numbers of distributed table %s'), tbl),
			ERRCODE = 'feature_not_supported',
			DETAIL = format(population_rules.gettext('Table %s is distributed by its id column "%s": two persons holding one legacy id number (column "%s") can live on two nodes, and no node would see the reuse.'), tbl, dist_column, legacy_column),
			HINT = population_rules.gettext('Attach the rule without legacy_id_column, or keep the table on a single server.');
	END IF;
	IF kind = 'household_head' AND NOT population_rules._commit_hook_preloaded() THEN
		RAISE WARNING USING
			MESSAGE = population_rules.gettext('population_rules is not preloaded on this Citus node'),
			ERRCODE = '01000',
			DETAIL = format(population_rules.gettext('A transaction through this node that leaves a household of table %s without exactly one head is still refused at commit, but with Citus''s "could not commit transaction" (XX000) instead of the rule''s own error (23514) and its detail.'), tbl),
			HINT = population_rules.gettext('Set shared_preload_libraries = ''citus,population_rules'' on the coordinator and restart it.');
	END IF;
END
$$;
COMMENT ON FUNCTION population_rules._check_layout(regclass, text, name, text, name, name) IS
  'Internal: refuse a Citus layout on which a unique-id or household rule would be wrong (not distributed by its key column, partitioned, unique-id tracking legacy ids), and warn about a household rule on a node that does not preload the module.';

-- Set citus.enable_unsafe_triggers for this transaction when tbl is
-- Citus's (so that the rules' triggers reach its shards), returning the
-- value it had; the caller sets it back when done.  NULL on a table of a
-- single server.
CREATE FUNCTION population_rules._citus_triggers(tbl regclass, value text) RETURNS text
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	prev text;
BEGIN
	IF value IS NULL OR (population_rules._citus_layout(tbl)).method IS NULL THEN
		RETURN NULL;
	END IF;
	prev := pg_catalog.current_setting('citus.enable_unsafe_triggers', true);
	PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', value, true);
	RETURN coalesce(prev, 'off');
END
$$;
COMMENT ON FUNCTION population_rules._citus_triggers(regclass, text) IS
  'Internal: set citus.enable_unsafe_triggers for the rules'' own trigger DDL on a Citus table; returns the previous value.';

-- The relation of shard shardid of a Citus table on this node (named
-- <table>_<shard id> in the table's schema), or NULL when this node holds
-- none.  (Citus's shard_name() leaves names in public unqualified, which a
-- pinned search_path does not find.)
CREATE FUNCTION population_rules._local_shard(logical regclass, shardid bigint) RETURNS regclass
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT pg_catalog.to_regclass(pg_catalog.format('%I.%I', n.nspname,
	           c.relname::text OPERATOR(pg_catalog.||) '_' OPERATOR(pg_catalog.||) shardid::text))
	  FROM pg_catalog.pg_class c
	  JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
	 WHERE c.oid OPERATOR(pg_catalog.=) logical
$$;
COMMENT ON FUNCTION population_rules._local_shard(regclass, bigint) IS
  'Internal: the relation of a shard of a Citus table on this node, or NULL.';

-- This node's placements of Citus table tbl: each shard of it that
-- Citus places in this node's group, with its relation here (NULL when
-- the relation is missing).  A placement Citus left behind, no longer in
-- pg_dist_placement, is not listed.
CREATE FUNCTION population_rules._local_placements(tbl regclass)
	RETURNS TABLE (placement regclass, shardid bigint)
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	RETURN QUERY EXECUTE
		'SELECT population_rules._local_shard(s.logicalrelid, s.shardid), s.shardid'
		'  FROM pg_catalog.pg_dist_shard s'
		'  JOIN pg_catalog.pg_dist_placement p ON p.shardid OPERATOR(pg_catalog.=) s.shardid'
		' WHERE s.logicalrelid OPERATOR(pg_catalog.=) $1'
		'   AND p.groupid OPERATOR(pg_catalog.=) (SELECT g.groupid FROM pg_catalog.pg_dist_local_group g)'
		USING tbl;
END
$$;
COMMENT ON FUNCTION population_rules._local_placements(regclass) IS
  'Internal: this node''s placements of a Citus table (relation here, or NULL, and shard id).';

-- The triggers of rule rid on relation rel: those whose function is one
-- of the extension's and whose first argument is the rule's number.
CREATE FUNCTION population_rules._rule_triggers(rid integer, rel regclass)
	RETURNS TABLE (tgname name, proname name)
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT t.tgname, f.proname
	  FROM pg_catalog.pg_trigger t
	  JOIN pg_catalog.pg_proc f ON f.oid OPERATOR(pg_catalog.=) t.tgfoid
	 WHERE t.tgrelid OPERATOR(pg_catalog.=) rel
	   AND f.pronamespace OPERATOR(pg_catalog.=) 'population_rules'::pg_catalog.regnamespace
	   AND pg_catalog.split_part(pg_catalog.encode(t.tgargs, 'escape'), E'\\000', 1)
	       OPERATOR(pg_catalog.=) rid::pg_catalog.text
$$;
COMMENT ON FUNCTION population_rules._rule_triggers(integer, regclass) IS
  'Internal: the triggers of a rule on a relation (the extension''s trigger functions, the rule''s number as first argument), with their function''s name.';

-- Run one DDL statement of the rules on this node only
-- (citus.enable_ddl_propagation off for it).
CREATE FUNCTION population_rules._citus_local_ddl(command text) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	prev text := coalesce(pg_catalog.current_setting('citus.enable_ddl_propagation', true), 'on');
	prev_unsafe text := coalesce(pg_catalog.current_setting('citus.enable_unsafe_triggers', true), 'off');
BEGIN
	PERFORM pg_catalog.set_config('citus.enable_ddl_propagation', 'off', true);
	PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', 'off', true);
	EXECUTE command;
	PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', prev_unsafe, true);
	PERFORM pg_catalog.set_config('citus.enable_ddl_propagation', prev, true);
END
$$;
COMMENT ON FUNCTION population_rules._citus_local_ddl(text) IS
  'Internal: run a DDL statement of the rules on this node only (a node''s placement of a reference table of the extension joining the extension).';

-- Make the extension's Citus reference tables (node_rule and the
-- administrative units), once each, and put the transaction in Citus's
-- sequential mode (see piece 32).  Returns the tables it made reference
-- tables.
CREATE FUNCTION population_rules._citus_prepare() RETURNS regclass[]
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
	SET client_min_messages = warning
AS $$
DECLARE
	t regclass;
	made regclass[] := '{}';
	prev_unsafe text;
	prev_fkeys text;
BEGIN
	PERFORM pg_catalog.set_config('citus.multi_shard_modify_mode', 'sequential', true);
	FOREACH t IN ARRAY ARRAY['population_rules.node_rule', 'population_rules.pre2025_provinces',
	                         'population_rules.pre2025_communes']::pg_catalog.regclass[] LOOP
		CONTINUE WHEN (population_rules._citus_layout(t)).method IS NOT NULL;
		prev_unsafe := coalesce(pg_catalog.current_setting('citus.enable_unsafe_triggers', true), 'off');
		prev_fkeys := coalesce(pg_catalog.current_setting('citus.enable_local_reference_table_foreign_keys', true), 'on');
		PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', 'on', true);
		PERFORM pg_catalog.set_config('citus.enable_local_reference_table_foreign_keys', 'off', true);
		PERFORM pg_catalog.create_reference_table(t);
		EXECUTE pg_catalog.format('DELETE FROM %s WHERE false', t);
		PERFORM pg_catalog.set_config('citus.enable_local_reference_table_foreign_keys', prev_fkeys, true);
		PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', prev_unsafe, true);
		made := pg_catalog.array_append(made, t);
	END LOOP;
	RETURN made;
END
$$;
COMMENT ON FUNCTION population_rules._citus_prepare() IS
  'Internal: make the extension''s tables node_rule, pre2025_provinces and pre2025_communes Citus reference tables (on every node, each placement joining the extension), once, and put the transaction in Citus''s sequential mode; returns the tables it made reference tables.';

-- On a write to one of the extension's Citus reference tables, on each
-- node holding a placement of it (Citus copies the trigger to them): the
-- placement joins the extension, so that DROP EXTENSION, which Citus runs
-- on every node, drops it.  Citus, taking the placements of an
-- extension's table for those of a partition, leaves them behind
-- otherwise.  _citus_prepare and citus_prepare() fire it with a write
-- that changes nothing (once per table: citus_prepare() skips those
-- _citus_prepare has just made); on the table itself (an extension
-- member) it does nothing.  Not SECURITY DEFINER: only the owner writes
-- these tables.
CREATE FUNCTION population_rules._on_reference_placement() RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
	                WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
	                  AND d.objid OPERATOR(pg_catalog.=) TG_RELID
	                  AND d.deptype OPERATOR(pg_catalog.=) 'e') THEN
		PERFORM population_rules._citus_local_ddl(
			pg_catalog.format('ALTER EXTENSION population_rules ADD TABLE %s', TG_RELID::pg_catalog.regclass));
	END IF;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION population_rules._on_reference_placement() IS
  'Internal: trigger of the extension''s Citus reference tables: on each node, the table''s placement there joins the extension, so that DROP EXTENSION drops it.';
CREATE TRIGGER reference_placement AFTER INSERT OR UPDATE OR DELETE ON population_rules.node_rule
	FOR EACH STATEMENT EXECUTE FUNCTION population_rules._on_reference_placement();
COMMENT ON TRIGGER reference_placement ON population_rules.node_rule IS
  'On each node, the placement of the Citus reference table joins the extension (_on_reference_placement).';

-- For the DBA: what the first rule on a Citus table, distribute_table and
-- generate_views over distributed sources do by themselves, ahead of
-- time, in a transaction of its own; run again, it has the extension take
-- in any node's placement of its reference tables left out of it (a write
-- that changes nothing to each, firing _on_reference_placement on every
-- node; the tables this call makes reference tables had it fired by
-- _citus_prepare already).  A node added later needs no call: its copies
-- join by _on_create_trigger.  Returns the extension's tables that are
-- Citus reference tables.
CREATE FUNCTION population_rules.citus_prepare() RETURNS SETOF regclass
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	t regclass;
	made regclass[];
BEGIN
	IF pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NULL THEN
		RAISE EXCEPTION USING
			MESSAGE = population_rules.gettext('cannot prepare the extension for Citus: Citus is not installed'),
			ERRCODE = 'feature_not_supported',
			DETAIL = population_rules.gettext('population_rules.citus_prepare() makes the extension''s tables Citus reference tables.'),
			HINT = population_rules.gettext('Run it on a Citus coordinator.');
	END IF;
	made := population_rules._citus_prepare();
	FOR t IN EXECUTE
		'SELECT p.logicalrelid FROM pg_catalog.pg_dist_partition p'
		'  JOIN pg_catalog.pg_depend d ON d.objid OPERATOR(pg_catalog.=) p.logicalrelid'
		'   AND d.classid OPERATOR(pg_catalog.=) ''pg_catalog.pg_class''::pg_catalog.regclass'
		'   AND d.refclassid OPERATOR(pg_catalog.=) ''pg_catalog.pg_extension''::pg_catalog.regclass'
		'   AND d.deptype OPERATOR(pg_catalog.=) ''e'''
		'  JOIN pg_catalog.pg_extension e ON e.oid OPERATOR(pg_catalog.=) d.refobjid'
		' WHERE e.extname OPERATOR(pg_catalog.=) ''population_rules'''
		'   AND p.partmethod OPERATOR(pg_catalog.=) ''n'''
		' ORDER BY p.logicalrelid'
	LOOP
		IF NOT t OPERATOR(pg_catalog.=) ANY (made) THEN
			EXECUTE pg_catalog.format('DELETE FROM %s WHERE false', t);
		END IF;
		RETURN NEXT t;
	END LOOP;
END
$$;
COMMENT ON FUNCTION population_rules.citus_prepare() IS
  'On a Citus coordinator: make the extension''s tables Citus reference tables (node_rule, pre2025_provinces, pre2025_communes), as the first rule on a Citus table and generate_views over distributed sources do; run again, it has any node''s placement of them left out of the extension join it. Returns them.';

-- Bring a rule's row in node_rule in step with the registry: present for
-- a rule on a Citus table, absent otherwise.  rebuild: delete and insert
-- it again, so that every node rebuilds its household counters.
CREATE FUNCTION population_rules._sync_nodes(rid integer, rebuild boolean) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r population_rules.rule;
	nsp name;
	rel name;
BEGIN
	IF (population_rules._citus_layout('population_rules.node_rule')).method IS NULL THEN
		RETURN;
	END IF;
	-- the rest of the transaction over the connection that wrote the row
	-- (see _citus_prepare)
	PERFORM pg_catalog.set_config('citus.multi_shard_modify_mode', 'sequential', true);
	SELECT * INTO r FROM population_rules.rule g WHERE g.rule_id OPERATOR(pg_catalog.=) rid;
	IF NOT FOUND OR (population_rules._citus_layout(r.tbl)).method IS NULL THEN
		DELETE FROM population_rules.node_rule n WHERE n.rule_id OPERATOR(pg_catalog.=) rid;
		RETURN;
	END IF;
	IF rebuild THEN
		DELETE FROM population_rules.node_rule n WHERE n.rule_id OPERATOR(pg_catalog.=) rid;
	END IF;
	SELECT c.relname INTO rel FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) r.tbl;
	nsp := population_rules._relation_schema(r.tbl);
	INSERT INTO population_rules.node_rule AS n (rule_id, tbl_schema, tbl_name, rule_name, kind, attnums, colnames, mode, options)
	VALUES (r.rule_id, nsp, rel, r.rule_name, r.kind, r.attnums, r.colnames, r.mode, r.options)
	ON CONFLICT (rule_id) DO UPDATE
	   SET tbl_schema = excluded.tbl_schema, tbl_name = excluded.tbl_name,
	       rule_name = excluded.rule_name, attnums = excluded.attnums,
	       colnames = excluded.colnames, mode = excluded.mode, options = excluded.options;
END
$$;
COMMENT ON FUNCTION population_rules._sync_nodes(integer, boolean) IS
  'Internal: write a rule''s registry row to population_rules.node_rule (every node) when its table is Citus''s, remove it otherwise.';

-- The numbers of columns by name (piece 31), read where a registry row
-- meets another copy of its table.
CREATE FUNCTION population_rules._attnums(tbl regclass, names name[], nums smallint[]) RETURNS smallint[]
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT pg_catalog.array_agg(CASE WHEN u.name IS NULL THEN u.num ELSE a.attnum END ORDER BY u.ord)
	  FROM ROWS FROM (pg_catalog.unnest(names), pg_catalog.unnest(nums)) WITH ORDINALITY AS u (name, num, ord)
	  LEFT JOIN pg_catalog.pg_attribute a
	    ON a.attrelid OPERATOR(pg_catalog.=) tbl AND a.attname OPERATOR(pg_catalog.=) u.name
	   AND NOT a.attisdropped
$$;
COMMENT ON FUNCTION population_rules._attnums(regclass, name[], smallint[]) IS
  'Internal: column numbers of a table by name (the given number for a NULL name, NULL for a name the table lacks).';
REVOKE ALL ON FUNCTION population_rules._attnums(regclass, name[], smallint[]) FROM PUBLIC;

CREATE FUNCTION population_rules._placement_rule(rid integer, kind text, shard regclass, shardid bigint)
	RETURNS population_rules.rule
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	placement regclass := population_rules._node_rule_placement();
	r population_rules.rule;
	here boolean;
BEGIN
	IF placement IS NOT NULL THEN
		EXECUTE format('SELECT n.rule_id, n.rule_name, NULL, n.kind, n.attnums, n.colnames, n.mode, n.options,'
		               '       pg_catalog.now(), CURRENT_USER FROM %s n'
		               ' WHERE n.rule_id OPERATOR(pg_catalog.=) $1'
		               '   AND n.kind OPERATOR(pg_catalog.=) $2', placement)
		   INTO r USING rid, kind;
	END IF;
	-- The rule's table here is the shard's logical table, its columns found
	-- by name: a copy of node_rule that Citus made on a node added later
	-- (a rebalance, replicate_reference_tables()) holds the column numbers
	-- of the node it was copied from.
	IF r.rule_id IS NOT NULL THEN
		EXECUTE 'SELECT s.logicalrelid FROM pg_catalog.pg_dist_shard s WHERE s.shardid OPERATOR(pg_catalog.=) $1'
		   INTO r.tbl USING shardid;
		r.attnums := population_rules._attnums(r.tbl, r.colnames, r.attnums);
	END IF;
	IF r.rule_id IS NULL OR r.tbl IS NULL OR pg_catalog.array_position(r.attnums, NULL::smallint) IS NOT NULL THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('%s rule %s is not known on this node'), pg_catalog.replace(kind, '_', '-'), rid),
			ERRCODE = 'undefined_object',
			DETAIL = format(population_rules.gettext('What the rule keeps for %s is kept on the node that holds it, for the rules population_rules.node_rule holds there.'), shard),
			HINT = population_rules.gettext('Attach the rule through the coordinator (population_rules.attach_*_rule or distribute_table).');
	END IF;
	IF pg_catalog.current_setting('transaction_isolation') OPERATOR(pg_catalog.=) ANY (ARRAY['repeatable read', 'serializable']) THEN
		EXECUTE 'SELECT EXISTS (SELECT FROM pg_catalog.pg_dist_placement p'
		        '  WHERE p.shardid OPERATOR(pg_catalog.=) $1'
		        '    AND p.groupid OPERATOR(pg_catalog.=) (SELECT g.groupid FROM pg_catalog.pg_dist_local_group g))'
		   INTO here USING shardid;
		IF NOT here THEN
			RAISE EXCEPTION USING
				MESSAGE = format(population_rules.gettext('could not read the rows of %s: the shard came to this node after this transaction began'), shard),
				ERRCODE = 'serialization_failure',
				DETAIL = format(population_rules.gettext('Rule %s counts the rows of a shard Citus moved or split onto a node at the shard''s first write there; this transaction''s snapshot does not show the rows Citus copied.'), rid),
				HINT = population_rules.gettext('Retry the transaction.');
		END IF;
	END IF;
	-- the columns are read as the extension's owner: their types must
	-- still be ones the rules read (as at attach)
	PERFORM population_rules._check_readable(r.tbl, r.attnums);
	RETURN r;
END
$$;
COMMENT ON FUNCTION population_rules._placement_rule(integer, text, regclass, bigint) IS
  'Internal: a rule as this node knows it from node_rule, its table and columns this node''s, for reading one of its shard placements here; fails to serialize when the placement came after the transaction''s snapshot.';


-- The counts of one shard placement of household rule rid on this node
-- (its rule read from node_rule's placement), per household: living
-- members and living heads.  STABLE: run read-only, it counts with the
-- caller's snapshot, which the first write to a placement uses to count
-- the rows there before its own statement (trg_household_scope.c).  A
-- transaction that reads one snapshot (REPEATABLE READ, SERIALIZABLE),
-- taken before Citus made this node the shard's (a move or split), does
-- not see the rows Citus copied here: it cannot count them, and fails to
-- serialize instead.
CREATE FUNCTION population_rules._placement_counts(rid integer, shard regclass, shardid bigint)
	RETURNS TABLE (household text, members integer, heads integer)
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	e record;
BEGIN
	SELECT * INTO e FROM population_rules._household_exprs(
		population_rules._placement_rule(rid, 'household_head', shard, shardid));
	RETURN QUERY EXECUTE format(
		'SELECT h, (count(*) FILTER (WHERE a))::pg_catalog.int4, (count(*) FILTER (WHERE a AND hd))::pg_catalog.int4'
		'  FROM (SELECT %s AS h, %s AS a, %s AS hd FROM %s) s WHERE h IS NOT NULL GROUP BY h',
		e.household, e.alive, e.head, shard);
END
$$;
COMMENT ON FUNCTION population_rules._placement_counts(integer, regclass, bigint) IS
  'Internal: per household, the living members and living heads of one shard placement of a household rule''s table on this node.';

CREATE FUNCTION population_rules._placement_keys(rid integer, shard regclass, shardid bigint)
	RETURNS TABLE (key bigint, n integer, row_ref text)
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r population_rules.rule := population_rules._placement_rule(rid, 'unique_id', shard, shardid);
BEGIN
	RETURN QUERY EXECUTE format(
		'SELECT k, count(*)::pg_catalog.int4, min(ref)'
		'  FROM (SELECT %s AS k, %s AS ref FROM %s) s WHERE k IS NOT NULL GROUP BY k',
		population_rules._key_expr(r.tbl, r.attnums[1], false), population_rules._row_key_expr(shard, false), shard);
END
$$;
COMMENT ON FUNCTION population_rules._placement_keys(integer, regclass, bigint) IS
  'Internal: the id keys of one shard placement of a unique-id rule''s table on this node (number, holders, first holder).';


-- On each node, for each row of node_rule written: a household rule's
-- counters are built from the shards of its table that this node holds,
-- one scope per placement (placement_scopes), and forgotten when the row
-- goes or its truncations count goes up.
-- Fires on node_rule's placement on every node (Citus copies the trigger
-- to the reference table's shards).
-- A row written is seen, until commit, by this connection only: the
-- rule's triggers on this node's shards must have been made over it too,
-- else a write to those shards later in the transaction would not find
-- the rule (Citus keeps using, for a shard, the connection that changed
-- it first in the transaction).  Refused then, with what to do.
CREATE FUNCTION population_rules._on_node_rule() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	tbl regclass;
	placement_rel regclass;
	placement_id bigint;
	scope integer;
	unseen bigint;
BEGIN
	-- the row gone, or the rule's table truncated: the counters and keys
	-- of every placement (kept by scope), and with the row the scopes too
	-- (a truncated placement keeps its scope, now with no rows, as it has
	-- no rows)
	IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
		DELETE FROM population_rules.household_heads h WHERE h.rule_id OPERATOR(pg_catalog.=) OLD.rule_id;
		DELETE FROM population_rules.household_heads h USING population_rules.placement_scopes s
		 WHERE s.rule_id OPERATOR(pg_catalog.=) OLD.rule_id AND h.rule_id OPERATOR(pg_catalog.=) s.scope_id;
		DELETE FROM population_rules.id_keys k USING population_rules.placement_scopes s
		 WHERE s.rule_id OPERATOR(pg_catalog.=) OLD.rule_id AND k.rule_id OPERATOR(pg_catalog.=) s.scope_id;
		IF TG_OP = 'DELETE' THEN
			DELETE FROM population_rules.placement_scopes s WHERE s.rule_id OPERATOR(pg_catalog.=) OLD.rule_id;
			PERFORM population_rules._drop_shard_triggers(OLD.rule_id,
				population_rules._node_rule_table(OLD.tbl_schema, OLD.tbl_name));
		END IF;
		DELETE FROM population_rules.id_keys k WHERE k.rule_id OPERATOR(pg_catalog.=) OLD.rule_id;
		RETURN NULL;
	END IF;
	tbl := population_rules._node_rule_table(NEW.tbl_schema, NEW.tbl_name);
	SELECT min(l.shardid) INTO unseen
	  FROM population_rules._local_placements(tbl) l
	 WHERE NOT EXISTS (SELECT FROM population_rules._rule_triggers(NEW.rule_id, l.placement));
	IF unseen IS NOT NULL THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('cannot attach rule %s to table %s in this transaction: Citus reaches its shard %s over another connection'), NEW.rule_id, tbl, unseen),
			ERRCODE = 'object_not_in_prerequisite_state',
			DETAIL = population_rules.gettext('An earlier statement of the transaction ran over several connections to a worker; the rule''s copy on that worker would be seen by one of them only until commit.'),
			HINT = population_rules.gettext('Attach the rule (or distribute the table) in a transaction of its own, or begin the transaction with SET LOCAL citus.multi_shard_modify_mode TO ''sequential''.');
	END IF;
	IF NOT (NEW.kind OPERATOR(pg_catalog.=) 'household_head'
	        OR (NEW.kind OPERATOR(pg_catalog.=) 'unique_id' AND NOT NEW.options ? 'unique_index')) THEN
		RETURN NULL;
	END IF;
	-- each placement this node holds: its scope, its rows counted under it
	-- (a placement Citus left behind, not yet dropped, is not counted)
	FOR placement_rel, placement_id IN
		SELECT l.placement, l.shardid FROM population_rules._local_placements(tbl) l
	LOOP
		CONTINUE WHEN placement_rel IS NULL;
		INSERT INTO population_rules.placement_scopes AS s (rule_id, shard, shardid)
		VALUES (NEW.rule_id, placement_rel, placement_id)
		ON CONFLICT ON CONSTRAINT placement_scopes_placement DO NOTHING
		RETURNING s.scope_id INTO scope;
		CONTINUE WHEN scope IS NULL;	-- made and counted by a writer meanwhile
		IF NEW.kind OPERATOR(pg_catalog.=) 'household_head' THEN
			INSERT INTO population_rules.household_heads AS t (rule_id, household, members, heads, checked)
			SELECT scope, c.household, c.members, c.heads, false
			  FROM population_rules._placement_counts(NEW.rule_id, placement_rel, placement_id) c;
		ELSE
			INSERT INTO population_rules.id_keys AS t (rule_id, slot, key, n, row_ref)
			SELECT scope, 0, k.key, k.n, k.row_ref
			  FROM population_rules._placement_keys(NEW.rule_id, placement_rel, placement_id) k;
		END IF;
	END LOOP;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION population_rules._on_node_rule() IS
  'Trigger of population_rules.node_rule, on every node: builds a household rule''s counters, or the id keys of a unique-id rule without a unique index, from the shards the node holds (one scope per placement), and forgets a rule''s derived rows when its row goes or its table is truncated.';
CREATE TRIGGER node_rule_counters AFTER INSERT OR DELETE OR UPDATE OF truncations ON population_rules.node_rule
	FOR EACH ROW EXECUTE FUNCTION population_rules._on_node_rule();
COMMENT ON TRIGGER node_rule_counters ON population_rules.node_rule IS
  'Builds and forgets the household counters and id keys of each node.';

-- This node's relation of a table node_rule names (schema and name), or
-- NULL: the one place where a row of node_rule becomes a relation.
CREATE FUNCTION population_rules._node_rule_table(nsp name, rel name) RETURNS regclass
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT c.oid::pg_catalog.regclass FROM pg_catalog.pg_class c
	  JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
	 WHERE n.nspname OPERATOR(pg_catalog.=) nsp AND c.relname OPERATOR(pg_catalog.=) rel
$$;
COMMENT ON FUNCTION population_rules._node_rule_table(name, name) IS
  'Internal: this node''s relation of the table a row of population_rules.node_rule names, or NULL.';

-- node_rule's placement on this node, read directly (on a worker the
-- table itself is an empty shell), or NULL.
CREATE FUNCTION population_rules._node_rule_placement() RETURNS regclass
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	placement regclass;
BEGIN
	IF pg_catalog.to_regclass('pg_catalog.pg_dist_shard') IS NULL THEN
		RETURN NULL;
	END IF;
	EXECUTE 'SELECT population_rules._local_shard(s.logicalrelid, s.shardid)'
	        '  FROM pg_catalog.pg_dist_shard s WHERE s.logicalrelid OPERATOR(pg_catalog.=) $1'
	   INTO placement USING 'population_rules.node_rule'::pg_catalog.regclass;
	RETURN placement;
END
$$;
COMMENT ON FUNCTION population_rules._node_rule_placement() IS
  'Internal: the local placement (shard relation) of the reference table population_rules.node_rule on this node, or NULL.';

-- Is rel, on this node, the table (the coordinator's, or a worker's copy
-- of it) of household rule rid as node_rule holds it?
CREATE FUNCTION population_rules._node_rule_of_table(rid integer, rel regclass) RETURNS boolean
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	placement regclass := population_rules._node_rule_placement();
	ok boolean;
BEGIN
	IF placement IS NULL THEN
		RETURN false;
	END IF;
	EXECUTE format('SELECT EXISTS (SELECT FROM %s n WHERE n.rule_id OPERATOR(pg_catalog.=) $1'
	               '   AND n.kind OPERATOR(pg_catalog.=) ''household_head'''
	               '   AND population_rules._node_rule_table(n.tbl_schema, n.tbl_name) OPERATOR(pg_catalog.=) $2)',
	               placement) INTO ok USING rid, rel;
	RETURN ok;
END
$$;
COMMENT ON FUNCTION population_rules._node_rule_of_table(integer, regclass) IS
  'Internal: whether a relation is the table of a household rule held in population_rules.node_rule (not one of its shards).';

-- TRUNCATE of a table with a household rule (its AFTER TRUNCATE trigger,
-- on the coordinator or on a worker's copy of the table): every node
-- forgets the rule's counters.  Citus truncates every shard of the table,
-- in the same distributed transaction, from its own AFTER TRUNCATE
-- trigger; it gives no TRUNCATE trigger to the shards, so the counters
-- are reached through node_rule: raising the rule's truncations count
-- there fires node_rule_counters on every node (two-phase commit, as any
-- write of node_rule), which deletes the node's counters of the rule.
-- The TRUNCATE's ACCESS EXCLUSIVE lock on the table (Citus takes it on
-- the workers' copies too) keeps every writer of the table out until
-- commit; a rolled-back TRUNCATE keeps the counters.  With
-- citus.enable_ddl_propagation off Citus leaves the shards as they are
-- (truncate_local_data_after_distributing_table), and so does this.
-- False when node_rule does not hold the rule.
CREATE FUNCTION population_rules._truncate_on_nodes(rid integer) RETURNS boolean
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF pg_catalog.current_setting('citus.enable_ddl_propagation', true) OPERATOR(pg_catalog.=) 'off' THEN
		RETURN true;
	END IF;
	UPDATE population_rules.node_rule n SET truncations = n.truncations OPERATOR(pg_catalog.+) 1
	 WHERE n.rule_id OPERATOR(pg_catalog.=) rid;
	RETURN FOUND;
END
$$;
COMMENT ON FUNCTION population_rules._truncate_on_nodes(integer) IS
  'Internal: on TRUNCATE of a Citus table with a household rule, make every node forget the rule''s counters (through population_rules.node_rule), in the same distributed transaction.';

-- Distribute a table with Citus, its rules kept: the layout is checked
-- against every rule of the table first (both orders, attach then
-- distribute and distribute then attach, end in the same refusals).
CREATE FUNCTION population_rules.distribute_table(tbl regclass, distribution_column name,
	colocate_with text DEFAULT 'default') RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r population_rules.rule;
BEGIN
	PERFORM population_rules._check_owner(tbl);
	IF pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NULL THEN
		RAISE EXCEPTION USING
			MESSAGE = format(population_rules.gettext('cannot distribute table %s: Citus is not installed'), tbl),
			ERRCODE = 'feature_not_supported',
			DETAIL = population_rules.gettext('population_rules.distribute_table() calls Citus''s create_distributed_table().'),
			HINT = population_rules.gettext('Run it on a Citus coordinator.');
	END IF;
	FOR r IN SELECT * FROM population_rules.rule g WHERE g.tbl OPERATOR(pg_catalog.=) distribute_table.tbl
	         ORDER BY g.rule_id LOOP
		PERFORM population_rules._check_layout(tbl, r.kind,
			(SELECT a.attname FROM pg_catalog.pg_attribute a
			  WHERE a.attrelid OPERATOR(pg_catalog.=) tbl AND a.attnum OPERATOR(pg_catalog.=) r.attnums[1]),
			'h', distribution_column,
			(SELECT a.attname FROM pg_catalog.pg_attribute a
			  WHERE r.kind OPERATOR(pg_catalog.=) 'unique_id' AND a.attrelid OPERATOR(pg_catalog.=) tbl
			    AND a.attnum OPERATOR(pg_catalog.=) r.attnums[2]));
	END LOOP;
	-- (and one connection per node for the rest of the transaction: the
	-- rows create_distributed_table copies into the shards are then
	-- visible to the writes of node_rule below, whose trigger counts them
	-- on each node)
	PERFORM population_rules._citus_prepare();
	-- The rules' triggers go first: create_distributed_table copies the
	-- rows into the shards, which must not fire triggers whose rule has
	-- not reached the workers yet.  Then, as attach does, the triggers
	-- again (now on every shard), and the registry rows on every node,
	-- where each node counts the households of the shards it holds.
	FOR r IN SELECT * FROM population_rules.rule g WHERE g.tbl OPERATOR(pg_catalog.=) distribute_table.tbl LOOP
		PERFORM population_rules._drop_triggers(r.rule_id);
	END LOOP;
	PERFORM pg_catalog.create_distributed_table(tbl, distribution_column::text,
		colocate_with => colocate_with);
	FOR r IN SELECT * FROM population_rules.rule g WHERE g.tbl OPERATOR(pg_catalog.=) distribute_table.tbl LOOP
		PERFORM population_rules._create_triggers(r.rule_id);
		PERFORM population_rules._sync_nodes(r.rule_id, true);
	END LOOP;
	-- the coordinator's counters and keys of the local table are no longer
	-- read (each node keeps its shards')
	DELETE FROM population_rules.household_heads h USING population_rules.rule g
	 WHERE g.tbl OPERATOR(pg_catalog.=) distribute_table.tbl AND h.rule_id OPERATOR(pg_catalog.=) g.rule_id;
	DELETE FROM population_rules.id_keys k USING population_rules.rule g
	 WHERE g.tbl OPERATOR(pg_catalog.=) distribute_table.tbl AND k.rule_id OPERATOR(pg_catalog.=) g.rule_id;
	PERFORM population_rules._invalidate(tbl);
END
$$;
COMMENT ON FUNCTION population_rules.distribute_table(regclass, name, text) IS
  'Distribute a table with Citus (create_distributed_table) keeping its rules: refused when a rule would be wrong on that layout.';

REVOKE ALL ON FUNCTION population_rules._citus_layout(regclass),
	population_rules._check_layout(regclass, text, name, text, name, name),
	population_rules._citus_triggers(regclass, text), population_rules._citus_prepare(),
	population_rules._sync_nodes(integer, boolean), population_rules._on_node_rule(),
	population_rules._placement_rule(integer, text, regclass, bigint),
	population_rules._placement_counts(integer, regclass, bigint),
	population_rules._placement_keys(integer, regclass, bigint), population_rules._node_rule_placement(),
	population_rules._node_rule_of_table(integer, regclass), population_rules._node_rule_table(name, name),
	population_rules._truncate_on_nodes(integer),
	population_rules._local_shard(regclass, bigint), population_rules._local_placements(regclass),
	population_rules._rule_triggers(integer, regclass), population_rules._citus_local_ddl(text),
	population_rules._on_reference_placement() FROM PUBLIC;

CREATE OR REPLACE FUNCTION population_rules._on_ddl_end() RETURNS event_trigger
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rid integer;
	cmd record;
	gr population_rules.rule;
	attached regclass;
	retyped integer[];
	rebuild boolean := false;
	typ text;
	typid oid;
	types text[];
BEGIN
	UPDATE population_rules.rule g SET colnames = population_rules._colnames(g.tbl, g.attnums)
	 WHERE g.tbl IN (SELECT c.objid FROM pg_event_trigger_ddl_commands() c
	                  WHERE c.classid = 'pg_class'::regclass)
	   AND g.colnames IS DISTINCT FROM population_rules._colnames(g.tbl, g.attnums);
	-- the names reach the workers' copy of the rules (node_rule), which
	-- the triggers on the shards read columns by
	-- (a worker's registry is empty: nothing to do there)
	FOR rid IN SELECT g.rule_id FROM population_rules.rule g
	            WHERE g.tbl IN (SELECT c.objid FROM pg_event_trigger_ddl_commands() c
	                             WHERE c.classid = 'pg_class'::regclass)
	              AND (population_rules._citus_layout(g.tbl)).method IS NOT NULL LOOP
		PERFORM population_rules._sync_nodes(rid, false);
	END LOOP;
	-- A guarded plain table attached as a partition (ALTER TABLE parent
	-- ATTACH PARTITION it): rows routed through the parent would not reach
	-- its statement triggers, so its rules get row triggers instead.
	FOR rid IN SELECT g.rule_id FROM population_rules.rule g
	             JOIN pg_class c ON c.oid = g.tbl
	            WHERE c.relispartition AND g.kind IN ('unique_id', 'household_head')
	              AND EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = g.tbl
	                           AND t.tgname = g.rule_name || ' update')
	LOOP
		PERFORM population_rules._drop_triggers(rid);
		PERFORM population_rules._create_triggers(rid);
		PERFORM population_rules._invalidate((SELECT g.tbl FROM population_rules.rule g WHERE g.rule_id = rid));
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
		attached := population_rules._attached_partition(cmd.command);
		FOR gr IN SELECT * FROM population_rules.rule g
		           WHERE g.tbl = cmd.objid
		              OR g.tbl IN (SELECT t.relid FROM pg_partition_tree(cmd.objid) t
		                           WHERE attached IS NULL OR t.relid <> attached)
		              OR (attached IS NOT NULL
		                  AND g.tbl IN (SELECT t.relid FROM pg_partition_ancestors(cmd.objid) t))
		           ORDER BY g.rule_id LOOP
			retyped := population_rules._retyped_columns(cmd.command, gr.tbl);
			FOR i IN 1..cardinality(gr.attnums) LOOP
				CONTINUE WHEN NOT gr.attnums[i] = ANY (retyped);
				SELECT format_type(a.atttypid, NULL), a.atttypid INTO typ, typid FROM pg_attribute a
				 WHERE a.attrelid = gr.tbl AND a.attnum = gr.attnums[i];
				types := population_rules._column_types(gr.kind, i);
				IF NOT population_rules._type_fits(types, typid) THEN
					RAISE EXCEPTION USING
						MESSAGE = format(population_rules.gettext('cannot alter type of column "%s" because rule "%s" uses it'), gr.colnames[i], gr.rule_name),
						ERRCODE = 'dependent_objects_still_exist',
						DETAIL = format(population_rules.gettext('The rule reads column "%s" of table %s and cannot read type %s.'),
								gr.colnames[i], gr.tbl, typ),
						HINT = format(population_rules.gettext('Accepted types: %s. Or detach the rule first with population_rules.detach_rule().'),
								coalesce(array_to_string(types, ', '), population_rules.gettext('the built-in ones')));
				END IF;
				rebuild := true;
			END LOOP;
			IF gr.kind = 'household_head' AND gr.attnums[2] = ANY (retyped) THEN
				UPDATE population_rules.rule r
				   SET options = r.options || jsonb_build_object('head_is_bool',
				       (SELECT a.atttypid = 'boolean'::regtype FROM pg_attribute a
				         WHERE a.attrelid = gr.tbl AND a.attnum = gr.attnums[2]))
				 WHERE r.rule_id = gr.rule_id;
			END IF;
			IF gr.kind <> 'names' AND rebuild THEN
				EXECUTE format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', gr.tbl);
				PERFORM population_rules._populate(gr.rule_id);
			ELSIF gr.kind <> 'names' AND attached IS NOT NULL
			      AND (gr.tbl = cmd.objid
			           OR gr.tbl IN (SELECT t.relid FROM pg_partition_ancestors(cmd.objid) t)) THEN
				PERFORM population_rules._add_rows(gr.rule_id, attached);
			END IF;
			PERFORM population_rules._invalidate(gr.tbl);
			rebuild := false;
		END LOOP;
	END LOOP;
END
$$;
COMMENT ON FUNCTION population_rules._on_ddl_end() IS
  'Event trigger: keep the registry''s column names in step with renames; give rules of a table attached as a partition row triggers; after ALTER COLUMN ... TYPE of a rule''s column (refused for a type the rule cannot read) rebuild the rule''s derived table; after ATTACH PARTITION, add the partition''s rows to it.';

CREATE OR REPLACE FUNCTION population_rules.views_duplicate_threshold() RETURNS numeric
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT coalesce(CASE WHEN pg_catalog.current_setting('population_rules.duplicate_threshold', true) OPERATOR(pg_catalog.<>) ''
                         THEN pg_catalog.current_setting('population_rules.duplicate_threshold', true)::pg_catalog.numeric END,
                    0.5)
$$;
COMMENT ON FUNCTION population_rules.views_duplicate_threshold() IS
    'The match probability (score) a candidate pair of duplicate_persons needs to count as one person: setting population_rules.duplicate_threshold, default 0.5';

-- population_rules install script, piece 50: the duplicate search as a
-- Fellegi-Sunter model, learned in the database, with its explanations.
--
-- A candidate pair (from the blocks of duplicate_blocks) is compared field
-- by field; each comparison gives a level (name: exact, toneless,
-- accent-free, phonetic, close, different; birth date: exact, day-month
-- swap, one digit off, partial, same month, same year, different; ...), and "missing"
-- when either side is NULL.  Each level has m (how often one person
-- recorded twice shows it) and u (how often two persons taken at random
-- do); its weight is log2(m/u).  The score of a pair is the match
-- probability from the sum of the weights and the prior log-odds
-- log2(lambda/(1-lambda)), lambda = 2 rho/(N-1) the chance that two persons
-- taken at random are one, rho the share of duplicates per person and N
-- the persons searched: so a probability means about the same at any size.
-- For an exact, toneless or accent-free name, u is the name's own
-- frequency (term frequency): a common name is weak evidence; likewise for
-- an equal birth date (exact, or partial when only the year is known), u is
-- the share of persons born on that date, and for a year-only date against
-- a fuller one of that year the share born that year.
--
-- The model lives in the analyst's table <schema>.duplicate_model, made by
-- generate_views from duplicate_model_defaults and never dropped;
-- estimate_duplicate_model re-estimates it: u from random pairs of persons,
-- m and rho by expectation-maximisation over the candidate pairs, with the
-- reviewers' decisions as labels.  duplicate_pair_evidence shows every
-- pair's waterfall.  The comparisons are rules of view_rules, written once
-- and spliced into the views and into the estimation.

-- The one comparison in C (src/duplicate_compare.c).
CREATE FUNCTION population_rules.duplicate_token_distance(a text, b text) RETURNS integer
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'duplicate_token_distance';
COMMENT ON FUNCTION population_rules.duplicate_token_distance(text, text) IS
    'How far apart two names are: the sum of the edit distances (in characters) of the space-separated tokens at the same position, a token without a partner counting its length; tokens over 64 characters compare whole; NULL when a name is over 1000 bytes. The duplicate comparison name calls it on accent-free keys (level close: 1 or 2)';

-- The priors: what a new duplicate_model starts from, and what the
-- estimation shrinks towards when a level is seldom seen.
CREATE TABLE population_rules.duplicate_model_defaults (
    comparison text NOT NULL,
    level text NOT NULL,
    comparison_position integer NOT NULL,
    level_position integer NOT NULL,
    m double precision NOT NULL CHECK (m > 0 AND m <= 1),
    u double precision NOT NULL CHECK (u > 0 AND u <= 1),
    term_frequency boolean NOT NULL DEFAULT false,
    fixed boolean NOT NULL DEFAULT false,
    description text NOT NULL,
    PRIMARY KEY (comparison, level)
);
COMMENT ON TABLE population_rules.duplicate_model_defaults IS
    'The priors of the duplicate model: the rows generate_views copies into a new <schema>.duplicate_model, and the values estimate_duplicate_model shrinks a seldom-seen level towards';
COMMENT ON COLUMN population_rules.duplicate_model_defaults.comparison IS 'The comparison: name, birth_date, sex, birth_province, household, commune, personal_id, legacy_id, father_name, mother_name, origin_place (the last three where mapped), or prior';
COMMENT ON COLUMN population_rules.duplicate_model_defaults.level IS 'The level of the comparison (missing: either side NULL, weight 0)';
COMMENT ON COLUMN population_rules.duplicate_model_defaults.comparison_position IS 'Order of the comparison in the evidence (0 = the prior)';
COMMENT ON COLUMN population_rules.duplicate_model_defaults.level_position IS 'Order of the level within its comparison, most telling first';
COMMENT ON COLUMN population_rules.duplicate_model_defaults.m IS 'Share of pairs that are one person showing this level; for the prior, the share of duplicate records per person (rho)';
COMMENT ON COLUMN population_rules.duplicate_model_defaults.u IS 'Share of random pairs of persons showing this level; 1 for the prior';
COMMENT ON COLUMN population_rules.duplicate_model_defaults.term_frequency IS 'Whether u is replaced by the frequency of the compared value (the share of the persons with that name, or born on that date) when that is known';
COMMENT ON COLUMN population_rules.duplicate_model_defaults.fixed IS 'Whether estimate_duplicate_model leaves the row as it is';
COMMENT ON COLUMN population_rules.duplicate_model_defaults.description IS 'What the level means';
GRANT SELECT ON population_rules.duplicate_model_defaults TO PUBLIC;
INSERT INTO population_rules.duplicate_model_defaults
    (comparison, comparison_position, level, level_position, m, u, term_frequency, fixed, description) VALUES
('prior', 0, 'duplicates per person', 1, 0.02, 1, false, false,
 'rho: duplicate records per person; the prior probability of a pair is lambda = 2 rho / (N - 1) for N persons'),
('name', 1, 'exact', 1, 0.80, 0.0005, true, false, 'The same name in canonical form (NFC, upper case) after legacy repair'),
('name', 1, 'toneless', 2, 0.05, 0.00005, true, false, 'The same name but for the tone marks'),
('name', 1, 'accent-free', 3, 0.10, 0.0001, true, false, 'The same name without any diacritics'),
('name', 1, 'phonetic', 4, 0.03, 0.0002, false, false, 'The same phonetic key (dialect spellings, i/y)'),
('name', 1, 'close', 5, 0.015, 0.002, false, false, 'Accent-free names one or two character edits apart (duplicate_token_distance)'),
('name', 1, 'different', 6, 0.005, 0.9973, false, false, 'Other names'),
('name', 1, 'missing', 7, 1, 1, false, true, 'A name is NULL or blank: no evidence'),
('birth_date', 2, 'exact', 1, 0.895, 0.000035, true, false, 'The same birth date, both known to the day'),
('birth_date', 2, 'day-month swap', 2, 0.03, 0.00002, false, false, 'Day and month swapped, same year'),
('birth_date', 2, 'one digit off', 3, 0.02, 0.0005, false, false, 'YYYYMMDD differs in one digit'),
('birth_date', 2, 'partial', 4, 0.03, 0.001, true, false, 'Agreeing as far as both are known, one of them known only to the year or month (the year when one has only the year; u is then the share of persons born that year, or born that day when the dates are equal)'),
('birth_date', 2, 'same month', 5, 0.005, 0.001, false, true, 'The same year and month, other days, both known to the day; fixed: such pairs are namesakes far more often than one person with a mistyped day (a mistyped digit is one digit off), and EM, which cannot tell namesakes from duplicates, would take them for duplicates'),
('birth_date', 2, 'same year', 6, 0.015, 0.012, false, true, 'The same year, other months (or a month against a day of another month); fixed: the name, year and province block brings many namesakes, which EM would take for duplicates'),
('birth_date', 2, 'different', 7, 0.005, 0.986445, false, false, 'Other years'),
('birth_date', 2, 'missing', 8, 1, 1, false, true, 'A birth date is NULL: no evidence'),
('sex', 3, 'same', 1, 0.98, 0.5, false, false, 'The same sex'),
('sex', 3, 'different', 2, 0.02, 0.5, false, false, 'Other sexes'),
('sex', 3, 'missing', 3, 1, 1, false, true, 'A sex is NULL: no evidence'),
('birth_province', 4, 'same', 1, 0.999, 0.02, false, true, 'The same province of birth registration (fixed: one person has one; EM cannot tell it from namesakes)'),
('birth_province', 4, 'different', 2, 0.001, 0.98, false, true, 'Other provinces of birth registration (fixed)'),
('birth_province', 4, 'missing', 3, 1, 1, false, true, 'A birth province is NULL: no evidence'),
('household', 5, 'same', 1, 0.05, 0.00003, false, false, 'The same household'),
('household', 5, 'different', 2, 0.95, 0.99997, false, false, 'Other households'),
('household', 5, 'missing', 3, 1, 1, false, true, 'A household is NULL: no evidence'),
('commune', 6, 'same', 1, 0.20, 0.006, false, false, 'The same commune of residence (u: among pairs of one birth province, as for every level of commune)'),
('commune', 6, 'same province', 2, 0.30, 0.70, false, false, 'Other communes of one province, two persons of one birth province (u among such pairs: most persons live in the province where their birth was registered, so this is little evidence beyond birth_province)'),
('commune', 6, 'different', 3, 0.50, 0.294, false, false, 'Communes of other provinces, two persons of one birth province (u among such pairs)'),
('commune', 6, 'missing', 4, 1, 1, false, true, 'A commune is NULL, or other communes of persons of other (or unknown) birth provinces: no evidence beyond birth_province'),
('personal_id', 7, 'same', 1, 0.05, 0.000001, false, false, 'The same 12-digit id'),
('personal_id', 7, 'one digit off', 2, 0.05, 0.00006, false, false, 'Ids one digit apart; two 12-digit ids are compared only under one prefix (digits 1-6 repeat the birth province, sex and birth year, compared already: not counted twice), so this is their serials one digit apart (u among pairs of one prefix: about 54 in a million for random serials)'),
('personal_id', 7, 'different', 3, 0.90, 0.999899, false, false, 'Other ids (12-digit ids: other serials under one prefix)'),
('personal_id', 7, 'missing', 4, 1, 1, false, true, 'An id is NULL, or two 12-digit ids have other prefixes: no evidence beyond birth province, sex and birth date'),
('legacy_id', 8, 'same', 1, 0.05, 0.000001, false, false, 'The same 9-digit legacy id'),
('legacy_id', 8, 'one digit off', 2, 0.05, 0.0001, false, false, 'Legacy ids one digit apart'),
('legacy_id', 8, 'different', 3, 0.90, 0.999899, false, false, 'Other legacy ids'),
('legacy_id', 8, 'missing', 4, 1, 1, false, true, 'A legacy id is NULL: no evidence'),
('father_name', 9, 'same', 1, 0.95, 0.002, false, false, 'The same father''s name (accent-free key after legacy repair); only where the DBA maps father_name'),
('father_name', 9, 'different', 2, 0.05, 0.998, false, false, 'Other fathers'' names'),
('father_name', 9, 'missing', 3, 1, 1, false, true, 'A father''s name is NULL, blank or not mapped: no evidence'),
('mother_name', 10, 'same', 1, 0.95, 0.002, false, false, 'The same mother''s name (accent-free key after legacy repair); only where the DBA maps mother_name'),
('mother_name', 10, 'different', 2, 0.05, 0.998, false, false, 'Other mothers'' names'),
('mother_name', 10, 'missing', 3, 1, 1, false, true, 'A mother''s name is NULL, blank or not mapped: no evidence'),
('origin_place', 11, 'same', 1, 0.90, 0.03, false, false, 'The same place of origin (quê quán, accent-free key); only where the DBA maps origin_place'),
('origin_place', 11, 'different', 2, 0.10, 0.97, false, false, 'Other places of origin'),
('origin_place', 11, 'missing', 3, 1, 1, false, true, 'A place of origin is NULL, blank or not mapped: no evidence');

-- The comparisons, as rules (view_rules, piece 46): a and b are rows of
-- duplicate_compared, the fields of two persons.
INSERT INTO population_rules.view_rules VALUES
('duplicate_compared',
 $r$SELECT p.person_key, p.full_name, population_rules.vn_upper(population_rules.vn_normalize(n.name)) AS name_exact,
           population_rules.vn_key_toneless(n.name) AS name_toneless, population_rules.vn_key_unaccent(n.name) AS name_unaccent,
           population_rules.vn_key_phonetic(n.name) AS name_phonetic,
           p.birth_date, coalesce(p.birth_date_precision, 'day') AS birth_date_precision, nullif(p.sex_code, '?') AS sex, p.birth_province,
           p.household_id::text AS household, p.commune_code, cu.province_id_code AS commune_province,
           p.personal_id, p.legacy_id, p.father_name, p.mother_name, p.origin_place,
           population_rules.vn_key_unaccent(population_rules.vn_repair_legacy(p.father_name)) AS father_key,
           population_rules.vn_key_unaccent(population_rules.vn_repair_legacy(p.mother_name)) AS mother_key,
           population_rules.vn_key_unaccent(population_rules.vn_repair_legacy(p.origin_place)) AS origin_key
      FROM %1$I.person_source p
     CROSS JOIN LATERAL (SELECT population_rules.vn_repair_legacy(p.full_name) AS name) n
      LEFT JOIN population_rules.pre2025_units cu ON cu.commune_code = p.commune_code$r$,
 'Relation: what the duplicate comparisons read of every person: the name''s canonical, toneless, accent-free and phonetic keys (after legacy repair), birth date and its precision, sex, birth province, household, commune and its province, ids, and the optional fields father_name, mother_name and origin_place with their accent-free keys after legacy repair'),
('duplicate_level_name',
 $r$CASE WHEN coalesce(a.name_unaccent, '') = '' OR coalesce(b.name_unaccent, '') = '' THEN 'missing'
            WHEN a.name_exact = b.name_exact THEN 'exact'
            WHEN a.name_toneless = b.name_toneless THEN 'toneless'
            WHEN a.name_unaccent = b.name_unaccent THEN 'accent-free'
            WHEN a.name_phonetic = b.name_phonetic THEN 'phonetic'
            WHEN population_rules.duplicate_token_distance(a.name_unaccent, b.name_unaccent) <= 2 THEN 'close'
            ELSE 'different' END$r$,
 'The level of the comparison name of two persons (a, b of duplicate_compared)'),
('duplicate_level_birth_date',
 $r$CASE WHEN a.birth_date IS NULL OR b.birth_date IS NULL OR NOT isfinite(a.birth_date) OR NOT isfinite(b.birth_date) THEN 'missing'
            WHEN a.birth_date = b.birth_date AND a.birth_date_precision = 'day' AND b.birth_date_precision = 'day' THEN 'exact'
            WHEN a.birth_date_precision = 'day' AND b.birth_date_precision = 'day'
                 AND extract(year FROM a.birth_date) = extract(year FROM b.birth_date)
                 AND extract(month FROM a.birth_date) = extract(day FROM b.birth_date)
                 AND extract(day FROM a.birth_date) = extract(month FROM b.birth_date) THEN 'day-month swap'
            -- past the last timestamp (year 294276) PostgreSQL writes no
            -- YYYYMMDD and truncates no date: the years alone are compared
            WHEN greatest(a.birth_date, b.birth_date) > '294276-12-31'::date
            THEN CASE WHEN extract(year FROM a.birth_date) = extract(year FROM b.birth_date) THEN 'same year'
                      ELSE 'different' END
            WHEN a.birth_date_precision = 'day' AND b.birth_date_precision = 'day'
                 AND population_rules.duplicate_token_distance(to_char(a.birth_date, 'YYYYMMDD'), to_char(b.birth_date, 'YYYYMMDD')) = 1
            THEN 'one digit off'
            WHEN date_trunc(CASE WHEN 'year' IN (a.birth_date_precision, b.birth_date_precision) THEN 'year' ELSE 'month' END,
                            a.birth_date)
                 = date_trunc(CASE WHEN 'year' IN (a.birth_date_precision, b.birth_date_precision) THEN 'year' ELSE 'month' END,
                              b.birth_date)
            THEN CASE WHEN a.birth_date_precision = 'day' AND b.birth_date_precision = 'day' THEN 'same month'
                      ELSE 'partial' END
            WHEN extract(year FROM a.birth_date) = extract(year FROM b.birth_date) THEN 'same year'
            ELSE 'different' END$r$,
 'The level of the comparison birth_date of two persons (a, b of duplicate_compared)'),
('duplicate_level_sex',
 $r$CASE WHEN a.sex IS NULL OR b.sex IS NULL THEN 'missing' WHEN a.sex = b.sex THEN 'same' ELSE 'different' END$r$,
 'The level of the comparison sex of two persons (a, b of duplicate_compared)'),
('duplicate_level_birth_province',
 $r$CASE WHEN a.birth_province IS NULL OR b.birth_province IS NULL THEN 'missing'
            WHEN a.birth_province = b.birth_province THEN 'same' ELSE 'different' END$r$,
 'The level of the comparison birth_province of two persons (a, b of duplicate_compared)'),
('duplicate_level_household',
 $r$CASE WHEN a.household IS NULL OR b.household IS NULL THEN 'missing'
            WHEN a.household = b.household THEN 'same' ELSE 'different' END$r$,
 'The level of the comparison household of two persons (a, b of duplicate_compared)'),
('duplicate_level_commune',
 $r$CASE WHEN a.commune_code IS NULL OR b.commune_code IS NULL THEN 'missing'
            WHEN a.commune_code = b.commune_code THEN 'same'
            -- where one lives depends on where one's birth was registered:
            -- other communes are compared only within one birth province
            WHEN a.birth_province IS NULL OR b.birth_province IS NULL OR a.birth_province <> b.birth_province
            THEN 'missing'
            WHEN a.commune_province = b.commune_province THEN 'same province' ELSE 'different' END$r$,
 'The level of the comparison commune of two persons (a, b of duplicate_compared): same commune; else, for two persons of one birth province, same province or different; else missing'),
('duplicate_level_personal_id',
 $r$CASE WHEN a.personal_id IS NULL OR b.personal_id IS NULL THEN 'missing'
            WHEN a.personal_id = b.personal_id THEN 'same'
            -- digits 1-6 of a 12-digit id repeat the birth province, sex
            -- and birth year, compared already: 12-digit ids are compared
            -- within one prefix (u among such pairs), on the serial
            WHEN length(a.personal_id) = 12 AND length(b.personal_id) = 12
            THEN CASE WHEN left(a.personal_id, 6) <> left(b.personal_id, 6) THEN 'missing'
                      WHEN population_rules.duplicate_token_distance(a.personal_id, b.personal_id) = 1 THEN 'one digit off'
                      ELSE 'different' END
            WHEN length(a.personal_id) = length(b.personal_id)
                 AND population_rules.duplicate_token_distance(a.personal_id, b.personal_id) = 1 THEN 'one digit off'
            ELSE 'different' END$r$,
 'The level of the comparison personal_id of two persons (a, b of duplicate_compared): same id; else, for two 12-digit ids, missing under other prefixes (digits 1-6: birth province, sex and year, compared already), else serials one digit apart or different; else ids one digit apart or different'),
('duplicate_level_legacy_id',
 $r$CASE WHEN a.legacy_id IS NULL OR b.legacy_id IS NULL THEN 'missing'
            WHEN a.legacy_id = b.legacy_id THEN 'same'
            WHEN length(a.legacy_id) = length(b.legacy_id)
                 AND population_rules.duplicate_token_distance(a.legacy_id, b.legacy_id) = 1 THEN 'one digit off'
            ELSE 'different' END$r$,
 'The level of the comparison legacy_id of two persons (a, b of duplicate_compared)'),
('duplicate_level_father_name',
 $r$CASE WHEN coalesce(a.father_key, '') = '' OR coalesce(b.father_key, '') = '' THEN 'missing'
            WHEN a.father_key = b.father_key THEN 'same' ELSE 'different' END$r$,
 'The level of the comparison father_name of two persons (a, b of duplicate_compared): the accent-free keys after legacy repair equal, or not; missing where either is NULL or blank (and where the column is not mapped)'),
('duplicate_level_mother_name',
 $r$CASE WHEN coalesce(a.mother_key, '') = '' OR coalesce(b.mother_key, '') = '' THEN 'missing'
            WHEN a.mother_key = b.mother_key THEN 'same' ELSE 'different' END$r$,
 'The level of the comparison mother_name of two persons (a, b of duplicate_compared): the accent-free keys after legacy repair equal, or not; missing where either is NULL or blank (and where the column is not mapped)'),
('duplicate_level_origin_place',
 $r$CASE WHEN coalesce(a.origin_key, '') = '' OR coalesce(b.origin_key, '') = '' THEN 'missing'
            WHEN a.origin_key = b.origin_key THEN 'same' ELSE 'different' END$r$,
 'The level of the comparison origin_place of two persons (a, b of duplicate_compared): the accent-free keys after legacy repair equal, or not; missing where either is NULL or blank (and where the column is not mapped)'),
('duplicate_pair_levels',
 $r$WITH found AS MATERIALIZED (
    -- The persons who share a block with someone, with how many persons
    -- have their name and sex, their birth date, birth year and birth
    -- province (the aggregate duplicate_blocks: one pass, name keys once
    -- per spelling, in-memory sorts), as one array.
    SELECT population_rules.duplicate_blocks(p.person_key::text, p.full_name, p.birth_date, p.birth_province,
                                        nullif(p.sex_code, '?'), p.personal_id) AS blocks
      FROM %1$I.person_source p
     WHERE p.full_name IS NOT NULL AND p.birth_date IS NOT NULL
       -- 'infinity' is no birth date, and has no year
       AND isfinite(p.birth_date)
), pairs AS MATERIALIZED (
    -- The candidate pairs: two persons sharing a block of one of the eight
    -- passes, each pair once whichever passes found it, in both orders
    -- (the order of the key's own type is taken below), with the
    -- frequencies of both persons' blocks.
    SELECT x.* FROM population_rules.duplicate_block_pairs((SELECT f.blocks FROM found f)) x
), cmp AS MATERIALIZED (
    -- The compared fields of the persons in pairs (one pass).
    SELECT c.*, c.person_key::text AS key_text FROM {{duplicate_compared}} c
     WHERE c.person_key::text IN (SELECT p.ka FROM pairs p)
)
SELECT a.person_key, b.person_key AS other_person_key, a.personal_id, b.personal_id AS other_personal_id,
       a.full_name, b.full_name AS other_full_name, a.birth_date, b.birth_date AS other_birth_date,
       a.birth_province, b.birth_province AS other_birth_province, a.sex, b.sex AS other_sex,
       a.commune_code, b.commune_code AS other_commune_code,
       p.name_n, p.other_name_n, p.day_n, p.other_day_n, p.year_n, p.province_n, p.persons,
       greatest(p.name_n, p.other_name_n)::double precision / p.persons AS name_tf,
       CASE WHEN a.birth_date = b.birth_date
            THEN greatest(p.day_n, p.other_day_n)::double precision / p.persons
            -- a year-only date against a fuller one of that year: equal
            -- as far as both are known, the year, as often as that year
            WHEN 'year' IN (a.birth_date_precision, b.birth_date_precision)
                 AND extract(year FROM a.birth_date) = extract(year FROM b.birth_date)
            THEN p.year_n::double precision / p.persons END AS birth_date_tf,
       {{duplicate_level_name}} AS name_level, {{duplicate_level_birth_date}} AS birth_date_level,
       {{duplicate_level_sex}} AS sex_level, {{duplicate_level_birth_province}} AS birth_province_level,
       {{duplicate_level_household}} AS household_level, {{duplicate_level_commune}} AS commune_level,
       {{duplicate_level_personal_id}} AS personal_id_level, {{duplicate_level_legacy_id}} AS legacy_id_level,
       a.name_exact AS name_value, b.name_exact AS other_name_value, a.household, b.household AS other_household,
       a.legacy_id, b.legacy_id AS other_legacy_id,
       {{duplicate_level_father_name}} AS father_name_level, {{duplicate_level_mother_name}} AS mother_name_level,
       {{duplicate_level_origin_place}} AS origin_place_level, a.father_name, b.father_name AS other_father_name,
       a.mother_name, b.mother_name AS other_mother_name, a.origin_place, b.origin_place AS other_origin_place
  FROM pairs p
  JOIN cmp a ON a.key_text = p.ka
  JOIN cmp b ON b.key_text = p.kb
 WHERE a.person_key < b.person_key$r$,
 'Relation: the candidate pairs of the duplicate search (the blocks of eight passes, date_key being the birth date with day and month in either order: accent-free name key and date_key; phonetic key and date_key; name key, birth year and birth province; accent-free key of the name as stored and date_key; first and last token, birth province and date_key; last token, birth province and date_key; initials, birth province and date_key; name key and the personal id''s digits 1-6), with both persons'' fields, the frequencies of the name, birth date, year and province, the name''s and the birth date''s term frequency and the level of every comparison'),
('duplicate_lambda',
 $r$least(0.5, 2 * coalesce((SELECT md.m FROM %1$I.duplicate_model md
                              WHERE md.comparison = 'prior' AND md.level = 'duplicates per person'), 0.02)
                / greatest(lv.persons - 1, 1)::double precision)$r$,
 'The prior probability that a candidate pair (lv) is one person: lambda = 2 rho / (N - 1), rho from duplicate_model, N the persons searched'),
('duplicate_pair_weights',
 $r$SELECT lv.person_key, lv.other_person_key, s.step, s.comparison, s.level, s.value, s.other_value,
           coalesce(md.m, 1) AS m,
           CASE WHEN md.term_frequency AND s.tf IS NOT NULL THEN s.tf ELSE coalesce(md.u, 1) END AS u,
           CASE WHEN md.term_frequency AND s.tf IS NOT NULL THEN s.tf END AS term_frequency, lv.persons
      FROM lv
     CROSS JOIN LATERAL (VALUES
           (1, 'name', lv.name_level, lv.name_value, lv.other_name_value, lv.name_tf),
           (2, 'birth_date', lv.birth_date_level, lv.birth_date::text, lv.other_birth_date::text, lv.birth_date_tf),
           (3, 'sex', lv.sex_level, lv.sex, lv.other_sex, NULL),
           (4, 'birth_province', lv.birth_province_level, lv.birth_province, lv.other_birth_province, NULL),
           (5, 'household', lv.household_level, lv.household, lv.other_household, NULL),
           (6, 'commune', lv.commune_level, lv.commune_code, lv.other_commune_code, NULL),
           (7, 'personal_id', lv.personal_id_level, lv.personal_id, lv.other_personal_id, NULL),
           (8, 'legacy_id', lv.legacy_id_level, lv.legacy_id, lv.other_legacy_id, NULL::double precision),
           (9, 'father_name', lv.father_name_level, lv.father_name, lv.other_father_name, NULL),
           (10, 'mother_name', lv.mother_name_level, lv.mother_name, lv.other_mother_name, NULL),
           (11, 'origin_place', lv.origin_place_level, lv.origin_place, lv.other_origin_place, NULL))
           s (step, comparison, level, value, other_value, tf)
      LEFT JOIN %1$I.duplicate_model md ON md.comparison = s.comparison AND md.level = s.level$r$,
 'Relation: per candidate pair (lv) and comparison, its level, the compared values, m and u of duplicate_model (u the term frequency where the level uses it; a level missing from the model counts m = u = 1)');

-- The SRF the blocks come out of: unnest under another name, so the
-- planner is told how many rows to expect (unnest of a sub-select is
-- estimated at 10 rows, which leads it into nested loops over the persons).
CREATE FUNCTION population_rules.duplicate_block_rows(blocks population_rules.duplicate_block[])
RETURNS SETOF population_rules.duplicate_block
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE ROWS 2000
SET search_path = pg_catalog, pg_temp
AS $$ SELECT * FROM unnest(blocks) $$;
COMMENT ON FUNCTION population_rules.duplicate_block_rows(population_rules.duplicate_block[]) IS
    'The elements of a duplicate_blocks result as rows; declared ROWS 2000 (and not inlined, having a SET clause) so that the planner joins the persons by hash, not by nested loops';

CREATE FUNCTION population_rules.duplicate_block_pairs(blocks population_rules.duplicate_block[])
RETURNS TABLE (ka text, kb text, name_n bigint, other_name_n bigint, day_n bigint, other_day_n bigint,
               year_n bigint, province_n bigint, persons bigint)
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 4000
AS 'MODULE_PATHNAME', 'duplicate_block_pairs';
COMMENT ON FUNCTION population_rules.duplicate_block_pairs(population_rules.duplicate_block[]) IS
    'The candidate pairs of a duplicate_blocks result: the text keys of every two persons sharing a block number (block_ids), each pair once in each order, with the first person''s frequencies (name and sex, birth date, birth year, birth province, persons read) and the other''s name and birth-date frequencies; in C (the rows of SELECT DISTINCT over a join of the blocks'' two unnests, found by sorting: about twice as fast at a million persons); declared ROWS 4000 so that the planner starts the duplicate views from the pairs, not from a join of the persons, and the pairs carry what the score needs so that no join of the blocks inflates the estimates (a plan estimated above jit_above_cost spends seconds compiling)';

CREATE FUNCTION population_rules.duplicate_group_rows(members population_rules.duplicate_group_member[])
RETURNS SETOF population_rules.duplicate_group_member
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE ROWS 2000
SET search_path = pg_catalog, pg_temp
AS $$ SELECT * FROM unnest(members) $$;
COMMENT ON FUNCTION population_rules.duplicate_group_rows(population_rules.duplicate_group_member[]) IS
    'The elements of a duplicate_groups result as rows; declared ROWS 2000 (and not inlined, having a SET clause) so that the planner joins them by hash';

-- The explanation: every pair's waterfall.
INSERT INTO population_rules.view_catalog (position, view_name, criterion, needs, description, definition) VALUES
(31, 'duplicate_pair_evidence', NULL, '{person.full_name,person.birth_date,person.birth_province}',
 'Case 2, explained: for every candidate pair of duplicate_person_pairs, the prior (step 0: lambda = 2 rho / (N - 1), its log-odds as weight) and one row per comparison (steps 1-8: name, birth_date, sex, birth_province, household, commune, personal_id, legacy_id) with its level, the compared values, m and u of duplicate_model (u the frequency of the name or birth date where the level uses term frequency), weight = log2(m/u), and the running total of the weights; persons is N; probability is the pair''s match probability 1 / (1 + 2^-total of the last step), the score of duplicate_person_pairs',
 $v$WITH lv AS MATERIALIZED {{duplicate_pair_levels}},
w AS (
    SELECT lv.person_key, lv.other_person_key, 0 AS step, 'prior'::text AS comparison,
           'duplicates per person'::text AS level, NULL::text AS value, NULL::text AS other_value,
           {{duplicate_lambda}} AS m, 1 - {{duplicate_lambda}} AS u, NULL::double precision AS term_frequency, lv.persons
      FROM lv
    UNION ALL
    SELECT x.* FROM {{duplicate_pair_weights}} x
), r AS (
    SELECT w.*, ln(w.m / w.u) / ln(2::double precision) AS weight FROM w
), t AS (
    SELECT r.*, sum(r.weight) OVER (PARTITION BY r.person_key, r.other_person_key ORDER BY r.step) AS total,
           sum(r.weight) OVER (PARTITION BY r.person_key, r.other_person_key) AS pair_total
      FROM r
)
SELECT t.person_key, t.other_person_key, t.step, t.comparison, t.level, t.value, t.other_value, t.m, t.u,
       t.term_frequency, t.weight, t.total, t.persons,
       1 / (1 + power(2::double precision, -greatest(-1000, least(1000, t.pair_total)))) AS probability
  FROM t$v$);

-- The analyst's model table, made beside the views when the duplicate
-- views can be made; kept on regeneration, completed with the levels a new
-- version adds.  Runs with the caller's rights: the caller owns it.
CREATE FUNCTION population_rules._duplicate_model_table(target_schema name, ds name) RETURNS boolean
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    made boolean := false;
BEGIN
    IF cardinality(population_rules._view_missing((SELECT vc.needs FROM population_rules.view_catalog vc
                                               WHERE vc.view_name = 'duplicate_person_pairs'), ds)) > 0 THEN
        RETURN false;
    END IF;
    IF to_regclass(format('%I.duplicate_model', target_schema)) IS NULL THEN
        EXECUTE format($t$
            CREATE TABLE %I.duplicate_model (
                comparison text NOT NULL,
                level text NOT NULL,
                comparison_position integer NOT NULL,
                level_position integer NOT NULL,
                m double precision NOT NULL CHECK (m > 0 AND m <= 1),
                u double precision NOT NULL CHECK (u > 0 AND u <= 1),
                weight double precision GENERATED ALWAYS AS (ln(m / u) / ln(2::double precision)) STORED,
                term_frequency boolean NOT NULL DEFAULT false,
                fixed boolean NOT NULL DEFAULT false,
                estimated_at timestamptz,
                description text,
                CONSTRAINT duplicate_model_pkey PRIMARY KEY (comparison, level)
            )$t$, target_schema);
        EXECUTE format($c$
            COMMENT ON TABLE %1$I.duplicate_model IS 'The duplicate model (Fellegi-Sunter) of the views of this schema: per comparison and level, m and u and the weight log2(m/u) that duplicate_person_pairs adds up; made by population_rules.generate_views from population_rules.duplicate_model_defaults, owned by its caller, never dropped by it; population_rules.estimate_duplicate_model re-estimates the rows not fixed. Edit m, u or fixed to override';
            COMMENT ON COLUMN %1$I.duplicate_model.comparison IS 'The comparison: name, birth_date, sex, birth_province, household, commune, personal_id, legacy_id, father_name, mother_name, origin_place (the last three where mapped), or prior';
            COMMENT ON COLUMN %1$I.duplicate_model.level IS 'The level of the comparison (missing: either side NULL, weight 0)';
            COMMENT ON COLUMN %1$I.duplicate_model.comparison_position IS 'Order of the comparison in the evidence (0 = the prior)';
            COMMENT ON COLUMN %1$I.duplicate_model.level_position IS 'Order of the level within its comparison, most telling first';
            COMMENT ON COLUMN %1$I.duplicate_model.m IS 'Share of pairs that are one person showing this level; for the prior, rho, the duplicate records per person';
            COMMENT ON COLUMN %1$I.duplicate_model.u IS 'Share of random pairs of persons showing this level; 1 for the prior';
            COMMENT ON COLUMN %1$I.duplicate_model.weight IS 'log2(m / u): the evidence of the level in bits (for the prior, log2(rho))';
            COMMENT ON COLUMN %1$I.duplicate_model.term_frequency IS 'Whether u is replaced by the frequency of the compared value (the share of the persons with that name, or born on that date) when known';
            COMMENT ON COLUMN %1$I.duplicate_model.fixed IS 'Whether population_rules.estimate_duplicate_model leaves the row as it is';
            COMMENT ON COLUMN %1$I.duplicate_model.estimated_at IS 'When population_rules.estimate_duplicate_model last set the row; NULL for a prior never estimated';
            COMMENT ON COLUMN %1$I.duplicate_model.description IS 'What the level means';
            COMMENT ON INDEX %1$I.duplicate_model_pkey IS 'One row per comparison and level'$c$, target_schema);
        made := true;
    END IF;
    -- Levels the table lacks (a new table, or one from an older version).
    EXECUTE format($i$
        INSERT INTO %I.duplicate_model AS t (comparison, level, comparison_position, level_position, m, u,
                                             term_frequency, fixed, description)
        SELECT d.comparison, d.level, d.comparison_position, d.level_position, d.m, d.u, d.term_frequency,
               d.fixed, d.description
          FROM population_rules.duplicate_model_defaults d
        ON CONFLICT (comparison, level) DO NOTHING$i$, target_schema);
    RETURN made;
END
$$;
COMMENT ON FUNCTION population_rules._duplicate_model_table(name, name) IS
    'Internal: make the analyst''s table duplicate_model in the schema of the views from duplicate_model_defaults when absent, and add the levels it lacks; true when made. Runs with the caller''s rights (called by generate_views)';

-- The rules of view_rules put into a text, as generate_views does: a rule
-- may name rules, two levels deep.
CREATE FUNCTION population_rules._view_rules_expand(q text, distributed boolean DEFAULT false) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r record;
BEGIN
    FOR i IN 1 .. 3 LOOP
        FOR r IN SELECT vr.rule_name, CASE WHEN distributed THEN coalesce(dt.definition, vr.rule_sql)
                                           ELSE vr.rule_sql END AS rule_sql
                   FROM population_rules.view_rules vr
                   LEFT JOIN population_rules.view_distributed_texts dt ON dt.text_key = 'rule:' || vr.rule_name
                  ORDER BY vr.rule_name LOOP
            q := replace(q, '{{' || r.rule_name || '}}', '(' || r.rule_sql || ')');
        END LOOP;
    END LOOP;
    RETURN q;
END
$$;
COMMENT ON FUNCTION population_rules._view_rules_expand(text, boolean) IS
    'Internal: a text with the rules it names ({{rule_name}}, view_rules) put in, as generate_views does; with distributed, the rules'' texts of view_distributed_texts';

-- Re-estimation (Fellegi-Sunter, as Splink does it): u from the pairs of
-- a deterministic random sample of persons, shrunk towards the default by
-- ten pseudo-observations of the level; then m and rho by EM over the
-- candidate pairs with u held: the E step gives each pair its match
-- probability (a decided pair is labelled: same 1, different 0), the M
-- step sets m to the probability-weighted share of each level (two
-- pseudo-matches of the default), rho to the expected matches per person.
CREATE FUNCTION population_rules.estimate_duplicate_model(target_schema name, iterations integer DEFAULT 25,
                                                     sample_persons integer DEFAULT 1500)
RETURNS TABLE (comparison text, level text, m double precision, u double precision, weight double precision,
               fixed boolean, estimated_at timestamptz)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET client_min_messages = warning
AS $$
DECLARE
    n_persons double precision;
    lam double precision;
    q text;
BEGIN
    IF target_schema IS NULL OR iterations IS NULL OR sample_persons IS NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'null_value_not_allowed',
            MESSAGE = population_rules.gettext('schema, iterations and sample size must not be null'),
            DETAIL = format(population_rules.gettext('The %s argument is NULL.'),
                            CASE WHEN target_schema IS NULL THEN 'target_schema'
                                 WHEN iterations IS NULL THEN 'iterations' ELSE 'sample_persons' END),
            HINT = population_rules.gettext('Pass the schema of the generated views, or leave iterations and sample_persons out for their defaults (25 and 1500).');
    END IF;
    IF to_regclass(format('%I.duplicate_model', target_schema)) IS NULL
       OR to_regclass(format('%I.duplicate_pair_evidence', target_schema)) IS NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'undefined_table',
            MESSAGE = format(population_rules.gettext('schema "%s" has no duplicate model or evidence view'), target_schema),
            DETAIL = population_rules.gettext('population_rules.generate_views makes duplicate_model and duplicate_pair_evidence in the schema of the views, when the dataset registers what the duplicate views need.'),
            HINT = format(population_rules.gettext('Generate the views first: SELECT * FROM population_rules.generate_views(%L, ''your dataset'').'),
                          target_schema);
    END IF;
    IF iterations NOT BETWEEN 0 AND 1000 OR sample_persons NOT BETWEEN 2 AND 20000 THEN
        RAISE EXCEPTION USING
            ERRCODE = 'invalid_parameter_value',
            MESSAGE = population_rules.gettext('iterations or sample size out of range'),
            DETAIL = format(population_rules.gettext('iterations is %s (0 to 1000 allowed) and sample_persons is %s (2 to 20000 allowed).'),
                            iterations, sample_persons),
            HINT = population_rules.gettext('The defaults (25 iterations, 1500 persons: about 1.1 million random pairs) suit most data.');
    END IF;

    DROP TABLE IF EXISTS pg_temp._dm_model, pg_temp._dm_obs, pg_temp._dm_pair, pg_temp._dm_u;
    -- The model as it is, with the defaults it shrinks towards.
    EXECUTE format($q$
        CREATE TEMP TABLE _dm_model ON COMMIT DROP AS
        SELECT md.comparison, md.level, md.m, md.u, md.term_frequency, md.fixed,
               coalesce(d.m, md.m) AS m0, coalesce(d.u, md.u) AS u0
          FROM %I.duplicate_model md
          LEFT JOIN population_rules.duplicate_model_defaults d ON d.comparison = md.comparison AND d.level = md.level$q$,
        target_schema);

    -- u: the levels of every pair of a random sample of persons (the same
    -- sample at every call: persons ordered by a hash of their key).
    q := population_rules._view_rules_expand($q$
        CREATE TEMP TABLE _dm_u ON COMMIT DROP AS
        WITH s AS MATERIALIZED (
            SELECT c.* FROM {{duplicate_compared}} c
             WHERE c.person_key IN (SELECT p.person_key FROM %1$I.person_source p
                                     ORDER BY hashtext(p.person_key::text || ':duplicate_model'), p.person_key::text
                                     LIMIT %2$s)
        ), l AS (
            SELECT {{duplicate_level_name}} AS name, {{duplicate_level_birth_date}} AS birth_date,
                   {{duplicate_level_sex}} AS sex, {{duplicate_level_birth_province}} AS birth_province,
                   {{duplicate_level_household}} AS household, {{duplicate_level_commune}} AS commune,
                   {{duplicate_level_personal_id}} AS personal_id, {{duplicate_level_legacy_id}} AS legacy_id,
                   {{duplicate_level_father_name}} AS father_name, {{duplicate_level_mother_name}} AS mother_name,
                   {{duplicate_level_origin_place}} AS origin_place
              FROM s a JOIN s b ON a.person_key::text < b.person_key::text
        ), g AS (
            -- commune's u among the pairs of one birth province: where a
            -- person lives depends on where the birth was registered, and
            -- a candidate pair that can be one person has one birth
            -- province, so the commune is evidence only beyond that
            SELECT l.name, l.birth_date, l.sex, l.birth_province, l.household,
                   CASE WHEN l.birth_province = 'same' THEN l.commune END AS commune_in_province,
                   l.personal_id, l.legacy_id, l.father_name, l.mother_name, l.origin_place, count(*) AS n
              FROM l
             GROUP BY GROUPING SETS ((l.name), (l.birth_date), (l.sex), (l.birth_province), (l.household),
                                     (CASE WHEN l.birth_province = 'same' THEN l.commune END), (l.personal_id),
                                     (l.legacy_id), (l.father_name), (l.mother_name), (l.origin_place))
        )
        SELECT x.comparison, x.level, sum(g.n)::double precision AS n
          FROM g CROSS JOIN LATERAL (VALUES ('name', g.name), ('birth_date', g.birth_date), ('sex', g.sex),
                                            ('birth_province', g.birth_province), ('household', g.household),
                                            ('commune', g.commune_in_province), ('personal_id', g.personal_id),
                                            ('legacy_id', g.legacy_id), ('father_name', g.father_name),
                                            ('mother_name', g.mother_name), ('origin_place', g.origin_place))
                                            x (comparison, level)
         WHERE x.level IS NOT NULL
         GROUP BY x.comparison, x.level$q$);
    EXECUTE format(q, target_schema, sample_persons);
    UPDATE pg_temp._dm_model d
       SET u = least(1, (coalesce((SELECT o.n FROM pg_temp._dm_u o
                                    WHERE o.comparison = d.comparison AND o.level = d.level), 0) + 10)
                        / (t.n + 10 / d.u0))
      FROM (SELECT x.comparison, sum(x.n) AS n FROM pg_temp._dm_u x WHERE x.level <> 'missing' GROUP BY x.comparison) t
     WHERE NOT d.fixed AND d.level <> 'missing' AND d.comparison = t.comparison;

    -- The candidate pairs' levels, and the reviewers' labels.
    EXECUTE format($q$
        CREATE TEMP TABLE _dm_obs ON COMMIT DROP AS
        SELECT dense_rank() OVER (ORDER BY e.person_key::text, e.other_person_key::text) AS pair,
               e.person_key::text AS person_key, e.other_person_key::text AS other_person_key,
               e.comparison, e.level, e.term_frequency AS tf, e.persons
          FROM %I.duplicate_pair_evidence e
         WHERE e.step > 0 AND e.level <> 'missing'$q$, target_schema);
    n_persons := coalesce((SELECT max(o.persons) FROM pg_temp._dm_obs o), 2);
    EXECUTE format($q$
        CREATE TEMP TABLE _dm_pair ON COMMIT DROP AS
        SELECT o.pair, CASE dd.decision WHEN 'same' THEN 1::double precision WHEN 'different' THEN 0 END AS label,
               NULL::double precision AS post
          FROM (SELECT DISTINCT x.pair, x.person_key, x.other_person_key FROM pg_temp._dm_obs x) o
          LEFT JOIN %I.duplicate_decisions dd ON dd.person_key = least(o.person_key, o.other_person_key)
                                               AND dd.other_person_key = greatest(o.person_key, o.other_person_key)$q$,
        target_schema);
    ANALYZE pg_temp._dm_obs;
    ANALYZE pg_temp._dm_pair;

    FOR i IN 1 .. iterations LOOP
        lam := least(0.5, 2 * (SELECT d.m FROM pg_temp._dm_model d WHERE d.comparison = 'prior' LIMIT 1)
                          / greatest(n_persons - 1, 1));
        -- E: each pair's match probability under the model as it is.
        UPDATE pg_temp._dm_pair p
           SET post = coalesce(p.label, 1 / (1 + exp(-greatest(-700, least(700, x.lbf + ln(lam / (1 - lam)))))))
          FROM (SELECT o.pair, sum(ln(d.m) - ln(CASE WHEN d.term_frequency AND o.tf IS NOT NULL THEN o.tf ELSE d.u END)) AS lbf
                  FROM pg_temp._dm_obs o JOIN pg_temp._dm_model d ON d.comparison = o.comparison AND d.level = o.level
                 GROUP BY o.pair) x
         WHERE x.pair = p.pair;
        -- M: m of each level, rho.
        UPDATE pg_temp._dm_model d
           SET m = (coalesce(s.w, 0) + 10 * d.m0) / (t.w + 10)
          FROM (SELECT o.comparison, sum(p.post) AS w FROM pg_temp._dm_obs o JOIN pg_temp._dm_pair p USING (pair)
                 GROUP BY o.comparison) t
          LEFT JOIN (SELECT o.comparison, o.level, sum(p.post) AS w FROM pg_temp._dm_obs o JOIN pg_temp._dm_pair p USING (pair)
                      GROUP BY o.comparison, o.level) s ON true
         WHERE NOT d.fixed AND d.level <> 'missing' AND d.comparison = t.comparison
           AND s.comparison = d.comparison AND s.level = d.level;
        UPDATE pg_temp._dm_model d
           SET m = greatest(1e-9, least(0.5, coalesce((SELECT sum(p.post) FROM pg_temp._dm_pair p), 0) / n_persons))
         WHERE d.comparison = 'prior' AND NOT d.fixed;
    END LOOP;

    EXECUTE format($q$
        UPDATE %I.duplicate_model t SET m = d.m, u = d.u, estimated_at = now()
          FROM pg_temp._dm_model d
         WHERE t.comparison = d.comparison AND t.level = d.level AND NOT t.fixed AND t.level <> 'missing'$q$,
        target_schema);
    RETURN QUERY EXECUTE format($q$
        SELECT t.comparison, t.level, t.m, t.u, t.weight, t.fixed, t.estimated_at FROM %I.duplicate_model t
         ORDER BY t.comparison_position, t.level_position, t.level$q$, target_schema);
END
$$;
COMMENT ON FUNCTION population_rules.estimate_duplicate_model(name, integer, integer) IS
    'Re-estimate the duplicate model of a schema of views (its table duplicate_model; rows marked fixed are kept): u from the pairs of a deterministic random sample of sample_persons persons, shrunk towards duplicate_model_defaults by ten pseudo-observations; then m and rho (the prior) by iterations rounds of expectation-maximisation over the candidate pairs of duplicate_pair_evidence with u held, the pairs decided in duplicate_decisions as labels (same = match, different = non-match); returns the model. Runs with the caller''s rights';

CREATE FUNCTION population_rules.cluster_violations()
	RETURNS TABLE (nodeid integer, violation_id bigint, rule_id integer, rule_name name,
		tbl oid, table_name text, row_key text, detail text, at timestamptz,
		role name, code text)
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	here integer;
	names text[];
	ports integer[];
	w record;
BEGIN
	IF pg_catalog.to_regclass('pg_catalog.pg_dist_node') IS NOT NULL THEN
		EXECUTE 'SELECT coalesce((SELECT min(n.nodeid) FROM pg_catalog.pg_dist_node n'
		        '  JOIN pg_catalog.pg_dist_local_group g ON g.groupid OPERATOR(pg_catalog.=) n.groupid'
		        ' WHERE n.noderole OPERATOR(pg_catalog.=) ''primary''), 0)'
		   INTO here;
	END IF;
	RETURN QUERY SELECT here, v.violation_id, v.rule_id, v.rule_name, v.tbl, v.table_name,
	                    v.row_key, v.detail, v.at, v.role, v.code
	               FROM population_rules.violations v;
	IF here IS NULL THEN
		RETURN;
	END IF;
	EXECUTE 'SELECT array_agg(n.nodename::text ORDER BY n.nodeid), array_agg(n.nodeport ORDER BY n.nodeid)'
	        '  FROM pg_catalog.pg_dist_node n'
	        ' WHERE n.isactive AND n.noderole OPERATOR(pg_catalog.=) ''primary'''
	        '   AND n.nodecluster OPERATOR(pg_catalog.=) pg_catalog.current_setting(''citus.cluster_name'')'
	        '   AND n.groupid OPERATOR(pg_catalog.<>) ALL (SELECT g.groupid FROM pg_catalog.pg_dist_local_group g)'
	   INTO names, ports;
	IF names IS NULL THEN
		RETURN;
	END IF;
	FOR w IN EXECUTE
		'SELECT n.nodeid, r.node_name, r.node_port, r.success, r.result'
		'  FROM pg_catalog.master_run_on_worker($1, $2,'
		'       pg_catalog.array_fill($3, ARRAY[pg_catalog.cardinality($1)]), true) r'
		'  LEFT JOIN pg_catalog.pg_dist_node n ON n.nodename OPERATOR(pg_catalog.=) r.node_name'
		'   AND n.nodeport OPERATOR(pg_catalog.=) r.node_port'
		USING names, ports,
		'SELECT coalesce(pg_catalog.json_agg(pg_catalog.json_build_object(''v'', v, ''tbl'','
		'  (SELECT pg_catalog.format(''%I.%I'', n.nspname, c.relname) FROM pg_catalog.pg_class c'
		'     JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace'
		'    WHERE c.oid OPERATOR(pg_catalog.=) v.tbl))), ''[]'')'
		'  FROM population_rules.violations v'::text
	LOOP
		IF NOT w.success THEN
			RAISE EXCEPTION USING
				MESSAGE = format(population_rules.gettext('cannot read the violation log of node %s:%s'), w.node_name, w.node_port),
				ERRCODE = 'connection_exception',
				DETAIL = w.result,
				HINT = population_rules.gettext('Each node''s log is read over a connection as the calling role, which must be able to connect to every node of the cluster.');
		END IF;
		RETURN QUERY SELECT w.nodeid, x.violation_id, x.rule_id, x.rule_name,
		                    pg_catalog.to_regclass(e OPERATOR(pg_catalog.->>) 'tbl')::oid, x.table_name,
		                    x.row_key, x.detail, x.at, x.role, x.code
		               FROM pg_catalog.json_array_elements(w.result::json) e,
		                    LATERAL pg_catalog.json_populate_record(NULL::population_rules.violations,
		                        e OPERATOR(pg_catalog.->) 'v') x;
	END LOOP;
END
$$;
COMMENT ON FUNCTION population_rules.cluster_violations() IS
  'The violation log of every node of a Citus cluster (of this server alone without Citus), each node''s read with the caller''s rights on that node; tbl is this node''s table of the same name.';

CREATE FUNCTION population_rules._commit_hook_preloaded() RETURNS boolean
	LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'commit_hook_preloaded';
COMMENT ON FUNCTION population_rules._commit_hook_preloaded() IS
  'Internal: true when the module was loaded before the session''s first statement (shared_preload_libraries or session_preload_libraries), so that its commit hook on a Citus coordinator sees every write.';
REVOKE ALL ON FUNCTION population_rules._commit_hook_preloaded() FROM PUBLIC;

CREATE FUNCTION population_rules._drop_shard_triggers(rid integer, tbl regclass)
	RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	placement_rel regclass;
	tname name;
BEGIN
	FOR placement_rel, tname IN
		SELECT l.placement, t.tgname
		  FROM population_rules._local_placements(tbl) l,
		       LATERAL population_rules._rule_triggers(rid, l.placement) t
		 WHERE t.proname OPERATOR(pg_catalog.=) '_truncate_trigger'
	LOOP
		PERFORM population_rules._citus_local_ddl(format('DROP TRIGGER %I ON %s', tname, placement_rel));
	END LOOP;
END
$$;
COMMENT ON FUNCTION population_rules._drop_shard_triggers(integer, regclass) IS
  'Internal: drop the copies of a rule''s TRUNCATE trigger that Citus gave moved and split shards of its table on this node.';

REVOKE ALL ON FUNCTION population_rules._drop_shard_triggers(integer, regclass) FROM PUBLIC;

-- The administrative units become Citus reference tables with node_rule
-- (piece 42).
CREATE TRIGGER reference_placement AFTER INSERT OR UPDATE OR DELETE ON population_rules.pre2025_provinces
	FOR EACH STATEMENT EXECUTE FUNCTION population_rules._on_reference_placement();
COMMENT ON TRIGGER reference_placement ON population_rules.pre2025_provinces IS
  'On each node, the placement of the Citus reference table joins the extension (_on_reference_placement).';
CREATE TRIGGER reference_placement AFTER INSERT OR UPDATE OR DELETE ON population_rules.pre2025_communes
	FOR EACH STATEMENT EXECUTE FUNCTION population_rules._on_reference_placement();
COMMENT ON TRIGGER reference_placement ON population_rules.pre2025_communes IS
  'On each node, the placement of the Citus reference table joins the extension (_on_reference_placement).';

-- A placement of the reference tables that Citus copies to a node added
-- later joins the extension when Citus creates its trigger (piece 32).
CREATE FUNCTION population_rules._on_create_trigger() RETURNS event_trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rel regclass;
BEGIN
	FOR rel IN SELECT DISTINCT t.tgrelid::pg_catalog.regclass
	             FROM pg_catalog.pg_event_trigger_ddl_commands() c
	             JOIN pg_catalog.pg_trigger t ON t.oid OPERATOR(pg_catalog.=) c.objid
	             JOIN pg_catalog.pg_proc f ON f.oid OPERATOR(pg_catalog.=) t.tgfoid
	             JOIN pg_catalog.pg_class r ON r.oid OPERATOR(pg_catalog.=) t.tgrelid
	            WHERE c.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_trigger'::pg_catalog.regclass
	              AND f.proname OPERATOR(pg_catalog.=) '_on_reference_placement'
	              AND f.pronamespace OPERATOR(pg_catalog.=) 'population_rules'::pg_catalog.regnamespace
	              AND r.relnamespace OPERATOR(pg_catalog.=) 'population_rules'::pg_catalog.regnamespace
	              AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
	                               WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
	                                 AND d.objid OPERATOR(pg_catalog.=) t.tgrelid
	                                 AND d.deptype OPERATOR(pg_catalog.=) 'e') LOOP
		PERFORM population_rules._citus_local_ddl(
			pg_catalog.format('ALTER EXTENSION population_rules ADD TABLE %s', rel));
	END LOOP;
END
$$;
COMMENT ON FUNCTION population_rules._on_create_trigger() IS
  'Event trigger: on each node, a placement of one of the extension''s Citus reference tables that Citus gives its reference_placement trigger (a placement copied to a node added later) joins the extension, so that DROP EXTENSION drops it.';
CREATE EVENT TRIGGER population_rules_create_trigger ON ddl_command_end
	WHEN TAG IN ('CREATE TRIGGER')
	EXECUTE FUNCTION population_rules._on_create_trigger();
COMMENT ON EVENT TRIGGER population_rules_create_trigger IS
  'On each node, a placement of the extension''s Citus reference tables joins the extension when Citus creates its trigger (_on_create_trigger).';

REVOKE ALL ON FUNCTION population_rules._on_create_trigger() FROM PUBLIC;

CREATE OR REPLACE FUNCTION population_rules._on_registry_insert() RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	found smallint[] := population_rules._attnums(NEW.tbl, NEW.colnames, NEW.attnums);
BEGIN
	-- a name the table lacks keeps the row's number
	FOR i IN 1..cardinality(found) LOOP
		NEW.attnums[i] := coalesce(found[i], NEW.attnums[i]);
	END LOOP;
	RETURN NEW;
END
$$;
COMMENT ON FUNCTION population_rules._on_registry_insert() IS
  'Trigger on the registry: resolve column numbers by name for rows loaded by pg_restore.';

CREATE FUNCTION population_rules.refresh_views(target_schema name)
RETURNS TABLE (view_name text, rows bigint, seconds numeric)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t0 timestamptz;
BEGIN
    IF target_schema IS NULL THEN
        RAISE EXCEPTION USING
            MESSAGE = population_rules.gettext('schema must not be null'),
            ERRCODE = 'null_value_not_allowed',
            DETAIL = format(population_rules.gettext('The %s argument is NULL.'), 'target_schema'),
            HINT = population_rules.gettext('Pass the schema generate_views made materialized views in.');
    END IF;
    -- A generate_views beside would drop these views in the reverse of
    -- the order below: both first lock the schema's person_source (LOCK
    -- takes no materialized view; that view is in every schema that has
    -- them), so that one waits for the other instead of the two
    -- deadlocking.  Readers of person_source are not blocked.
    IF to_regclass(format('%I.person_source', target_schema)) IS NOT NULL THEN
        EXECUTE format('LOCK TABLE %I.person_source IN SHARE ROW EXCLUSIVE MODE', target_schema);
    END IF;
    -- The order they read each other: the duplicate search's candidate
    -- pairs, which duplicate_person_pairs and duplicate_pair_evidence
    -- share; the case views in catalog order; the commune scorecard, over
    -- the case views through person_checks.
    FOR view_name IN
        SELECT x.view_name
          FROM (SELECT 'duplicate_pair_levels'::text, 0
                UNION ALL SELECT vc.view_name, vc.position FROM population_rules.view_catalog vc
                UNION ALL SELECT 'scorecard_commune', 2147483647) x (view_name, position)
          JOIN pg_class r ON r.relname = x.view_name AND r.relkind = 'm'
         WHERE r.relnamespace = to_regnamespace(quote_ident(target_schema))
         ORDER BY x.position LOOP
        t0 := clock_timestamp();
        EXECUTE format('REFRESH MATERIALIZED VIEW %I.%I', target_schema, view_name);
        EXECUTE format('SELECT count(*) FROM %I.%I', target_schema, view_name) INTO rows;
        seconds := round(extract(epoch FROM clock_timestamp() - t0)::numeric, 3);
        RETURN NEXT;
    END LOOP;
    IF view_name IS NULL THEN
        RAISE EXCEPTION USING
            MESSAGE = format(population_rules.gettext('schema "%s" has no materialized views to refresh'), target_schema),
            ERRCODE = 'undefined_object',
            DETAIL = population_rules.gettext('refresh_views refreshes the materialized views generate_views makes with materialized => true; the schema holds none.'),
            HINT = format(population_rules.gettext('Generate them first: SELECT * FROM population_rules.generate_views(%L, ''your dataset'', materialized => true).'),
                          target_schema);
    END IF;
END
$$;
COMMENT ON FUNCTION population_rules.refresh_views(name) IS
    'Refresh the materialized views generate_views made in a schema (materialized => true), each once, in the order they read each other, in the caller''s transaction and with the caller''s rights; returns each with its rows and the seconds it took';
