/*-------------------------------------------------------------------------
 *
 * harness.h
 *	  What the two text-core harnesses (fuzz_vntext.c, exhaustive.c) share:
 *	  the shape of a text function and vn_normalize in each style as one.
 *
 *-------------------------------------------------------------------------
 */
#ifndef VN_FUZZ_HARNESS_H
#define VN_FUZZ_HARNESS_H

#include "vntext/vntext.h"

typedef vn_status (*text_fn) (const char *, size_t, vn_text *);

static inline vn_status
normalize_old(const char *in, size_t len, vn_text *out)
{
	return vn_normalize(in, len, VN_STYLE_OLD, out);
}

static inline vn_status
normalize_new(const char *in, size_t len, vn_text *out)
{
	return vn_normalize(in, len, VN_STYLE_NEW, out);
}

#endif
