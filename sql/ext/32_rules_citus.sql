-- population_rules install script, piece 32: rules on tables that Citus
-- distributes.
--
-- A distributed table's rows, and so its rules' triggers, live in shards
-- on the workers (relations <table>_<shard id>).  The triggers there find
-- their rule in node_rule, a copy of the registry rows of rules on
-- Citus-managed tables that is made a Citus reference table the first
-- time such a rule is attached (or a guarded table distributed): its
-- writes go to every node in the same distributed transaction (two-phase
-- commit), and on each node its rows live in the local placement
-- node_rule_<shard id>, which the C triggers read through pg_dist_shard
-- (src/rules/citus_shard.c).  A trigger on node_rule builds and forgets,
-- on each node, the household counters and id keys of the shards that
-- node holds.
--
-- Layouts: the names rule works on any layout; the unique-id rule only on
-- a plain table distributed by its id column (one shard holds every row of
-- an id: the rule's unique constraint on each shard is global, and so are
-- the keys each node keeps per shard in warn and log modes); the household
-- rule only on a plain table distributed by its household column (one node
-- holds a household's rows and its counter).  Every other layout is
-- refused, at attach and at distribute_table.

CREATE TABLE @extschema@.node_rule (
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
COMMENT ON TABLE @extschema@.node_rule IS
  'The registry rows of the rules on tables Citus distributes, for the triggers on the workers: a Citus reference table once such a rule exists (written only by the extension''s functions, in the same distributed transaction as the registry).';
COMMENT ON COLUMN @extschema@.node_rule.rule_id IS
  'The rule''s number in population_rules.rule (the same on every node).';
COMMENT ON COLUMN @extschema@.node_rule.tbl_schema IS
  'The schema of the logical table the rule guards: each node finds its own copy of the table by schema and name (Citus copies this table to a node added later in binary, where an object id would name another node''s relation); kept in step on rename.';
COMMENT ON COLUMN @extschema@.node_rule.tbl_name IS
  'The name of the logical table the rule guards, in tbl_schema; kept in step on rename.';
COMMENT ON COLUMN @extschema@.node_rule.rule_name IS
  'The rule''s name, as in population_rules.rule.';
COMMENT ON COLUMN @extschema@.node_rule.kind IS
  'unique_id, household_head or names, as in population_rules.rule.';
COMMENT ON COLUMN @extschema@.node_rule.attnums IS
  'The column numbers on the coordinator, as in population_rules.rule (the shards'' columns are found by name).';
COMMENT ON COLUMN @extschema@.node_rule.colnames IS
  'The names of the rule''s columns, by which the triggers on the shards find them; kept in step on rename.';
COMMENT ON COLUMN @extschema@.node_rule.mode IS
  'enforce, warn or log, as in population_rules.rule: set_rule_mode writes both in one transaction.';
COMMENT ON COLUMN @extschema@.node_rule.options IS
  'The rule''s options, as in population_rules.rule.';
COMMENT ON COLUMN @extschema@.node_rule.truncations IS
  'How many times TRUNCATE emptied the rule''s table: each increase makes every node forget the rule''s household counters and id keys (_truncate_on_nodes).';
REVOKE ALL ON @extschema@.node_rule FROM PUBLIC;
GRANT SELECT ON @extschema@.node_rule TO PUBLIC;

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
CREATE SEQUENCE @extschema@.placement_scopes_id_seq AS integer INCREMENT BY -1 MAXVALUE -1;
COMMENT ON SEQUENCE @extschema@.placement_scopes_id_seq IS
  'Numbers of the scopes of population_rules.placement_scopes (negative, apart from the rule numbers).';
CREATE TABLE @extschema@.placement_scopes (
	scope_id	integer PRIMARY KEY
				DEFAULT pg_catalog.nextval('@extschema@.placement_scopes_id_seq'::pg_catalog.regclass),
	rule_id		integer NOT NULL,
	shard		oid NOT NULL,
	shardid		bigint NOT NULL,
	CONSTRAINT placement_scopes_placement UNIQUE (shard, shardid, rule_id)
);
ALTER SEQUENCE @extschema@.placement_scopes_id_seq OWNED BY @extschema@.placement_scopes.scope_id;
COMMENT ON TABLE @extschema@.placement_scopes IS
  'On a Citus node: the scope under which population_rules.household_heads keeps a household rule''s counters, or population_rules.id_keys a unique-id rule''s keys, of one shard placement held here; made when the rule reaches the node or at the placement''s first write, dropped with the placement.';
COMMENT ON COLUMN @extschema@.placement_scopes.scope_id IS
  'The number the placement''s rows carry in household_heads.rule_id or id_keys.rule_id (negative).';
COMMENT ON COLUMN @extschema@.placement_scopes.rule_id IS
  'The household or unique-id rule, as in population_rules.node_rule.';
COMMENT ON COLUMN @extschema@.placement_scopes.shard IS
  'The placement: this node''s relation of the shard (its number; not a regclass, the relation may be gone).';
COMMENT ON COLUMN @extschema@.placement_scopes.shardid IS
  'Citus''s shard id of the placement, so that a relation number used again for another shard is never taken for it.';
COMMENT ON CONSTRAINT placement_scopes_placement ON @extschema@.placement_scopes IS
  'One scope per placement and rule: the first writer of a placement makes it, a concurrent one waits for it.';
REVOKE ALL ON @extschema@.placement_scopes FROM PUBLIC;
REVOKE ALL ON SEQUENCE @extschema@.placement_scopes_id_seq FROM PUBLIC;

-- How Citus manages a table: its partition method ('h' hash-distributed,
-- 'n' reference or Citus local table) and distribution column; NULLs when
-- the table is not Citus's (or Citus is not installed).
CREATE FUNCTION @extschema@._citus_layout(tbl regclass, OUT method text, OUT dist_column name)
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
COMMENT ON FUNCTION @extschema@._citus_layout(regclass) IS
  'Internal: how Citus manages a table (partition method and distribution column), NULLs when it does not.';

-- Was the module loaded before this session's first statement (shared or
-- session preload)?  Only then does its commit hook have Citus report a
-- household rule's commit-time error with the rule's own SQLSTATE.
CREATE FUNCTION @extschema@._commit_hook_preloaded() RETURNS boolean
	LANGUAGE C STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'commit_hook_preloaded';
COMMENT ON FUNCTION @extschema@._commit_hook_preloaded() IS
  'Internal: true when the module was loaded before the session''s first statement (shared_preload_libraries or session_preload_libraries), so that its commit hook on a Citus coordinator sees every write.';

-- Refuse a layout on which a rule would be wrong: the unique-id and
-- household rules need a plain table distributed by their key column, and
-- the unique-id rule no legacy_id_column (the unique-id rule's legacy id
-- column, NULL for none or another kind of rule).
-- Warn when a household rule is on a distributed table and this session's
-- module was not preloaded (the coordinator's commit hook is then missing).
CREATE FUNCTION @extschema@._check_layout(tbl regclass, kind text, key_column name,
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
		THEN format(@extschema@.gettext('Table %s is a Citus reference or local table, with no distribution column.'), tbl)
		ELSE format(@extschema@.gettext('Table %s is distributed by column "%s".'), tbl, dist_column) END;
	IF method <> 'h' OR dist_column IS DISTINCT FROM key_column THEN
		IF kind = 'unique_id' THEN
			RAISE EXCEPTION USING
				MESSAGE = format(@extschema@.gettext('the unique-id rule cannot guard table %s in this Citus layout'), tbl),
				ERRCODE = 'feature_not_supported',
				DETAIL = layout OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||)
					@extschema@.gettext('Rows with one id number could then live on two nodes, and no node would see both.'),
				HINT = format(@extschema@.gettext('Distribute the table by its id column "%s" (population_rules.distribute_table), or keep it on a single server.'), key_column);
		END IF;
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('the household rule cannot guard table %s in this Citus layout'), tbl),
			ERRCODE = 'feature_not_supported',
			DETAIL = layout OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||)
				@extschema@.gettext('The members of one household could then live on two nodes, each counting heads on its own.'),
			HINT = format(@extschema@.gettext('Distribute the table by its household column "%s" (population_rules.distribute_table), or keep it on a single server.'), key_column);
	END IF;
	IF EXISTS (SELECT FROM pg_catalog.pg_class c
	            WHERE c.oid OPERATOR(pg_catalog.=) tbl
	              AND (c.relkind OPERATOR(pg_catalog.<>) 'r' OR c.relispartition)) THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('cannot attach the %s rule to partitioned distributed table %s'), pg_catalog.replace(kind, '_', '-'), tbl),
			ERRCODE = 'feature_not_supported',
			DETAIL = layout,
			HINT = @extschema@.gettext('On Citus the unique-id and household rules guard plain distributed tables only; the names rule guards any table.');
	END IF;
	-- a legacy id's reuse is seen by comparing the rows of one legacy id,
	-- which a table distributed by the personal id spreads over the nodes
	IF kind = 'unique_id' AND legacy_column IS NOT NULL THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('the unique-id rule cannot track the legacy id numbers of distributed table %s'), tbl),
			ERRCODE = 'feature_not_supported',
			DETAIL = format(@extschema@.gettext('Table %s is distributed by its id column "%s": two persons holding one legacy id number (column "%s") can live on two nodes, and no node would see the reuse.'), tbl, dist_column, legacy_column),
			HINT = @extschema@.gettext('Attach the rule without legacy_id_column, or keep the table on a single server.');
	END IF;
	IF kind = 'household_head' AND NOT @extschema@._commit_hook_preloaded() THEN
		RAISE WARNING USING
			MESSAGE = @extschema@.gettext('population_rules is not preloaded on this Citus node'),
			ERRCODE = '01000',
			DETAIL = format(@extschema@.gettext('A transaction through this node that leaves a household of table %s without exactly one head is still refused at commit, but with Citus''s "could not commit transaction" (XX000) instead of the rule''s own error (23514) and its detail.'), tbl),
			HINT = @extschema@.gettext('Set shared_preload_libraries = ''citus,population_rules'' on the coordinator and restart it.');
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._check_layout(regclass, text, name, text, name, name) IS
  'Internal: refuse a Citus layout on which a unique-id or household rule would be wrong (not distributed by its key column, partitioned, unique-id tracking legacy ids), and warn about a household rule on a node that does not preload the module.';

