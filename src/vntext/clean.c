/*-------------------------------------------------------------------------
 *
 * clean.c
 *	  The first steps of every operation: decode, clean (white space,
 *	  controls, look-alike characters) and compose (NFC, with quality marks
 *	  moved before the tone so that NFC, NFD and the Windows-1258 form give
 *	  one result).
 *
 *-------------------------------------------------------------------------
 */
#include "vn_internal.h"

#include <unicode/uchar.h>

vn_cpclass
vn_cp_class(UChar32 c)
{
	if (c < 0x80)
	{
		if (c == ' ' || (c >= 0x09 && c <= 0x0D))
			return VN_CC_SPACE;
		if (c < 0x20 || c == 0x7F)
			return VN_CC_DROP;
		return VN_CC_NORMAL;
	}
	switch (c)
	{
		case 0x0085:
		case 0x00A0:
		case 0x1680:
		case 0x2028:
		case 0x2029:
		case 0x202F:
		case 0x205F:
		case 0x3000:
			return VN_CC_SPACE;
		case 0x00AD:			/* soft hyphen */
		case 0x034F:			/* combining grapheme joiner */
		case 0x180E:
		case 0xFEFF:
			return VN_CC_DROP;
		case 0x00D0:
		case 0x00F0:
			return VN_CC_ETH;
		case 0x00B4:			/* acute accent */
		case 0x02CA:			/* modifier letter acute */
		case 0x02CB:			/* modifier letter grave */
		case 0x02DC:			/* small tilde */
		case 0x02C0:			/* modifier glottal stop, for the hook */
			return VN_CC_TONE_LOOKALIKE;
		case 0x2018:
		case 0x2019:
		case 0x02BC:
		case 0x02B9:
			return VN_CC_APOSTROPHE;
		default:
			break;
	}
	if (c >= 0x2000 && c <= 0x200A)
		return VN_CC_SPACE;
	if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
		(c >= 0x2060 && c <= 0x206F) || (c >= 0x80 && c < 0xA0))
		return VN_CC_DROP;
	return VN_CC_NORMAL;
}

/* The combining tone a spacing look-alike stands for. */
UChar32
vn_lookalike_mark(UChar32 c)
{
	switch (c)
	{
		case 0x00B4:
		case 0x02CA:
			return 0x0301;
		case 0x02CB:
			return 0x0300;
		case 0x02DC:
			return 0x0303;
		case 0x02C0:
			return 0x0309;
		default:
			return c;
	}
}

/* Is c one of the eight combining marks of Vietnamese (or an alias)? */
static bool
is_vn_mark(UChar32 c)
{
	return vn_mark_tone(c) != 0 || vn_mark_quality(c) != 0;
}

/*
 * Must the buffer go through ICU's NFC?  Only for code points outside the
 * Latin blocks of the letter table or combining marks other than the
 * Vietnamese ones: the fast path composes the rest itself.
 */
bool
vn_needs_icu(const vn_cps *b)
{
	for (size_t i = 0; i < b->n; i++)
	{
		UChar32		c = b->cp[i];

		if (c < 0x300 || (c >= 0x1E00 && c < 0x1F00))
			continue;
		if (is_vn_mark(c))
			continue;
		return true;
	}
	return false;
}

/*
 * Compose each table letter with the Vietnamese marks that follow it, in
 * any order, at most one quality and one tone.  In place: the result is
 * never longer.  Returns true when a Vietnamese mark was left over.
 */
static bool
compose_pass(vn_cps *b)
{
	size_t		r = 0;
	size_t		w = 0;
	bool		leftover = false;

	while (r < b->n)
	{
		UChar32		c = b->cp[r];
		vn_letter	l;

		if (!vn_letter_of(c, &l))
		{
			if (is_vn_mark(c))
				leftover = true;
			b->cp[w++] = c;
			r++;
			continue;
		}
		r++;
		if (r == b->n || b->cp[r] < 0x300 || b->cp[r] > 0x36F)
		{
			b->cp[w++] = c;		/* nothing to absorb: keep as is */
			continue;
		}
		while (r < b->n)
		{
			UChar32		m = b->cp[r];
			int			t = vn_mark_tone(m);
			int			q = vn_mark_quality(m);

			if (t && l.tone == VN_T_NONE && vn_is_vowel_base(l.base) &&
				l.q != VN_Q_STROKE)
				l.tone = t;
			else if (q && l.q == VN_Q_NONE && vn_quality_fits(l.base, q))
				l.q = q;
			else
				break;
			r++;
		}
		b->cp[w++] = vn_letter_cp(&l);
	}
	b->n = w;
	return leftover;
}

vn_status
vn_compose(vn_cps *b)
{
	bool		icu_done = false;
	bool		marks = false;
	vn_status	st;

	for (size_t i = 0; i < b->n && !marks; i++)
		marks = b->cp[i] >= 0x300 && (b->cp[i] < 0x1E00 || b->cp[i] >= 0x1F00);
	if (!marks)
		return VN_OK;			/* precomposed Latin letters only: NFC */
	if (vn_needs_icu(b))
	{
		st = vn_icu_nfc_cps(b);
		if (st != VN_OK)
			return st;
		icu_done = true;
	}
	if (compose_pass(b) && !icu_done)
	{
		/* e.g. n + U+0301: ICU knows ń; then compose what is left */
		st = vn_icu_nfc_cps(b);
		if (st != VN_OK)
			return st;
		compose_pass(b);
	}
	return VN_OK;
}

/*
 * Clean in place: white space runs become one space (trimmed), controls
 * and invisible characters go, eth becomes đ, spacing tone look-alikes
 * after a letter become combining tones, typographic apostrophes become
 * U+0027.
 */
static void
clean_pass(vn_cps *b, uint32_t *found)
{
	size_t		w = 0;
	bool		pending_space = false;
	uint32_t	f = 0;

	for (size_t r = 0; r < b->n; r++)
	{
		UChar32		c = b->cp[r];

		switch (vn_cp_class(c))
		{
			case VN_CC_SPACE:
				if (c != ' ' || pending_space || w == 0)
					f |= VN_AUDIT_WHITESPACE;
				if (w > 0)
					pending_space = true;
				continue;
			case VN_CC_DROP:
				f |= VN_AUDIT_CONTROL_CHARS;
				continue;
			case VN_CC_ETH:
				f |= VN_AUDIT_LOOKALIKE;
				c = (c == 0x00D0) ? 0x0110 : 0x0111;
				break;
			case VN_CC_TONE_LOOKALIKE:
				if (w > 0 && !pending_space && vn_is_word_cp(b->cp[w - 1]))
				{
					f |= VN_AUDIT_LOOKALIKE;
					c = vn_lookalike_mark(c);
				}
				break;
			case VN_CC_APOSTROPHE:
				c = '\'';
				break;
			case VN_CC_NORMAL:
				break;
		}
		if (pending_space)
		{
			b->cp[w++] = ' ';
			pending_space = false;
		}
		b->cp[w++] = c;
	}
	if (pending_space)
		f |= VN_AUDIT_WHITESPACE;
	b->n = w;
	if (found)
		*found |= f;
}

vn_status
vn_prepare(const char *in, size_t len, vn_cps *out, uint32_t *found)
{
	vn_status	st;

	vn_chars_init();
	st = vn_utf8_decode(in, len, out);
	if (st != VN_OK)
		return st;
	clean_pass(out, found);
	return vn_compose(out);
}
