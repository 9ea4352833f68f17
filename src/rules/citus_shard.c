/*
 * citus_shard.c: tell a Citus shard from a table of its own.
 *
 * Citus copies a distributed table's triggers to its shards (relations
 * named <table>_<shard id> on the workers).  A rule's trigger that fires
 * on a shard does not find its rule there, and must say which logical
 * table it guards rather than name the shard.  Citus's metadata, synced to
 * every node, maps a shard id to its logical table in pg_dist_shard; on a
 * server without Citus there is no such catalog and nothing is a shard.
 * The catalog is read through its index with the catalog snapshot, no SQL.
 *
 * The registry rows of rules on distributed tables reach every node in
 * population_rules.node_rule, a Citus reference table: on each node its
 * rows live in the local placement node_rule_<shard id>, found here the
 * same way (pg_dist_shard by logical table, the shard relation by name).
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "catalog/namespace.h"
#include "catalog/pg_namespace.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "nodes/pg_list.h"
#include "utils/rel.h"

#include "rules/rules.h"

/* pg_dist_shard's columns as Citus 11 to 13 define them */
#define DIST_SHARD_LOGICALRELID 1
#define DIST_SHARD_SHARDID 2

/*
 * The shard id a relation name ends with ("_" and digits), or -1.
 */
static int64
shard_id_suffix(const char *relname)
{
	const char *underscore = strrchr(relname, '_');
	const char *p;
	int64		id = 0;

	if (underscore == NULL || underscore[1] == '\0')
		return -1;
	for (p = underscore + 1; *p; p++)
	{
		if (*p < '0' || *p > '9' || id > (PG_INT64_MAX - 9) / 10)
			return -1;
		id = id * 10 + (*p - '0');
	}
	return id;
}

/*
 * The shard id of a Citus shard (the number its name ends with), -1 for
 * a relation not named like one.
 */
int64
citus_shard_id(Relation rel)
{
	return shard_id_suffix(RelationGetRelationName(rel));
}

/*
 * The logical table of which rel is a Citus shard, or InvalidOid when rel
 * is not one (or Citus is not installed).
 */
Oid
citus_shard_logical_relid(Relation rel)
{
	Oid			catalog = get_relname_relid("pg_dist_shard", PG_CATALOG_NAMESPACE);
	Oid			index = get_relname_relid("pg_dist_shard_shardid_index",
										  PG_CATALOG_NAMESPACE);
	int64		shard_id = shard_id_suffix(RelationGetRelationName(rel));
	Relation	shards;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	Oid			logical = InvalidOid;

	if (!OidIsValid(catalog) || !OidIsValid(index) || shard_id < 0)
		return InvalidOid;
	shards = table_open(catalog, AccessShareLock);
	ScanKeyInit(&key, DIST_SHARD_SHARDID, BTEqualStrategyNumber, F_INT8EQ,
				Int64GetDatum(shard_id));
	scan = systable_beginscan(shards, index, true, NULL, 1, &key);
	tup = systable_getnext(scan);
	if (HeapTupleIsValid(tup))
	{
		bool		isnull;
		Datum		d = heap_getattr(tup, DIST_SHARD_LOGICALRELID,
									 RelationGetDescr(shards), &isnull);

		if (!isnull)
			logical = DatumGetObjectId(d);
	}
	systable_endscan(scan);
	table_close(shards, AccessShareLock);
	/* a table of one's own named like a shard is no shard */
	if (OidIsValid(logical) &&
		get_rel_namespace(logical) != RelationGetNamespace(rel))
		logical = InvalidOid;
	return logical;
}

/*
 * The local placement of a Citus reference table (its one shard, a
 * relation <name>_<shard id> in the table's schema on every node), or
 * InvalidOid when the table is not distributed or this node holds none.
 */
Oid
citus_local_placement(Oid logical)
{
	List	   *shards = citus_local_shards(logical);
	Oid			placement = shards != NIL ? linitial_oid(shards) : InvalidOid;

	list_free(shards);
	return placement;
}

/*
 * The shards of a distributed table that this node holds (relation ids),
 * in the current memory context.
 */
List *
citus_local_shards(Oid logical)
{
	Oid			catalog = get_relname_relid("pg_dist_shard", PG_CATALOG_NAMESPACE);
	Oid			index = get_relname_relid("pg_dist_shard_logical_relid_index",
										  PG_CATALOG_NAMESPACE);
	char	   *relname = get_rel_name(logical);
	Relation	shards;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	List	   *result = NIL;

	if (!OidIsValid(catalog) || !OidIsValid(index) || relname == NULL)
		return NIL;
	shards = table_open(catalog, AccessShareLock);
	ScanKeyInit(&key, DIST_SHARD_LOGICALRELID, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(logical));
	scan = systable_beginscan(shards, index, true, NULL, 1, &key);
	while (HeapTupleIsValid(tup = systable_getnext(scan)))
	{
		bool		isnull;
		Datum		d = heap_getattr(tup, DIST_SHARD_SHARDID,
									 RelationGetDescr(shards), &isnull);
		char		name[NAMEDATALEN * 2];
		Oid			relid;

		if (isnull)
			continue;
		snprintf(name, sizeof(name), "%s_" INT64_FORMAT, relname, DatumGetInt64(d));
		if (strlen(name) >= NAMEDATALEN)
			continue;
		relid = get_relname_relid(name, get_rel_namespace(logical));
		if (OidIsValid(relid))
			result = lappend_oid(result, relid);
	}
	systable_endscan(scan);
	table_close(shards, AccessShareLock);
	return result;
}