-- Set citus.enable_unsafe_triggers for this transaction when tbl is
-- Citus's (so that the rules' triggers reach its shards), returning the
-- value it had; the caller sets it back when done.  NULL on a table of a
-- single server.
CREATE FUNCTION @extschema@._citus_triggers(tbl regclass, value text) RETURNS text
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	prev text;
BEGIN
	IF value IS NULL OR (@extschema@._citus_layout(tbl)).method IS NULL THEN
		RETURN NULL;
	END IF;
	prev := pg_catalog.current_setting('citus.enable_unsafe_triggers', true);
	PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', value, true);
	RETURN coalesce(prev, 'off');
END
$$;
COMMENT ON FUNCTION @extschema@._citus_triggers(regclass, text) IS
  'Internal: set citus.enable_unsafe_triggers for the rules'' own trigger DDL on a Citus table; returns the previous value.';

-- The relation of shard shardid of a Citus table on this node (named
-- <table>_<shard id> in the table's schema), or NULL when this node holds
-- none.  (Citus's shard_name() leaves names in public unqualified, which a
-- pinned search_path does not find.)
CREATE FUNCTION @extschema@._local_shard(logical regclass, shardid bigint) RETURNS regclass
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT pg_catalog.to_regclass(pg_catalog.format('%I.%I', n.nspname,
	           c.relname::text OPERATOR(pg_catalog.||) '_' OPERATOR(pg_catalog.||) shardid::text))
	  FROM pg_catalog.pg_class c
	  JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
	 WHERE c.oid OPERATOR(pg_catalog.=) logical
$$;
COMMENT ON FUNCTION @extschema@._local_shard(regclass, bigint) IS
  'Internal: the relation of a shard of a Citus table on this node, or NULL.';

-- This node's placements of Citus table tbl: each shard of it that
-- Citus places in this node's group, with its relation here (NULL when
-- the relation is missing).  A placement Citus left behind, no longer in
-- pg_dist_placement, is not listed.
CREATE FUNCTION @extschema@._local_placements(tbl regclass)
	RETURNS TABLE (placement regclass, shardid bigint)
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	RETURN QUERY EXECUTE
		'SELECT @extschema@._local_shard(s.logicalrelid, s.shardid), s.shardid'
		'  FROM pg_catalog.pg_dist_shard s'
		'  JOIN pg_catalog.pg_dist_placement p ON p.shardid OPERATOR(pg_catalog.=) s.shardid'
		' WHERE s.logicalrelid OPERATOR(pg_catalog.=) $1'
		'   AND p.groupid OPERATOR(pg_catalog.=) (SELECT g.groupid FROM pg_catalog.pg_dist_local_group g)'
		USING tbl;
