/*-------------------------------------------------------------------------
 *
 * rule_cache.c
 *	  Per-backend cache of rule metadata, keyed by (rule id, relation).
 *
 * A trigger names its rule by number (its only argument).  The first call
 * for a (rule, relation) pair reads the registry and resolves the rule's
 * columns in that relation (a partition may number its columns differently
 * from the partitioned table the rule is attached to).  Entries are dropped
 * by a relcache invalidation of either relation: set_rule_mode() and the
 * attach/detach calls send one for the table, and renaming or altering a
 * column sends one by itself.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/genam.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "catalog/partition.h"
#include "catalog/pg_class.h"
#include "catalog/pg_index.h"
#include "catalog/indexing.h"
#include "parser/parse_relation.h"
#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/rel.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/relcache.h"
#include "utils/syscache.h"

#include "nls.h"
#include "rules/rules.h"

typedef struct RuleKey
{
	int32		rule_id;
	Oid			relid;
} RuleKey;

static HTAB *rule_cache = NULL;

/* Mark every entry of the relation (or of every relation) stale. */
static void
rules_relcache_callback(Datum arg, Oid relid)
{
	HASH_SEQ_STATUS status;
	RuleInfo   *entry;

	if (rule_cache == NULL)
		return;
	hash_seq_init(&status, rule_cache);
	while ((entry = hash_seq_search(&status)) != NULL)
	{
		if (relid == InvalidOid || entry->relid == relid || entry->tbl == relid)
			entry->valid = false;
	}
}

static void
rules_cache_init(void)
{
	HASHCTL		ctl;

	ctl.keysize = sizeof(RuleKey);
	ctl.entrysize = sizeof(RuleInfo);
	ctl.hcxt = TopMemoryContext;
	rule_cache = hash_create("population_rules rule cache", 64, &ctl,
							 HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	CacheRegisterRelcacheCallback(rules_relcache_callback, (Datum) 0);
}

/* The rule number passed to the trigger as its only argument. */
int32
rules_trigger_rule_id(TriggerData *trigdata)
{
	Trigger    *tg = trigdata->tg_trigger;
	char	   *end;
	long		v;

	if (tg->tgnargs != 1)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("trigger \"%s\" must have the rule number as its only argument",
						tg->tgname),
				 errdetail("It has %d arguments.", tg->tgnargs),
				 errhint("Do not create triggers on the rules' functions by hand: population_rules.rebuild_rule() recreates a rule's triggers.")));
	errno = 0;
	v = strtol(tg->tgargs[0], &end, 10);
	if (errno != 0 || *end != '\0' || v <= 0 || v > PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("trigger \"%s\" has an invalid rule number \"%s\"",
						tg->tgname, tg->tgargs[0]),
				 errdetail("A rule number is a positive integer from population_rules.rule."),
				 errhint("Do not create triggers on the rules' functions by hand: population_rules.rebuild_rule() recreates a rule's triggers.")));
	return (int32) v;
}

static RuleMode
parse_mode(const char *s)
{
	if (strcmp(s, "enforce") == 0)
		return MODE_ENFORCE;
	if (strcmp(s, "warn") == 0)
		return MODE_WARN;
	return MODE_LOG;
}

static RuleKind
parse_kind(const char *s)
{
	if (strcmp(s, "unique_id") == 0)
		return RULE_UNIQUE_ID;
	if (strcmp(s, "household_head") == 0)
		return RULE_HOUSEHOLD_HEAD;
	return RULE_NAMES;
}

static Strictness
parse_strictness(const char *s)
{
	if (s == NULL || strcmp(s, "warn") == 0)
		return STRICT_WARN;
	if (strcmp(s, "strict") == 0)
		return STRICT_STRICT;
	return STRICT_OFF;
}

