/*-------------------------------------------------------------------------
 *
 * relation.c
 *	  The one reader of a relation to the household head, for the
 *	  household rule (trg_household_read.c), the SQL functions
 *	  read_relation and relation_sex (read_sql.c) and through them the
 *	  generated views.
 *
 * A relation is one of the canonical relations of the official forms
 * (DOMAIN.md, "Households"): its key is the accent-free term ("chu ho",
 * "vo", "con dau"), and it names a sex when the term does (vợ female,
 * chồng male, con no sex).  A text is read by its accent-, case-, space-
 * and punctuation-insensitive ASCII key (fold.c) against the spellings
 * below: "Chủ hộ", "CHỦ HỘ", "chu ho", "chủ-hộ" and "CH" are the head,
 * "Bố" and "cha đẻ" are cha, "con gái" is con gai.  A text that matches no
 * spelling and holds non-ASCII characters is read once more after the
 * repair of a legacy encoding (TCVN3, VNI, UTF-8 read as Windows-1252,
 * vn_repair_legacy), so "Vôï" (VNI) and "Vá»£" are vợ, "Chång" (TCVN3)
 * chồng.  That second
 * reading runs only for a text the first one cannot read.
 *
 * Where one accent-free key stands for two terms, the term usual as a
 * relation to the head wins: "ba" is bà (grandmother; the southern "ba",
 * father, is written "bố" or "cha" on the forms), "chu" is chú (uncle),
 * "co" is cô (aunt).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "mb/pg_wchar.h"

#include "ident/read.h"
#include "nls.h"
#include "vntext/vntext.h"

/* A canonical relation: its key and the sex its term names ('M', 'F', 0). */
typedef struct IdentRelation
{
	const char *key;
	char		sex;
} IdentRelation;

static const IdentRelation relations[] = {
	{"chu ho", 0}, {"vo", 'F'}, {"chong", 'M'},
	{"con", 0}, {"con trai", 'M'}, {"con gai", 'F'}, {"con nuoi", 0},
	{"con rieng", 0}, {"con dau", 'F'}, {"con re", 'M'},
	{"cha", 'M'}, {"me", 'F'}, {"cha nuoi", 'M'}, {"me nuoi", 'F'},
	{"cha duong", 'M'}, {"me ke", 'F'}, {"bo vo", 'M'}, {"me vo", 'F'},
	{"bo chong", 'M'}, {"me chong", 'F'},
	{"ong", 'M'}, {"ba", 'F'}, {"cu", 0},
	{"chau", 0}, {"chau trai", 'M'}, {"chau gai", 'F'}, {"chat", 0},
	{"anh", 'M'}, {"chi", 'F'}, {"em", 0}, {"em trai", 'M'}, {"em gai", 'F'},
	{"anh re", 'M'}, {"em re", 'M'}, {"chi dau", 'F'}, {"em dau", 'F'},
	{"bac", 0}, {"chu", 'M'}, {"thim", 'F'}, {"cau", 'M'}, {"mo", 'F'},
	{"co", 'F'}, {"di", 'F'}, {"duong", 'M'},
	{"nguoi giam ho", 0}, {"nguoi duoc giam ho", 0},
	{"o nho", 0}, {"o thue", 0}, {"o muon", 0}, {"khac", 0},
};

/*
 * The spellings read, by their folded key (fold.c: no accents, no spaces,
 * lower case), with the canonical key they mean.
 */
typedef struct IdentRelationForm
{
	const char *folded;
	const char *key;
	int			relation;		/* index into relations[], set at first use */
} IdentRelationForm;

