/*-------------------------------------------------------------------------
 *
 * vntext_pg.h
 *	  Glue shared by the SQL wrappers over the Vietnamese text core: the
 *	  UTF-8 database check and the mapping of vn_status to ereport.
 *
 *-------------------------------------------------------------------------
 */
#ifndef VNTEXT_PG_H
#define VNTEXT_PG_H

#include "vntext/vntext.h"

/* ERROR (0A000) unless the database encoding is UTF8. */
extern void vn_require_utf8(void);

/* Turn a status of the core into an error; VN_OK returns. */
extern void vn_report_status(vn_status st);

#endif							/* VNTEXT_PG_H */