/* Is relid the table itself or one of its partitions, at any depth? */
static bool
relation_belongs_to(Oid relid, Oid tbl)
{
	List	   *ancestors;
	bool		found;

	if (relid == tbl)
		return true;
	if (!get_rel_relispartition(relid))
		return false;
	ancestors = get_partition_ancestors(relid);
	found = list_member_oid(ancestors, tbl);
	list_free(ancestors);
	return found;
}

/*
 * Does this pg_index row make the column unique over the whole table:
 * an index of tbl, unique, valid, one key column, no expression, no
 * predicate?
 */
static bool
index_row_guards(HeapTuple tup, Oid tbl, AttrNumber attnum)
{
	Form_pg_index ind = (Form_pg_index) GETSTRUCT(tup);

	return ind->indrelid == tbl && ind->indisunique && ind->indisvalid &&
		ind->indnkeyatts == 1 && ind->indkey.values[0] == attnum &&
		heap_attisnull(tup, Anum_pg_index_indpred, NULL) &&
		heap_attisnull(tup, Anum_pg_index_indexprs, NULL);
}

/* Does any index of the table guard the column? */
static bool
any_index_guards(Oid tbl, AttrNumber attnum)
{
	Relation	pg_index = table_open(IndexRelationId, AccessShareLock);
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	bool		ok = false;

	ScanKeyInit(&key, Anum_pg_index_indrelid, BTEqualStrategyNumber,
				F_OIDEQ, ObjectIdGetDatum(tbl));
	scan = systable_beginscan(pg_index, IndexIndrelidIndexId, true, NULL, 1, &key);
	while (!ok && HeapTupleIsValid(tup = systable_getnext(scan)))
		ok = index_row_guards(tup, tbl, attnum);
	systable_endscan(scan);
	table_close(pg_index, AccessShareLock);
	return ok;
}

/*
 * Is the column still unique over the whole table by an index of its own?
 * The index the rule found when attached, looked up by name (which, unlike
 * its number, survives a dump and restore), or, once that name is gone
 * (ALTER INDEX ... RENAME, RENAME CONSTRAINT, the index dropped and made
 * again under another name), any other index that guards it as well.
 */
static bool
index_guards_column(Oid tbl, const char *indexname, AttrNumber attnum)
{
	Oid			idx = get_relname_relid(indexname, get_rel_namespace(tbl));
	HeapTuple	tup;
	bool		ok = false;

	if (OidIsValid(idx))
	{
		tup = SearchSysCache1(INDEXRELID, ObjectIdGetDatum(idx));
		if (HeapTupleIsValid(tup))
		{
			ok = index_row_guards(tup, tbl, attnum);
			ReleaseSysCache(tup);
		}
	}
	return ok || any_index_guards(tbl, attnum);
}

/*
 * The text of a jsonb option, as ->> gives it ("true" for a boolean, a
 * number's digits), copied into cxt; NULL when absent or null.  Also read
 * by unique_index_errors.c.
 */
char *
rules_option_text(Jsonb *options, const char *key, MemoryContext cxt)
{
	JsonbValue	buf;
	JsonbValue *v;

	if (!JB_ROOT_IS_OBJECT(options))
		return NULL;
	v = getKeyJsonValueFromContainer(&options->root, key, strlen(key), &buf);
	if (v == NULL)
		return NULL;
	switch (v->type)
	{
		case jbvString:
			{
				char	   *r = MemoryContextAlloc(cxt, v->val.string.len + 1);

				memcpy(r, v->val.string.val, v->val.string.len);
				r[v->val.string.len] = '\0';
				return r;
			}
		case jbvBool:
			return MemoryContextStrdup(cxt, v->val.boolean ? "true" : "false");
		case jbvNumeric:
			return MemoryContextStrdup(cxt,
									   DatumGetCString(DirectFunctionCall1(numeric_out,
																		   NumericGetDatum(v->val.numeric))));
		default:
			return NULL;
	}
}

