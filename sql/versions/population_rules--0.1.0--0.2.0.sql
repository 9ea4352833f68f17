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


CREATE FUNCTION population_rules._check_readable(tbl regclass, nums smallint[]) RETURNS void
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
		RAISE EXCEPTION 'column "%" of relation % has type %, which rules cannot read', col, tbl, format_type(typ, NULL)
			USING ERRCODE = 'datatype_mismatch',
				DETAIL = format('Rules read only built-in types and the extension''s own: a type of one''s own may bring cast or I/O functions, which the rules would run with the rights of the extension''s owner. Column "%s" is of type %s.', col, format_type(typ, NULL)),
				HINT = 'Use a column of a built-in type (text, integer, bigint, date, boolean, ...).';
	END IF;
	-- a virtual generated column (PostgreSQL 18) is computed when read
	SELECT a.attname INTO col
	  FROM unnest(nums) AS u(num)
	  JOIN pg_attribute a ON a.attrelid = tbl AND a.attnum = u.num
	 WHERE u.num > 0 AND a.attgenerated = 'v'
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'column "%" of relation % is a virtual generated column', col, tbl
			USING ERRCODE = 'feature_not_supported',
				DETAIL = 'Its expression would be computed whenever the rule reads the column, with the rights of the extension''s owner.',
				HINT = 'Store it (GENERATED ALWAYS AS (...) STORED), or give the rule the columns it is computed from.';
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
		RAISE EXCEPTION '% is a foreign table among the partitions or children of %', child, tbl
			USING ERRCODE = 'wrong_object_type',
				DETAIL = format('Rules guard rows stored in this database; the rows of %s are fetched from another server.', child),
				HINT = 'Detach the foreign table, or guard its rows on the server that stores them.';
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
		RAISE EXCEPTION 'column "%" of relation % does not exist', col, tbl
			USING ERRCODE = 'undefined_column',
				DETAIL = format('The %s column was given as "%s", but table %s has no column of that name.', what, col, tbl),
				HINT = format('Pass the name of the table''s %s column, exactly as it is spelled (case, spaces and accents count).', what);
	END IF;
	IF types IS NOT NULL AND NOT typ = ANY (types) THEN
		RAISE EXCEPTION 'column "%" of relation % has type %, which cannot hold a %', col, tbl, typ, what
			USING ERRCODE = 'datatype_mismatch',
				DETAIL = format('Column "%s" was given as the %s column, but its type %s is not one the rule reads as a %s.', col, what, typ, what),
				HINT = format('Accepted types: %s.', array_to_string(types, ', '));
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
	   AND (SELECT c.relkind FROM pg_class c WHERE c.oid = tbl) = 'p' THEN
		-- a ctid names a row within one partition only
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
		RAISE NOTICE '% id numbers of table % are held by more than one row', dups, r.tbl
			USING HINT = 'Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.';
	ELSIF dups > 0 THEN
		RAISE NOTICE '% id numbers of partition % are held by more than one row of table %', dups, part, r.tbl
			USING HINT = 'Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.';
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
			RAISE NOTICE '% households of table % do not have exactly one living head', bad, r.tbl
				USING HINT = 'Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.';
		ELSIF bad > 0 THEN
			RAISE NOTICE '% households of partition % do not have exactly one living head in table %', bad, part, r.tbl
				USING HINT = 'Rows already in the table are not refused, as with a NOT VALID constraint: population_rules.validate_rule() lists them.';
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
		RAISE EXCEPTION 'column "%" of relation % is given twice to the % rule', col, tbl, replace(kind, '_', '-')
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = format('Column "%s" was given for more than one of the rule''s column arguments.', col),
				HINT = 'Give each column argument a column of its own.';
	END IF;
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
					RAISE EXCEPTION 'cannot alter type of column "%" because rule "%" uses it', gr.colnames[i], gr.rule_name
						USING ERRCODE = 'dependent_objects_still_exist',
							DETAIL = format('The rule reads column "%s" of table %s and cannot read type %s.',
								gr.colnames[i], gr.tbl, typ),
							HINT = format('Accepted types: %s. Or detach the rule first with population_rules.detach_rule().',
								coalesce(array_to_string(types, ', '), 'the built-in ones'));
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
		RAISE EXCEPTION 'trigger "%" on % is not the TRUNCATE trigger of one of its rules', TG_NAME, TG_RELID::regclass
			USING ERRCODE = '39P01',
				DETAIL = format('It fires %s %s FOR EACH %s with arguments %s; a rule''s TRUNCATE trigger fires AFTER TRUNCATE FOR EACH STATEMENT with the number of a unique-id or household rule of the same table.',
					TG_WHEN, TG_OP, TG_LEVEL, coalesce(array_to_string(TG_ARGV, ', '), '(none)')),
				HINT = 'Do not create triggers on the rules'' functions by hand: population_rules.rebuild_rule() recreates a rule''s triggers.';
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

