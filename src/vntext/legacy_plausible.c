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

int
vn_legacy_name_freq(const UChar32 *cp, size_t n)
{
	uint8_t		key[4 * 4 * VN_SYL_MAX + 1];
	int32_t		k = 0;
	int			lo = 0;
	int			hi = vn_name_nsyllables - 1;

	if (n == 0 || n > 4 * VN_SYL_MAX)
		return 0;
	for (size_t i = 0; i < n; i++)
		U8_APPEND_UNSAFE(key, k, u_tolower(cp[i]));
	key[k] = '\0';
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			cmp = strcmp(vn_name_syllables[mid].syllable, (const char *) key);

		if (cmp == 0)
			return vn_name_syllables[mid].count;
		if (cmp < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return 0;
}
