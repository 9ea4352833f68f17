/*-------------------------------------------------------------------------
 *
 * legacy_plausible.c
 *	  Plausibility checks of the legacy-encoding repair: which decodings
 *	  are Vietnamese syllables whose rhyme exists, and how usual a syllable
 *	  is in names.
 *
 * The core grammar (syllable.c) accepts every onset + nucleus + coda of
 * DOMAIN.md.  Mojibake needs a stricter test: VNI "Khaùnh" parses as
 * kh + au + nh, TCVN3 "Nông" decodes to "Nơng".  No Vietnamese word has those
 * rhymes, so here they do not count as syllables.
 *
 *-------------------------------------------------------------------------
 */
#include "legacy.h"
#include "legacy_tables.h"

#include <string.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

/* Nuclei ending in a glide or open diphthongs: never followed by a coda. */
static const char *const open_only[] = {
	"ai", "ao", "au", "a^u", "ay", "a^y", "eo", "e^u", "iu", "oi", "o^i",
	"o+i", "ui", "u+i", "u+u", "ia", "u+a", "ua", "uo+", "uya",
	"ie^u", "oai", "oao", "oay", "oeo", "ua^y", "uo^i", "u+o+i", "u+o+u",
	"uyu", "ye^u",
};

/* Nuclei that need a coda. */
static const char *const closed_only[] = {"a(", "a^", "oa(", "ua^"};

static bool
in_list(const char *s, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(s, list[i]) == 0)
			return true;
	return false;
}

/* Spell letters in ASCII: base, then ^ ( + for the quality mark. */
static void
spell_letters(const vn_letter *l, int n, char *buf)
{
	int			k = 0;

	for (int i = 0; i < n; i++)
	{
		buf[k++] = l[i].base;
		if (l[i].q == VN_Q_CIRC)
			buf[k++] = '^';
		else if (l[i].q == VN_Q_BREVE)
			buf[k++] = '(';
		else if (l[i].q == VN_Q_HORN)
			buf[k++] = '+';
	}
	buf[k] = '\0';
}

static bool
rhyme_exists(const char *nuc, const char *coda)
{
	size_t		nl = strlen(nuc);
	char		last = nl ? nuc[nl - 1] : '\0';

	if (*coda == '\0')
		return !in_list(nuc, closed_only, sizeof(closed_only) / sizeof(closed_only[0]));
	if (in_list(nuc, open_only, sizeof(open_only) / sizeof(open_only[0])))
		return false;
	if (strcmp(coda, "nh") == 0 || strcmp(coda, "ch") == 0)
		return (last == 'a' || last == 'i' || last == 'y' ||
				(nl >= 2 && strcmp(nuc + nl - 2, "e^") == 0));
	if (strcmp(coda, "ng") == 0 || strcmp(coda, "c") == 0)
		return !(strcmp(nuc, "o+") == 0 || strcmp(nuc, "e^") == 0 ||
				 strcmp(nuc, "i") == 0 || strcmp(nuc, "y") == 0);
	return true;
}

bool
vn_legacy_plausible(const UChar32 *cp, size_t n)
{
	vn_letter	l[VN_SYL_MAX];
	int			nl;
	vn_syl		s;
	char		nuc[16];

	if (n == 0 || n > 4 * VN_SYL_MAX || !vn_is_syllable_cp(cp, n))
		return false;
	if (!vn_syllable_letters_n(cp, n, l, &nl) || !vn_syllable_parse(l, nl, &s))
		return false;
	spell_letters(l + s.nuc_start, s.nuc_len, nuc);
	return rhyme_exists(nuc, s.coda);
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
