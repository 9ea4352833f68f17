/*-------------------------------------------------------------------------
 *
 * parts.c
 *	  Family, middle and given names of a full name.
 *
 * Rules (README.md, "Vietnamese names"):
 * - Kinh order: family first, given last, middle names between.  The
 *   family name is one token, or a compound lineage name of the list below
 *   when the name has more tokens than the compound.
 * - Ê Đê and related names start with the prefix Y (men) or H' / H (women):
 *   "Y Moan Êban", "H'Hen Niê".  Their family name is the LAST token and
 *   the given name is the first token (with the next one when the prefix
 *   stands alone).
 * - One token: a given name only.
 * Parts are the tokens as written (cleaned and composed, not re-cased).
 *
 *-------------------------------------------------------------------------
 */
#include "vn_internal.h"

#include <string.h>

/* Compound family names, lower case, old tone style; longest first. */
static const char *const compounds[] = {
	"công tằng tôn nữ",
	"huyền tôn nữ",
	"tôn thất",
	"tôn nữ",
	"âu dương",
	"tư mã",
	"gia cát",
	"thượng quan",
	"hoàng phủ",
	"đông phương",
};

/*
 * The royal lineage Nguyễn Phúc (Nguyễn Phước in the southern reading).
 * Phúc and Phước are also common middle names (Nguyễn Phúc Lộc), so the
 * pair is a family name only in the royal pattern: followed by a
 * generation name and a personal name (Nguyễn Phúc Bửu Chánh).  The
 * generation names are those of the Đế hệ thi of Minh Mạng's line that
 * living descendants carry, from Ưng (born before 1930) to Trường.
 */
static const char *const royal_compounds[] = {
	"nguyễn phúc",
	"nguyễn phước",
};

static const char *const royal_generations[] = {
	"ưng", "bửu", "vĩnh", "bảo", "quý", "quí", "định", "long", "trường",
};

#define MAX_COMPOUND_TOKENS 4

static bool
in_list(const char *s, size_t len, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(list[i]) == len && memcmp(s, list[i], len) == 0)
			return true;
	return false;
}

typedef struct token
{
	size_t		start;
	size_t		end;
} token;

/* Lower case of a token with its tone in the old style, as UTF-8. */
static vn_status
canonical_token(const UChar32 *cp, size_t n, vn_bytes *o)
{
	vn_letter	l[VN_SYL_MAX];
	int			nl;
	vn_syl		s;
	vn_status	st = VN_OK;

	if (n < VN_SYL_MAX && vn_syllable_letters_n(cp, n, l, &nl) &&
		(size_t) nl == n && vn_syllable_parse(l, nl, &s))
	{
		vn_syllable_place(l, &s, VN_STYLE_OLD);
		for (int i = 0; i < nl && st == VN_OK; i++)
		{
			l[i].upper = false;
			st = vn_bytes_put_cp(o, vn_letter_cp(&l[i]));
		}
		return st;
	}
	for (size_t i = 0; i < n && st == VN_OK; i++)
		st = vn_bytes_put_cp(o, vn_cp_lower(cp[i]));
	return st;
}

/* Is the first token the Ê Đê prefix Y or H, alone or joined (H'Hen)? */
static int
ethnic_prefix(const UChar32 *cp, size_t n)
{
	UChar32		c0;

	if (n == 0)
		return 0;
	c0 = cp[0] | 0x20;
	if (c0 != 'y' && c0 != 'h')
		return 0;
	if (n == 1)
		return 1;				/* alone: "Y Moan", "H Lum" */
	if (cp[1] == '\'' || cp[1] == '-')
		return 2;				/* joined: "H'Hen", "Y-Moan" */
	return 0;
}

/*
 * How many leading tokens form a compound family name (1 if none).  The
 * canonical forms of the first tokens are joined in key; ends[i] is where
 * the first i of them end.
 */
