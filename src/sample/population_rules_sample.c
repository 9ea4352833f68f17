/*-------------------------------------------------------------------------
 *
 * population_rules_sample.c
 *	  The C helpers of the sample-population generator (the companion
 *	  extension population_rules_sample): the per-row work of
 *	  generate_population that SQL expressions or PL/pgSQL would do a
 *	  hundred times slower.  Every random choice is a pure function of
 *	  (seed, row, salt), so the same seed gives the same population on
 *	  every platform.  Test-data code: nothing of the product calls it.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "nls.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/* The texts of this module are in the product's domain (po/vi.po). */
void
_PG_init(void)
{
	pg_bindtextdomain(TEXTDOMAIN);
}

/*
 * The 53-bit uniform number in [0, 1) of (seed, i, salt): exactly
 * hashint8extended(i, seed * 1000003 + salt) & (2^53 - 1), divided by 2^53,
 * the value the SQL form of sample_random gave, in one call.
 */
static inline double
sample_uniform(int64 seed, int64 i, int32 salt)
{
	uint32		lohalf = (uint32) i;
	uint32		hihalf = (uint32) (i >> 32);
	uint64		h;

	lohalf ^= (i >= 0) ? hihalf : ~hihalf;
	h = DatumGetUInt64(hash_uint32_extended(lohalf, (uint64) (seed * 1000003 + salt)));
	return (double) (h & UINT64CONST(9007199254740991)) / 9007199254740992.0;
}

PG_FUNCTION_INFO_V1(sample_random);

Datum
sample_random(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(sample_uniform(PG_GETARG_INT64(0), PG_GETARG_INT64(1),
									PG_GETARG_INT32(2)));
}
