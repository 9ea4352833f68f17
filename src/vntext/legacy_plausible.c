/*-------------------------------------------------------------------------
 *
 * legacy_plausible.c
 *	  Plausibility checks of the legacy-encoding repair: which decodings
 *	  are Vietnamese syllables whose rhyme exists, and how usual a syllable
 *	  is in names.
 *
 * A decoding is plausible when it is a syllable of the core grammar
 * (syllable.c), which also rejects the rhymes Vietnamese does not have: VNI
 * "Khaùnh" parses as kh + au + nh, TCVN3 "Nông" read wrongly gives "Nơng",
 * and neither is a syllable.
 *
 *-------------------------------------------------------------------------
 */
#include "legacy.h"
#include "legacy_tables.h"

#include <string.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

bool
vn_legacy_plausible(const UChar32 *cp, size_t n)
{
	return n > 0 && n <= 4 * VN_SYL_MAX && vn_is_syllable_cp(cp, n);
}

/*
 * A word of a minority language written with the Vietnamese alphabet (Ê Đê
 * Kôp, Niê, Êban; Jrai Adrơng): precomposed letters of the table, no tone
 * (those scripts write none), at least one vowel, and none of the two
 * spellings that only VNI produces, and cased as a word is (Kôp, kôp,
 * KÔP; not TÊt, where TCVN3 wrote Tất), a plain a, e or o followed by â (VNI's
 * circumflex byte, as in "Taâm") or a plain a followed by ê (its breve,
 * "Vaên").  With a tone, a word must be a Vietnamese syllable.
 */
bool
vn_legacy_script_word(const UChar32 *cp, size_t n)
{
	vn_letter	prev = {0};
	bool		vowel = false;
	bool		rest_upper = true;
	bool		rest_lower = true;

	if (n == 0 || n > 4 * VN_SYL_MAX)
		return false;
	for (size_t i = 0; i < n; i++)
	{
		vn_letter	l;

		if (!vn_letter_of(cp[i], &l) || l.tone != VN_T_NONE)
			return false;
		if (i > 0)
		{
			rest_upper &= l.upper;
			rest_lower &= !l.upper;
		}
		if (vn_is_vowel_base(l.base) && l.q != VN_Q_STROKE)
			vowel = true;
		if (i > 0 && prev.q == VN_Q_NONE &&
			((l.base == 'a' && l.q == VN_Q_CIRC &&
			  (prev.base == 'a' || prev.base == 'e' || prev.base == 'o')) ||
			 (l.base == 'e' && l.q == VN_Q_CIRC && prev.base == 'a')))
			return false;
		prev = l;
	}
	/* all small, all capitals or a capital and small letters: not TÊt */
	return vowel && (rest_lower || (rest_upper && n > 1 && u_isupper(cp[0])));
}

/* The frequency entry of a syllable (any case), or NULL. */
static const vn_syllable_freq *
name_freq_entry(const UChar32 *cp, size_t n)
{
	uint8_t		key[4 * 4 * VN_SYL_MAX + 1];
	int32_t		k = 0;
	int			lo = 0;
	int			hi = vn_name_nsyllables - 1;

	if (n == 0 || n > 4 * VN_SYL_MAX)
		return NULL;
	for (size_t i = 0; i < n; i++)
		U8_APPEND_UNSAFE(key, k, u_tolower(cp[i]));
	key[k] = '\0';
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			cmp = strcmp(vn_name_syllables[mid].syllable, (const char *) key);

		if (cmp == 0)
			return &vn_name_syllables[mid];
		if (cmp < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return NULL;
}

int
vn_legacy_name_freq(const UChar32 *cp, size_t n)
{
	const vn_syllable_freq *f = name_freq_entry(cp, n);

	return f ? f->count : 0;
}

int
vn_legacy_name_freq_at(const UChar32 *cp, size_t n, vn_name_pos pos)
{
	const vn_syllable_freq *f = name_freq_entry(cp, n);

	if (f == NULL)
		return 0;
	switch (pos)
	{
		case VN_POS_FAMILY:
			return f->family;
		case VN_POS_MIDDLE:
			return f->middle;
		case VN_POS_GIVEN:
			return f->given;
		default:
			return f->count;
	}
}