END
$$;
COMMENT ON FUNCTION @extschema@._local_placements(regclass) IS
  'Internal: this node''s placements of a Citus table (relation here, or NULL, and shard id).';

-- The triggers of rule rid on relation rel: those whose function is one
-- of the extension's and whose first argument is the rule's number.
CREATE FUNCTION @extschema@._rule_triggers(rid integer, rel regclass)
	RETURNS TABLE (tgname name, proname name)
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT t.tgname, f.proname
	  FROM pg_catalog.pg_trigger t
	  JOIN pg_catalog.pg_proc f ON f.oid OPERATOR(pg_catalog.=) t.tgfoid
	 WHERE t.tgrelid OPERATOR(pg_catalog.=) rel
	   AND f.pronamespace OPERATOR(pg_catalog.=) '@extschema@'::pg_catalog.regnamespace
	   AND pg_catalog.split_part(pg_catalog.encode(t.tgargs, 'escape'), E'\\000', 1)
	       OPERATOR(pg_catalog.=) rid::pg_catalog.text
$$;
COMMENT ON FUNCTION @extschema@._rule_triggers(integer, regclass) IS
  'Internal: the triggers of a rule on a relation (the extension''s trigger functions, the rule''s number as first argument), with their function''s name.';

-- Run one DDL statement of the rules on this node only
-- (citus.enable_ddl_propagation off for it).
CREATE FUNCTION @extschema@._citus_local_ddl(command text) RETURNS void
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
COMMENT ON FUNCTION @extschema@._citus_local_ddl(text) IS
  'Internal: run a DDL statement of the rules on this node only (a node''s placement of a reference table of the extension joining the extension).';