/* Column attnum of the registry, by name. */
static AttrNumber
registry_attnum(Relation registry, const char *name)
{
	AttrNumber	attnum = attnameAttNum(registry, name, false);

	if (attnum == InvalidAttrNumber)
		elog(ERROR, "population_rules.rule has no column \"%s\"", name);
	return attnum;
}

/* A column of a registry row, by name (also read by unique_index_errors.c). */
Datum
rules_registry_value(Relation registry, HeapTuple tup, const char *column,
					 bool *isnull)
{
	return heap_getattr(tup, registry_attnum(registry, column),
						RelationGetDescr(registry), isnull);
}

static Datum
registry_value(Relation registry, HeapTuple tup, const char *column)
{
	bool		isnull;

	return rules_registry_value(registry, tup, column, &isnull);
}

/* The options of a registry row (jsonb), into entry (strings in cxt). */
static void
read_options(RuleInfo *entry, Jsonb *options, MemoryContext cxt)
{
	char	   *s;

	entry->strictness = parse_strictness(rules_option_text(options, "strictness", cxt));
	entry->head_key = rules_option_text(options, "head_key", cxt);
	s = rules_option_text(options, "style", cxt);
	entry->style = (s != NULL && strcmp(s, "new") == 0) ? 1 : 0;
	s = rules_option_text(options, "repair_legacy", cxt);
	entry->repair_legacy = (s != NULL && strcmp(s, "true") == 0);
	s = rules_option_text(options, "nnames", cxt);
	entry->nnames = s ? atoi(s) : 0;
	s = rules_option_text(options, "head_is_bool", cxt);
	entry->head_is_bool = (s != NULL && strcmp(s, "true") == 0);
	entry->unique_index = rules_option_text(options, "unique_index", cxt);
}

/*
 * A registry row read into entry: the rule's name, kind, mode and options;
 * returns its column numbers (copied into cxt).
 */
static ArrayType *
read_registry_row(RuleInfo *entry, Relation registry, HeapTuple tup)
{
	MemoryContext cxt = entry->cxt;
	Datum		d;
	ArrayType  *a;
	ArrayType  *attnums;

	d = registry_value(registry, tup, rules_catalog.rule_name);
	entry->rule_name = MemoryContextStrdup(cxt, NameStr(*DatumGetName(d)));
	d = registry_value(registry, tup, rules_catalog.rule_kind);
	entry->kind = parse_kind(TextDatumGetCString(d));
	d = registry_value(registry, tup, rules_catalog.rule_mode);
	entry->mode = parse_mode(TextDatumGetCString(d));
	a = DatumGetArrayTypeP(registry_value(registry, tup, rules_catalog.rule_attnums));
	attnums = (ArrayType *) MemoryContextAlloc(cxt, VARSIZE(a));
	memcpy(attnums, a, VARSIZE(a));
	d = registry_value(registry, tup, rules_catalog.rule_options);
	read_options(entry, DatumGetJsonbP(d), cxt);
	return attnums;
}

/*
 * A rule's trigger fired on a Citus shard, whose node does not hold the
 * rule (the table was distributed with Citus's own create_distributed_table
 * and citus.enable_unsafe_triggers): say so, naming the logical table (the shard's name means nothing
 * to the application).
 */
static void
refuse_citus_shard(RuleInfo *entry, Relation rel)
{
	Oid			logical = citus_shard_logical_relid(rel);
	char	   *name = OidIsValid(logical) ? get_rel_name(logical) : NULL;

	if (name == NULL)
		return;
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("rule %d of table \"%s\" cannot run on its Citus shard \"%s\"",
					entry->rule_id, name, RelationGetRelationName(rel)),
			 errdetail("Table \"%s\" was distributed by Citus without population_rules.distribute_table(): its triggers were copied to the shards on the workers, but its rule did not reach them.",
					   name),
			 errhint("Detach the rule (or undistribute the table with undistribute_table()), then distribute the table with population_rules.distribute_table(), which keeps its rules; the README section \"Scaling out with Citus\" says what works on a distributed table.")));
}

