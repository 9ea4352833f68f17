/*-------------------------------------------------------------------------
 *
 * read.c
 *	  The one reader of a province of birth registration and the one
 *	  reader of a sex, for every check of a personal id: the type's
 *	  functions (check.c), the unique-id rule and the id_structure view
 *	  (through structure.c).
 *
 * Province: a code of one to three ASCII digits ("1", "01", "001" are all
 * Hà Nội: the 3-digit id code, the 2-digit GSO code, or either as an
 * integer column holds it), or a name in any accents and case ("Hà Nội",
 * "HA NOI", "Thành phố Hà Nội").  Sex: M, F, male, female, nam, nữ in any
 * case and accents, or the digit 0 (male) or 1 (female), the parity of
 * the id's fourth digit, as an integer column holds it.  Surrounding
 * ASCII whitespace is ignored (a char(n) column pads).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "ident/provinces.h"
#include "ident/read.h"

/* Name of one of the 63 province codes, or NULL. */
const char *
ident_province_name(int code)
{
	int			i;

	if (code < 0 || code > 999)
		return NULL;
	i = ident_province_index[code];
	return i < 0 ? NULL : ident_provinces[i].name_vi;
}

/* Trim ASCII whitespace from both ends of str[0..*len). */
static const char *
ident_trim(const char *str, size_t *len)
{
	while (*len > 0 && ident_ascii_space((unsigned char) str[0]))
	{
		str++;
		(*len)--;
	}
	while (*len > 0 && ident_ascii_space((unsigned char) str[*len - 1]))
		(*len)--;
	return str;
}

static int
ident_key_cmp(const void *key, const void *entry)
{
	return strcmp((const char *) key,
				  ((const IdentProvinceKey *) entry)->key);
}

/*
 * The province code (1 .. 96) a birth-province text names; 0 when the
 * text is empty (unknown, as NULL); -1 when it names none of the 63.
 */
int
ident_read_province(const char *str, size_t len)
{
	char		key[IDENT_KEY_MAX];
	const IdentProvinceKey *hit;
	size_t		i;

	str = ident_trim(str, &len);
	if (len == 0)
		return 0;

	for (i = 0; i < len && ident_ascii_digit((unsigned char) str[i]); i++)
		;
	if (i == len)
	{
		int			code = 0;

		if (len > 3)
			return -1;
		for (i = 0; i < len; i++)
			code = code * 10 + (str[i] - '0');
		return ident_province_name(code) ? code : -1;
	}

	if (!ident_fold_key(str, len, key, sizeof(key)) || key[0] == '\0')
		return -1;
	hit = bsearch(key, ident_province_keys, IDENT_NPROVINCE_KEYS,
				  sizeof(IdentProvinceKey), ident_key_cmp);
	return hit ? hit->code : -1;
}

/*
 * The sex a sex text names: 'M' or 'F'; 0 when the text is empty
 * (unknown, as NULL); '?' when it is none of the accepted spellings.
 */
char
ident_read_sex(const char *str, size_t len)
{
	char		key[IDENT_KEY_MAX];

	str = ident_trim(str, &len);
	if (len == 0)
		return 0;
	if (len == 1 && (str[0] == '0' || str[0] == '1'))
		return str[0] == '0' ? 'M' : 'F';
	if (!ident_fold_key(str, len, key, sizeof(key)))
		return '?';
	if (strcmp(key, "m") == 0 || strcmp(key, "male") == 0 ||
		strcmp(key, "nam") == 0)
		return 'M';
	if (strcmp(key, "f") == 0 || strcmp(key, "female") == 0 ||
		strcmp(key, "nu") == 0)
		return 'F';
	return '?';
}