-- generate_views creates the target schema only when it does not exist.
CREATE OR REPLACE FUNCTION population_rules.generate_views(target_schema name, dataset name DEFAULT 'default')
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
BEGIN
    IF target_schema IS NULL OR ds IS NULL THEN
        RAISE EXCEPTION 'schema and dataset must not be null'
            USING ERRCODE = 'null_value_not_allowed',
                  DETAIL = CASE WHEN target_schema IS NULL AND ds IS NULL THEN 'The target_schema and dataset arguments are NULL.'
                                WHEN target_schema IS NULL THEN 'The target_schema argument is NULL.'
                                ELSE 'The dataset argument is NULL.' END,
                  HINT = 'Pass the schema to create the views in, and the dataset of the registered sources (or leave dataset out for ''default'').';
    END IF;
    IF NOT EXISTS (SELECT FROM population_rules.source s WHERE s.dataset = ds) THEN
        RAISE EXCEPTION 'no source is registered in dataset "%"', ds
            USING ERRCODE = 'undefined_object',
                  DETAIL = format('population_rules.sources has no row with dataset %L.', ds),
                  HINT = 'Register relations with register_source or create_reference_tables first.';
    END IF;
    -- CREATE SCHEMA IF NOT EXISTS needs CREATE on the database even when
    -- the schema exists: a role may own a schema without that right.
    IF to_regnamespace(quote_ident(target_schema)) IS NULL THEN
        EXECUTE format('CREATE SCHEMA %I', target_schema);
    END IF;

    -- Re-generation: drop what an earlier call made, dependents first.
    EXECUTE format('DROP VIEW IF EXISTS %1$I.scorecard_province, %1$I.scorecard_commune, %1$I.person_checks',
                   target_schema);
    FOR c IN SELECT vc.view_name FROM population_rules.view_catalog vc ORDER BY vc.position DESC LOOP
        EXECUTE format('DROP VIEW IF EXISTS %I.%I', target_schema, c.view_name);
    END LOOP;
    FOREACH k IN ARRAY ARRAY['person', 'id_document', 'sim_subscription', 'insurance_record', 'civil_event'] LOOP
        EXECUTE format('DROP VIEW IF EXISTS %I.%I', target_schema, k || '_source');
    END LOOP;

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
            EXECUTE format('CREATE VIEW %I.%I WITH (security_invoker = true) AS ', target_schema, c.view_name)
                    || format(c.definition, target_schema);
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
    SELECT string_agg(format('coalesce(%s, false) AS %I', format(sc.flag, target_schema), 'c_' || sc.check_name),
                      E',\n                       ' ORDER BY sc.check_name),
           string_agg(format(', count(*) FILTER (WHERE f.%I) AS %I', 'c_' || sc.check_name, sc.check_name), ''
                      ORDER BY sc.check_name),
           string_agg(format(', c.%I', sc.check_name), '' ORDER BY sc.check_name),
           string_agg(format(', sum(c.%1$I)::bigint AS %1$I', sc.check_name), '' ORDER BY sc.check_name)
      INTO flags, check_sums, check_cols, check_totals
      FROM population_rules.view_scorecard_checks sc
     WHERE sc.view_name = ANY (made);
    SELECT coalesce(string_agg(format(E'\n              %s', format(sd.join_clause, target_schema)), '' ORDER BY sd.side_name), '')
      INTO sides
      FROM population_rules.view_scorecard_sides sd
     WHERE sd.side_name IN (SELECT unnest(sc.sides) FROM population_rules.view_scorecard_checks sc WHERE sc.view_name = ANY (made));
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
          LEFT JOIN population_rules.pre2025_units u ON u.commune_code = c.commune_code$sc$,
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
COMMENT ON FUNCTION population_rules.generate_views(name, name) IS
    'Create (or re-create) in a schema the security_invoker views of the Project 06 cleaning cases and the đúng-đủ-sạch-sống scorecard over the relations registered in a dataset; returns each view with created or skipped and why';

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
COMMENT ON COLUMN population_rules.id_keys.rule_id IS 'The unique-id rule the key belongs to';
COMMENT ON COLUMN population_rules.id_keys.slot IS '0: a 12-digit personal id; 1: a 9-digit legacy id';
COMMENT ON COLUMN population_rules.id_keys.key IS 'The id number as an integer (leading zeros dropped)';
COMMENT ON COLUMN population_rules.id_keys.n IS 'How many rows of the table hold the number';
COMMENT ON COLUMN population_rules.id_keys.row_ref IS 'The first row that took the number, by primary key, such as (id)=(7); NULL without a printable key';
COMMENT ON COLUMN population_rules.id_keys.owner_key IS 'Slot 1: the personal id of the first holder of the legacy id';
COMMENT ON COLUMN population_rules.household_heads.rule_id IS 'The household rule the counts belong to';
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

