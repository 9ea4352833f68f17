/*-------------------------------------------------------------------------
 *
 * duplicate_blocks.c
 *	  The blocking step of the duplicate search (view duplicate_person_pairs)
 *	  as one aggregate: which persons share a block with someone, and how
 *	  many persons have their name and sex.
 *
 * The aggregate duplicate_blocks(person_key, name_hash, phonetic_hash,
 * birth_date, birth_province, sex) reads every person once and keeps a
 * compact row per person (40 bytes, plus the key's text once and each
 * distinct province and sex once).  Its final function sorts those rows in
 * memory four times, counting runs of equal keys:
 *
 *	- (name_hash, sex): how many persons have the name and sex (name_n);
 *	- (name_hash, birth_date) and (name_hash, birth_year, birth_province):
 *	  the name blocks, same name and birth date, or same name, birth year
 *	  and province of birth registration;
 *	- (phonetic_hash, birth_date): the phonetic block.
 *
 * and returns, as an array of population_rules.duplicate_block, the persons
 * in a block of two or more.  NULL provinces and sexes form a group of their
 * own, as in SQL's PARTITION BY.  This is the work four window functions did
 * over the whole population, each with its own sort of executor tuples;
 * plain structs sorted with qsort cost several times less.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/typcache.h"

PG_FUNCTION_INFO_V1(duplicate_blocks_add);
PG_FUNCTION_INFO_V1(duplicate_blocks_result);

/* One person. */
typedef struct block_row
{
	int32		name_hash;
	int32		phonetic_hash;
	DateADT		birth_date;
	int32		birth_year;
	uint32		province;		/* interned; 0 = NULL */
	uint32		sex;			/* interned; 0 = NULL */
	const char *key;			/* person_key as text; NULL: never returned */
	int32		name_n;
	uint8		nulls;			/* NULL_NAME, NULL_PHONETIC */
	bool		name_block;
	bool		phonetic_block;
} block_row;

/* One interned string: its hash and where its bytes are. */
typedef struct intern_slot
{
	uint32		hash;
	uint32		id;				/* 0 = empty slot */
	const char *str;
	int			len;
} intern_slot;

/* The aggregate's state, in the aggregate's memory context. */
typedef struct block_state
{
	MemoryContext cxt;
	block_row  *rows;
	int64		nrows;
	int64		maxrows;
	char	   *arena;			/* current chunk for the keys' text */
	Size		arena_used;
	Size		arena_size;
	intern_slot *slots;			/* open addressing, power of two */
	uint32		nslots;
	uint32		ninterned;
} block_state;

#define ARENA_CHUNK		(1024 * 1024)
#define FIRST_ROWS		8192
#define FIRST_SLOTS		256

/* Copy len bytes (plus a NUL) into the state's arena. */
static const char *
arena_copy(block_state *st, const char *s, int len)
{
	char	   *p;

	if (st->arena == NULL || st->arena_used + len + 1 > st->arena_size)
	{
		st->arena_size = Max(ARENA_CHUNK, (Size) len + 1);
		st->arena = MemoryContextAlloc(st->cxt, st->arena_size);
		st->arena_used = 0;
	}
	p = st->arena + st->arena_used;
	memcpy(p, s, len);
	p[len] = '\0';
	st->arena_used += len + 1;
	return p;
}

/* Double the intern table and re-place its entries. */
static void
intern_grow(block_state *st)
{
	uint32		n = st->nslots * 2;
	intern_slot *slots = MemoryContextAllocZero(st->cxt, sizeof(intern_slot) * n);

	for (uint32 i = 0; i < st->nslots; i++)
	{
		intern_slot *s = &st->slots[i];
		uint32		j;

		if (s->id == 0)
			continue;
		for (j = s->hash & (n - 1); slots[j].id != 0; j = (j + 1) & (n - 1))
			;
		slots[j] = *s;
	}
	pfree(st->slots);
	st->slots = slots;
	st->nslots = n;
}

#define NULL_NAME		0x01
#define NULL_PHONETIC	0x02

/* The number standing for a text value (equal bytes, equal number). */
static uint32
intern(block_state *st, text *t)
{
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	uint32		h = hash_bytes((const unsigned char *) s, len);
	uint32		j;

	for (j = h & (st->nslots - 1); st->slots[j].id != 0; j = (j + 1) & (st->nslots - 1))
	{
		intern_slot *e = &st->slots[j];

		if (e->hash == h && e->len == len && memcmp(e->str, s, len) == 0)
			return e->id;
	}
	st->slots[j].hash = h;
	st->slots[j].len = len;
	st->slots[j].str = arena_copy(st, s, len);
	st->slots[j].id = ++st->ninterned;
	if (st->ninterned * 2 > st->nslots)
		intern_grow(st);
	return st->ninterned;
}

