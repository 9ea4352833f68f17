/*-------------------------------------------------------------------------
 *
 * audit.c
 *	  vn_audit_flags: what is wrong with a name, as VN_AUDIT_* bits (all but
 *	  the legacy-encoding bits, which legacy.c finds).
 *
 *-------------------------------------------------------------------------
 */
#include "vn_internal.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>

/* Is the input, as given, in NFC?  ASCII always is. */
static vn_status
check_nfc(const char *in, size_t len, uint32_t *flags)
{
	UChar	   *u;
	int32_t		ulen = 0;
	UErrorCode	err = U_ZERO_ERROR;
	const UNormalizer2 *nfc = vn_icu_nfc();
	bool		ascii = true;

	for (size_t i = 0; i < len && ascii; i++)
		ascii = ((unsigned char) in[i]) < 0x80;
	if (ascii)
		return VN_OK;
	if (nfc == NULL)
		return VN_ERR_ICU;
	u = vn_alloc((len + 1) * sizeof(UChar));
	if (u == NULL)
		return VN_ERR_NOMEM;
	u_strFromUTF8(u, (int32_t) len + 1, &ulen, in, (int32_t) len, &err);
	if (U_SUCCESS(err) && !unorm2_isNormalized(nfc, u, ulen, &err))
		*flags |= VN_AUDIT_NOT_NFC;
	vn_free(u);
	return U_SUCCESS(err) ? VN_OK : VN_ERR_ICU;
}

/* Letter case of c: 1 upper, -1 lower, 0 uncased. */
static int
case_of(UChar32 c)
{
	vn_letter	l;

	if (vn_letter_of(c, &l))
		return l.upper ? 1 : -1;
	if (u_isupper(c) || u_istitle(c))
		return 1;
	if (u_islower(c))
		return -1;
	return 0;
}

/* Casing findings of one segment. */
static uint32_t
audit_case(const UChar32 *cp, size_t n)
{
	int			first = 0;
	size_t		uppers_after = 0;
	size_t		lowers_after = 0;
	size_t		cased = 0;

	for (size_t i = 0; i < n; i++)
	{
		int			c = case_of(cp[i]);

		if (c == 0)
			continue;
		if (cased++ == 0)
			first = c;
		else if (c > 0)
			uppers_after++;
		else
			lowers_after++;
	}
	if (cased == 0)
		return 0;
	if (first > 0 && uppers_after == 0)
		return cased == 1 ? 0 : VN_AUDIT_NOT_TITLE_CASE;	/* AN */
	if (first < 0 && uppers_after == 0)
		return VN_AUDIT_NOT_TITLE_CASE; /* an */
	if (first > 0 && lowers_after == 0)
		return VN_AUDIT_NOT_TITLE_CASE;
	return VN_AUDIT_NOT_TITLE_CASE | VN_AUDIT_CASING_DAMAGE;
}

/* Tone findings of one segment (invalid syllable, style, misplaced). */
static uint32_t
audit_syllable(const UChar32 *cp, size_t n)
{
	vn_letter	l[VN_SYL_MAX];
	int			nl;
	vn_syl		s;

	if (n >= 4 * VN_SYL_MAX || !vn_syllable_letters_n(cp, n, l, &nl) ||
		!vn_syllable_parse(l, nl, &s))
		return VN_AUDIT_INVALID_SYLLABLE;
	if (s.tone == VN_T_NONE)
		return 0;
	if (s.carrier_old != s.carrier_new)
	{
		if (s.tone_pos == s.carrier_old)
			return VN_AUDIT_STYLE_OLD;
		if (s.tone_pos == s.carrier_new)
			return VN_AUDIT_STYLE_NEW;
		return VN_AUDIT_MISPLACED_TONE;
	}
	return s.tone_pos == s.carrier_old ? 0 : VN_AUDIT_MISPLACED_TONE;
}

vn_status
vn_audit_flags(const char *in, size_t len, uint32_t *flags)
{
	vn_cps		b = {0};
	uint32_t	f = 0;
	vn_status	st = vn_prepare(in, len, &b, &f);
	size_t		i = 0;

	*flags = 0;
	if (st == VN_OK)
		st = check_nfc(in, len, &f);
	while (st == VN_OK && i < b.n)
	{
		size_t		e = vn_segment_end(b.cp, b.n, i);

		if (e == i)
		{
			i++;
			continue;
		}
		f |= audit_syllable(&b.cp[i], e - i);
		f |= audit_case(&b.cp[i], e - i);
		i = e;
	}
	vn_cps_free(&b);
	if (st == VN_OK)
		*flags = f;
	return st;
}

/* Segments of a name that are not syllables, as UTF-8 strings. */
vn_status
vn_invalid_syllables(const char *in, size_t len, vn_text **tokens,
					 size_t *ntokens)
{
	vn_cps		b = {0};
	vn_status	st = vn_prepare(in, len, &b, NULL);
	size_t		i = 0;
	size_t		n = 0;
	vn_text    *list = NULL;

	*tokens = NULL;
	*ntokens = 0;
	if (st == VN_OK)
	{
		list = vn_alloc((b.n / 2 + 1) * sizeof(vn_text));
		if (list == NULL)
			st = VN_ERR_NOMEM;
	}
	while (st == VN_OK && i < b.n)
	{
		size_t		e = vn_segment_end(b.cp, b.n, i);

		if (e == i)
		{
			i++;
			continue;
		}
		if (audit_syllable(&b.cp[i], e - i) & VN_AUDIT_INVALID_SYLLABLE)
		{
			st = vn_cps_to_text(&b.cp[i], e - i, &list[n]);
			if (st == VN_OK)
				n++;
		}
		i = e;
	}
	vn_cps_free(&b);
	if (st != VN_OK)
	{
		for (size_t k = 0; k < n; k++)
			vn_text_free(&list[k]);
		vn_free(list);
		return st;
	}
	*tokens = list;
	*ntokens = n;
	return VN_OK;
}
