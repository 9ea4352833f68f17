/*-------------------------------------------------------------------------
 *
 * ops.c
 *	  Comparison operators, btree comparison and sort support, and hash
 *	  functions of personal_id and cmnd.
 *
 * Both types order as their numbers, which is also the order of their
 * canonical text (fixed width, leading zeros).  Hashing agrees with the
 * hashes of bigint and integer, so values hash the same as the numbers.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "ident/ident.h"
#include "common/hashfn.h"
#include "utils/sortsupport.h"

/*
 * The six comparison operators and the btree comparison function of a
 * by-value integer-backed type.
 */
#define IDENT_COMPARISONS(prefix, GETARG) \
PG_FUNCTION_INFO_V1(prefix##_eq); \
PG_FUNCTION_INFO_V1(prefix##_ne); \
PG_FUNCTION_INFO_V1(prefix##_lt); \
PG_FUNCTION_INFO_V1(prefix##_le); \
PG_FUNCTION_INFO_V1(prefix##_gt); \
PG_FUNCTION_INFO_V1(prefix##_ge); \
PG_FUNCTION_INFO_V1(prefix##_cmp); \
Datum prefix##_eq(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(GETARG(0) == GETARG(1)); } \
Datum prefix##_ne(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(GETARG(0) != GETARG(1)); } \
Datum prefix##_lt(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(GETARG(0) < GETARG(1)); } \
Datum prefix##_le(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(GETARG(0) <= GETARG(1)); } \
Datum prefix##_gt(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(GETARG(0) > GETARG(1)); } \
Datum prefix##_ge(PG_FUNCTION_ARGS) \
{ PG_RETURN_BOOL(GETARG(0) >= GETARG(1)); } \
Datum prefix##_cmp(PG_FUNCTION_ARGS) \
{ \
	if (GETARG(0) < GETARG(1)) \
		PG_RETURN_INT32(-1); \
	PG_RETURN_INT32(GETARG(0) > GETARG(1) ? 1 : 0); \
}

IDENT_COMPARISONS(personal_id, PG_GETARG_PERSONAL_ID)
IDENT_COMPARISONS(cmnd, PG_GETARG_CMND)

PG_FUNCTION_INFO_V1(personal_id_sortsupport);
PG_FUNCTION_INFO_V1(cmnd_sortsupport);
PG_FUNCTION_INFO_V1(personal_id_hash);
PG_FUNCTION_INFO_V1(personal_id_hash_extended);
PG_FUNCTION_INFO_V1(cmnd_hash);
PG_FUNCTION_INFO_V1(cmnd_hash_extended);

#if PG_VERSION_NUM < 150000 || SIZEOF_DATUM < 8
/* Comparators for sorts, used where the server has no shared ones. */
static int
personal_id_fastcmp(Datum x, Datum y, SortSupport ssup)
{
	int64		a = DatumGetPersonalId(x);
	int64		b = DatumGetPersonalId(y);

	return (a > b) - (a < b);
}
#endif

#if PG_VERSION_NUM < 150000
static int
cmnd_fastcmp(Datum x, Datum y, SortSupport ssup)
{
	int32		a = DatumGetCmnd(x);
	int32		b = DatumGetCmnd(y);

	return (a > b) - (a < b);
}
#endif

/*
 * Sort support: a direct comparator, no abbreviated keys (the values are
 * already small by-value integers).  From PostgreSQL 15 on, the server's
 * own signed comparators let tuplesort use its specialized sort routines.
 */
Datum
personal_id_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

#if PG_VERSION_NUM >= 150000 && SIZEOF_DATUM >= 8
	ssup->comparator = ssup_datum_signed_cmp;
#else
	ssup->comparator = personal_id_fastcmp;
#endif
	PG_RETURN_VOID();
}

Datum
cmnd_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

#if PG_VERSION_NUM >= 150000
	ssup->comparator = ssup_datum_int32_cmp;
#else
	ssup->comparator = cmnd_fastcmp;
#endif
	PG_RETURN_VOID();
}

/*
 * Hashes: equal to those of bigint and integer for the same number (so a
 * personal_id hashes like its bigint), computed here rather than through
 * a second function call.  As for bigint, the high half of the 64 bits is
 * folded into the low half first.
 */
static inline uint32
personal_id_fold(int64 value)
{
	uint32		lohalf = (uint32) value;
	uint32		hihalf = (uint32) (value >> 32);

	return lohalf ^ (value >= 0 ? hihalf : ~hihalf);
}

Datum
personal_id_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32(personal_id_fold(PG_GETARG_PERSONAL_ID(0)));
}

Datum
personal_id_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended(personal_id_fold(PG_GETARG_PERSONAL_ID(0)),
								PG_GETARG_INT64(1));
}

Datum
cmnd_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32((uint32) PG_GETARG_CMND(0));
}

Datum
cmnd_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended((uint32) PG_GETARG_CMND(0), PG_GETARG_INT64(1));
}