static block_state *
state_create(MemoryContext cxt)
{
	block_state *st = MemoryContextAllocZero(cxt, sizeof(block_state));

	st->cxt = cxt;
	st->maxrows = FIRST_ROWS;
	st->rows = MemoryContextAllocHuge(cxt, sizeof(block_row) * st->maxrows);
	st->nslots = FIRST_SLOTS;
	st->slots = MemoryContextAllocZero(cxt, sizeof(intern_slot) * st->nslots);
	return st;
}

/* The calendar year of a finite date; the extremes for infinite ones. */
static int32
year_of(DateADT d)
{
	int			y;
	int			m;
	int			day;

	if (DATE_IS_NOBEGIN(d))
		return PG_INT32_MIN;
	if (DATE_IS_NOEND(d))
		return PG_INT32_MAX;
	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	return y;
}

/*
 * Transition: keep one person.  A person without a birth date is in no
 * block and is skipped (the view filters them out before); NULL hashes are
 * a value of their own, as in PARTITION BY, and a person without a key
 * counts for the others' name_n but is never returned.
 */
Datum
duplicate_blocks_add(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	block_state *st;
	block_row  *r;
	text	   *key;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("duplicate_blocks_add can only be called as the transition function of duplicate_blocks"),
				 errhint("Use the aggregate population_rules.duplicate_blocks.")));
	st = PG_ARGISNULL(0) ? state_create(aggcxt) : (block_state *) PG_GETARG_POINTER(0);
	if (PG_ARGISNULL(4))
		PG_RETURN_POINTER(st);

	if (st->nrows == st->maxrows)
	{
		if ((Size) st->maxrows * 2 * sizeof(block_row) > MaxAllocHugeSize)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many persons for the duplicate search"),
					 errdetail("The search holds %lld persons in memory and cannot take more.",
							   (long long) st->maxrows),
					 errhint("Search a part of the persons at a time, for example one province.")));
		st->maxrows *= 2;
		st->rows = repalloc_huge(st->rows, sizeof(block_row) * st->maxrows);
	}
	r = &st->rows[st->nrows++];
	if (PG_ARGISNULL(1))
		r->key = NULL;
	else
	{
		key = PG_GETARG_TEXT_PP(1);
		r->key = arena_copy(st, VARDATA_ANY(key), VARSIZE_ANY_EXHDR(key));
	}
	r->nulls = (PG_ARGISNULL(2) ? NULL_NAME : 0) | (PG_ARGISNULL(3) ? NULL_PHONETIC : 0);
	r->name_hash = PG_ARGISNULL(2) ? 0 : PG_GETARG_INT32(2);
	r->phonetic_hash = PG_ARGISNULL(3) ? 0 : PG_GETARG_INT32(3);
	r->birth_date = PG_GETARG_DATEADT(4);
	r->birth_year = year_of(r->birth_date);
	r->province = PG_ARGISNULL(5) ? 0 : intern(st, PG_GETARG_TEXT_PP(5));
	r->sex = PG_ARGISNULL(6) ? 0 : intern(st, PG_GETARG_TEXT_PP(6));
	r->name_n = 0;
	r->name_block = false;
	r->phonetic_block = false;
	PG_RETURN_POINTER(st);
}

#define CMP(a, b) do { if ((a) != (b)) return (a) < (b) ? -1 : 1; } while (0)

static int
cmp_name_sex(const void *x, const void *y)
{
	const block_row *a = x;
	const block_row *b = y;

	CMP(a->nulls & NULL_NAME, b->nulls & NULL_NAME);
	CMP(a->name_hash, b->name_hash);
	CMP(a->sex, b->sex);
	return 0;
}

static int
cmp_name_date(const void *x, const void *y)
{
	const block_row *a = x;
	const block_row *b = y;

	CMP(a->nulls & NULL_NAME, b->nulls & NULL_NAME);
	CMP(a->name_hash, b->name_hash);
	CMP(a->birth_date, b->birth_date);
	return 0;
}

static int
cmp_name_year_province(const void *x, const void *y)
{
	const block_row *a = x;
	const block_row *b = y;

	CMP(a->nulls & NULL_NAME, b->nulls & NULL_NAME);
	CMP(a->name_hash, b->name_hash);
	CMP(a->birth_year, b->birth_year);
	CMP(a->province, b->province);
	return 0;
}