-- The extension's own Citus reference tables (a copy on every node), in
-- the order they are made: node_rule, where the rules' triggers on the
-- shards find their rule, and the administrative units pre2025_provinces
-- and pre2025_communes (the view pre2025_units), so that a query joining
-- them to a distributed table -- the analysts' views do -- runs on the
-- workers instead of sending them, or the distributed rows, with it.
-- Each is made one once, with its rows (the coordinator's) copied to
-- every node; the rows the workers' own CREATE EXTENSION wrote into their
-- copies of the table stay there unread (Citus reads the placements).
-- The units refer to each other by a foreign key: the provinces are made
-- a reference table before the communes, with Citus's conversion of the
-- other local table of the key (into a "Citus local table", which Citus
-- cannot do to an extension's table) turned off for that call.
-- Then a write that changes nothing fires _on_reference_placement on the
-- table's placement on every node, in the same distributed transaction.
-- Returns the tables it made reference tables (empty when all were).
--
-- And the transaction is put in Citus's sequential mode for the rest of
-- it.  A rule's row in node_rule is written over one connection to each
-- node and is seen by that connection alone until commit; a shard
-- written over another connection of the same transaction would not find
-- its rule.  In sequential mode the rule's trigger statements, the
-- node_rule write and every later statement of the transaction use one
-- connection per node (what Citus itself does after DDL on a distributed
-- object).  Run before anything else of the transaction touches a
-- distributed table (Citus refuses to create a reference table after a
-- parallel distributed access, and statements run before over several
-- connections keep them: _on_node_rule refuses the attach then).
CREATE FUNCTION @extschema@._citus_prepare() RETURNS regclass[]
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
	FOREACH t IN ARRAY ARRAY['@extschema@.node_rule', '@extschema@.pre2025_provinces',
	                         '@extschema@.pre2025_communes']::pg_catalog.regclass[] LOOP
		CONTINUE WHEN (@extschema@._citus_layout(t)).method IS NOT NULL;
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
COMMENT ON FUNCTION @extschema@._citus_prepare() IS
  'Internal: make the extension''s tables node_rule, pre2025_provinces and pre2025_communes Citus reference tables (on every node, each placement joining the extension), once, and put the transaction in Citus''s sequential mode; returns the tables it made reference tables.';

-- On a write to one of the extension's Citus reference tables, on each
-- node holding a placement of it (Citus copies the trigger to them): the
-- placement joins the extension, so that DROP EXTENSION, which Citus runs
-- on every node, drops it.  Citus, taking the placements of an
-- extension's table for those of a partition, leaves them behind
-- otherwise.  _citus_prepare and citus_prepare() fire it with a write
-- that changes nothing (once per table: citus_prepare() skips those
-- _citus_prepare has just made); a placement copied later to a node
-- added since joins by _on_create_trigger; on the table itself (an extension
-- member) it does nothing.  Not SECURITY DEFINER: only the owner writes
-- these tables.
CREATE FUNCTION @extschema@._on_reference_placement() RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
	                WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
	                  AND d.objid OPERATOR(pg_catalog.=) TG_RELID
	                  AND d.deptype OPERATOR(pg_catalog.=) 'e') THEN
		PERFORM @extschema@._citus_local_ddl(
			pg_catalog.format('ALTER EXTENSION population_rules ADD TABLE %s', TG_RELID::pg_catalog.regclass));
	END IF;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@._on_reference_placement() IS
  'Internal: trigger of the extension''s Citus reference tables: on each node, the table''s placement there joins the extension, so that DROP EXTENSION drops it.';
CREATE TRIGGER reference_placement AFTER INSERT OR UPDATE OR DELETE ON @extschema@.node_rule
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@._on_reference_placement();
COMMENT ON TRIGGER reference_placement ON @extschema@.node_rule IS
  'On each node, the placement of the Citus reference table joins the extension (_on_reference_placement).';

-- A placement Citus makes later, on a node added after the tables became
-- reference tables (replicate_reference_tables(), a rebalance or the
-- next create_distributed_table copying them there), gets its
-- rows before its triggers: Citus creates a copied placement's triggers
-- after the copy, so no write fires _on_reference_placement there.
-- Citus creating that placement's reference_placement trigger does fire
-- this, on that node: a table of the extension's schema that gets a
-- trigger calling _on_reference_placement, and is no extension's member,
-- joins the extension.  Fires on every CREATE TRIGGER (one catalog
-- look-up otherwise, needing no right on the extension's schema); runs
-- with the rights of whoever creates the trigger, who must be allowed to
-- execute _on_reference_placement (the owner: Citus creates a
-- placement's triggers as the table's owner).
CREATE FUNCTION @extschema@._on_create_trigger() RETURNS event_trigger
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
	              AND f.pronamespace OPERATOR(pg_catalog.=) '@extschema@'::pg_catalog.regnamespace
	              AND r.relnamespace OPERATOR(pg_catalog.=) '@extschema@'::pg_catalog.regnamespace
	              AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
	                               WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
	                                 AND d.objid OPERATOR(pg_catalog.=) t.tgrelid
	                                 AND d.deptype OPERATOR(pg_catalog.=) 'e') LOOP
		PERFORM @extschema@._citus_local_ddl(
			pg_catalog.format('ALTER EXTENSION population_rules ADD TABLE %s', rel));
	END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@._on_create_trigger() IS
  'Event trigger: on each node, a placement of one of the extension''s Citus reference tables that Citus gives its reference_placement trigger (a placement copied to a node added later) joins the extension, so that DROP EXTENSION drops it.';
CREATE EVENT TRIGGER population_rules_create_trigger ON ddl_command_end
	WHEN TAG IN ('CREATE TRIGGER')
	EXECUTE FUNCTION @extschema@._on_create_trigger();
COMMENT ON EVENT TRIGGER population_rules_create_trigger IS
  'On each node, a placement of the extension''s Citus reference tables joins the extension when Citus creates its trigger (_on_create_trigger).';

-- For the DBA: what the first rule on a Citus table, distribute_table and
-- generate_views over distributed sources do by themselves, ahead of
-- time, in a transaction of its own; run again, it has the extension take
-- in any node's placement of its reference tables left out of it (a write
-- that changes nothing to each, firing _on_reference_placement on every
-- node; the tables this call makes reference tables had it fired by
-- _citus_prepare already).  A node added later needs no call: its copies
-- join by _on_create_trigger.  Returns the extension's tables that are
-- Citus reference tables.
CREATE FUNCTION @extschema@.citus_prepare() RETURNS SETOF regclass
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	t regclass;
	made regclass[];
BEGIN
	IF pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NULL THEN
		RAISE EXCEPTION USING
			MESSAGE = @extschema@.gettext('cannot prepare the extension for Citus: Citus is not installed'),
			ERRCODE = 'feature_not_supported',
			DETAIL = @extschema@.gettext('population_rules.citus_prepare() makes the extension''s tables Citus reference tables.'),
			HINT = @extschema@.gettext('Run it on a Citus coordinator.');
	END IF;
	made := @extschema@._citus_prepare();
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
COMMENT ON FUNCTION @extschema@.citus_prepare() IS
  'On a Citus coordinator: make the extension''s tables Citus reference tables (node_rule, pre2025_provinces, pre2025_communes), as the first rule on a Citus table and generate_views over distributed sources do; run again, it has any node''s placement of them left out of the extension join it. Returns them.';

-- Bring a rule's row in node_rule in step with the registry: present for
-- a rule on a Citus table, absent otherwise.  rebuild: delete and insert
-- it again, so that every node rebuilds its household counters.
CREATE FUNCTION @extschema@._sync_nodes(rid integer, rebuild boolean) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule;
	nsp name;
	rel name;
