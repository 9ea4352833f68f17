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
	return logical;
}
