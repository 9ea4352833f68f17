/*-------------------------------------------------------------------------
 *
 * cmnd.c
 *	  Type cmnd: the 9-digit legacy identity card number (số chứng minh
 *	  nhân dân).  Text and binary I/O, casts to and from text, integer and
 *	  bigint, and the NULL-instead-of-error reader for dirty text columns.
 *
 * Stored as an int32 in 0 .. 999999999, passed by value.  12-digit CMNDs
 * carry a personal identification number: they belong in personal_id.
 * There is deliberately no cast between cmnd and personal_id: the two are
 * linked by stored records, never computed (DOMAIN.md).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "nls.h"
#include "ident/ident.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(cmnd_in);
PG_FUNCTION_INFO_V1(cmnd_out);
PG_FUNCTION_INFO_V1(cmnd_recv);
PG_FUNCTION_INFO_V1(cmnd_send);
PG_FUNCTION_INFO_V1(cmnd_from_text);
PG_FUNCTION_INFO_V1(cmnd_to_text);
PG_FUNCTION_INFO_V1(cmnd_from_bigint);
PG_FUNCTION_INFO_V1(cmnd_from_integer);
PG_FUNCTION_INFO_V1(cmnd_to_bigint);
PG_FUNCTION_INFO_V1(cmnd_to_integer);
PG_FUNCTION_INFO_V1(to_cmnd);

#define CMND_TYPNAME "cmnd"

/* Parse or report; on a soft error the returned Datum is meaningless. */
static Datum
cmnd_parse(const char *str, size_t len, Node *escontext)
{
	IdentParseResult r;

	ident_parse(str, len, CMND_DIGITS, &r);
	if (r.status != IDENT_PARSE_OK)
	{
		ident_report_parse_error(&r, str, len, CMND_TYPNAME, CMND_DIGITS,
								 escontext);
		return (Datum) 0;
	}
	return CmndGetDatum((int32) r.value);
}

/* The range check of the casts from integer types. */
static int32
cmnd_check_range(int64 value)
{
	if (value < 0 || value > CMND_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value %lld is out of range for type cmnd",
						(long long) value),
				 errdetail("A CMND number is between 0 and 999999999 (9 digits)."),
				 value > CMND_MAX && value <= PERSONAL_ID_MAX ?
				 errhint("A number of 10 to 12 digits is not a CMND number; 12-digit numbers are personal ids: use type personal_id.") :
				 errhint("Check the number: it has more than 12 digits or is negative.")));
	return (int32) value;
}

Datum
cmnd_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);

	return cmnd_parse(str, strlen(str), fcinfo->context);
}

Datum
cmnd_out(PG_FUNCTION_ARGS)
{
	int32		value = PG_GETARG_CMND(0);
	char	   *buf = palloc(CMND_DIGITS + 1);

	ident_format_digits(value, CMND_DIGITS, buf);
	PG_RETURN_CSTRING(buf);
}

/* Binary form: the number as a big-endian int4, like integer. */
Datum
cmnd_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int32		value = pq_getmsgint(buf, sizeof(int32));

	if (value < 0 || value > CMND_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external cmnd value"),
				 errdetail("Value %d is outside 0 .. 999999999.", value),
				 errhint("Send a cmnd in binary as what cmnd_send() writes: a 4-byte integer.")));
	PG_RETURN_CMND(value);
}

Datum
cmnd_send(PG_FUNCTION_ARGS)
{
	int32		value = PG_GETARG_CMND(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, value);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Cast text -> cmnd: parses the text in place, no copy. */
Datum
cmnd_from_text(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	return cmnd_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), NULL);
}

Datum
cmnd_to_text(PG_FUNCTION_ARGS)
{
	int32		value = PG_GETARG_CMND(0);
	text	   *result = (text *) palloc(VARHDRSZ + CMND_DIGITS + 1);

	SET_VARSIZE(result, VARHDRSZ + CMND_DIGITS);
	ident_format_digits(value, CMND_DIGITS, VARDATA(result));
	PG_RETURN_TEXT_P(result);
}

Datum
cmnd_from_bigint(PG_FUNCTION_ARGS)
{
	PG_RETURN_CMND(cmnd_check_range(PG_GETARG_INT64(0)));
}

Datum
cmnd_from_integer(PG_FUNCTION_ARGS)
{
	PG_RETURN_CMND(cmnd_check_range(PG_GETARG_INT32(0)));
}

Datum
cmnd_to_bigint(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64((int64) PG_GETARG_CMND(0));
}

Datum
cmnd_to_integer(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(PG_GETARG_CMND(0));
}

/*
 * to_cmnd(text): the CMND number, or NULL when the text is not one.
 * For cleaning dirty text columns without aborting the statement.
 */
Datum
to_cmnd(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	IdentParseResult r;

	ident_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), CMND_DIGITS, &r);
	if (r.status != IDENT_PARSE_OK)
		PG_RETURN_NULL();
	PG_RETURN_CMND((int32) r.value);
}