/*
 * Read the registry row of a rule straight from population_rules.rule
 * through its primary key index, with the catalog snapshot (as the
 * trigger itself was found): no SQL runs, so nothing the caller planted
 * (operators, functions, a search_path) can take part.  Fills entry and
 * returns its column numbers (in cxt); errors if there is no such rule.
 */
/*
 * The row of rule_id in node_rule's local placement (in a scan the caller
 * ends), or NULL.  The placement is tiny: a plain scan.
 */
static HeapTuple
node_registry_row(Relation placement, int32 rule_id, SysScanDesc *scan)
{
	ScanKeyData key;

	ScanKeyInit(&key, 1, BTEqualStrategyNumber, F_INT4EQ, Int32GetDatum(rule_id));
	*scan = systable_beginscan(placement, InvalidOid, false, NULL, 1, &key);
	return systable_getnext(*scan);
}

/* node_rule's placement on this node, or InvalidOid. */
static Oid
node_registry_placement(void)
{
	Oid			node_rule = rules_catalog_relid(rules_catalog.node_rule);

	return OidIsValid(node_rule) ? citus_local_placement(node_rule) : InvalidOid;
}

/*
 * A trigger fired on a Citus shard: its rule is read from the local
 * placement of node_rule, which attach, detach and set_rule_mode write on
 * every node in the same distributed transaction as the registry.  The
 * rule's table is the shard's logical table (this node's copy of it);
 * columns are found by name (the shard's numbers are its own).  Returns the
 * column names (in entry->cxt); *attnums gets the coordinator's numbers.
 */
static ArrayType *
read_node_registry(RuleInfo *entry, Relation rel, Oid logical, ArrayType **colnames)
{
	Oid			placement_id = node_registry_placement();
	Relation	placement;
	SysScanDesc scan;
	HeapTuple	tup;
	ArrayType  *attnums;
	ArrayType  *a;
	char	   *table_name;

	if (!OidIsValid(placement_id))
		refuse_citus_shard(entry, rel);
	placement = table_open(placement_id, AccessShareLock);
	tup = node_registry_row(placement, entry->rule_id, &scan);
	if (!HeapTupleIsValid(tup))
	{
		systable_endscan(scan);
		table_close(placement, AccessShareLock);
		refuse_citus_shard(entry, rel);
	}
	/*
	 * The rule's table on this node is the shard's logical table (the row
	 * names it, by schema and name, for node_rule's other readers); its
	 * columns are found by name, as a copy of node_rule that Citus made on
	 * a node added later holds the column numbers of the node it was
	 * copied from.
	 */
	entry->tbl = logical;
	entry->shard_of = logical;
	entry->node_xmin = HeapTupleHeaderGetXmin(tup->t_data);
	entry->node_tid = tup->t_self;
	table_name = get_rel_name(entry->tbl);
	if (table_name == NULL)
		elog(ERROR, "table %u of rule %d is missing on this node", entry->tbl, entry->rule_id);
	entry->table_name = MemoryContextStrdup(entry->cxt, table_name);
	entry->schema_name = MemoryContextStrdup(entry->cxt,
											 get_namespace_name(get_rel_namespace(entry->tbl)));
	attnums = read_registry_row(entry, placement, tup);
	a = DatumGetArrayTypeP(registry_value(placement, tup, rules_catalog.rule_colnames));
	*colnames = (ArrayType *) MemoryContextAlloc(entry->cxt, VARSIZE(a));
	memcpy(*colnames, a, VARSIZE(a));
	systable_endscan(scan);
	table_close(placement, AccessShareLock);
	return attnums;
}

/*
 * Is the node_rule row an entry was read from still the current one?  A
 * change of mode (or a detach) writes a new version on every node; no
 * relation cache invalidation of the shard goes with it, so entries read
 * from node_rule are checked on each lookup (once per statement).
 */
