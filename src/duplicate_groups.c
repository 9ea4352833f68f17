/*-------------------------------------------------------------------------
 *
 * duplicate_groups.c
 *	  The groups of the view duplicate_persons: the connected components of
 *	  the links between persons (candidate pairs at the threshold, pairs an
 *	  analyst confirmed), whatever the length of their chains, each with its
 *	  weakest link.
 *
 * The aggregate duplicate_groups(person_key, other_person_key, strength)
 * keeps every link.  Its final function numbers the distinct keys (one sort
 * of the keys, then a binary search per end of a link), sorts the links
 * strongest first and joins their ends with a union-find (path halving,
 * union by size): Kruskal's algorithm for a maximum spanning forest.  The
 * last link that joins two parts of a group is its weakest link: the group
 * holds together at any threshold up to that link's strength and splits
 * above it, so a reviewer sees where a chain is thin.  Time O(n log n) for
 * n links (the two sorts; the union-find is near-linear), memory about 48
 * bytes per link plus the keys' text.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/typcache.h"

#include "nls.h"

PG_FUNCTION_INFO_V1(duplicate_groups_add);
PG_FUNCTION_INFO_V1(duplicate_groups_result);

/* One link as read: its ends' keys, then their numbers. */
typedef struct group_link
{
	const char *a;
	const char *b;
	uint32		ia;
	uint32		ib;
	double		strength;		/* -Infinity when NULL */
	bool		strength_null;
} group_link;

/* The aggregate's state, in the aggregate's memory context. */
typedef struct group_state
{
	MemoryContext cxt;
	group_link *links;
	int64		nlinks;
	int64		maxlinks;
} group_state;

#define FIRST_LINKS		1024
#define RESULT_NATTS	6

/*
 * Refuse to run under a declaration other than the one this library was
 * built for (a library newer than the extension's SQL objects).
 */
static void
check_declared_arguments(FunctionCallInfo fcinfo)
{
	static const Oid expected[] = {TEXTOID, TEXTOID, FLOAT8OID};

	for (int i = 0; i < lengthof(expected); i++)
		if (get_fn_expr_argtype(fcinfo->flinfo, i + 1) != expected[i])
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("duplicate_groups is declared with other argument types than its library expects"),
					 errdetail("Argument %d has type %s; the library expects %s.", i + 1,
							   format_type_be(get_fn_expr_argtype(fcinfo->flinfo, i + 1)),
							   format_type_be(expected[i])),
					 errhint("Update the extension: ALTER EXTENSION population_rules UPDATE.")));
}

/*
 * Transition: keep one link.  A link with a NULL key is skipped, and so is a
 * link of a person to themself (it joins nothing); a NULL strength counts as
 * the weakest of all.
 */
Datum
duplicate_groups_add(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	group_state *st;
	group_link *l;
	char	   *a;
	char	   *b;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("duplicate_groups_add can only be called as the transition function of duplicate_groups"),
				 errdetail("It was called outside an aggregate."),
				 errhint("Use the aggregate population_rules.duplicate_groups.")));
	if (PG_ARGISNULL(0))
	{
		check_declared_arguments(fcinfo);
		st = MemoryContextAllocZero(aggcxt, sizeof(group_state));
		st->cxt = aggcxt;
		st->maxlinks = FIRST_LINKS;
		st->links = MemoryContextAllocHuge(aggcxt, sizeof(group_link) * st->maxlinks);
	}
	else
		st = (group_state *) PG_GETARG_POINTER(0);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(st);
	a = MemoryContextStrdup(st->cxt, text_to_cstring(PG_GETARG_TEXT_PP(1)));
	b = MemoryContextStrdup(st->cxt, text_to_cstring(PG_GETARG_TEXT_PP(2)));
	if (strcmp(a, b) == 0)
	{
		pfree(a);
		pfree(b);
		PG_RETURN_POINTER(st);
	}

	if (st->nlinks == st->maxlinks)
	{
		/* two key numbers per link must fit in uint32 */
		if ((Size) st->maxlinks * 2 * sizeof(group_link) > MaxAllocHugeSize ||
			st->maxlinks * 2 > (int64) (PG_INT32_MAX / 2))
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many links for the duplicate groups"),
					 errdetail("More than %lld links were read.", (long long) st->maxlinks),
					 errhint("Raise population_rules.duplicate_threshold, or group a part of the persons at a time.")));
		st->maxlinks *= 2;
		st->links = repalloc_huge(st->links, sizeof(group_link) * st->maxlinks);
	}
	l = &st->links[st->nlinks++];
	l->a = a;
	l->b = b;
	l->strength_null = PG_ARGISNULL(3);
	l->strength = l->strength_null ? -get_float8_infinity() : PG_GETARG_FLOAT8(3);
	PG_RETURN_POINTER(st);
}