static int
cmp_phonetic_date(const void *x, const void *y)
{
	const block_row *a = x;
	const block_row *b = y;

	CMP(a->nulls & NULL_PHONETIC, b->nulls & NULL_PHONETIC);
	CMP(a->phonetic_hash, b->phonetic_hash);
	CMP(a->birth_date, b->birth_date);
	return 0;
}

/* What a run of equal keys sets in its rows. */
typedef enum run_mark
{
	MARK_NAME_N,
	MARK_NAME_BLOCK,
	MARK_PHONETIC_BLOCK
} run_mark;

/* Sort the rows by cmp and mark every run of rows equal under it. */
static void
mark_runs(block_state *st, int (*cmp) (const void *, const void *), run_mark mark)
{
	block_row  *rows = st->rows;
	int64		n = st->nrows;
	int64		start = 0;

	qsort(rows, n, sizeof(block_row), cmp);
	CHECK_FOR_INTERRUPTS();
	for (int64 i = 1; i <= n; i++)
	{
		int64		len;

		if (i < n && cmp(&rows[start], &rows[i]) == 0)
			continue;
		len = i - start;
		for (int64 j = start; j < i; j++)
		{
			if (mark == MARK_NAME_N)
				rows[j].name_n = (int32) Min(len, PG_INT32_MAX);
			else if (len > 1 && mark == MARK_NAME_BLOCK)
				rows[j].name_block = true;
			else if (len > 1)
				rows[j].phonetic_block = true;
		}
		start = i;
	}
}

/* The composite type of the result's elements. */
static TupleDesc
result_tupdesc(FunctionCallInfo fcinfo, Oid *elemtype)
{
	Oid			rettype = get_fn_expr_rettype(fcinfo->flinfo);

	*elemtype = OidIsValid(rettype) ? get_element_type(rettype) : InvalidOid;
	if (!OidIsValid(*elemtype) || !type_is_rowtype(*elemtype))
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("duplicate_blocks_result must return an array of population_rules.duplicate_block"),
				 errhint("Re-create the extension's objects with the script of its version.")));
	return lookup_rowtype_tupdesc_copy(*elemtype, -1);
}

/*
 * Final: mark name counts and blocks, and return the persons in a block as
 * an array of (person_key, name_hash, phonetic_hash, name_n, name_block,
 * phonetic_block), in no particular order.  NULL when no person was read.
 */
Datum
duplicate_blocks_result(PG_FUNCTION_ARGS)
{
	block_state *st;
	TupleDesc	tupdesc;
	Oid			elemtype;
	Datum	   *elems;
	int64		nout = 0;
	int16		typlen;
	bool		typbyval;
	char		typalign;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (block_state *) PG_GETARG_POINTER(0);
	tupdesc = result_tupdesc(fcinfo, &elemtype);
	if (tupdesc->natts != 6)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("population_rules.duplicate_block has %d attributes, expected 6", tupdesc->natts),
				 errhint("Re-create the extension's objects with the script of its version.")));

	mark_runs(st, cmp_name_sex, MARK_NAME_N);
	mark_runs(st, cmp_name_date, MARK_NAME_BLOCK);
	mark_runs(st, cmp_name_year_province, MARK_NAME_BLOCK);
	mark_runs(st, cmp_phonetic_date, MARK_PHONETIC_BLOCK);

	for (int64 i = 0; i < st->nrows; i++)
		if (st->rows[i].key != NULL && (st->rows[i].name_block || st->rows[i].phonetic_block))
			nout++;
	if (nout > (int64) MaxArraySize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many persons in blocks for the duplicate search"),
				 errdetail("%lld persons share a block, more than an array can hold.", (long long) nout),
				 errhint("Search a part of the persons at a time, for example one province.")));
	elems = MemoryContextAllocHuge(CurrentMemoryContext, sizeof(Datum) * Max(nout, 1));
	nout = 0;
	for (int64 i = 0; i < st->nrows; i++)
	{
		block_row  *r = &st->rows[i];
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};

		if (r->key == NULL || (!r->name_block && !r->phonetic_block))
			continue;
		values[0] = CStringGetTextDatum(r->key);
		values[1] = Int32GetDatum(r->name_hash);
		nulls[1] = (r->nulls & NULL_NAME) != 0;
		values[2] = Int32GetDatum(r->phonetic_hash);
		nulls[2] = (r->nulls & NULL_PHONETIC) != 0;
		values[3] = Int64GetDatum((int64) r->name_n);
		values[4] = BoolGetDatum(r->name_block);
		values[5] = BoolGetDatum(r->phonetic_block);
		elems[nout++] = HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
		if ((nout & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	get_typlenbyvalalign(elemtype, &typlen, &typbyval, &typalign);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, (int) nout, elemtype, typlen, typbyval, typalign));
}