-- The sample population's data (piece 42).
COMMENT ON COLUMN population_rules.sample_names.part IS 'family, middle or given';
COMMENT ON COLUMN population_rules.sample_names.sex IS 'M, F, or empty for family names';
COMMENT ON COLUMN population_rules.sample_names.name IS 'The name part';
COMMENT ON COLUMN population_rules.sample_names.weight IS 'How often the generator picks it, relative to the others of its part and sex';
COMMENT ON COLUMN population_rules.sample_encoding.encoding IS 'tcvn3 or vni';
COMMENT ON COLUMN population_rules.sample_encoding.uni IS 'A Vietnamese letter (NFC)';
COMMENT ON COLUMN population_rules.sample_encoding.enc IS 'How it looks typed in that encoding''s font and read as Windows-1252';
COMMENT ON COLUMN population_rules.sample_cmnd_prefix.id_code IS '3-digit province code (pre2025_provinces.id_code)';
COMMENT ON COLUMN population_rules.sample_cmnd_prefix.prefix IS 'Leading digits the generator gives that province''s CMNDs';

-- The analysts' views' catalog (piece 46).
COMMENT ON COLUMN population_rules.duplicate_block.person_key IS 'The person''s key, as text';
COMMENT ON COLUMN population_rules.duplicate_block.name_hash IS 'hashtext of the accent-free key of the repaired name';
COMMENT ON COLUMN population_rules.duplicate_block.phonetic_hash IS 'hashtext of the phonetic key of the repaired name';
COMMENT ON COLUMN population_rules.duplicate_block.name_n IS 'How many persons read have that name key and sex';
COMMENT ON COLUMN population_rules.duplicate_block.day_n IS 'How many have that birth date';
COMMENT ON COLUMN population_rules.duplicate_block.year_n IS 'How many have that birth year';
COMMENT ON COLUMN population_rules.duplicate_block.province_n IS 'How many have that birth province (NULL when unknown)';
COMMENT ON COLUMN population_rules.duplicate_block.persons IS 'How many persons were read';
COMMENT ON COLUMN population_rules.duplicate_block.name_block IS 'Whether the person shares a name block with someone';
COMMENT ON COLUMN population_rules.duplicate_block.phonetic_block IS 'Whether the person shares the phonetic block with someone';
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
		RAISE EXCEPTION 'rule name "%" is too long', rname
			USING ERRCODE = 'name_too_long',
				DETAIL = 'A rule name has at most 50 bytes: its triggers are named after it.',
				HINT = format('Pass a rule_name of 1 to 50 bytes; this one has %s.', octet_length(rname));
	END IF;
	IF EXISTS (SELECT 1 FROM population_rules.rule r WHERE r.tbl = _register.tbl AND r.rule_name = rname) THEN
		RAISE EXCEPTION 'rule or trigger "%" already exists on table %', rname, tbl
			USING ERRCODE = 'duplicate_object',
				DETAIL = format('Table %s already has a rule named "%s".', tbl, rname),
				HINT = 'Pass another rule_name, or detach the existing rule first.';
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
		RAISE EXCEPTION 'rule or trigger "%" already exists on table %', rname, tbl
			USING ERRCODE = 'duplicate_object',
				DETAIL = format('Table %s already has a trigger named "%s", which a rule of this name would create.', tbl, tname),
				HINT = 'Pass another rule_name, or detach the existing rule first.';
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
