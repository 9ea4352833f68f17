/*-------------------------------------------------------------------------
 *
 * chars.c
 *	  The letter table: code point <-> (base letter, quality mark, tone,
 *	  case) for the Latin letters of Vietnamese, the combining marks that
 *	  carry tones and qualities, the accent-free fold of the Latin blocks,
 *	  and ICU simple case mapping for everything else.
 *
 * Tables cover U+0000-U+024F and U+1E00-U+1EFF and are filled once per
 * process from the rows below (and ICU's decompositions for the fold).
 *
 *-------------------------------------------------------------------------
 */
#include "vn_internal.h"

#include <string.h>
#include <unicode/uchar.h>

#define LO_END	0x250
#define HI_BEG	0x1E00
#define HI_END	0x1F00

#define INFO_VALID	0x8000
#define INFO_UPPER	0x0800

/* The twelve vowels, each with its tones in VN_T_* order. */
static const struct
{
	char		base;
	uint8_t		q;
	const char *lower;
	const char *upper;
}			vowel_rows[12] =
{
	{'a', VN_Q_NONE, "aàảãáạ", "AÀẢÃÁẠ"},
	{'a', VN_Q_BREVE, "ăằẳẵắặ", "ĂẰẲẴẮẶ"},
	{'a', VN_Q_CIRC, "âầẩẫấậ", "ÂẦẨẪẤẬ"},
	{'e', VN_Q_NONE, "eèẻẽéẹ", "EÈẺẼÉẸ"},
	{'e', VN_Q_CIRC, "êềểễếệ", "ÊỀỂỄẾỆ"},
	{'i', VN_Q_NONE, "iìỉĩíị", "IÌỈĨÍỊ"},
	{'o', VN_Q_NONE, "oòỏõóọ", "OÒỎÕÓỌ"},
	{'o', VN_Q_CIRC, "ôồổỗốộ", "ÔỒỔỖỐỘ"},
	{'o', VN_Q_HORN, "ơờởỡớợ", "ƠỜỞỠỚỢ"},
	{'u', VN_Q_NONE, "uùủũúụ", "UÙỦŨÚỤ"},
	{'u', VN_Q_HORN, "ưừửữứự", "ƯỪỬỮỨỰ"},
	{'y', VN_Q_NONE, "yỳỷỹýỵ", "YỲỶỸÝỴ"},
};

/* Letters that do not decompose but have an obvious ASCII fold. */
static const struct
{
	UChar32		cp;
	const char *fold;
}			special_folds[] =
{
	{0x00C6, "ae"}, {0x00E6, "ae"}, {0x00D0, "d"}, {0x00F0, "d"},
	{0x00D8, "o"}, {0x00F8, "o"}, {0x00DE, "th"}, {0x00FE, "th"},
	{0x00DF, "ss"}, {0x0110, "d"}, {0x0111, "d"}, {0x0126, "h"},
	{0x0127, "h"}, {0x0131, "i"}, {0x0132, "ij"}, {0x0133, "ij"},
	{0x013F, "l"}, {0x0140, "l"}, {0x0141, "l"}, {0x0142, "l"},
	{0x0152, "oe"}, {0x0153, "oe"}, {0x0166, "t"}, {0x0167, "t"},
	{0x0180, "b"}, {0x0192, "f"}, {0x0197, "i"}, {0x0268, "i"},
	{0x01E4, "g"}, {0x01E5, "g"}, {0x0246, "e"}, {0x0247, "e"},
};

static uint16_t info_lo[LO_END];
static uint16_t info_hi[HI_END - HI_BEG];
static char fold_lo[LO_END][3];
static char fold_hi[HI_END - HI_BEG][3];
static UChar32 vowel_cp[12][6][2];
static int8_t vowel_of[26][4];	/* (base, quality) -> vowel row, -1 if none */
static bool chars_ready = false;

static uint16_t *
info_slot(UChar32 c)
{
	if (c >= 0 && c < LO_END)
		return &info_lo[c];
	if (c >= HI_BEG && c < HI_END)
		return &info_hi[c - HI_BEG];
	return NULL;
}

