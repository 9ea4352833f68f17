/*-------------------------------------------------------------------------
 *
 * module.c
 *	  Module entry point of population_rules: the magic block, the binding
 *	  of the module's message catalog and the per-backend initialisation
 *	  of the Vietnamese text core.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"

#include "nls.h"
#include "rules/rules.h"

#include "vntext/vntext.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/*
 * The module's messages are looked up in its own domain (TEXTDOMAIN, see
 * src/nls.h), in the server's locale directory.  Nothing else is opened
 * here: ICU objects are opened lazily, once per backend, by the first call
 * that needs them.
 */
void
_PG_init(void)
{
	pg_bindtextdomain(TEXTDOMAIN);
	vn_set_allocator(palloc, repalloc, pfree);
	unique_index_errors_init();
	citus_commit_init();
}
