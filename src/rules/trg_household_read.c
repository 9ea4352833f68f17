/*-------------------------------------------------------------------------
 *
 * trg_household_read.c
 *	  What the household-head rule reads of a row: its household (as the
 *	  text stored in household_heads), whether it is living, and whether
 *	  its relation to the head names the head (the last 16 answers are kept
 *	  in the rule's head cache).
 *
 * A relation is read by the one reader of relation terms (src/ident/
 * relation.c: "CHỦ HỘ", "chu ho", "CH", the VNI-encoded "Chuû hoä" are all
 * the head) when the rule's head value is one of its terms; a head value
 * of the user's own ("người đứng tên") is compared by accent-free key.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "ident/read.h"
#include "nls.h"
#include "rules/trg_household.h"
#include "vntext/vntext.h"

PG_FUNCTION_INFO_V1(rules_is_head);

/* The accent-free key of a text: "Chủ  HỘ" -> "chu ho". */
char *
rules_unaccent_key(const char *s)
{
	vn_text		out = {0};
	vn_status	st = vn_key_unaccent(s, strlen(s), &out);
	char	   *r;

	if (st == VN_ERR_TOO_LONG)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("relation to household head is too long"),
				 errdetail("The relation value has %zu bytes; the accent-free comparison reads at most %d.",
						   strlen(s), VN_MAX_INPUT_BYTES),
				 errhint("Store the relation of the member to the head (such as \"con\" or \"chủ hộ\"), not a document.")));
	if (st != VN_OK)
		ereport(ERROR,
				(errcode(st == VN_ERR_BAD_UTF8 ? ERRCODE_CHARACTER_NOT_IN_REPERTOIRE :
						 ERRCODE_INTERNAL_ERROR),
				 errmsg("relation to household head cannot be read"),
				 st == VN_ERR_BAD_UTF8 ?
				 errdetail("The relation value is not valid UTF-8.") :
				 errdetail("The Vietnamese text core failed on the relation value (status %d).", (int) st),
				 st == VN_ERR_BAD_UTF8 ?
				 errhint("Store the relation as UTF-8 text.") :
				 errhint("Check the ICU library the server runs with: SELECT population_rules.vn_icu_version().")));
	r = pstrdup(out.data);
	vn_text_free(&out);
	return r;
}

/*
 * Does a relation value (len bytes, not NUL-terminated) mean the head
 * named by head_key (an accent-free key)?  Through the relation reader
 * when head_key is one of its terms, else by accent-free key.  A value
 * too long for the text core is an error, as it always was.
 */
static bool
value_is_head(const char *value, size_t len, const char *head_key)
{
	int			head = ident_read_relation(head_key, strlen(head_key));
	char	   *copy;
	char	   *k;
	bool		result;

	if (len > VN_MAX_INPUT_BYTES)
	{
		copy = pnstrdup(value, len);
		(void) rules_unaccent_key(copy);	/* raises */
	}
	if (head >= 0)
		return ident_read_relation(value, len) == head;
	copy = pnstrdup(value, len);
	k = rules_unaccent_key(copy);
	result = strcmp(k, head_key) == 0;
	pfree(k);
	pfree(copy);
	return result;
}

/* Is a relation value the rule's head?  (value_is_head, cached) */
static bool
relation_is_head(RuleInfo *rule, const char *value, int len)
{
	bool		result;
	int			slot;

	/* Relation values repeat: keep the last 16 answers. */
	for (int i = 0; i < rule->nheadcache; i++)
		if (rule->headcache_len[i] == len &&
			memcmp(rule->headcache_text[i], value, len) == 0)
			return rule->headcache_val[i];
	result = rule->head_key != NULL && value_is_head(value, len, rule->head_key);
	if (len < 64)
	{
		if (rule->nheadcache < 16)
			slot = rule->nheadcache++;
		else
		{
			slot = (int) (random() % 16);
			pfree(rule->headcache_text[slot]);
		}
		rule->headcache_text[slot] = MemoryContextAlloc(rule->cxt, len + 1);
		memcpy(rule->headcache_text[slot], value, len);
		rule->headcache_text[slot][len] = '\0';
		rule->headcache_len[slot] = len;
		rule->headcache_val[slot] = result;
	}
	return result;
}


static char *
datum_text(Oid type, Datum v)
{
	Oid			out;
	bool		varlena;

	if (type == TEXTOID || type == VARCHAROID)
		return TextDatumGetCString(v);
	getTypeOutputInfo(type, &out, &varlena);
	return OidOutputFunctionCall(out, v);
}

