/*-------------------------------------------------------------------------
 *
 * normalize.c
 *	  Display normalization (clean, compose, tone placement in the style
 *	  asked, one capital per syllable) and the two forms derived from it:
 *	  ID-card capitals with diacritics and ASCII capitals.
 *
 *-------------------------------------------------------------------------
 */
#include "vn_internal.h"

#include <unicode/uchar.h>

/* End of the run of word code points (letters, digits, marks) at start. */
size_t
vn_segment_end(const UChar32 *cp, size_t n, size_t start)
{
	size_t		e = start;

	while (e < n && vn_is_word_cp(cp[e]))
		e++;
	return e;
}

/*
 * Re-place the tone of one segment if it is a valid syllable; anything
 * else is left alone.  Returns true if it was a syllable.
 */
static bool
restyle_segment(UChar32 *cp, size_t n, vn_style style)
{
	vn_letter	l[VN_SYL_MAX];
	int			nl;
	vn_syl		s;

	if (n >= VN_SYL_MAX)
		return false;
	if (!vn_syllable_letters_n(cp, n, l, &nl) || (size_t) nl != n)
		return false;
	if (!vn_syllable_parse(l, nl, &s))
		return false;
	vn_syllable_place(l, &s, style);
	for (int i = 0; i < nl; i++)
		cp[i] = vn_letter_cp(&l[i]);
	return true;
}

/* Capital first letter, lower case for the rest (ICU simple mappings). */
static void
title_segment(UChar32 *cp, size_t n)
{
	for (size_t i = 0; i < n; i++)
		cp[i] = (i == 0) ? vn_cp_title(cp[i]) : vn_cp_lower(cp[i]);
}

/*
 * The normalized code points of a name, in the buffer.  Shared by the
 * display form and the capital forms.
 */
static vn_status
normalize_cps(const char *in, size_t len, vn_style style, vn_cps *b)
{
	vn_status	st = vn_prepare(in, len, b, NULL);
	size_t		i = 0;

	if (st != VN_OK)
		return st;
	while (i < b->n)
	{
		size_t		e = vn_segment_end(b->cp, b->n, i);

		if (e == i)
		{
			i++;
			continue;
		}
		restyle_segment(&b->cp[i], e - i, style);
		title_segment(&b->cp[i], e - i);
		i = e;
	}
	/* case mapping outside the Latin blocks may need NFC again */
	return vn_needs_icu(b) ? vn_compose(b) : VN_OK;
}

vn_status
vn_normalize(const char *in, size_t len, vn_style style, vn_text *out)
{
	vn_cps		b = {0};
	vn_status	st = normalize_cps(in, len, style, &b);

	if (st == VN_OK)
		st = vn_cps_to_text(b.cp, b.n, out);
	vn_cps_free(&b);
	return st;
}

vn_status
vn_form_upper(const char *in, size_t len, vn_text *out)
{
	vn_cps		b = {0};
	vn_status	st = normalize_cps(in, len, VN_STYLE_OLD, &b);

	if (st == VN_OK)
	{
		for (size_t i = 0; i < b.n; i++)
			b.cp[i] = vn_cp_upper(b.cp[i]);
		st = vn_compose(&b);
	}
	if (st == VN_OK)
		st = vn_cps_to_text(b.cp, b.n, out);
	vn_cps_free(&b);
	return st;
}

/* Is c a combining mark (dropped by the accent-free forms)? */
bool
vn_is_mark(UChar32 c)
{
	if (c < 0x300)
		return false;
	if (c <= 0x36F)
		return true;
	return (U_GET_GC_MASK(c) & (U_GC_MN_MASK | U_GC_ME_MASK)) != 0;
}

vn_status
vn_form_ascii(const char *in, size_t len, vn_text *out)
{
	vn_cps		b = {0};
	vn_bytes	o = {0};
	vn_status	st = normalize_cps(in, len, VN_STYLE_OLD, &b);

	if (st == VN_OK)
		st = vn_bytes_reserve(&o, b.n * 2);
	for (size_t i = 0; st == VN_OK && i < b.n; i++)
	{
		UChar32		c = b.cp[i];
		const char *f = vn_fold_ascii(c);

		if (f != NULL && f[0] != '\0')
		{
			for (; *f && st == VN_OK; f++)
				st = vn_bytes_put_cp(&o, *f - 32);
		}
		else if (!vn_is_mark(c))
			st = vn_bytes_put_cp(&o, vn_cp_upper(c));
	}
	if (st == VN_OK)
		st = vn_bytes_finish(&o, out);
	vn_bytes_free(&o);
	vn_cps_free(&b);
	return st;
}