static int
cmp_keys(const void *x, const void *y)
{
	return strcmp(*(const char *const *) x, *(const char *const *) y);
}

/* Strongest first (NaN above everything, as in SQL); then by the keys. */
static int
cmp_links(const void *x, const void *y)
{
	const group_link *p = (const group_link *) x;
	const group_link *q = (const group_link *) y;
	bool		pnan = isnan(p->strength);
	bool		qnan = isnan(q->strength);

	if (pnan != qnan)
		return pnan ? -1 : 1;
	if (!pnan && p->strength != q->strength)
		return p->strength > q->strength ? -1 : 1;
	if (p->ia != q->ia)
		return p->ia < q->ia ? -1 : 1;
	if (p->ib != q->ib)
		return p->ib < q->ib ? -1 : 1;
	return 0;
}

/* The number of a key among the sorted distinct keys (it is there). */
static uint32
key_number(const char **keys, uint32 nkeys, const char *key)
{
	uint32		lo = 0;
	uint32		hi = nkeys;

	while (lo < hi)
	{
		uint32		mid = lo + (hi - lo) / 2;
		int			c = strcmp(keys[mid], key);

		if (c == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	elog(ERROR, "duplicate_groups: key \"%s\" not found", key);
	return 0;					/* keep compiler quiet */
}

/* The root of x's part, halving the path on the way. */
static uint32
find_root(uint32 *parent, uint32 x)
{
	while (parent[x] != x)
	{
		parent[x] = parent[parent[x]];
		x = parent[x];
	}
	return x;
}

/*
 * The row type of the final function's result array, checked against the
 * one this library builds: a library and SQL objects of different versions
 * get an error, not a malformed array.
 */
static TupleDesc
member_tupdesc(FunctionCallInfo fcinfo, Oid *elemtype)
{
	Oid			rettype = get_fn_expr_rettype(fcinfo->flinfo);
	TupleDesc	tupdesc;

	*elemtype = OidIsValid(rettype) ? get_element_type(rettype) : InvalidOid;
	if (!OidIsValid(*elemtype) || !type_is_rowtype(*elemtype))
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("duplicate_groups_result must return an array of population_rules.duplicate_group_member"),
				 errdetail("Its SQL declaration returns %s.",
						   OidIsValid(rettype) ? format_type_be(rettype) : _("no known type")),
				 errhint("Re-create the extension's objects with the script of its version.")));
	tupdesc = lookup_rowtype_tupdesc_copy(*elemtype, -1);
	if (tupdesc->natts != RESULT_NATTS)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("population_rules.duplicate_group_member has %d attributes, expected %d",
						tupdesc->natts, RESULT_NATTS),
				 errdetail("The library and the SQL objects of the extension come from different versions."),
				 errhint("Re-create the extension's objects with the script of its version.")));
	return tupdesc;
}

/*
 * Number the distinct keys of the links: the keys sorted (byte order),
 * duplicates dropped, and each link's ends given their numbers.  Returns
 * the sorted distinct keys; *nkeys is how many.
 */