BEGIN
	IF (@extschema@._citus_layout('@extschema@.node_rule')).method IS NULL THEN
		RETURN;
	END IF;
	-- the rest of the transaction over the connection that wrote the row
	-- (see _citus_prepare)
	PERFORM pg_catalog.set_config('citus.multi_shard_modify_mode', 'sequential', true);
	SELECT * INTO r FROM @extschema@.rule g WHERE g.rule_id OPERATOR(pg_catalog.=) rid;
	IF NOT FOUND OR (@extschema@._citus_layout(r.tbl)).method IS NULL THEN
		DELETE FROM @extschema@.node_rule n WHERE n.rule_id OPERATOR(pg_catalog.=) rid;
		RETURN;
	END IF;
	IF rebuild THEN
		DELETE FROM @extschema@.node_rule n WHERE n.rule_id OPERATOR(pg_catalog.=) rid;
	END IF;
	SELECT c.relname INTO rel FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) r.tbl;
	nsp := @extschema@._relation_schema(r.tbl);
	INSERT INTO @extschema@.node_rule AS n (rule_id, tbl_schema, tbl_name, rule_name, kind, attnums, colnames, mode, options)
	VALUES (r.rule_id, nsp, rel, r.rule_name, r.kind, r.attnums, r.colnames, r.mode, r.options)
	ON CONFLICT (rule_id) DO UPDATE
	   SET tbl_schema = excluded.tbl_schema, tbl_name = excluded.tbl_name,
	       rule_name = excluded.rule_name, attnums = excluded.attnums,
	       colnames = excluded.colnames, mode = excluded.mode, options = excluded.options;
END
$$;
COMMENT ON FUNCTION @extschema@._sync_nodes(integer, boolean) IS
  'Internal: write a rule''s registry row to population_rules.node_rule (every node) when its table is Citus''s, remove it otherwise.';

-- Rule rid of kind kind as this node knows it (read from node_rule's
-- placement), for reading one of its shard placements here: its table
-- this node's relation of the shard's logical table, its columns found
-- there by name.  Run read-only by the first write to a placement, with
-- that write's snapshot (placement_scope.c).  A transaction that reads
-- one snapshot (REPEATABLE READ, SERIALIZABLE), taken before Citus made
-- this node the shard's (a move or split), does not see the rows Citus
-- copied here: it cannot count them, and fails to serialize instead.
CREATE FUNCTION @extschema@._placement_rule(rid integer, kind text, shard regclass, shardid bigint)
	RETURNS @extschema@.rule
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	placement regclass := @extschema@._node_rule_placement();
	r @extschema@.rule;
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
		r.attnums := @extschema@._attnums(r.tbl, r.colnames, r.attnums);
	END IF;
	IF r.rule_id IS NULL OR r.tbl IS NULL OR pg_catalog.array_position(r.attnums, NULL::smallint) IS NOT NULL THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('%s rule %s is not known on this node'), pg_catalog.replace(kind, '_', '-'), rid),
			ERRCODE = 'undefined_object',
			DETAIL = format(@extschema@.gettext('What the rule keeps for %s is kept on the node that holds it, for the rules population_rules.node_rule holds there.'), shard),
			HINT = @extschema@.gettext('Attach the rule through the coordinator (population_rules.attach_*_rule or distribute_table).');
	END IF;
	IF pg_catalog.current_setting('transaction_isolation') OPERATOR(pg_catalog.=) ANY (ARRAY['repeatable read', 'serializable']) THEN
		EXECUTE 'SELECT EXISTS (SELECT FROM pg_catalog.pg_dist_placement p'
		        '  WHERE p.shardid OPERATOR(pg_catalog.=) $1'
		        '    AND p.groupid OPERATOR(pg_catalog.=) (SELECT g.groupid FROM pg_catalog.pg_dist_local_group g))'
		   INTO here USING shardid;
		IF NOT here THEN
			RAISE EXCEPTION USING
				MESSAGE = format(@extschema@.gettext('could not read the rows of %s: the shard came to this node after this transaction began'), shard),
				ERRCODE = 'serialization_failure',
				DETAIL = format(@extschema@.gettext('Rule %s counts the rows of a shard Citus moved or split onto a node at the shard''s first write there; this transaction''s snapshot does not show the rows Citus copied.'), rid),
				HINT = @extschema@.gettext('Retry the transaction.');
		END IF;
	END IF;
	-- the columns are read as the extension's owner: their types must
	-- still be ones the rules read (as at attach)
	PERFORM @extschema@._check_readable(r.tbl, r.attnums);
	RETURN r;
END
$$;
COMMENT ON FUNCTION @extschema@._placement_rule(integer, text, regclass, bigint) IS
  'Internal: a rule as this node knows it from node_rule, its table and columns this node''s, for reading one of its shard placements here; fails to serialize when the placement came after the transaction''s snapshot.';

-- The counts of one shard placement of household rule rid on this node,
-- per household: living members and living heads.  STABLE: run read-only,
-- it counts with the caller's snapshot, which the first write to a
-- placement uses to count the rows there before its own statement
-- (placement_scope.c).
CREATE FUNCTION @extschema@._placement_counts(rid integer, shard regclass, shardid bigint)
	RETURNS TABLE (household text, members integer, heads integer)
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	e record;
BEGIN
	SELECT * INTO e FROM @extschema@._household_exprs(
		@extschema@._placement_rule(rid, 'household_head', shard, shardid));
	RETURN QUERY EXECUTE format(
		'SELECT h, (count(*) FILTER (WHERE a))::pg_catalog.int4, (count(*) FILTER (WHERE a AND hd))::pg_catalog.int4'
		'  FROM (SELECT %s AS h, %s AS a, %s AS hd FROM %s) s WHERE h IS NOT NULL GROUP BY h',
		e.household, e.alive, e.head, shard);