static vn_status
family_tokens(const UChar32 *cp, const token *t, size_t nt, size_t *k)
{
	vn_bytes	key = {0};
	vn_status	st = VN_OK;
	size_t		limit = nt - 1 < MAX_COMPOUND_TOKENS ? nt - 1 : MAX_COMPOUND_TOKENS;
	size_t		ends[MAX_COMPOUND_TOKENS + 2];

	*k = 1;
	ends[0] = 0;
	/* one token more than a compound can have: the royal generation name */
	for (size_t i = 0; i <= limit && i < nt && st == VN_OK; i++)
	{
		if (i > 0)
			st = vn_bytes_put_cp(&key, ' ');
		if (st == VN_OK)
			st = canonical_token(&cp[t[i].start], t[i].end - t[i].start, &key);
		ends[i + 1] = key.len;
	}
	if (st == VN_OK)
		for (size_t i = 0; i < sizeof(compounds) / sizeof(compounds[0]); i++)
		{
			size_t		clen = strlen(compounds[i]);

			for (size_t j = 2; j <= limit; j++)
				if (ends[j] == clen && memcmp(key.data, compounds[i], clen) == 0 &&
					j > *k)
					*k = j;
		}
	/* Nguyễn Phúc + generation name + personal name: tokens 0-1, 2, 3+ */
	if (st == VN_OK && *k == 1 && nt >= 4 &&
		in_list(key.data, ends[2], royal_compounds,
				sizeof(royal_compounds) / sizeof(royal_compounds[0])) &&
		in_list(key.data + ends[2] + 1, ends[3] - ends[2] - 1, royal_generations,
				sizeof(royal_generations) / sizeof(royal_generations[0])))
		*k = 2;
	vn_bytes_free(&key);
	return st;
}

/* Tokens t[from..to) joined by single spaces (empty if none). */
static vn_status
join_tokens(const vn_cps *b, const token *t, size_t from, size_t to,
			vn_text *out)
{
	out->data = NULL;
	out->len = 0;
	if (from >= to)
		return vn_cps_to_text(NULL, 0, out);
	return vn_cps_to_text(&b->cp[t[from].start], t[to - 1].end - t[from].start,
						  out);
}

vn_status
vn_name_split(const char *in, size_t len, vn_text *family,
			  vn_text *middle, vn_text *given)
{
	vn_cps		b = {0};
	token	   *t = NULL;
	size_t		nt = 0;
	size_t		gf = 0,
				gt = 0,			/* given: tokens [gf, gt) */
				ff = 0,
				ft = 0,			/* family */
				mf = 0,
				mt = 0;			/* middle */
	vn_status	st = vn_prepare(in, len, &b, NULL);

	family->data = middle->data = given->data = NULL;
	if (st == VN_OK)
	{
		t = vn_alloc((b.n / 2 + 1) * sizeof(token));
		if (t == NULL)
			st = VN_ERR_NOMEM;
	}
	for (size_t i = 0; st == VN_OK && i < b.n;)
	{
		size_t		e = i;

		while (e < b.n && b.cp[e] != ' ')
			e++;
		t[nt].start = i;
		t[nt].end = e;
		nt++;
		i = e + 1;
	}
	if (st == VN_OK && nt == 1)
	{
		gf = 0;
		gt = 1;
	}
	else if (st == VN_OK && nt > 1)
	{
		int			prefix = ethnic_prefix(&b.cp[t[0].start],
										   t[0].end - t[0].start);

		if (prefix == 1 && nt == 2)
		{
			gf = 0;
			gt = 2;
		}
		else if (prefix > 0)
		{
			gf = 0;
			gt = (prefix == 1) ? 2 : 1;
			ff = nt - 1;
			ft = nt;
			mf = gt;
			mt = ff;
		}
		else
		{
			size_t		k;

			st = family_tokens(b.cp, t, nt, &k);
			ff = 0;
			ft = k;
			gf = nt - 1;
			gt = nt;
			mf = k;
			mt = nt - 1;
		}
	}
	if (st == VN_OK)
		st = join_tokens(&b, t, ff, ft, family);
	if (st == VN_OK)
		st = join_tokens(&b, t, mf, mt, middle);
	if (st == VN_OK)
		st = join_tokens(&b, t, gf, gt, given);
	if (st != VN_OK)
	{
		vn_text_free(family);
		vn_text_free(middle);
		vn_text_free(given);
	}
	vn_free(t);
	vn_cps_free(&b);
	return st;
}