static const char **
number_keys(group_state *st, uint32 *nkeys)
{
	const char **keys;
	uint32		n = 0;

	keys = MemoryContextAllocHuge(CurrentMemoryContext, sizeof(char *) * Max(st->nlinks * 2, 1));
	for (int64 i = 0; i < st->nlinks; i++)
	{
		keys[2 * i] = st->links[i].a;
		keys[2 * i + 1] = st->links[i].b;
	}
	qsort(keys, st->nlinks * 2, sizeof(char *), cmp_keys);
	for (int64 i = 0; i < st->nlinks * 2; i++)
		if (n == 0 || strcmp(keys[n - 1], keys[i]) != 0)
			keys[n++] = keys[i];
	for (int64 i = 0; i < st->nlinks; i++)
	{
		st->links[i].ia = key_number(keys, n, st->links[i].a);
		st->links[i].ib = key_number(keys, n, st->links[i].b);
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	*nkeys = n;
	return keys;
}

/* The groups as a union-find forest over the numbered keys. */
typedef struct group_forest
{
	uint32	   *parent;
	uint32	   *size;			/* of a root's group */
	int64	   *weakest;		/* a root's last joining link, or -1 */
	uint32	   *first;			/* a root's smallest key number */
} group_forest;

/*
 * Kruskal's algorithm: join the links strongest first; the last link that
 * joins two parts of a group is its weakest.  Then the smallest key of each
 * group (the keys are numbered in sorted order).
 */
static void
join_links(group_state *st, uint32 nkeys, group_forest *f)
{
	Size		n = Max(nkeys, 1);

	qsort(st->links, st->nlinks, sizeof(group_link), cmp_links);
	f->parent = MemoryContextAllocHuge(CurrentMemoryContext, sizeof(uint32) * n);
	f->size = MemoryContextAllocHuge(CurrentMemoryContext, sizeof(uint32) * n);
	f->weakest = MemoryContextAllocHuge(CurrentMemoryContext, sizeof(int64) * n);
	f->first = MemoryContextAllocHuge(CurrentMemoryContext, sizeof(uint32) * n);
	for (uint32 k = 0; k < nkeys; k++)
	{
		f->parent[k] = k;
		f->size[k] = 1;
		f->weakest[k] = -1;
		f->first[k] = PG_UINT32_MAX;
	}
	for (int64 i = 0; i < st->nlinks; i++)
	{
		uint32		ra = find_root(f->parent, st->links[i].ia);
		uint32		rb = find_root(f->parent, st->links[i].ib);

		if (ra == rb)
			continue;
		if (f->size[ra] < f->size[rb])
		{
			uint32		t = ra;

			ra = rb;
			rb = t;
		}
		f->parent[rb] = ra;
		f->size[ra] += f->size[rb];
		f->weakest[ra] = i;
	}
	for (uint32 k = 0; k < nkeys; k++)
	{
		uint32		r = find_root(f->parent, k);

		if (f->first[r] == PG_UINT32_MAX)
			f->first[r] = k;
	}
}

/*
 * Final: the persons of every group of two or more, as an array of
 * population_rules.duplicate_group_member: the person's key, the group's
 * smallest key (byte order), its size, and its weakest link (the ends'
 * keys as the link gave them, and its strength, NULL when it was NULL).
 * NULL when no link was read.
 */
Datum
duplicate_groups_result(PG_FUNCTION_ARGS)
{
	group_state *st;
	Oid			elemtype;
	TupleDesc	tupdesc;
	const char **keys;
	uint32		nkeys;
	group_forest f;
	Datum	   *elems;
	int64		nout = 0;
	int16		typlen;
	bool		typbyval;
	char		typalign;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (group_state *) PG_GETARG_POINTER(0);
	tupdesc = member_tupdesc(fcinfo, &elemtype);
	keys = number_keys(st, &nkeys);
	join_links(st, nkeys, &f);

	/* every key is in a group of two or more: its links join different keys */
	if ((int64) nkeys > (int64) MaxArraySize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many persons in duplicate groups"),
				 errdetail("%lld persons are in groups, more than an array can hold.", (long long) nkeys),
				 errhint("Raise population_rules.duplicate_threshold, or group a part of the persons at a time.")));
	elems = MemoryContextAllocHuge(CurrentMemoryContext, sizeof(Datum) * Max(nkeys, 1));
	for (uint32 k = 0; k < nkeys; k++)
	{
		uint32		r = find_root(f.parent, k);
		const group_link *w;
		Datum		values[RESULT_NATTS];
		bool		nulls[RESULT_NATTS] = {false};

		if (f.size[r] < 2 || f.weakest[r] < 0)
			continue;
		w = &st->links[f.weakest[r]];
		values[0] = CStringGetTextDatum(keys[k]);
		values[1] = CStringGetTextDatum(keys[f.first[r]]);
		values[2] = Int64GetDatum((int64) f.size[r]);
		values[3] = CStringGetTextDatum(w->a);
		values[4] = CStringGetTextDatum(w->b);
		values[5] = Float8GetDatum(w->strength);
		nulls[5] = w->strength_null;
		elems[nout++] = HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
		if ((nout & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	get_typlenbyvalalign(elemtype, &typlen, &typbyval, &typalign);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, (int) nout, elemtype, typlen, typbyval, typalign));
}