static char *
fold_slot(UChar32 c)
{
	if (c >= 0 && c < LO_END)
		return fold_lo[c];
	if (c >= HI_BEG && c < HI_END)
		return fold_hi[c - HI_BEG];
	return NULL;
}

static uint16_t
pack(char base, int q, int tone, bool upper)
{
	return INFO_VALID | (uint16_t) (base - 'a') | (uint16_t) (q << 5) |
		(uint16_t) (tone << 8) | (upper ? INFO_UPPER : 0);
}

static int
vowel_index(char base, int q)
{
	if (base < 'a' || base > 'z' || q < 0 || q > VN_Q_HORN)
		return -1;
	return vowel_of[base - 'a'][q];
}

/* The row index of a vowel (0..11), -1 for consonants. */
int
vn_vowel_row(const vn_letter *l)
{
	if (!chars_ready)
		vn_chars_init();
	return vowel_index(l->base, l->q);
}

/* Enter one row of six toned letters. */
static void
enter_row(int v, const char *row, bool upper)
{
	const unsigned char *s = (const unsigned char *) row;
	size_t		len = strlen(row);
	size_t		pos = 0;

	for (int t = 0; t < 6 && pos < len; t++)
	{
		UChar32		c;

		if (vn_utf8_next(s, len, &pos, &c) != 0)
			return;
		vowel_cp[v][t][upper] = c;
		*info_slot(c) = pack(vowel_rows[v].base, vowel_rows[v].q, t, upper);
	}
}

/* The accent-free fold of one code point of the Latin blocks. */
static void
fill_fold(UChar32 c)
{
	char	   *f = fold_slot(c);
	uint16_t	info = *info_slot(c);
	UErrorCode	err = U_ZERO_ERROR;
	UChar		buf[8];
	int32_t		n;

	f[0] = '\0';
	if (info & INFO_VALID)
	{
		f[0] = 'a' + (info & 0x1F);
		f[1] = '\0';
		return;
	}
	for (size_t k = 0; k < sizeof(special_folds) / sizeof(special_folds[0]); k++)
		if (special_folds[k].cp == c)
		{
			strcpy(f, special_folds[k].fold);
			return;
		}
	n = unorm2_getDecomposition(vn_icu_nfd(), c, buf, 8, &err);
	if (U_SUCCESS(err) && n > 0 && buf[0] < 0x80 &&
		((buf[0] >= 'a' && buf[0] <= 'z') || (buf[0] >= 'A' && buf[0] <= 'Z')))
	{
		f[0] = (char) (buf[0] | 0x20);
		f[1] = '\0';
	}
}

void
vn_chars_init(void)
{
	if (chars_ready)
		return;
	memset(info_lo, 0, sizeof(info_lo));
	memset(info_hi, 0, sizeof(info_hi));
	for (char c = 'a'; c <= 'z'; c++)
	{
		info_lo[(unsigned char) c] = pack(c, VN_Q_NONE, VN_T_NONE, false);
		info_lo[(unsigned char) (c - 32)] = pack(c, VN_Q_NONE, VN_T_NONE, true);
	}
	memset(vowel_of, -1, sizeof(vowel_of));
	for (int v = 0; v < 12; v++)
		vowel_of[vowel_rows[v].base - 'a'][vowel_rows[v].q] = (int8_t) v;
	info_lo[0x111] = pack('d', VN_Q_STROKE, VN_T_NONE, false);
	info_lo[0x110] = pack('d', VN_Q_STROKE, VN_T_NONE, true);
	for (int v = 0; v < 12; v++)
	{
		enter_row(v, vowel_rows[v].lower, false);
		enter_row(v, vowel_rows[v].upper, true);
	}
	for (UChar32 c = 0; c < LO_END; c++)
		fill_fold(c);
	for (UChar32 c = HI_BEG; c < HI_END; c++)
		fill_fold(c);
	chars_ready = true;
}

/* Take a letter of the table apart; false for anything else. */
bool
vn_letter_of(UChar32 c, vn_letter *l)
{
	uint16_t   *slot;
	uint16_t	info;

	if (!chars_ready)
		vn_chars_init();
	slot = info_slot(c);
	if (slot == NULL || !(*slot & INFO_VALID))
		return false;
	info = *slot;
	l->base = 'a' + (info & 0x1F);
	l->q = (info >> 5) & 0x7;
	l->tone = (info >> 8) & 0x7;
	l->upper = (info & INFO_UPPER) != 0;
	return true;
}

