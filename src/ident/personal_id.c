/*-------------------------------------------------------------------------
 *
 * personal_id.c
 *	  Type personal_id: the 12-digit personal identification number (số
 *	  định danh cá nhân) of CCCD and căn cước cards and of 12-digit CMNDs.
 *	  Text and binary I/O, casts to and from text and bigint, and the
 *	  NULL-instead-of-error reader for dirty text columns.
 *
 * Stored as an int64 in 0 .. 999999999999, passed by value.  The type
 * accepts every 12-digit number: structure (province, century, sex) is
 * checked by functions, not by the type (ident_check.c).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "nls.h"
#include "ident/ident.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(personal_id_in);
PG_FUNCTION_INFO_V1(personal_id_out);
PG_FUNCTION_INFO_V1(personal_id_recv);
PG_FUNCTION_INFO_V1(personal_id_send);
PG_FUNCTION_INFO_V1(personal_id_from_text);
PG_FUNCTION_INFO_V1(personal_id_to_text);
PG_FUNCTION_INFO_V1(personal_id_from_bigint);
PG_FUNCTION_INFO_V1(personal_id_to_bigint);
PG_FUNCTION_INFO_V1(to_personal_id);

#define PERSONAL_ID_TYPNAME "personal_id"

/* Parse or report; on a soft error the returned Datum is meaningless. */
static Datum
personal_id_parse(const char *str, size_t len, Node *escontext)
{
	IdentParseResult r;

	ident_parse(str, len, PERSONAL_ID_DIGITS, &r);
	if (r.status != IDENT_PARSE_OK)
	{
		ident_report_parse_error(&r, str, len, PERSONAL_ID_TYPNAME,
								 PERSONAL_ID_DIGITS, escontext);
		return (Datum) 0;
	}
	return PersonalIdGetDatum(r.value);
}

Datum
personal_id_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);

	return personal_id_parse(str, strlen(str), fcinfo->context);
}

Datum
personal_id_out(PG_FUNCTION_ARGS)
{
	int64		value = PG_GETARG_PERSONAL_ID(0);
	char	   *buf = palloc(PERSONAL_ID_DIGITS + 1);

	ident_format_digits(value, PERSONAL_ID_DIGITS, buf);
	PG_RETURN_CSTRING(buf);
}

/* Binary form: the number as a big-endian int8, like bigint. */
Datum
personal_id_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int64		value = pq_getmsgint64(buf);

	if (value < 0 || value > PERSONAL_ID_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external personal_id value"),
				 errdetail("Value %lld is outside 0 .. 999999999999.",
						   (long long) value),
				 errhint("Send a personal_id in binary as what personal_id_send() writes: an 8-byte integer.")));
	PG_RETURN_PERSONAL_ID(value);
}

Datum
personal_id_send(PG_FUNCTION_ARGS)
{
	int64		value = PG_GETARG_PERSONAL_ID(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, value);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Cast text -> personal_id: parses the text in place, no copy. */
Datum
personal_id_from_text(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	return personal_id_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), NULL);
}

Datum
personal_id_to_text(PG_FUNCTION_ARGS)
{
	int64		value = PG_GETARG_PERSONAL_ID(0);
	text	   *result = (text *) palloc(VARHDRSZ + PERSONAL_ID_DIGITS + 1);

	SET_VARSIZE(result, VARHDRSZ + PERSONAL_ID_DIGITS);
	ident_format_digits(value, PERSONAL_ID_DIGITS, VARDATA(result));
	PG_RETURN_TEXT_P(result);
}

/* Cast bigint -> personal_id: 0 .. 999999999999, else 22003. */
Datum
personal_id_from_bigint(PG_FUNCTION_ARGS)
{
	int64		value = PG_GETARG_INT64(0);

	if (value < 0 || value > PERSONAL_ID_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value %lld is out of range for type personal_id",
						(long long) value),
				 errdetail("A personal identification number is between 0 and 999999999999 (12 digits)."),
				 errhint("Check the number: it has more than 12 digits or is negative.")));
	PG_RETURN_PERSONAL_ID(value);
}

Datum
personal_id_to_bigint(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(PG_GETARG_PERSONAL_ID(0));
}

/*
 * to_personal_id(text): the personal id, or NULL when the text is not one.
 * For cleaning dirty text columns without aborting the statement.
 */
Datum
to_personal_id(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	IdentParseResult r;

	ident_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), PERSONAL_ID_DIGITS, &r);
	if (r.status != IDENT_PARSE_OK)
		PG_RETURN_NULL();
	PG_RETURN_PERSONAL_ID(r.value);
}