END
$$;
COMMENT ON FUNCTION @extschema@._placement_counts(integer, regclass, bigint) IS
  'Internal: per household, the living members and living heads of one shard placement of a household rule''s table on this node.';

-- The id keys of one shard placement of unique-id rule rid on this node:
-- each id number, how many rows hold it and the first of them, as
-- _add_rows keeps them on one server.  STABLE, like _placement_counts.
CREATE FUNCTION @extschema@._placement_keys(rid integer, shard regclass, shardid bigint)
	RETURNS TABLE (key bigint, n integer, row_ref text)
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule := @extschema@._placement_rule(rid, 'unique_id', shard, shardid);
BEGIN
	RETURN QUERY EXECUTE format(
		'SELECT k, count(*)::pg_catalog.int4, min(ref)'
		'  FROM (SELECT %s AS k, %s AS ref FROM %s) s WHERE k IS NOT NULL GROUP BY k',
		@extschema@._key_expr(r.tbl, r.attnums[1], false), @extschema@._row_key_expr(shard, false), shard);
END
$$;
COMMENT ON FUNCTION @extschema@._placement_keys(integer, regclass, bigint) IS
  'Internal: the id keys of one shard placement of a unique-id rule''s table on this node (number, holders, first holder).';

-- Drop the copies of rule rid's TRUNCATE trigger that shard placements of
-- tbl on this node hold: Citus gives the shards a move or split makes a
-- copy of the table's TRUNCATE trigger (which does nothing on a shard),
-- named with the shard's number, and does not propagate its drop to them.  (The rule's other triggers on
-- the shards are Citus's to drop with the table's; rebuild_rule, which
-- also deletes the rule's row of node_rule, keeps them.)
CREATE FUNCTION @extschema@._drop_shard_triggers(rid integer, tbl regclass)
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
		  FROM @extschema@._local_placements(tbl) l,
		       LATERAL @extschema@._rule_triggers(rid, l.placement) t
		 WHERE t.proname OPERATOR(pg_catalog.=) '_truncate_trigger'
	LOOP
		PERFORM @extschema@._citus_local_ddl(format('DROP TRIGGER %I ON %s', tname, placement_rel));
	END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@._drop_shard_triggers(integer, regclass) IS
  'Internal: drop the copies of a rule''s TRUNCATE trigger that Citus gave moved and split shards of its table on this node.';

-- On each node, for each row of node_rule written: a household rule's
-- counters, and the id keys of a unique-id rule that keeps keys of its
-- own (no unique index of the table guards it), are built from the shards
-- of its table that this node holds, one scope per placement
-- (placement_scopes), and forgotten when the row goes or its truncations
-- count goes up.
-- Fires on node_rule's placement on every node (Citus copies the trigger
-- to the reference table's shards).
-- A row written is seen, until commit, by this connection only: the
-- rule's triggers on this node's shards must have been made over it too,
-- else a write to those shards later in the transaction would not find
-- the rule (Citus keeps using, for a shard, the connection that changed
-- it first in the transaction).  Refused then, with what to do.
CREATE FUNCTION @extschema@._on_node_rule() RETURNS trigger
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
		DELETE FROM @extschema@.household_heads h WHERE h.rule_id OPERATOR(pg_catalog.=) OLD.rule_id;
		DELETE FROM @extschema@.household_heads h USING @extschema@.placement_scopes s
		 WHERE s.rule_id OPERATOR(pg_catalog.=) OLD.rule_id AND h.rule_id OPERATOR(pg_catalog.=) s.scope_id;
		DELETE FROM @extschema@.id_keys k USING @extschema@.placement_scopes s
		 WHERE s.rule_id OPERATOR(pg_catalog.=) OLD.rule_id AND k.rule_id OPERATOR(pg_catalog.=) s.scope_id;
		IF TG_OP = 'DELETE' THEN
			DELETE FROM @extschema@.placement_scopes s WHERE s.rule_id OPERATOR(pg_catalog.=) OLD.rule_id;
			PERFORM @extschema@._drop_shard_triggers(OLD.rule_id,
				@extschema@._node_rule_table(OLD.tbl_schema, OLD.tbl_name));
		END IF;
		DELETE FROM @extschema@.id_keys k WHERE k.rule_id OPERATOR(pg_catalog.=) OLD.rule_id;
		RETURN NULL;
	END IF;
	tbl := @extschema@._node_rule_table(NEW.tbl_schema, NEW.tbl_name);
	SELECT min(l.shardid) INTO unseen
	  FROM @extschema@._local_placements(tbl) l
	 WHERE NOT EXISTS (SELECT FROM @extschema@._rule_triggers(NEW.rule_id, l.placement));
	IF unseen IS NOT NULL THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('cannot attach rule %s to table %s in this transaction: Citus reaches its shard %s over another connection'), NEW.rule_id, tbl, unseen),
			ERRCODE = 'object_not_in_prerequisite_state',
			DETAIL = @extschema@.gettext('An earlier statement of the transaction ran over several connections to a worker; the rule''s copy on that worker would be seen by one of them only until commit.'),
			HINT = @extschema@.gettext('Attach the rule (or distribute the table) in a transaction of its own, or begin the transaction with SET LOCAL citus.multi_shard_modify_mode TO ''sequential''.');
	END IF;
	IF NOT (NEW.kind OPERATOR(pg_catalog.=) 'household_head'
	        OR (NEW.kind OPERATOR(pg_catalog.=) 'unique_id' AND NOT NEW.options ? 'unique_index')) THEN
		RETURN NULL;
	END IF;
	-- each placement this node holds: its scope, its rows counted under it
	-- (a placement Citus left behind, not yet dropped, is not counted)
	FOR placement_rel, placement_id IN
		SELECT l.placement, l.shardid FROM @extschema@._local_placements(tbl) l
	LOOP
		CONTINUE WHEN placement_rel IS NULL;
		INSERT INTO @extschema@.placement_scopes AS s (rule_id, shard, shardid)
		VALUES (NEW.rule_id, placement_rel, placement_id)
		ON CONFLICT ON CONSTRAINT placement_scopes_placement DO NOTHING
		RETURNING s.scope_id INTO scope;
		CONTINUE WHEN scope IS NULL;	-- made and counted by a writer meanwhile
		IF NEW.kind OPERATOR(pg_catalog.=) 'household_head' THEN
			INSERT INTO @extschema@.household_heads AS t (rule_id, household, members, heads, checked)
			SELECT scope, c.household, c.members, c.heads, false
			  FROM @extschema@._placement_counts(NEW.rule_id, placement_rel, placement_id) c;
		ELSE
			INSERT INTO @extschema@.id_keys AS t (rule_id, slot, key, n, row_ref)
			SELECT scope, 0, k.key, k.n, k.row_ref
			  FROM @extschema@._placement_keys(NEW.rule_id, placement_rel, placement_id) k;
		END IF;
	END LOOP;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@._on_node_rule() IS
  'Trigger of population_rules.node_rule, on every node: builds a household rule''s counters, or the id keys of a unique-id rule without a unique index, from the shards the node holds (one scope per placement), and forgets a rule''s derived rows when its row goes or its table is truncated.';