/* Put a letter back together; -1 if the combination has no code point. */
UChar32
vn_letter_cp(const vn_letter *l)
{
	int			v;

	if (!chars_ready)
		vn_chars_init();
	if (l->q == VN_Q_STROKE)
		return l->tone ? -1 : (l->upper ? 0x110 : 0x111);
	if (!vn_is_vowel_base(l->base))
	{
		if (l->q != VN_Q_NONE || l->tone != VN_T_NONE)
			return -1;
		return l->upper ? l->base - 32 : l->base;
	}
	v = vowel_index(l->base, l->q);
	if (v < 0 || l->tone > VN_T_DOT)
		return -1;
	return vowel_cp[v][l->tone][l->upper ? 1 : 0];
}

bool
vn_is_vowel_base(char base)
{
	return base == 'a' || base == 'e' || base == 'i' || base == 'o' ||
		base == 'u' || base == 'y';
}

/* Does quality mark q go on base letter base? */
bool
vn_quality_fits(char base, int q)
{
	switch (q)
	{
		case VN_Q_CIRC:
			return base == 'a' || base == 'e' || base == 'o';
		case VN_Q_BREVE:
			return base == 'a';
		case VN_Q_HORN:
			return base == 'o' || base == 'u';
		default:
			return false;
	}
}

/* The tone a combining mark stands for, or 0. */
int
vn_mark_tone(UChar32 c)
{
	switch (c)
	{
		case 0x0300:
		case 0x0340:
			return VN_T_GRAVE;
		case 0x0309:
			return VN_T_HOOK;
		case 0x0303:
			return VN_T_TILDE;
		case 0x0301:
		case 0x0341:
			return VN_T_ACUTE;
		case 0x0323:
			return VN_T_DOT;
		default:
			return 0;
	}
}

/* The quality a combining mark stands for, or 0. */
int
vn_mark_quality(UChar32 c)
{
	switch (c)
	{
		case 0x0302:
			return VN_Q_CIRC;
		case 0x0306:
			return VN_Q_BREVE;
		case 0x031B:
			return VN_Q_HORN;
		default:
			return 0;
	}
}

/*
 * The accent-free ASCII fold of a code point of the Latin blocks ("" if it
 * has none), or NULL outside them.
 */
const char *
vn_fold_ascii(UChar32 c)
{
	if (!chars_ready)
		vn_chars_init();
	return fold_slot(c);
}

/* Letters, digits and combining marks make words; the rest separates. */
bool
vn_is_word_cp(UChar32 c)
{
	vn_letter	l;

	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			(c >= '0' && c <= '9');
	if (vn_letter_of(c, &l))
		return true;
	if (c >= 0x0300 && c <= 0x036F)
		return true;
	return u_isUAlphabetic(c) || u_isdigit(c) ||
		u_getCombiningClass(c) != 0 ||
		(U_GET_GC_MASK(c) & (U_GC_MN_MASK | U_GC_MC_MASK | U_GC_ME_MASK)) != 0;
}

UChar32
vn_cp_lower(UChar32 c)
{
	vn_letter	l;

	if (c < 0x80)
		return (c >= 'A' && c <= 'Z') ? c + 32 : c;
	if (vn_letter_of(c, &l))
	{
		l.upper = false;
		return vn_letter_cp(&l);
	}
	return u_tolower(c);
}

UChar32
vn_cp_upper(UChar32 c)
{
	vn_letter	l;

	if (c < 0x80)
		return (c >= 'a' && c <= 'z') ? c - 32 : c;
	if (vn_letter_of(c, &l))
	{
		l.upper = true;
		return vn_letter_cp(&l);
	}
	return u_toupper(c);
}

UChar32
vn_cp_title(UChar32 c)
{
	vn_letter	l;

	if (c < 0x80)
		return (c >= 'a' && c <= 'z') ? c - 32 : c;
	if (vn_letter_of(c, &l))
	{
		l.upper = true;
		return vn_letter_cp(&l);
	}
	return u_totitle(c);
}