static bool
node_registry_current(RuleInfo *entry)
{
	Oid			placement_id = node_registry_placement();
	Relation	placement;
	SysScanDesc scan;
	HeapTuple	tup;
	bool		same;

	if (!OidIsValid(placement_id))
		return false;
	placement = table_open(placement_id, AccessShareLock);
	tup = node_registry_row(placement, entry->rule_id, &scan);
	same = HeapTupleIsValid(tup) &&
		TransactionIdEquals(HeapTupleHeaderGetXmin(tup->t_data), entry->node_xmin) &&
		ItemPointerEquals(&tup->t_self, &entry->node_tid);
	systable_endscan(scan);
	table_close(placement, AccessShareLock);
	return same;
}

static ArrayType *
read_registry(RuleInfo *entry, Relation rel)
{
	Oid			regid = rules_catalog_relid(rules_catalog.rule);
	Oid			pkey = rules_catalog_relid(rules_catalog.rule_pkey);
	Relation	registry;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	ArrayType  *attnums;
	char	   *table_name = NULL;

	if (!OidIsValid(regid) || !OidIsValid(pkey))
		elog(ERROR, "population_rules.rule or its primary key does not exist");
	entry->shard_of = InvalidOid;
	registry = table_open(regid, AccessShareLock);
	ScanKeyInit(&key, 1, BTEqualStrategyNumber, F_INT4EQ,
				Int32GetDatum(entry->rule_id));
	scan = systable_beginscan(registry, pkey, true, NULL, 1, &key);
	tup = systable_getnext(scan);
	if (HeapTupleIsValid(tup))
	{
		entry->tbl = DatumGetObjectId(registry_value(registry, tup,
													 rules_catalog.rule_tbl));
		table_name = get_rel_name(entry->tbl);
	}
	if (table_name == NULL)
	{
		systable_endscan(scan);
		table_close(registry, AccessShareLock);
		refuse_citus_shard(entry, rel);
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("rule %d of table \"%s\" is not registered",
						entry->rule_id, RelationGetRelationName(rel)),
				 errdetail("The trigger refers to a rule that population_rules.rule does not hold: a restore of the schema alone brings the rules' triggers without the registry."),
				 errhint("Run the attach calls that population_rules.rule_script() gives in the source database: each replaces the triggers its rule left. Or drop the trigger.")));
	}
	entry->table_name = MemoryContextStrdup(entry->cxt, table_name);
	entry->schema_name = MemoryContextStrdup(entry->cxt,
											 get_namespace_name(get_rel_namespace(entry->tbl)));
	attnums = read_registry_row(entry, registry, tup);
	systable_endscan(scan);
	table_close(registry, AccessShareLock);
	return attnums;
}

/*
 * Column i of the rule, number attnum of the rule's table: its name, and
 * its number and type in rel (a partition may number it otherwise).
 */
static void
load_column(RuleInfo *entry, Relation rel, int i, AttrNumber attnum,
			const char *shard_name)
{
	TupleDesc	desc = RelationGetDescr(rel);
	char	   *name;

	/* on a shard: by the name the registry holds */
	name = shard_name ? pstrdup(shard_name) : get_attname(entry->tbl, attnum, true);
	if (name == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("column %d used by rule \"%s\" no longer exists",
						attnum, entry->rule_name),
				 errdetail("The rule works on column number %d of \"%s\", which has been dropped.",
						   attnum, get_rel_name(entry->tbl)),
				 errhint("Detach the rule and attach it again to existing columns.")));
	entry->colnames[i] = MemoryContextStrdup(entry->cxt, name);
	/* In a partition the same column may have another number. */
	if (RelationGetRelid(rel) != entry->tbl)
		attnum = get_attnum(RelationGetRelid(rel), name);
	if (attnum <= 0 || attnum > desc->natts ||
		TupleDescAttr(desc, attnum - 1)->attisdropped)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("column \"%s\" used by rule \"%s\" does not exist in \"%s\"",
						name, entry->rule_name, RelationGetRelationName(rel)),
				 errdetail("The rule's table \"%s\" has the column; this partition of it does not.",
						   get_rel_name(entry->tbl)),
				 errhint("Give the partition the same columns as its partitioned table.")));
	rules_require_stored_column(entry, rel, attnum);
	entry->attnums[i] = attnum;
	entry->coltypes[i] = TupleDescAttr(desc, attnum - 1)->atttypid;
}

