/*-------------------------------------------------------------------------
 *
 * utf8.c
 *	  Strict UTF-8 decoding (no overlong forms, surrogates or code points
 *	  above U+10FFFF) and encoding of code point arrays.
 *
 *-------------------------------------------------------------------------
 */
#include "vn_internal.h"

/*
 * Decode the code point at s[*pos]; advance *pos.  Returns 0 on success,
 * -1 on an ill-formed sequence.
 */
int
vn_utf8_next(const unsigned char *s, size_t len, size_t *pos, UChar32 *c)
{
	size_t		i = *pos;
	unsigned char b0 = s[i];
	UChar32		cp;
	int			need;
	UChar32		min;

	if (b0 < 0x80)
	{
		*c = b0;
		*pos = i + 1;
		return 0;
	}
	if (b0 >= 0xC2 && b0 <= 0xDF)
	{
		need = 1;
		cp = b0 & 0x1F;
		min = 0x80;
	}
	else if (b0 >= 0xE0 && b0 <= 0xEF)
	{
		need = 2;
		cp = b0 & 0x0F;
		min = 0x800;
	}
	else if (b0 >= 0xF0 && b0 <= 0xF4)
	{
		need = 3;
		cp = b0 & 0x07;
		min = 0x10000;
	}
	else
		return -1;
	if (len - i - 1 < (size_t) need)
		return -1;
	for (int k = 1; k <= need; k++)
	{
		unsigned char b = s[i + k];

		if ((b & 0xC0) != 0x80)
			return -1;
		cp = (cp << 6) | (b & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return -1;
	*c = cp;
	*pos = i + 1 + need;
	return 0;
}

/* Decode a whole string; refuses over-long input and bad UTF-8. */
vn_status
vn_utf8_decode(const char *in, size_t len, vn_cps *out)
{
	const unsigned char *s = (const unsigned char *) in;
	size_t		pos = 0;
	vn_status	st;

	if (len > VN_MAX_INPUT_BYTES)
		return VN_ERR_TOO_LONG;
	st = vn_cps_reserve(out, len + 1);
	if (st != VN_OK)
		return st;
	out->n = 0;
	while (pos < len)
	{
		UChar32		c;

		if (s[pos] < 0x80)
			c = s[pos++];
		else if (vn_utf8_next(s, len, &pos, &c) != 0)
			return VN_ERR_BAD_UTF8;
		out->cp[out->n++] = c;
	}
	return VN_OK;
}

vn_status
vn_cps_to_text(const UChar32 *cp, size_t n, vn_text *out)
{
	vn_bytes	b = {0};
	vn_status	st = vn_bytes_reserve(&b, n * 4);

	if (st != VN_OK)
		return st;
	for (size_t i = 0; i < n; i++)
		vn_bytes_put_cp(&b, cp[i]);
	return vn_bytes_finish(&b, out);
}
