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
 * Letters that case mapping turns into letters of the table: dotless ı
 * (upper case I) and long ſ (upper case S).  The grammar reads them as the
 * table letter they fold to, so that a word is a syllable, or not, in
 * every case: otherwise upper-casing "Aı̀" would make a syllable of it and
 * a second normalization would move its tone.  (Kelvin K and Angstrom Å
 * never get here: NFC replaces them; dotted İ has no case mapping here.)
 */
static UChar32
syllable_cp(UChar32 c)
{
	switch (c)
	{
		case 0x0131:
			return 'i';
		case 0x017F:
			return 's';
		default:
			return c;
	}
}

/*
 * Re-place the tone of one segment if it is a valid syllable, rebuilt from
 * letters of the table (marks the grammar can absorb are absorbed);
 * anything else is left alone.  Returns the new length of the segment.
 */
static size_t
restyle_segment(UChar32 *cp, size_t n, vn_style style)
{
	UChar32		tmp[4 * VN_SYL_MAX];
	vn_letter	l[VN_SYL_MAX];
	int			nl;
	vn_syl		s;

	if (n >= 4 * VN_SYL_MAX)
		return n;
	for (size_t i = 0; i < n; i++)
		tmp[i] = syllable_cp(cp[i]);
	if (!vn_syllable_letters_n(tmp, n, l, &nl) || !vn_syllable_parse(l, nl, &s))
		return n;
	vn_syllable_place(l, &s, style);
	for (int i = 0; i < nl; i++)
		cp[i] = vn_letter_cp(&l[i]);
	return (size_t) nl;
}

/*
 * Capital first letter, lower case for the rest (ICU simple mappings).  A
 * combining mark that opens the segment (it has no base) is not a letter
 * and is not title-cased: U+0345 would otherwise become the letter Ι.
 */
static void
title_segment(UChar32 *cp, size_t n)
{
	for (size_t i = 0; i < n; i++)
		cp[i] = (i == 0 && !vn_is_mark(cp[i])) ? vn_cp_title(cp[i]) :
			vn_cp_lower(cp[i]);
}

/*
 * Could case mapping have made something that composes in cp[0..n)?  Only
 * if there is a combining mark, so only if there is a code point outside
 * the precomposed Latin letters (checked cheaply, conservatively).
 */
static bool
may_compose(const UChar32 *cp, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (cp[i] >= 0x300 && (cp[i] < 0x1E00 || cp[i] >= 0x1F00))
			return true;
	return false;
}

/*
 * Tone placement on every segment; placement can absorb marks, so the
 * buffer is compacted as we go.
 */
static void
restyle_all(vn_cps *b, vn_style style)
{
	size_t		i = 0;
	size_t		w = 0;

	while (i < b->n)
	{
		size_t		e = vn_segment_end(b->cp, b->n, i);
		size_t		k;

		if (e == i)
		{
			b->cp[w++] = b->cp[i++];
			continue;
		}
		k = restyle_segment(&b->cp[i], e - i, style);
		for (size_t j = 0; j < k; j++)
			b->cp[w++] = b->cp[i + j];
		i = e;
	}
	b->n = w;
}

/*
 * The normalized code points of a name, in the buffer.  Shared by the
 * display form and the capital forms.  Case first, then NFC again (case
 * mapping can make a letter that composes: ı + U+0300 -> Ì), then tone
 * placement on the final letters, so one pass reaches the fixed point.
 * A segment of precomposed Latin letters cannot compose any further, so
 * it is placed at once; only if some segment has other code points does
 * the whole buffer go through NFC and a second placement pass.
 */
static vn_status
normalize_cps(const char *in, size_t len, vn_style style, vn_cps *b)
{
	vn_status	st = vn_prepare(in, len, b, NULL);
	size_t		i = 0;
	size_t		w = 0;
	bool		late = false;

	if (st != VN_OK)
		return st;
	while (i < b->n)
	{
		size_t		e = vn_segment_end(b->cp, b->n, i);
		size_t		k = e - i;

		if (e == i)
		{
			b->cp[w++] = b->cp[i++];
			continue;
		}
		title_segment(&b->cp[i], e - i);
		if (may_compose(&b->cp[i], e - i))
			late = true;
		else
			k = restyle_segment(&b->cp[i], e - i, style);
		for (size_t j = 0; j < k; j++)
			b->cp[w++] = b->cp[i + j];
		i = e;
	}
	b->n = w;
	if (!late)
		return VN_OK;
	st = vn_compose(b);
	if (st == VN_OK)
		restyle_all(b, style);
	return st;
}

/* The full path of vn_normalize: every input; the reference. */
vn_status
vn_normalize_full(const char *in, size_t len, vn_style style, vn_text *out)
{
	vn_cps		b = {0};
	vn_status	st = normalize_cps(in, len, style, &b);

	if (st == VN_OK)
		st = vn_cps_to_text(b.cp, b.n, out);
	vn_cps_free(&b);
	return st;
}

/*
 * Names of table letters, Vietnamese marks, spaces and ASCII punctuation
 * take the one-pass path of normalize_fast.c; the rest the full path.
 */
vn_status
vn_normalize(const char *in, size_t len, vn_style style, vn_text *out)
{
	vn_status	st;

	if (vn_normalize_fast(in, len, style, out, &st))
		return st;
	return vn_normalize_full(in, len, style, out);
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

/*
 * ASCII capitals of the normalized name.  Marks are dropped, so spaces are
 * collapsed and trimmed again afterwards: a mark alone between two spaces
 * (or at an end) must not leave a double or outer space behind.
 */
vn_status
vn_form_ascii(const char *in, size_t len, vn_text *out)
{
	vn_cps		b = {0};
	vn_bytes	o = {0};
	vn_status	st = normalize_cps(in, len, VN_STYLE_OLD, &b);
	bool		pending_space = false;

	if (st == VN_OK)
		st = vn_bytes_reserve(&o, b.n * 2);
	for (size_t i = 0; st == VN_OK && i < b.n; i++)
	{
		UChar32		c = b.cp[i];
		char		f[4];
		bool		ascii = vn_ascii_spelling(c, f);

		if (c == ' ')
		{
			pending_space = o.len > 0;
			continue;
		}
		if (!ascii && vn_is_mark(c))
			continue;
		if (pending_space)
		{
			st = vn_bytes_put_cp(&o, ' ');
			pending_space = false;
		}
		if (st != VN_OK)
			break;
		if (ascii)
		{
			for (int k = 0; f[k] && st == VN_OK; k++)
				st = vn_bytes_put_cp(&o, f[k] - 32);
		}
		else
			st = vn_bytes_put_cp(&o, vn_cp_upper(c));
	}
	if (st == VN_OK)
		st = vn_bytes_finish(&o, out);
	vn_bytes_free(&o);
	vn_cps_free(&b);
	return st;
}
