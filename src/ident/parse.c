/*-------------------------------------------------------------------------
 *
 * parse.c
 *	  Text form of the identity numbers: the digit-string parser shared by
 *	  personal_id (12 digits) and cmnd (9 digits), its error reports, and
 *	  the canonical output.
 *
 * Accepted input: optional surrounding whitespace, then exactly N ASCII
 * digits, with single spaces, dots or hyphens allowed between digits
 * ("001 090 123 456", "001.090.123.456").  The parser never raises: it
 * says what is wrong, and the caller decides whether to report it (hard
 * or soft error) or to return NULL (to_personal_id / to_cmnd).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "ident/ident.h"
#include "nls.h"
#include "mb/pg_wchar.h"
#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
#else
/* Before PostgreSQL 16 there are no soft errors: every error is hard. */
#define errsave(context, ...) ereport(ERROR, __VA_ARGS__)
#endif

/* Longest part of a bad value quoted back in an error message. */
#define IDENT_SHOWN_CHARS 40

static inline bool
ident_is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		c == '\v' || c == '\f';
}

static inline bool
ident_is_separator(char c)
{
	return c == ' ' || c == '.' || c == '-';
}

/* Byte length of the character at p, never past end. */
static inline int
ident_char_len(const char *p, const char *end)
{
	int			l;

	if (!IS_HIGHBIT_SET(*p))
		return 1;
	l = pg_mblen(p);

	if (l < 1)
		l = 1;
	if (l > end - p)
		l = end - p;
	return l;
}

/* Is the character at p one of the full-width digits U+FF10..U+FF19? */
static bool
ident_is_fullwidth_digit(const char *p, int l)
{
	const unsigned char *u = (const unsigned char *) p;

	return GetDatabaseEncoding() == PG_UTF8 && l == 3 &&
		u[0] == 0xEF && u[1] == 0xBC && u[2] >= 0x90 && u[2] <= 0x99;
}

/* The common case, exactly want ASCII digits and nothing else. */
static bool
ident_parse_plain(const char *str, size_t len, int want, IdentParseResult *r)
{
	int64		value = 0;

	if (len != (size_t) want)
		return false;
	for (int i = 0; i < want; i++)
	{
		if (str[i] < '0' || str[i] > '9')
			return false;
		value = value * 10 + (str[i] - '0');
	}
	r->status = IDENT_PARSE_OK;
	r->value = value;
	r->ndigits = want;
	return true;
}

/* Record what is wrong, where (1-based character), and the bytes at fault. */
static void
ident_fault(IdentParseResult *r, IdentParseStatus status, int position,
			const char *fault, int faultlen)
{
	r->status = status;
	r->position = position;
	r->fault = fault;
	r->faultlen = faultlen;
}

/*
 * Parse str[0..len) as an identity number of want digits.  Bounded work:
 * one pass, no allocation; digits past the wanted count are only counted.
 */
void
ident_parse(const char *str, size_t len, int want, IdentParseResult *r)
{
	const char *p = str;
	const char *end = str + len;
	int			position = 0;
	bool		prev_separator = false;
	int			separator_position = 0;
	const char *separator = NULL;
	const char *first;

	if (ident_parse_plain(str, len, want, r))
		return;
	memset(r, 0, sizeof(*r));

	/* Leading whitespace is one byte a character: count it in positions. */
	while (p < end && ident_is_space(*p))
	{
		p++;
		position++;
	}
	while (end > p && ident_is_space(end[-1]))
		end--;

	if (p == end)
	{
		r->status = IDENT_PARSE_EMPTY;
		return;
	}
	if (*p == '+' || *p == '-')
	{
		ident_fault(r, IDENT_PARSE_SIGN, position + 1, p, 1);
		return;
	}

	first = p;
	while (p < end)
	{
		int			l = ident_char_len(p, end);

		position++;
		if (*p >= '0' && *p <= '9')
		{
			if (r->ndigits < want)
				r->value = r->value * 10 + (*p - '0');
			if (r->ndigits < PG_INT32_MAX)
				r->ndigits++;
			prev_separator = false;
		}
		else if (ident_is_separator(*p))
		{
			if (p == first)
			{
				ident_fault(r, IDENT_PARSE_SEPARATOR_EDGE, position, p, 1);
				return;
			}
			if (prev_separator)
			{
				ident_fault(r, IDENT_PARSE_SEPARATOR_RUN, separator_position,
							separator, p + 1 - separator);
				return;
			}
			prev_separator = true;
			separator_position = position;
			separator = p;
		}
		else
		{
			ident_fault(r, ident_is_fullwidth_digit(p, l) ?
						IDENT_PARSE_FULLWIDTH : IDENT_PARSE_BAD_CHAR,
						position, p, l);
			return;
		}
		p += l;
	}

	if (prev_separator)
		ident_fault(r, IDENT_PARSE_SEPARATOR_EDGE, separator_position,
					separator, 1);
	else
		r->status = r->ndigits != want ? IDENT_PARSE_WRONG_COUNT :
			IDENT_PARSE_OK;
}

