/*-------------------------------------------------------------------------
 *
 * duplicate_compare.c
 *	  The one comparison of the duplicate search that SQL does badly: how
 *	  far apart two names are, token by token.
 *
 * duplicate_token_distance(a, b) splits both names on spaces and adds up
 * the edit distances (Levenshtein, in characters) of the tokens at the same
 * position; a token without a partner adds its length.  The duplicate
 * comparison "name" calls it on the accent-free keys to find the level
 * "close": a typing slip (Nguyen Van Nam / Nguyen Van Nan) is distance 1,
 * another given name usually 3 or more.  Tokens longer than
 * MAX_TOKEN_CHARS characters are compared whole (0 when equal, else the
 * longer length), so the work per call stays bounded; names longer than
 * MAX_NAME_BYTES bytes are no names and give NULL.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "nls.h"
#include "pg_compat.h"

PG_FUNCTION_INFO_V1(duplicate_token_distance);

#define MAX_NAME_BYTES 1000
#define MAX_TOKEN_CHARS 64

/* Edit distance of two short code-point strings (two rows of the table). */
static int
token_distance(const pg_wchar *a, int la, const pg_wchar *b, int lb)
{
	int			prev[MAX_TOKEN_CHARS + 1];
	int			cur[MAX_TOKEN_CHARS + 1];

	if (la > MAX_TOKEN_CHARS || lb > MAX_TOKEN_CHARS)
	{
		if (la == lb && memcmp(a, b, sizeof(pg_wchar) * la) == 0)
			return 0;
		return Max(la, lb);
	}
	for (int j = 0; j <= lb; j++)
		prev[j] = j;
	for (int i = 1; i <= la; i++)
	{
		cur[0] = i;
		for (int j = 1; j <= lb; j++)
		{
			int			sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
			int			del = prev[j] + 1;
			int			ins = cur[j - 1] + 1;

			cur[j] = Min(sub, Min(del, ins));
		}
		memcpy(prev, cur, sizeof(int) * (lb + 1));
	}
	return prev[lb];
}

/* The start of the next token at or after *pos, and its length; false at the end. */
static bool
next_token(const pg_wchar *s, int len, int *pos, int *start, int *tlen)
{
	int			i = *pos;

	while (i < len && s[i] == ' ')
		i++;
	if (i >= len)
		return false;
	*start = i;
	while (i < len && s[i] != ' ')
		i++;
	*tlen = i - *start;
	*pos = i;
	return true;
}

/* A text as code points; its length in *len. */
static pg_wchar *
to_wchars(text *t, int *len)
{
	int			nbytes = VARSIZE_ANY_EXHDR(t);
	pg_wchar   *w = palloc(sizeof(pg_wchar) * (nbytes + 1));

	*len = pg_mb2wchar_with_len(VARDATA_ANY(t), w, nbytes);
	return w;
}

/*
 * duplicate_token_distance(a text, b text) returns integer: the sum of the
 * edit distances of the tokens at the same position, a lone token counting
 * its length; NULL when either name is longer than MAX_NAME_BYTES bytes.
 */
Datum
duplicate_token_distance(PG_FUNCTION_ARGS)
{
	text	   *a = PG_GETARG_TEXT_PP(0);
	text	   *b = PG_GETARG_TEXT_PP(1);
	pg_wchar   *wa;
	pg_wchar   *wb;
	int			la;
	int			lb;
	int			pa = 0;
	int			pb = 0;
	int64		total = 0;

	if (VARSIZE_ANY_EXHDR(a) > MAX_NAME_BYTES || VARSIZE_ANY_EXHDR(b) > MAX_NAME_BYTES)
		PG_RETURN_NULL();
	wa = to_wchars(a, &la);
	wb = to_wchars(b, &lb);
	for (;;)
	{
		int			sa,
					ta,
					sb,
					tb;
		bool		has_a = next_token(wa, la, &pa, &sa, &ta);
		bool		has_b = next_token(wb, lb, &pb, &sb, &tb);

		if (!has_a && !has_b)
			break;
		if (!has_a)
			total += tb;
		else if (!has_b)
			total += ta;
		else
			total += token_distance(wa + sa, ta, wb + sb, tb);
	}
	pfree(wa);
	pfree(wb);
	PG_RETURN_INT32((int32) Min(total, PG_INT32_MAX));
}
