/*-------------------------------------------------------------------------
 *
 * syllable.c
 *	  The Vietnamese syllable grammar of DOMAIN.md: onset + nucleus + coda,
 *	  the list of valid nuclei, the rhymes (nucleus + coda) that exist,
 *	  tone/coda compatibility, and the tone carrier in the old (hòa) and
 *	  new (hoà) styles.
 *
 * A syllable is at most seven letters (nghiêng), so every loop here is
 * bounded by VN_SYL_MAX whatever the input.
 *
 *-------------------------------------------------------------------------
 */
#include "vn_internal.h"

#include <string.h>

/* Valid nuclei, lower case without tone. */
static const char *const nuclei[] = {
	"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
	"ai", "ao", "au", "âu", "ay", "ây", "eo", "êu", "ia", "iê", "iu", "oa",
	"oă", "oe", "oi", "ôi", "ơi", "oo", "ôô", "ua", "uâ", "uê", "ui", "uô",
	"uơ", "ưa", "ưi", "ươ", "ưu", "uy", "yê",
	"iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya",
	"uyê", "uyu", "yêu",
};

/*
 * Rhymes (nucleus + coda) that Vietnamese does not have.  Only what is
 * certainly impossible is rejected:
 * - a nucleus ending in a glide (ai, ao, au, ... yêu) or one of the open
 *   spellings of the diphthongs (ia, ua, ưa, uya, and uơ as in thuở) takes
 *   no coda;
 * - ă, â, oă, uâ and the closed spellings of the diphthongs (iê, yê, uô,
 *   ươ, uyê) take a coda;
 * - oo (xoong, moóc) takes ng or c, and nothing else: open oo is not a
 *   syllable (the VNI spelling "Voõ" of Võ is not one either);
 * - nh and ch follow only a, ê, i, y (anh, ênh, inh, uynh);
 * - ng and c never follow ơ, ê, i or y alone (those are ơn, ênh, inh),
 *   except ê after the onset gi, which is iê with its i written once
 *   (giêng, giếc).
 * Anything else (oong, uênh, ưm) is accepted.
 */
static const char *const nuclei_no_coda[] = {
	"ai", "ao", "au", "âu", "ay", "ây", "eo", "êu", "iu", "oi", "ôi", "ơi",
	"ui", "ưi", "ưu", "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi",
	"ươi", "ươu", "uyu", "yêu",
	"ia", "ua", "ưa", "uya", "uơ",
};

static const char *const nuclei_need_coda[] = {
	"ă", "â", "oă", "uâ", "iê", "yê", "uô", "ươ", "uyê",
};

static const char *const nuclei_no_velar[] = {"ơ", "ê", "i", "y"};

static const char *const nuclei_only_velar[] = {"oo"};

/* Two- and three-letter onsets, longest first; "gi" and "qu" apart. */
static const char *const onsets[] = {
	"ngh", "ng", "nh", "ch", "gh", "kh", "ph", "th", "tr",
};

static const char *const codas[] = {
	"c", "ch", "m", "n", "ng", "nh", "p", "t",
};

static bool
is_vowel(const vn_letter *l)
{
	return l->q != VN_Q_STROKE && vn_is_vowel_base(l->base);
}

/* Consonants of the Vietnamese alphabet (no f, j, w, z). */
static bool
is_consonant(const vn_letter *l)
{
	if (l->q == VN_Q_STROKE)
		return true;
	return strchr("bcdghklmnpqrstvx", l->base) != NULL;
}

/* Plain (no quality, no stroke) letters l[0..k) spell s? */
static bool
spells(const vn_letter *l, int n, const char *s)
{
	int			k = (int) strlen(s);

	if (k > n)
		return false;
	for (int i = 0; i < k; i++)
		if (l[i].base != s[i] || l[i].q != VN_Q_NONE)
			return false;
	return true;
}

/* Valid nuclei as 12-bit codes of vowel rows (see nucleus_code). */
#define NUC_VALID		0x01
#define NUC_NO_CODA		0x02
#define NUC_NEED_CODA	0x04
#define NUC_NO_VELAR	0x08	/* no ng, no c */
#define NUC_ONLY_VELAR	0x10	/* ng or c, nothing else */
static uint8_t nucleus_flags[1 << 12];
static bool nuclei_ready = false;

/* Code of a run of 1-3 vowels: (row + 1) in 4 bits each. */
static int
nucleus_code(const vn_letter *l, int n)
{
	int			code = 0;

	for (int i = 0; i < n; i++)
	{
		int			v = vn_vowel_row(&l[i]);

		if (v < 0)
			return -1;
		code |= (v + 1) << (4 * i);
	}
	return code;
}

/* Set flag on each nucleus of a list of UTF-8 spellings. */
static void
flag_nuclei(const char *const *list, size_t count, uint8_t flag)
{
	for (size_t k = 0; k < count; k++)
	{
		const unsigned char *s = (const unsigned char *) list[k];
		size_t		len = strlen(list[k]);
		size_t		pos = 0;
		vn_letter	l[3];
		int			n = 0;
		UChar32		c;

		while (pos < len && n < 3 && vn_utf8_next(s, len, &pos, &c) == 0 &&
			   vn_letter_of(c, &l[n]))
			n++;
		if (nucleus_code(l, n) >= 0)
			nucleus_flags[nucleus_code(l, n)] |= flag;
	}
}

