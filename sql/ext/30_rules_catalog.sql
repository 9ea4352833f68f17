-- population_rules install script, piece 30: the catalogs of table rules.
--
-- rule            the registry: one row per rule attached to a table
-- id_keys         derived: the id numbers held per unique-id rule (the
--                 shadow whose primary key makes uniqueness global and race-free)
-- household_heads derived: members and live heads per household per rule
-- violations      the log of rules in log mode and of validate(..., log)
--
-- All are owned by the extension's owner and written only by the
-- extension's functions and triggers (which switch to the owner for it);
-- nobody else may write them.  The registry, the violation log and the
-- derived tables are dumped with pg_extension_config_dump, so a pg_dump /
-- pg_restore brings the rules back attached and working.

CREATE SEQUENCE @extschema@.rule_id_seq AS integer;
COMMENT ON SEQUENCE @extschema@.rule_id_seq IS
  'Numbers of the rules in population_rules.rule.';

CREATE TABLE @extschema@.rule (
	rule_id		integer PRIMARY KEY
				DEFAULT pg_catalog.nextval('@extschema@.rule_id_seq'::pg_catalog.regclass),
	rule_name	name NOT NULL,
	tbl			regclass NOT NULL,
	kind		text NOT NULL
				CHECK (kind IN ('unique_id', 'household_head', 'names')),
	attnums		smallint[] NOT NULL,
	colnames	name[] NOT NULL,
	mode		text NOT NULL CHECK (mode IN ('enforce', 'warn', 'log')),
	options		jsonb NOT NULL DEFAULT '{}',
	since		timestamptz NOT NULL DEFAULT pg_catalog.now(),
	by_whom		name NOT NULL DEFAULT CURRENT_USER,
	UNIQUE (tbl, rule_name),
	CHECK (pg_catalog.cardinality(attnums) = pg_catalog.cardinality(colnames))
);
ALTER SEQUENCE @extschema@.rule_id_seq OWNED BY @extschema@.rule.rule_id;
COMMENT ON TABLE @extschema@.rule IS
  'Registry of the rules attached to tables: written only through the attach/detach/set_rule_mode functions.';
COMMENT ON COLUMN @extschema@.rule.attnums IS
  'Column numbers the rule works on, by position per kind (0 = not mapped): renaming a column keeps the rule.';
COMMENT ON COLUMN @extschema@.rule.colnames IS
  'Column names matching attnums, kept in step on rename; used to find the columns again after pg_restore.';

CREATE TABLE @extschema@.id_keys (
	rule_id		integer NOT NULL,
	slot		smallint NOT NULL,	-- 0 = personal id, 1 = legacy 9-digit id
	key			bigint NOT NULL,
	n			integer NOT NULL,	-- rows holding the key
	row_ref		text,				-- the first row that took it, e.g. (id)=(7)
	owner_key	bigint,				-- slot 1: personal id of the first holder
	PRIMARY KEY (rule_id, slot, key)
);
COMMENT ON TABLE @extschema@.id_keys IS
  'Derived data of unique-id rules: how many rows hold each id number; its primary key makes uniqueness global across partitions and concurrent transactions. Rebuilt by rebuild_rule().';

CREATE TABLE @extschema@.household_heads (
	rule_id		integer NOT NULL,
	household	text COLLATE "C" NOT NULL,	-- byte order: cheaper compares, one lock order
	members		integer NOT NULL,	-- living members
	heads		integer NOT NULL,	-- living heads
	checked		boolean NOT NULL,	-- false: dirty before the rule was attached, not touched since
	PRIMARY KEY (rule_id, household)
);
CREATE INDEX household_heads_many ON @extschema@.household_heads (rule_id)
	WHERE heads > 1;
CREATE INDEX household_heads_bad ON @extschema@.household_heads (rule_id)
	WHERE checked AND members > 0 AND heads <> 1;
COMMENT ON TABLE @extschema@.household_heads IS
  'Derived data of household-head rules: living members and living heads per household; its rows are the locks that make one-head-per-household race-free. Rebuilt by rebuild_rule().';
COMMENT ON INDEX @extschema@.household_heads_many IS
  'Households with more than one head: checked at the end of each statement.';
COMMENT ON INDEX @extschema@.household_heads_bad IS
  'Households with members but not exactly one head: checked at commit.';

CREATE SEQUENCE @extschema@.violations_id_seq;
COMMENT ON SEQUENCE @extschema@.violations_id_seq IS
  'Numbers of the entries of population_rules.violations.';

CREATE TABLE @extschema@.violations (
	violation_id bigint PRIMARY KEY
				DEFAULT pg_catalog.nextval('@extschema@.violations_id_seq'::pg_catalog.regclass),
	rule_id		integer NOT NULL,
	rule_name	name NOT NULL,
	tbl			oid NOT NULL,		-- the table (may since have been dropped)
	table_name	text NOT NULL,		-- the table's name when it was logged
	row_key		text,
	detail		text NOT NULL,
	at			timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
	role		name NOT NULL,
	code		text				-- machine code of the kind of violation
);
ALTER SEQUENCE @extschema@.violations_id_seq OWNED BY @extschema@.violations.violation_id;
CREATE INDEX violations_at ON @extschema@.violations (at);
COMMENT ON TABLE @extschema@.violations IS
  'Violations recorded by rules in log mode and by validate_rule(..., log => true); purge with purge_violations().';
COMMENT ON INDEX @extschema@.violations_at IS
  'Purging old violations by time.';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.rule', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.rule_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.id_keys', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.household_heads', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.violations', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.violations_id_seq', '');

-- The registry is readable by all (the rules view shows it); violations
-- only by the owners of the tables they are about; everything is written by
-- nobody but the extension's owner (through the API and the triggers).
REVOKE ALL ON @extschema@.rule, @extschema@.id_keys, @extschema@.household_heads,
	@extschema@.violations FROM PUBLIC;
REVOKE ALL ON SEQUENCE @extschema@.rule_id_seq, @extschema@.violations_id_seq FROM PUBLIC;
GRANT SELECT ON @extschema@.rule, @extschema@.violations TO PUBLIC;
ALTER TABLE @extschema@.violations ENABLE ROW LEVEL SECURITY;
CREATE POLICY violations_of_own_tables ON @extschema@.violations FOR SELECT
	USING (pg_catalog.pg_has_role(CURRENT_USER,
		(SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) tbl),
		'USAGE'));
COMMENT ON POLICY violations_of_own_tables ON @extschema@.violations IS
  'A role sees the violations of the tables it owns (superusers and the extension owner see all).';
