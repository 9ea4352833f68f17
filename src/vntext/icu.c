/*-------------------------------------------------------------------------
 *
 * icu.c
 *	  ICU objects of the text core, fetched once per process, and the ICU
 *	  NFC of a code point buffer (the slow path, for text that is not just
 *	  Latin letters with Vietnamese marks).
 *
 *-------------------------------------------------------------------------
 */
#include "vn_internal.h"

#include <stdio.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

static const UNormalizer2 *nfc;
static const UNormalizer2 *nfd;
static char icu_version[U_MAX_VERSION_STRING_LENGTH];

/* ICU owns these singletons: they are never closed. */
const UNormalizer2 *
vn_icu_nfc(void)
{
	if (nfc == NULL)
	{
		UErrorCode	err = U_ZERO_ERROR;

		nfc = unorm2_getNFCInstance(&err);
		if (U_FAILURE(err))
			nfc = NULL;
	}
	return nfc;
}

const UNormalizer2 *
vn_icu_nfd(void)
{
	if (nfd == NULL)
	{
		UErrorCode	err = U_ZERO_ERROR;

		nfd = unorm2_getNFDInstance(&err);
		if (U_FAILURE(err))
			nfd = NULL;
	}
	return nfd;
}

const char *
vn_icu_version(void)
{
	if (icu_version[0] == '\0')
	{
		UVersionInfo v;

		u_getVersion(v);
		u_versionToString(v, icu_version);
	}
	return icu_version;
}

/*
 * Replace the buffer by its NFC, through UTF-16.  NFC can grow a string
 * at most threefold; ICU tells the exact size when asked.
 */
vn_status
vn_icu_nfc_cps(vn_cps *b)
{
	const UNormalizer2 *norm = vn_icu_nfc();
	UErrorCode	err = U_ZERO_ERROR;
	UChar	   *src = NULL;
	UChar	   *dst = NULL;
	int32_t		srclen = 0;
	int32_t		dstlen;
	vn_status	st = VN_ERR_ICU;

	if (norm == NULL)
		return VN_ERR_ICU;
	if (b->n == 0)
		return VN_OK;
	src = vn_alloc((b->n * 2 + 1) * sizeof(UChar));
	if (src == NULL)
		return VN_ERR_NOMEM;
	u_strFromUTF32(src, (int32_t) (b->n * 2 + 1), &srclen, b->cp,
				   (int32_t) b->n, &err);
	if (U_FAILURE(err))
		goto done;
	dstlen = srclen * 3 + 1;
	dst = vn_alloc((size_t) dstlen * sizeof(UChar));
	if (dst == NULL)
	{
		st = VN_ERR_NOMEM;
		goto done;
	}
	dstlen = unorm2_normalize(norm, src, srclen, dst, dstlen, &err);
	if (U_FAILURE(err))
		goto done;
	st = vn_cps_reserve(b, (size_t) dstlen + 1);
	if (st != VN_OK)
		goto done;
	{
		int32_t		n32 = 0;

		u_strToUTF32(b->cp, (int32_t) b->cap, &n32, dst, dstlen, &err);
		if (U_FAILURE(err) && err != U_STRING_NOT_TERMINATED_WARNING)
		{
			st = VN_ERR_ICU;
			goto done;
		}
		b->n = (size_t) n32;
	}
	st = VN_OK;
done:
	vn_free(src);
	vn_free(dst);
	return st;
}