CREATE TRIGGER node_rule_counters AFTER INSERT OR DELETE OR UPDATE OF truncations ON @extschema@.node_rule
	FOR EACH ROW EXECUTE FUNCTION @extschema@._on_node_rule();
COMMENT ON TRIGGER node_rule_counters ON @extschema@.node_rule IS
  'Builds and forgets the household counters and id keys of each node.';

-- This node's relation of a table node_rule names (schema and name), or
-- NULL: the one place where a row of node_rule becomes a relation.
CREATE FUNCTION @extschema@._node_rule_table(nsp name, rel name) RETURNS regclass
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT c.oid::pg_catalog.regclass FROM pg_catalog.pg_class c
	  JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
	 WHERE n.nspname OPERATOR(pg_catalog.=) nsp AND c.relname OPERATOR(pg_catalog.=) rel
$$;
COMMENT ON FUNCTION @extschema@._node_rule_table(name, name) IS
  'Internal: this node''s relation of the table a row of population_rules.node_rule names, or NULL.';

-- node_rule's placement on this node, read directly (on a worker the
-- table itself is an empty shell), or NULL.
CREATE FUNCTION @extschema@._node_rule_placement() RETURNS regclass
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	placement regclass;
BEGIN
	IF pg_catalog.to_regclass('pg_catalog.pg_dist_shard') IS NULL THEN
		RETURN NULL;
	END IF;
	EXECUTE 'SELECT @extschema@._local_shard(s.logicalrelid, s.shardid)'
	        '  FROM pg_catalog.pg_dist_shard s WHERE s.logicalrelid OPERATOR(pg_catalog.=) $1'
	   INTO placement USING '@extschema@.node_rule'::pg_catalog.regclass;
	RETURN placement;
END
$$;
COMMENT ON FUNCTION @extschema@._node_rule_placement() IS
  'Internal: the local placement (shard relation) of the reference table population_rules.node_rule on this node, or NULL.';

-- Is rel, on this node, the table (the coordinator's, or a worker's copy
-- of it) of household rule rid as node_rule holds it?
CREATE FUNCTION @extschema@._node_rule_of_table(rid integer, rel regclass) RETURNS boolean
	LANGUAGE plpgsql STABLE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	placement regclass := @extschema@._node_rule_placement();
	ok boolean;
BEGIN
	IF placement IS NULL THEN
		RETURN false;
	END IF;
	EXECUTE format('SELECT EXISTS (SELECT FROM %s n WHERE n.rule_id OPERATOR(pg_catalog.=) $1'
	               '   AND n.kind OPERATOR(pg_catalog.=) ''household_head'''
	               '   AND @extschema@._node_rule_table(n.tbl_schema, n.tbl_name) OPERATOR(pg_catalog.=) $2)',
	               placement) INTO ok USING rid, rel;
	RETURN ok;
END
$$;
COMMENT ON FUNCTION @extschema@._node_rule_of_table(integer, regclass) IS
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
CREATE FUNCTION @extschema@._truncate_on_nodes(rid integer) RETURNS boolean
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF pg_catalog.current_setting('citus.enable_ddl_propagation', true) OPERATOR(pg_catalog.=) 'off' THEN
		RETURN true;
	END IF;
	UPDATE @extschema@.node_rule n SET truncations = n.truncations OPERATOR(pg_catalog.+) 1
	 WHERE n.rule_id OPERATOR(pg_catalog.=) rid;
	RETURN FOUND;
END
$$;
COMMENT ON FUNCTION @extschema@._truncate_on_nodes(integer) IS
  'Internal: on TRUNCATE of a Citus table with a household rule, make every node forget the rule''s counters (through population_rules.node_rule), in the same distributed transaction.';