/* The relation's primary key, which names rows in messages. */
static void
load_primary_key(RuleInfo *entry, Relation rel)
{
	Oid			pkoid = RelationGetImmediatePrimaryKeyIndex(rel);

	entry->npk = 0;
	if (OidIsValid(pkoid))
	{
		Relation	idx = index_open(pkoid, AccessShareLock);

		for (int i = 0; i < idx->rd_index->indnkeyatts; i++)
			entry->pk_attnums[entry->npk++] = idx->rd_index->indkey.values[i];
		index_close(idx, AccessShareLock);
	}
}

/*
 * Fill an entry from the registry and the relation's catalog entries;
 * everything kept lives in entry->cxt.
 */
static void
rules_load(RuleInfo *entry, Relation rel)
{
	MemoryContext old;
	Datum	   *elems;
	int			nelems;
	Datum	   *names = NULL;
	bool	   *namenulls = NULL;
	int			nnames = 0;
	Oid			logical = citus_shard_logical_relid(rel);
	ArrayType  *colnames = NULL;
	ArrayType  *attnums;

	attnums = OidIsValid(logical) ? read_node_registry(entry, rel, logical, &colnames)
		: read_registry(entry, rel);
	old = MemoryContextSwitchTo(entry->cxt);
	deconstruct_array(attnums, INT2OID, 2, true, TYPALIGN_SHORT,
					  &elems, NULL, &nelems);
	if (colnames)
		deconstruct_array(colnames, NAMEOID, NAMEDATALEN, false, TYPALIGN_CHAR,
						  &names, &namenulls, &nnames);
	MemoryContextSwitchTo(old);
	if (colnames && nnames != nelems)
		elog(ERROR, "rule %d has %d columns and %d column names", entry->rule_id,
			 nelems, nnames);

	if (!relation_belongs_to(OidIsValid(logical) ? logical : RelationGetRelid(rel),
							 entry->tbl))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("rule \"%s\" is attached to another table than \"%s\"",
						entry->rule_name, RelationGetRelationName(rel)),
				 errdetail("The rule guards table \"%s\"; its trigger was copied to \"%s\", which is not one of its partitions.",
						   get_rel_name(entry->tbl), RelationGetRelationName(rel)),
				 errhint("Drop the copied trigger; attach the rule to this table instead.")));
	if (nelems > RULE_MAX_COLS)
		elog(ERROR, "rule %d has too many columns", entry->rule_id);

	entry->ncols = nelems;
	for (int i = 0; i < nelems; i++)
	{
		AttrNumber	attnum = DatumGetInt16(elems[i]);

		entry->attnums[i] = 0;
		entry->colnames[i] = NULL;
		entry->coltypes[i] = InvalidOid;
		if (attnum > 0 && names && namenulls[i])
			elog(ERROR, "rule %d has no name for its column %d", entry->rule_id, i + 1);
		if (attnum > 0)
			load_column(entry, rel, i, attnum,
						names ? NameStr(*DatumGetName(names[i])) : NULL);
	}

	load_primary_key(entry, rel);
	entry->scope_id = entry->rule_id;
	entry->nheadcache = 0;
	entry->pk_prefix = NULL;
	entry->set_based = rel->rd_rel->relkind == RELKIND_RELATION &&
		!rel->rd_rel->relispartition;
	if (entry->kind == RULE_UNIQUE_ID && entry->unique_index)
		entry->unique_index_ok = OidIsValid(entry->shard_of)
			? any_index_guards(RelationGetRelid(rel), entry->attnums[0])	/* the shard's own */
			: index_guards_column(entry->tbl, entry->unique_index,
								  DatumGetInt16(elems[0]));
}

