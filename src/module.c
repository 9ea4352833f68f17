/*-------------------------------------------------------------------------
 *
 * module.c
 *	  Module entry point of population_rules: the magic block and the
 *	  per-backend initialisation of the Vietnamese text core.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"

#include "vntext/vntext.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/*
 * Nothing is opened here: ICU objects are opened lazily, once per backend,
 * by the first call that needs them.
 */
void
_PG_init(void)
{
	vn_set_allocator(palloc, repalloc, pfree);
}