/*
 * A row's household, as the text stored in household_heads; false when it
 * is NULL.  For text columns *household points into the slot's row (valid
 * while the slot holds it), with its length in *len; integers are written
 * into numbuf; other types are converted through their output function.
 * A household longer than HH_MAX_KEY_BYTES is an error, in every mode: the
 * counter table could not hold it.
 */
static bool
read_household(RuleInfo *rule, TupleTableSlot *slot, char *numbuf,
			   const char **household, int *len)
{
	bool		isnull;
	Datum		v;
	Oid			hhtype = rule->coltypes[COL_HOUSEHOLD];

	v = slot_getattr(slot, rule->attnums[COL_HOUSEHOLD], &isnull);
	if (isnull)
		return false;
	if (hhtype == TEXTOID || hhtype == VARCHAROID)
	{
		text	   *t = DatumGetTextPP(v);

		*household = VARDATA_ANY(t);
		*len = VARSIZE_ANY_EXHDR(t);
	}
	else if (hhtype == INT8OID || hhtype == INT4OID || hhtype == INT2OID)
	{
		/* what int8out / int4out / int2out write */
		*len = pg_lltoa(hhtype == INT8OID ? DatumGetInt64(v) :
						hhtype == INT4OID ? DatumGetInt32(v) : DatumGetInt16(v),
						numbuf);
		*household = numbuf;
	}
	else
	{
		*household = datum_text(hhtype, v);
		*len = strlen(*household);
	}
	if (*len > HH_MAX_KEY_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("household value is too long in table \"%s\"", rule->table_name),
				 errdetail("The value of column \"%s\" has %d bytes; the household rule counts households of at most %d bytes.",
						   rule->colnames[COL_HOUSEHOLD], *len, HH_MAX_KEY_BYTES),
				 errhint("Store an identifier of the household, such as its household book number, not a document.")));
	return true;
}

/* Does the row's relation to the head (text or boolean) name the head? */
static bool
read_is_head(RuleInfo *rule, TupleTableSlot *slot)
{
	bool		isnull;
	Datum		v = slot_getattr(slot, rule->attnums[COL_HEAD], &isnull);
	Oid			headtype = rule->coltypes[COL_HEAD];
	bool		is_head;

	if (isnull)
		return false;
	if (headtype == BOOLOID)
		is_head = DatumGetBool(v);
	else if (headtype == TEXTOID || headtype == VARCHAROID)
	{
		text	   *t = DatumGetTextPP(v);

		is_head = relation_is_head(rule, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
	}
	else
	{
		char	   *s = datum_text(headtype, v);

		is_head = relation_is_head(rule, s, strlen(s));
		pfree(s);
	}
	return is_head;
}

/*
 * A row's household (read_household) and whether it is a living member
 * and a living head; false when the household is NULL.
 */
bool
hh_read_contribution(RuleInfo *rule, TupleTableSlot *slot, char *numbuf,
					 const char **household, int *len, int *member, int *head)
{
	bool		isnull;
	bool		alive = true;
	bool		is_head;

	if (!read_household(rule, slot, numbuf, household, len))
		return false;
	if (rule->attnums[COL_DEATH] != 0)
	{
		(void) slot_getattr(slot, rule->attnums[COL_DEATH], &isnull);
		alive = isnull;
	}
	/* read even for the dead: an unreadable relation is an error for all */
	is_head = read_is_head(rule, slot);
	*member = alive ? 1 : 0;
	*head = (alive && is_head) ? 1 : 0;
	return true;
}

Contribution
hh_contribution(RuleInfo *rule, TupleTableSlot *slot)
{
	Contribution c = {NULL, 0, 0};
	const char *hh;
	int			len;
	char		numbuf[MAXINT8LEN + 1];

	if (hh_read_contribution(rule, slot, numbuf, &hh, &len, &c.member, &c.head))
		c.household = pnstrdup(hh, len);
	return c;
}

/* SQL: is_head(relation, head_key): the same test, for validate and attach. */
Datum
rules_is_head(PG_FUNCTION_ARGS)
{
	text	   *value = PG_GETARG_TEXT_PP(0);
	char	   *head = text_to_cstring(PG_GETARG_TEXT_PP(1));

	PG_RETURN_BOOL(value_is_head(VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value),
								 head));
}