/* The bad value as quoted in errmsg: clipped to IDENT_SHOWN_CHARS. */
static char *
ident_shown_value(const char *str, size_t len)
{
	int			clip = pg_mbcharcliplen(str, (int) Min(len, (size_t) 1024),
										IDENT_SHOWN_CHARS);

	if ((size_t) clip < len)
		return psprintf("%.*s...", clip, str);
	return pnstrdup(str, len);
}

/* The offending character(s), quoted; control characters as U+XXXX. */
static char *
ident_shown_fault(const char *fault, int len)
{
	unsigned char c = (unsigned char) fault[0];

	if (len == 1 && (c < 0x20 || c == 0x7f))
		return psprintf("U+%04X", c);
	return psprintf("\"%.*s\"", len, fault);
}

/* Hint for a wrong digit count: the other type, or lost leading zeros. */
static const char *
ident_count_hint(int want, int found)
{
	if (want == PERSONAL_ID_DIGITS && found == CMND_DIGITS)
		return _("A 9-digit number is a legacy identity card (CMND) number: use type cmnd.");
	if (want == CMND_DIGITS && found == PERSONAL_ID_DIGITS)
		return _("A 12-digit number is a personal identification number: use type personal_id.");
	if (found < want && found > 0)
		return _("Leading zeros are part of the number; spreadsheets often drop them.");
	return NULL;
}

/*
 * Report a parse failure: an ERROR, or on PostgreSQL 16+ a soft error when
 * escontext asks for one (pg_input_is_valid, COPY ... ON_ERROR).
 */
void
ident_report_parse_error(const IdentParseResult *r, const char *str,
						 size_t len, const char *typname, int want,
						 Node *escontext)
{
	char	   *shown = ident_shown_value(str, len);
	char	   *detail;
	const char *hint = NULL;
	char	   *fault = r->fault ? ident_shown_fault(r->fault, r->faultlen) : NULL;

	switch (r->status)
	{
		case IDENT_PARSE_EMPTY:
			detail = pstrdup(len == 0 ? _("The value is empty.") :
							 _("The value contains only whitespace."));
			break;
		case IDENT_PARSE_SIGN:
			detail = psprintf(_("The value starts with the sign %s."), fault);
			hint = _("An identity number is a string of digits and has no sign.");
			break;
		case IDENT_PARSE_FULLWIDTH:
			detail = psprintf(_("Character %s at position %d is a full-width digit."),
							  fault, r->position);
			hint = _("Convert full-width digits to ASCII digits first, for example with normalize(value, NFKC).");
			break;
		case IDENT_PARSE_BAD_CHAR:
			detail = psprintf(_("Character %s at position %d is not an ASCII digit."),
							  fault, r->position);
			hint = _("Only the digits 0-9 are allowed, with single spaces, dots or hyphens between groups.");
			break;
		case IDENT_PARSE_SEPARATOR_EDGE:
			detail = psprintf(_("Separator %s at position %d is not between two digits."),
							  fault, r->position);
			break;
		case IDENT_PARSE_SEPARATOR_RUN:
			detail = psprintf(_("Separators %s at position %d: only one separator is allowed between two digits."),
							  fault, r->position);
			break;
		case IDENT_PARSE_WRONG_COUNT:
			detail = psprintf(_("Expected %d digits, found %d."), want, r->ndigits);
			hint = ident_count_hint(want, r->ndigits);
			break;
		default:
			elog(ERROR, "unexpected identity number parse status %d",
				 (int) r->status);
			return;
	}

	errsave(escontext,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"",
					typname, shown),
			 errdetail_internal("%s", detail),
			 hint ? errhint_internal("%s", hint) : 0));
}

/* Write value as exactly ndigits decimal digits and a NUL. */
void
ident_format_digits(int64 value, int ndigits, char *buf)
{
	int			i;

	buf[ndigits] = '\0';
	for (i = ndigits - 1; i >= 0; i--)
	{
		buf[i] = (char) ('0' + value % 10);
		value /= 10;
	}
}

/* The canonical 12 digits of a personal id key, palloc'd. */
char *
ident_format_pid(int64 key)
{
	char	   *buf = palloc(PERSONAL_ID_DIGITS + 1);

	ident_format_digits(key, PERSONAL_ID_DIGITS, buf);
	return buf;
}

/*
 * Exactly `want` ASCII digits -> key.  The types' input also accepts
 * separators between digit groups; a text column must hold the canonical
 * digits only, since two spellings of one number would otherwise be two
 * different strings to every index and join.
 */
static bool
ident_parse_exact(const char *s, size_t len, int want, int64 *key)
{
	IdentParseResult r;

	if (len != (size_t) want)
		return false;
	ident_parse(s, len, want, &r);
	if (r.status != IDENT_PARSE_OK)
		return false;
	*key = r.value;
	return true;
}

bool
ident_parse_pid_exact(const char *s, size_t len, int64 *key)
{
	return ident_parse_exact(s, len, PERSONAL_ID_DIGITS, key);
}

bool
ident_parse_cmnd_exact(const char *s, size_t len, int32 *key)
{
	int64		k;

	if (!ident_parse_exact(s, len, CMND_DIGITS, &k))
		return false;
	*key = (int32) k;
	return true;
}