/*
 * A trigger whose function checks one kind of rule must not work for a
 * rule of another kind: the columns would be read as other types.  Checked
 * on every lookup, cached or not.
 */
static RuleInfo *
check_kind(RuleInfo *entry, TriggerData *trigdata, RuleKind expected)
{
	if (entry->kind != expected)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("rule \"%s\" is not of the kind its trigger \"%s\" checks",
						entry->rule_name, trigdata->tg_trigger->tgname),
				 errdetail("The trigger's function checks another kind of rule than the rule its argument names."),
				 errhint("Do not create triggers on the rules' functions by hand: population_rules.rebuild_rule() recreates a rule's triggers.")));
	return entry;
}

/*
 * The rule a trigger call works for, loaded on first use and after every
 * invalidation.
 */
RuleInfo *
rules_get(TriggerData *trigdata, RuleKind expected)
{
	RuleKey		key;
	RuleInfo   *entry;
	bool		found;

	if (rule_cache == NULL)
		rules_cache_init();

	memset(&key, 0, sizeof(key));
	key.rule_id = rules_trigger_rule_id(trigdata);
	key.relid = RelationGetRelid(trigdata->tg_relation);
	entry = hash_search(rule_cache, &key, HASH_ENTER, &found);
	if (found && entry->valid &&
		(!OidIsValid(entry->shard_of) || node_registry_current(entry)))
		return check_kind(entry, trigdata, expected);
	if (found && entry->cxt)
		MemoryContextDelete(entry->cxt);

	entry->cxt = AllocSetContextCreate(TopMemoryContext, "population_rules rule",
									   ALLOCSET_SMALL_SIZES);
	/* An invalidation arriving while we load leaves the entry stale. */
	entry->valid = true;
	entry->tbl = InvalidOid;
	entry->shard_of = InvalidOid;
	PG_TRY();
	{
		rules_load(entry, trigdata->tg_relation);
	}
	PG_CATCH();
	{
		MemoryContextDelete(entry->cxt);
		/* a pointer kept by rules_get_cached() must see it stale */
		entry->valid = false;
		entry->cxt = NULL;
		hash_search(rule_cache, &key, HASH_REMOVE, NULL);
		PG_RE_THROW();
	}
	PG_END_TRY();
	return check_kind(entry, trigdata, expected);
}

/*
 * rules_get() for row triggers, remembered in the call's fn_extra for the
 * rest of the statement: one hash lookup per statement instead of one per
 * row.  The entry is checked for validity on every call (an invalidation
 * marks it stale; hash entries do not move, so the pointer stays safe).
 */
typedef struct CachedRule
{
	RuleInfo   *entry;
	int32		rule_id;
	Oid			relid;
} CachedRule;

RuleInfo *
rules_get_cached(FunctionCallInfo fcinfo, RuleKind expected)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	CachedRule *c = (CachedRule *) fcinfo->flinfo->fn_extra;
	Oid			relid = RelationGetRelid(trigdata->tg_relation);

	if (c != NULL && c->entry->valid && c->relid == relid &&
		c->entry->rule_id == c->rule_id && c->entry->relid == relid &&
		c->entry->kind == expected)
		return c->entry;
	if (c == NULL)
	{
		c = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(CachedRule));
		fcinfo->flinfo->fn_extra = c;
	}
	c->entry = rules_get(trigdata, expected);
	c->rule_id = c->entry->rule_id;
	c->relid = relid;
	return c->entry;
}