-- Distribute a table with Citus, its rules kept: the layout is checked
-- against every rule of the table first (both orders, attach then
-- distribute and distribute then attach, end in the same refusals).
CREATE FUNCTION @extschema@.distribute_table(tbl regclass, distribution_column name,
	colocate_with text DEFAULT 'default') RETURNS void
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.rule;
BEGIN
	PERFORM @extschema@._check_owner(tbl);
	IF pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NULL THEN
		RAISE EXCEPTION USING
			MESSAGE = format(@extschema@.gettext('cannot distribute table %s: Citus is not installed'), tbl),
			ERRCODE = 'feature_not_supported',
			DETAIL = @extschema@.gettext('population_rules.distribute_table() calls Citus''s create_distributed_table().'),
			HINT = @extschema@.gettext('Run it on a Citus coordinator.');
	END IF;
	FOR r IN SELECT * FROM @extschema@.rule g WHERE g.tbl OPERATOR(pg_catalog.=) distribute_table.tbl
	         ORDER BY g.rule_id LOOP
		PERFORM @extschema@._check_layout(tbl, r.kind,
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
	PERFORM @extschema@._citus_prepare();
	-- The rules' triggers go first: create_distributed_table copies the
	-- rows into the shards, which must not fire triggers whose rule has
	-- not reached the workers yet.  Then, as attach does, the triggers
	-- again (now on every shard), and the registry rows on every node,
	-- where each node counts the households of the shards it holds.
	FOR r IN SELECT * FROM @extschema@.rule g WHERE g.tbl OPERATOR(pg_catalog.=) distribute_table.tbl LOOP
		PERFORM @extschema@._drop_triggers(r.rule_id);
	END LOOP;
	PERFORM pg_catalog.create_distributed_table(tbl, distribution_column::text,
		colocate_with => colocate_with);
	FOR r IN SELECT * FROM @extschema@.rule g WHERE g.tbl OPERATOR(pg_catalog.=) distribute_table.tbl LOOP
		PERFORM @extschema@._create_triggers(r.rule_id);
		PERFORM @extschema@._sync_nodes(r.rule_id, true);
	END LOOP;
	-- the coordinator's counters and keys of the local table are no longer
	-- read (each node keeps its shards')
	DELETE FROM @extschema@.household_heads h USING @extschema@.rule g
	 WHERE g.tbl OPERATOR(pg_catalog.=) distribute_table.tbl AND h.rule_id OPERATOR(pg_catalog.=) g.rule_id;
	DELETE FROM @extschema@.id_keys k USING @extschema@.rule g
	 WHERE g.tbl OPERATOR(pg_catalog.=) distribute_table.tbl AND k.rule_id OPERATOR(pg_catalog.=) g.rule_id;
	PERFORM @extschema@._invalidate(tbl);
END
$$;
COMMENT ON FUNCTION @extschema@.distribute_table(regclass, name, text) IS
  'Distribute a table with Citus (create_distributed_table) keeping its rules: refused when a rule would be wrong on that layout.';

-- The violation log seen from one node, the coordinator usually: on a
-- distributed table a rule in log mode logs on the worker whose shard's
-- trigger fired.  This node's entries are read directly (the caller's own
-- transaction's included); every other active primary node of the Citus
-- cluster is asked, through Citus's master_run_on_worker, over a
-- connection as the calling role (the function is not SECURITY DEFINER):
-- each node applies its own row-level security to its own log, so a role
-- sees there what it would see on that node.  The other nodes' committed
-- entries only.  tbl is translated, by the table's schema and name, to the
-- oid of this node's table of that name (NULL when there is none); nodeid
-- is the node's in pg_dist_node (0 for a coordinator not in it, NULL
-- without Citus).  A node that cannot be read makes it fail.
CREATE FUNCTION @extschema@.cluster_violations()
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
	               FROM @extschema@.violations v;
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
		'  FROM @extschema@.violations v'::text
	LOOP
		IF NOT w.success THEN
			RAISE EXCEPTION USING
				MESSAGE = format(@extschema@.gettext('cannot read the violation log of node %s:%s'), w.node_name, w.node_port),
				ERRCODE = 'connection_exception',
				DETAIL = w.result,
				HINT = @extschema@.gettext('Each node''s log is read over a connection as the calling role, which must be able to connect to every node of the cluster.');
		END IF;
		RETURN QUERY SELECT w.nodeid, x.violation_id, x.rule_id, x.rule_name,
		                    pg_catalog.to_regclass(e OPERATOR(pg_catalog.->>) 'tbl')::oid, x.table_name,
		                    x.row_key, x.detail, x.at, x.role, x.code
		               FROM pg_catalog.json_array_elements(w.result::json) e,
		                    LATERAL pg_catalog.json_populate_record(NULL::@extschema@.violations,
		                        e OPERATOR(pg_catalog.->) 'v') x;
	END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.cluster_violations() IS
  'The violation log of every node of a Citus cluster (of this server alone without Citus), each node''s read with the caller''s rights on that node; tbl is this node''s table of the same name.';

REVOKE ALL ON FUNCTION @extschema@._commit_hook_preloaded(),
	@extschema@._citus_layout(regclass),
	@extschema@._check_layout(regclass, text, name, text, name, name),
	@extschema@._citus_triggers(regclass, text), @extschema@._citus_prepare(),
	@extschema@._sync_nodes(integer, boolean), @extschema@._on_node_rule(),
	@extschema@._placement_rule(integer, text, regclass, bigint),
	@extschema@._placement_counts(integer, regclass, bigint),
	@extschema@._placement_keys(integer, regclass, bigint), @extschema@._node_rule_placement(),
	@extschema@._node_rule_of_table(integer, regclass), @extschema@._node_rule_table(name, name),
	@extschema@._truncate_on_nodes(integer),
	@extschema@._local_shard(regclass, bigint), @extschema@._local_placements(regclass),
	@extschema@._rule_triggers(integer, regclass), @extschema@._citus_local_ddl(text),
	@extschema@._drop_shard_triggers(integer, regclass), @extschema@._on_reference_placement(),
	@extschema@._on_create_trigger() FROM PUBLIC;