#define LIST(a) a, sizeof(a) / sizeof(a[0])

static void
nuclei_init(void)
{
	flag_nuclei(LIST(nuclei), NUC_VALID);
	flag_nuclei(LIST(nuclei_no_coda), NUC_NO_CODA);
	flag_nuclei(LIST(nuclei_need_coda), NUC_NEED_CODA);
	flag_nuclei(LIST(nuclei_no_velar), NUC_NO_VELAR);
	flag_nuclei(LIST(nuclei_only_velar), NUC_ONLY_VELAR | NUC_NEED_CODA);
	nuclei_ready = true;
}

/* The NUC_* flags of a run of vowels; 0 if it is not a nucleus. */
static uint8_t
nucleus_of(const vn_letter *l, int n)
{
	int			code;

	if (!nuclei_ready)
		nuclei_init();
	code = nucleus_code(l, n);
	return code >= 0 ? nucleus_flags[code] : 0;
}

/* Does the coda fit the nucleus (see nuclei_no_coda)? */
static bool
rhyme_exists(const vn_letter *nuc, int n, uint8_t flags, const char *coda)
{
	const vn_letter *last = &nuc[n - 1];

	if (coda[0] == '\0')
		return !(flags & NUC_NEED_CODA);
	if (flags & NUC_NO_CODA)
		return false;
	if (flags & NUC_ONLY_VELAR)
		return strcmp(coda, "ng") == 0 || strcmp(coda, "c") == 0;
	if (coda[1] == 'h')			/* nh, ch */
		return (last->q == VN_Q_NONE &&
				(last->base == 'a' || last->base == 'i' || last->base == 'y')) ||
			(last->q == VN_Q_CIRC && last->base == 'e');
	if (coda[1] == 'g' || (coda[0] == 'c' && coda[1] == '\0'))	/* ng, c */
		return !(flags & NUC_NO_VELAR);
	return true;
}

/* Length of the onset at l[0..n), with its ASCII spelling; -1 if none fits. */
static int
parse_onset(const vn_letter *l, int n, char *spelled)
{
	spelled[0] = '\0';
	if (n == 0 || is_vowel(&l[0]))
		return 0;
	if (l[0].q == VN_Q_STROKE)
	{
		strcpy(spelled, "đ");
		return 1;
	}
	/* the two- and three-letter onsets start with two consonants */
	if (n >= 2 && !is_vowel(&l[1]))
		for (size_t k = 0; k < sizeof(onsets) / sizeof(onsets[0]); k++)
			if (spells(l, n, onsets[k]))
			{
				strcpy(spelled, onsets[k]);
				return (int) strlen(onsets[k]);
			}
	/* qu is always an onset; gi only when another vowel follows */
	if (l[0].base == 'q')
	{
		if (n >= 2 && l[1].base == 'u' && l[1].q == VN_Q_NONE)
		{
			strcpy(spelled, "qu");
			return 2;
		}
		return -1;
	}
	if (l[0].base == 'g' && n >= 3 && l[1].base == 'i' &&
		l[1].q == VN_Q_NONE && is_vowel(&l[2]))
	{
		strcpy(spelled, "gi");
		return 2;
	}
	if (!is_consonant(&l[0]))
		return -1;
	spelled[0] = l[0].base;
	spelled[1] = '\0';
	return 1;
}

/* Is l[0..n) (n = 1 or 2) one of the codas?  Its spelling goes to coda. */
static bool
parse_coda(const vn_letter *l, int n, char *coda)
{
	for (size_t k = 0; k < sizeof(codas) / sizeof(codas[0]); k++)
		if (codas[k][0] == l[0].base &&
			(n == 1 ? codas[k][1] == '\0' :
			 codas[k][1] == l[1].base && codas[k][2] == '\0'))
		{
			for (int i = 0; i < n; i++)
				if (l[i].q != VN_Q_NONE)
					return false;
			strcpy(coda, codas[k]);
			return true;
		}
	return false;
}

/* Where the tone goes: step 3 of DOMAIN.md's tone placement. */
static void
choose_carrier(const vn_letter *l, vn_syl *s)
{
	int			ns = s->nuc_start;
	int			nl = s->nuc_len;

	for (int i = ns + nl - 1; i >= ns; i--)
		if (l[i].q != VN_Q_NONE)
		{
			s->carrier_old = s->carrier_new = i;
			return;
		}
	if (nl == 1)
		s->carrier_old = s->carrier_new = ns;
	else if (nl == 3)
		s->carrier_old = s->carrier_new = ns + 1;
	else if (s->coda_len > 0)
		s->carrier_old = s->carrier_new = ns + 1;
	else if (spells(&l[ns], 2, "oa") || spells(&l[ns], 2, "oe") ||
			 spells(&l[ns], 2, "uy"))
	{
		s->carrier_old = ns;
		s->carrier_new = ns + 1;
	}
	else
		s->carrier_old = s->carrier_new = ns;
}

