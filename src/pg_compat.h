/*-------------------------------------------------------------------------
 *
 * pg_compat.h
 *	  What differs between the PostgreSQL majors the module compiles
 *	  against (15 to 18), behind PG_VERSION_NUM guards, so that the C files
 *	  carry one spelling, and the features of newer majors the rules must
 *	  allow for.  15 and 18 are built and tested; 16 and 17 take the same
 *	  guards.  Include after postgres.h.
 *
 *-------------------------------------------------------------------------
 */
#ifndef POPULATION_RULES_PG_COMPAT_H
#define POPULATION_RULES_PG_COMPAT_H

#include "postgres.h"

#include "storage/proc.h"
#include "utils/relcache.h"

/*
 * 16 moved the varlena macros (VARDATA, SET_VARSIZE, VARDATA_ANY, ...) out
 * of postgres.h into varatt.h.
 */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

/*
 * The backend's local transaction id: MyProc->lxid until 16, in 17 moved
 * into the virtual transaction id, MyProc->vxid.lxid.
 */
#if PG_VERSION_NUM >= 170000
#define MyProcLxid	(MyProc->vxid.lxid)
#else
#define MyProcLxid	(MyProc->lxid)
#endif

/*
 * The OID of a relation's primary key index, InvalidOid if it has none or
 * if it is deferrable (a deferrable key does not identify rows at the time
 * a trigger runs).  18 added the deferrable_ok argument; before 18 a
 * deferrable primary key was never returned.
 */
#if PG_VERSION_NUM >= 180000
#define RelationGetImmediatePrimaryKeyIndex(rel) RelationGetPrimaryKeyIndex((rel), false)
#else
#define RelationGetImmediatePrimaryKeyIndex(rel) RelationGetPrimaryKeyIndex(rel)
#endif

/*
 * A hint already translated (by the module's _()), passed on as is: 18
 * added errhint_internal; before, errhint's lookup of "%s" in the module's
 * domain finds no translation and leaves it as is.
 */
#if PG_VERSION_NUM < 180000
#define errhint_internal errhint
#endif

/*
 * Features a major added that the rules must take into account:
 * ALTER COLUMN ... SET EXPRESSION (17), which rewrites a stored generated
 * column's values without firing triggers; virtual generated columns (18),
 * which are never computed for triggers.
 */
#if PG_VERSION_NUM >= 170000
#define AlterTableSetsExpression(subtype) ((subtype) == AT_SetExpression)
#else
#define AlterTableSetsExpression(subtype) false
#endif
#if PG_VERSION_NUM >= 180000
#define AttributeIsVirtualGenerated(att) ((att)->attgenerated == ATTRIBUTE_GENERATED_VIRTUAL)
#else
#define AttributeIsVirtualGenerated(att) false
#endif

#endif							/* POPULATION_RULES_PG_COMPAT_H */