static IdentRelationForm forms[] = {
	{"chuho", "chu ho"}, {"ch", "chu ho"}, {"chuhogiadinh", "chu ho"},
	{"vo", "vo"}, {"chong", "chong"},
	{"con", "con"}, {"conruot", "con"}, {"conde", "con"},
	{"contrai", "con trai"}, {"congai", "con gai"}, {"connuoi", "con nuoi"},
	{"conrieng", "con rieng"}, {"condau", "con dau"}, {"conre", "con re"},
	{"cha", "cha"}, {"bo", "cha"}, {"tia", "cha"}, {"chade", "cha"},
	{"charuot", "cha"}, {"bode", "cha"}, {"boruot", "cha"},
	{"me", "me"}, {"ma", "me"}, {"mede", "me"}, {"meruot", "me"},
	{"chanuoi", "cha nuoi"}, {"bonuoi", "cha nuoi"}, {"menuoi", "me nuoi"},
	{"chaduong", "cha duong"}, {"boduong", "cha duong"}, {"meke", "me ke"},
	{"bovo", "bo vo"}, {"chavo", "bo vo"}, {"mevo", "me vo"},
	{"bochong", "bo chong"}, {"chachong", "bo chong"}, {"mechong", "me chong"},
	{"ong", "ong"}, {"ongnoi", "ong"}, {"ongngoai", "ong"},
	{"ba", "ba"}, {"banoi", "ba"}, {"bangoai", "ba"}, {"cu", "cu"},
	{"chau", "chau"}, {"chaunoi", "chau"}, {"chaungoai", "chau"},
	{"chautrai", "chau trai"}, {"chaugai", "chau gai"}, {"chat", "chat"},
	{"anh", "anh"}, {"anhtrai", "anh"}, {"anhruot", "anh"},
	{"chi", "chi"}, {"chigai", "chi"}, {"chiruot", "chi"},
	{"em", "em"}, {"emruot", "em"}, {"emtrai", "em trai"}, {"emgai", "em gai"},
	{"anhre", "anh re"}, {"emre", "em re"}, {"chidau", "chi dau"},
	{"emdau", "em dau"},
	{"bac", "bac"}, {"chu", "chu"}, {"thim", "thim"}, {"cau", "cau"},
	{"mo", "mo"}, {"co", "co"}, {"di", "di"}, {"duong", "duong"},
	{"nguoigiamho", "nguoi giam ho"}, {"giamho", "nguoi giam ho"},
	{"nguoiduocgiamho", "nguoi duoc giam ho"},
	{"nguoionho", "o nho"}, {"onho", "o nho"},
	{"nguoiothue", "o thue"}, {"othue", "o thue"},
	{"nguoiomuon", "o muon"}, {"omuon", "o muon"},
	{"khac", "khac"}, {"quanhekhac", "khac"},
};

static bool forms_ready = false;

int
ident_nrelations(void)
{
	return lengthof(relations);
}

const char *
ident_relation_key(int relation)
{
	Assert(relation >= 0 && relation < lengthof(relations));
	return relations[relation].key;
}

char
ident_relation_sex(int relation)
{
	Assert(relation >= 0 && relation < lengthof(relations));
	return relations[relation].sex;
}

/* The relation of a canonical key, or -1. */
int
ident_relation_by_key(const char *key)
{
	for (int i = 0; i < lengthof(relations); i++)
		if (strcmp(relations[i].key, key) == 0)
			return i;
	return -1;
}

static int
form_cmp(const void *a, const void *b)
{
	return strcmp(((const IdentRelationForm *) a)->folded,
				  ((const IdentRelationForm *) b)->folded);
}

/* Sort the spellings and resolve their keys, once per backend. */
static void
forms_prepare(void)
{
	for (int i = 0; i < lengthof(forms); i++)
	{
		forms[i].relation = ident_relation_by_key(forms[i].key);
		if (forms[i].relation < 0)
			elog(ERROR, "relation spelling \"%s\" names no canonical relation",
				 forms[i].folded);
	}
	qsort(forms, lengthof(forms), sizeof(IdentRelationForm), form_cmp);
	forms_ready = true;
}

/* The relation a text spells, by its folded key; -1 when none. */
static int
relation_lookup(const char *str, size_t len)
{
	char		key[IDENT_KEY_MAX];
	IdentRelationForm probe;
	const IdentRelationForm *hit;

	if (!ident_fold_word(str, len, key, sizeof(key)) || key[0] == '\0')
		return -1;
	probe.folded = key;
	hit = bsearch(&probe, forms, lengthof(forms), sizeof(IdentRelationForm),
				  form_cmp);
	return hit ? hit->relation : -1;
}

static bool
has_non_ascii(const char *str, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char) str[i] >= 0x80)
			return true;
	return false;
}

/* The relation a legacy-encoded text spells once repaired; -1 when none. */
static int
relation_lookup_repaired(const char *str, size_t len)
{
	vn_text		out = {0};
	int			r = -1;

	if (GetDatabaseEncoding() != PG_UTF8 || !has_non_ascii(str, len))
		return -1;
	if (vn_repair_legacy(str, len, &out) == VN_OK &&
		(out.len != len || memcmp(out.data, str, len) != 0))
		r = relation_lookup(out.data, out.len);
	vn_text_free(&out);
	return r;
}

int
ident_read_relation(const char *str, size_t len)
{
	int			r;

	if (!forms_ready)
		forms_prepare();
	while (len > 0 && ident_ascii_space((unsigned char) str[0]))
	{
		str++;
		len--;
	}
	while (len > 0 && ident_ascii_space((unsigned char) str[len - 1]))
		len--;
	if (len == 0)
		return IDENT_RELATION_BLANK;
	if (len > IDENT_RELATION_MAX_BYTES)
		return IDENT_RELATION_UNREADABLE;
	r = relation_lookup(str, len);
	if (r < 0)
		r = relation_lookup_repaired(str, len);
	return r < 0 ? IDENT_RELATION_UNREADABLE : r;
}