/*
 * Parse letters l[0..n) as one syllable.  A tone anywhere (even on the u
 * of qu) is accepted; s->tone_pos says where it was.
 */
bool
vn_syllable_parse(const vn_letter *l, int n, vn_syl *s)
{
	int			pos;
	int			coda_len;
	uint8_t		nflags;

	memset(s, 0, sizeof(*s));
	if (n < 1 || n >= VN_SYL_MAX)
		return false;
	s->n = n;
	s->tone_pos = -1;
	for (int i = 0; i < n; i++)
	{
		if (!is_vowel(&l[i]) && !is_consonant(&l[i]))
			return false;
		if (l[i].tone != VN_T_NONE)
		{
			if (s->tone_pos >= 0)
				return false;	/* two tones */
			s->tone_pos = i;
			s->tone = l[i].tone;
		}
	}
	s->onset_len = parse_onset(l, n, s->onset);
	if (s->onset_len < 0)
		return false;
	pos = s->onset_len;
	s->nuc_start = pos;
	while (pos < n && is_vowel(&l[pos]))
		pos++;
	s->nuc_len = pos - s->nuc_start;
	if (s->nuc_len < 1 || s->nuc_len > 3)
		return false;
	nflags = nucleus_of(&l[s->nuc_start], s->nuc_len);
	if (!(nflags & NUC_VALID))
		return false;
	s->coda_start = pos;
	coda_len = n - pos;
	if (coda_len > 2)
		return false;
	if (coda_len > 0 && !parse_coda(&l[pos], coda_len, s->coda))
		return false;
	s->coda_len = coda_len;
	if (s->onset[0] == 'g' && s->onset[1] == 'i')
		nflags &= ~NUC_NO_VELAR;
	if (!rhyme_exists(&l[s->nuc_start], s->nuc_len, nflags, s->coda))
		return false;
	/* after a stop coda (p, t, c, ch) only sắc or nặng */
	if ((s->coda[0] == 'p' || s->coda[0] == 't' || s->coda[0] == 'c') &&
		s->tone != VN_T_ACUTE && s->tone != VN_T_DOT)
		return false;
	choose_carrier(l, s);
	return true;
}

/*
 * Take code points (any normalization form) apart into letters; false if
 * one is not a letter of the table or a Vietnamese mark that fits, or if
 * there are too many.  *nl gets the number of letters.
 */
bool
vn_syllable_letters_n(const UChar32 *cp, size_t n, vn_letter *l, int *nl)
{
	int			k = 0;
	vn_letter	one;

	for (size_t i = 0; i < n; i++)
	{
		UChar32		c = cp[i];
		int			t;
		int			q;

		if (c == 0x00D0 || c == 0x00F0)
			c = (c == 0x00D0) ? 0x0110 : 0x0111;
		if (vn_letter_of(c, &one))
		{
			if (k >= VN_SYL_MAX - 1)
				return false;
			l[k++] = one;
			continue;
		}
		if (k == 0)
			return false;
		t = vn_mark_tone(c);
		q = vn_mark_quality(c);
		if (t && l[k - 1].tone == VN_T_NONE && is_vowel(&l[k - 1]))
			l[k - 1].tone = t;
		else if (q && l[k - 1].q == VN_Q_NONE &&
				 vn_quality_fits(l[k - 1].base, q))
			l[k - 1].q = q;
		else
			return false;
	}
	*nl = k;
	return k > 0;
}

bool
vn_is_syllable_cp(const UChar32 *cp, size_t n)
{
	vn_letter	l[VN_SYL_MAX];
	int			nl;
	vn_syl		s;

	if (cp == NULL || n == 0 || n > 4 * VN_SYL_MAX)
		return false;
	if (!vn_syllable_letters_n(cp, n, l, &nl))
		return false;
	return vn_syllable_parse(l, nl, &s);
}

bool
vn_is_syllable(const char *in, size_t len)
{
	UChar32		cp[4 * VN_SYL_MAX];
	size_t		n = 0;
	size_t		pos = 0;
	const unsigned char *s = (const unsigned char *) in;

	if (in == NULL || len == 0 || len > 4 * 4 * VN_SYL_MAX)
		return false;
	vn_chars_init();
	while (pos < len)
	{
		UChar32		c;

		if (n == 4 * VN_SYL_MAX || vn_utf8_next(s, len, &pos, &c) != 0)
			return false;
		cp[n++] = c;
	}
	return vn_is_syllable_cp(cp, n);
}

/* Move the tone of a parsed syllable to its carrier in the given style. */
void
vn_syllable_place(vn_letter *l, const vn_syl *s, vn_style style)
{
	int			to;

	if (s->tone == VN_T_NONE)
		return;
	to = (style == VN_STYLE_NEW) ? s->carrier_new : s->carrier_old;
	for (int i = 0; i < s->n; i++)
		l[i].tone = VN_T_NONE;
	l[to].tone = (uint8_t) s->tone;
}
