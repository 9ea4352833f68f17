/*-------------------------------------------------------------------------
 *
 * population_rules_sample.c
 *	  The C side of the sample-population generator (the companion
 *	  extension population_rules_sample): sample_random, and the rows of
 *	  generate_population, made from one population built in memory
 *	  (sample_population) and emitted table by table by the set-returning
 *	  functions sample_rows_*.  Every random choice is a pure function of
 *	  (seed, row, salt), so the same seed gives the same population on
 *	  every platform.  Test-data code: nothing of the product calls it.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_collation.h"
#include "common/hashfn.h"
#include "common/md5.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "nls.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/* The texts of this module are in the product's domain (po/vi.po). */
void
_PG_init(void)
{
	pg_bindtextdomain(TEXTDOMAIN);
}

/*
 * The 53-bit uniform number in [0, 1) of (seed, i, salt): exactly
 * hashint8extended(i, seed * 1000003 + salt) & (2^53 - 1), divided by 2^53,
 * the value the SQL form of sample_random gave, in one call.
 */
static inline double
sample_uniform(int64 seed, int64 i, int32 salt)
{
	uint32		lohalf = (uint32) i;
	uint32		hihalf = (uint32) (i >> 32);
	uint64		h;

	lohalf ^= (i >= 0) ? hihalf : ~hihalf;
	h = DatumGetUInt64(hash_uint32_extended(lohalf, (uint64) (seed * 1000003 + salt)));
	return (double) (h & UINT64CONST(9007199254740991)) / 9007199254740992.0;
}

PG_FUNCTION_INFO_V1(sample_random);

Datum
sample_random(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(sample_uniform(PG_GETARG_INT64(0), PG_GETARG_INT64(1),
									PG_GETARG_INT32(2)));
}

/*
 * ------------------------------------------------------------------------
 * The generator proper: generate_population's rows made in C, in memory,
 * in one pass per step, instead of a chain of temporary tables.
 *
 * sample_population() builds the whole population of (seed, persons,
 * defect_rate, as_of) once per transaction and keeps it in a memory context
 * under TopTransactionContext; the set-returning functions
 * sample_rows_persons(), sample_rows_id_documents(), ... each emit one
 * output table's rows from it.  The steps and their random draws (salts)
 * are those of the set-based SQL generator this replaced, so the rows are
 * the same; only the reference data (communes, provinces, names, CMND
 * prefixes) is read with SPI, in the same order the SQL generator used.
 * ------------------------------------------------------------------------
 */

#define GEN_MAX_PERSONS 100000000
#define GEN_NULL_SLOT (-1)

/* Person defects, in the slot order of sample_defect_kinds() (1-based). */
enum
{
	PD_NONE = 0,
	PD_DUP,
	PD_TWICE,
	PD_BIO,
	PD_LEGACY,
	PD_NOCARD,
	PD_OVERDUE,
	PD_YEAR,
	PD_SEX,
	PD_PROV,
	PD_DEAD_RES,
	PD_DEAD_SIM,
	PD_DEAD_INS,
	PD_SIM_NAME,
	PD_SIM_BD,
	PD_SIM_UNK,
	PD_SIM_MANY,
	PD_INS_NAME,
	PD_INS_BD,
	PD_INS_SEX
};

static const char *const pdefect_name[20] = {
	NULL, "duplicate_id", "same_person_twice", "shared_biometric",
	"legacy_only", "adult_without_card", "card_renewal_overdue",
	"id_wrong_birth_year", "id_wrong_sex", "id_wrong_province",
	"dead_still_resident", "dead_active_sim", "dead_active_insurance",
	"sim_name_mismatch", "sim_birth_date_mismatch", "sim_unknown_id",
	"sim_too_many", "insurance_name_mismatch",
	"insurance_birth_date_mismatch", "insurance_sex_mismatch"
};

/* Household defects, likewise. */
enum
{
	HD_NONE = 0,
	HD_TWO_HEADS,
	HD_NO_HEAD,
	HD_DEAD_HEAD,
	HD_GENDER,
	HD_PARENT_YOUNGER,
	HD_CHILD_OLDER,
	HD_TWO_SPOUSES
};

static const char *const hdefect_name[8] = {
	NULL, "household_two_heads", "household_no_head", "household_dead_head",
	"relation_gender_mismatch", "relation_parent_younger",
	"relation_child_older", "relation_two_spouses"
};

/* How a second registration differs (_pg_copy's v0, v1, v2). */
static const char *const copy_v0[13] = {
	"nfd", "other_tone_style", "no_accents", "all_caps", "tcvn3", "vni",
	"dialect", "i_y", "day_month_swap", "id_digit_typo", "moved",
	"name_and_date", "two_corruptions"
};
static const char *const copy_v1[3] = {"dialect", "i_y", "other_tone_style"};
static const char *const copy_v2[5] = {"no_accents", "all_caps", "tcvn3", "vni", "nfd"};

/* 33 mobile prefixes in text order, with their carriers. */
static const char *const sim_prefix[33][2] = {
	{"32", "Viettel"}, {"33", "Viettel"}, {"34", "Viettel"}, {"35", "Viettel"},
	{"36", "Viettel"}, {"37", "Viettel"}, {"38", "Viettel"}, {"39", "Viettel"},
	{"52", "Vietnamobile"}, {"56", "Vietnamobile"}, {"58", "Vietnamobile"},
	{"59", "Gmobile"}, {"70", "MobiFone"}, {"76", "MobiFone"}, {"77", "MobiFone"},
	{"78", "MobiFone"}, {"79", "MobiFone"}, {"81", "Vinaphone"}, {"82", "Vinaphone"},
	{"83", "Vinaphone"}, {"84", "Vinaphone"}, {"85", "Vinaphone"}, {"86", "Viettel"},
	{"88", "Vinaphone"}, {"89", "MobiFone"}, {"90", "MobiFone"}, {"91", "Vinaphone"},
	{"93", "MobiFone"}, {"94", "Vinaphone"}, {"96", "Viettel"}, {"97", "Viettel"},
	{"98", "Viettel"}, {"99", "Gmobile"}
};

/* Roles in the household. */
#define ROLE_HEAD 'H'
#define ROLE_SPOUSE 'S'
#define ROLE_PARENT 'P'
#define ROLE_SIBLING 'B'
#define ROLE_GRANDCHILD 'G'
#define ROLE_CHILD 'C'

/* A list of name parts of one part and sex, with its weighted slots. */
typedef struct GenNames
{
	int			count;
	char	  **name;
	bool	   *common;			/* among the commonest (namesakes) */
	int		   *weight;			/* per name: its weight */
	int			max_weight;
	int			total;			/* slots: sum of the weights */
	int		   *slot;			/* slot -> index in name */
} GenNames;

typedef struct GenCommune
{
	char	   *code;
	int			prov;			/* index in provs */
	char	   *gso;
} GenCommune;

/* One output person: the base population, then the second registrations. */
typedef struct GenPerson
{
	int64		h;				/* household (_pg_h.h) */
	int32		pos;			/* place in the household, 1 = head */
	int32		size;
	int32		commune;		/* index in communes */
	int16		home;			/* home province, index in provs */
	int16		bprov;			/* birth province, index in provs */
	char		role;
	char		sex;
	char		prec;			/* 'd', 'm', 'y' */
	int8		pdef;			/* PD_* */
	int8		hdef;			/* the household's HD_*, for every member */
	bool		has_ins;
	bool		natural_death;
	bool		dead;
	bool		resident;
	bool		has_death;
	int8		milestone;		/* 0 = NULL */
	int8		prev_milestone;
	int32		age;			/* _pg_m.age, then _pg_p.age */
	int32		y;
	int32		n_sims;
	int32		hmember;
	int64		hslot;
	int64		pslot;
	double		u_role;
	DateADT		bd;
	DateADT		death_date;
	int32		fam;
	int32		mid;			/* -1: no middle name */
	int32		giv;
	int32		prefix6;
	int64		household_id;	/* -1 = NULL */
	int64		dup_other;		/* -1 = NULL */
	int64		bio_other;
	const char *relation;
	const char *relation0;
	char	   *full_name;
	char		base_id[13];
	char		personal_id[13];	/* "" = NULL */
	char		fresh_id[13];
	char		sim_fresh_id[13];
	char		legacy_id[10];
	char		legacy_old[10];
	char		biometric[33];
} GenPerson;

typedef struct GenCopy
{
	int64		pk;				/* the person registered twice */
	int64		copy_pk;
	int			copy_no;
	const char *variant;
	bool		swap;
	bool		typo;
} GenCopy;

typedef struct GenNamesake
{
	int64		pk;
	int64		other;
	bool		same_province;
} GenNamesake;

typedef struct GenTwin
{
	int64		pk;
	int64		other;
	int64		h;
} GenTwin;

typedef struct GenHouseDefect
{
	int64		h;
	int64		head_pk;
	int64		member_pk;
	int			defect;
} GenHouseDefect;

typedef struct GenAccident
{
	int64		pk;
	int64		other;
	char		id[13];
} GenAccident;

typedef struct GenPopulation
{
	/* the arguments */
	int64		seed;
	int64		n;				/* persons made (n_arg unless households ran out) */
	int64		n_arg;
	double		rate;
	DateADT		as_of;

	/* reference data */
	int			ncommunes;
	GenCommune *communes;
	int			nprovs;
	char	  **provs;			/* id codes, in order */
	int		   *cmnd_of;		/* province -> index in cmnd_prefix */
	int			ncmnd;
	char	  **cmnd_prefix;	/* distinct CMND prefixes of the provinces */
	char	  (*cmnd_allowed)[11];	/* digits that may follow a prefix */
	int			ngaps;
	char		gaps[100][4];
	bool		known_code[1000];	/* id codes of pre2025_provinces */
	GenNames	family;
	GenNames	middle[2];		/* [0] M, [1] F */
	GenNames	given[2];

	/* the rows */
	int64		nhouseholds;
	int64		nrows;			/* persons + copies */
	GenPerson  *p;				/* p[pk - 1] */
	int64		ncopies;
	GenCopy    *copies;
	int64		nnamesakes;
	GenNamesake *namesakes;
	int64		ntwins;
	GenTwin    *twins;
	int64		nhdefects;
	GenHouseDefect *hdefects;
	int64		naccidents;
	GenAccident *accidents;

	/* functions of the companion called for the name variants */
	FmgrInfo	variant_fn;
	FmgrInfo	ascii_fn;
	FmgrInfo	upper_fn;
	bool		ascii_upper_plain;	/* sample_upper is A-Z on a-z */
} GenPopulation;

static GenPopulation *gen_cached = NULL;
static MemoryContext gen_context = NULL;

/* hashint8extended(v, seed) of the SQL generator */
static inline uint64
gen_hash8(int64 v, int64 seed)
{
	uint32		lohalf = (uint32) v;
	uint32		hihalf = (uint32) (v >> 32);

	lohalf ^= (v >= 0) ? hihalf : ~hihalf;
	return DatumGetUInt64(hash_uint32_extended(lohalf, (uint64) seed));
}

/* a modulo that is never negative (the seed may be) */
static inline int64
gen_mod(int64 a, int64 m)
{
	int64		r = a % m;

	return r < 0 ? r + m : r;
}

#define U(pk, salt) sample_uniform(g->seed, (pk), (salt))

/* floor(u / rate)::bigint, GEN_NULL_SLOT where the rate is 0 */
static inline int64
gen_slot(double u, double rate)
{
	double		q;

	if (rate <= 0)
		return GEN_NULL_SLOT;
	q = floor(u / rate);
	return q > 1e15 ? (int64) 1e15 : (int64) q;
}

static inline void
gen_ymd(DateADT d, int *y, int *m, int *day)
{
	j2date(d + POSTGRES_EPOCH_JDATE, y, m, day);
}

static inline DateADT
gen_date(int y, int m, int d)
{
	return date2j(y, m, d) - POSTGRES_EPOCH_JDATE;
}

static inline int
gen_year(DateADT d)
{
	int			y,
				m,
				day;

	gen_ymd(d, &y, &m, &day);
	return y;
}

/* date + make_interval(years => k), as a date (29 February -> 28) */
static DateADT
gen_add_years(DateADT d, int k)
{
	int			y,
				m,
				day;

	gen_ymd(d, &y, &m, &day);
	y += k;
	if (day > day_tab[isleap(y)][m - 1])
		day = day_tab[isleap(y)][m - 1];
	return gen_date(y, m, day);
}

/* extract(year FROM age(to, from)) for from <= to */
static int
gen_age(DateADT to, DateADT from)
{
	int			y1,
				m1,
				d1,
				y2,
				m2,
				d2,
				a;

	gen_ymd(from, &y1, &m1, &d1);
	gen_ymd(to, &y2, &m2, &d2);
	a = y2 - y1;
	if (m2 < m1 || (m2 == m1 && d2 < d1))
		a--;
	return a;
}

static inline int
gen_milestone(int age)
{
	return age >= 60 ? 60 : age >= 40 ? 40 : age >= 25 ? 25 : age >= 14 ? 14 : 0;
}

static inline int
gen_prev_milestone(int age)
{
	return age >= 60 ? 40 : age >= 40 ? 25 : age >= 25 ? 14 : 0;
}

static void *
gen_alloc0(Size n, Size size)
{
	return MemoryContextAllocExtended(gen_context, Max(n, 1) * size,
									  MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
}

/* A string of the current SPI row, copied into the generator's context. */
static char *
gen_spi_text(int row, int col)
{
	char	   *v = SPI_getvalue(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col);

	return MemoryContextStrdup(gen_context, v ? v : "");
}

static void
gen_spi_query(const char *sql)
{
	int			rc = SPI_execute(sql, true, 0);

	if (rc != SPI_OK_SELECT)
		elog(ERROR, "sample generator: query failed (%d): %s", rc, sql);
}

static int
gen_prov_index(GenPopulation *g, const char *code)
{
	int			i;

	for (i = 0; i < g->nprovs; i++)
		if (strcmp(g->provs[i], code) == 0)
			return i;
	ereport(ERROR,
			(errcode(ERRCODE_DATA_EXCEPTION),
			 errmsg("province code \"%s\" has no CMND prefix in sample_cmnd_prefix", code),
			 errdetail("The sample generator needs a CMND prefix for every province of population_rules.pre2025_provinces."),
			 errhint("Reinstall the extension population_rules_sample.")));
	return -1;
}

static void
gen_load_names(GenPopulation *g, GenNames *l, const char *part, const char *sex)
{
	char		sql[512];
	int			i,
				j,
				k;
	int		   *weight;

	snprintf(sql, sizeof(sql),
			 "SELECT name, weight FROM population_rules_sample.sample_names"
			 " WHERE part = '%s' AND sex = '%s' ORDER BY name", part, sex);
	gen_spi_query(sql);
	l->count = (int) SPI_processed;
	if (l->count == 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("table sample_names has no %s names for sex \"%s\"", part, sex),
				 errdetail("The generator draws every person's %s name from population_rules_sample.sample_names.", part),
				 errhint("Reinstall the extension population_rules_sample.")));
	l->name = gen_alloc0(l->count, sizeof(char *));
	l->common = gen_alloc0(l->count, sizeof(bool));
	weight = l->weight = gen_alloc0(l->count, sizeof(int));
	l->total = 0;
	l->max_weight = 0;
	for (i = 0; i < l->count; i++)
	{
		l->name[i] = gen_spi_text(i, 1);
		weight[i] = atoi(gen_spi_text(i, 2));
		if (weight[i] < 1 || weight[i] > 1000000)
			elog(ERROR, "sample generator: bad weight of name \"%s\"", l->name[i]);
		l->total += weight[i];
		l->max_weight = Max(l->max_weight, weight[i]);
	}
	l->slot = gen_alloc0(l->total, sizeof(int));
	for (i = 0, k = 0; i < l->count; i++)
		for (j = 0; j < weight[i]; j++)
			l->slot[k++] = i;

	/* the commonest: five family names, twenty given names a sex */
	snprintf(sql, sizeof(sql),
			 "SELECT name FROM population_rules_sample.sample_names"
			 " WHERE part = '%s' AND sex = '%s' ORDER BY weight DESC, name LIMIT %d",
			 part, sex, strcmp(part, "family") == 0 ? 5 : strcmp(part, "given") == 0 ? 20 : 0);
	gen_spi_query(sql);
	for (i = 0; i < (int) SPI_processed; i++)
	{
		char	   *v = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);

		for (j = 0; j < l->count; j++)
			if (strcmp(l->name[j], v) == 0)
				l->common[j] = true;
	}
}

static Oid
gen_function_oid(const char *signature)
{
	Oid			oid;

	oid = DatumGetObjectId(DirectFunctionCall1(regprocedurein, CStringGetDatum(signature)));
	return oid;
}

/* Reference data: communes, provinces, CMND prefixes, names. */
static void
gen_load_reference(GenPopulation *g)
{
	int			i,
				j,
				d;
	int			nall;
	char	  **all;

	SPI_connect();

	gen_spi_query("SELECT p.id_code, x.prefix FROM population_rules.pre2025_provinces p"
				  " JOIN population_rules_sample.sample_cmnd_prefix x ON x.id_code = p.id_code"
				  " ORDER BY p.id_code");
	g->nprovs = (int) SPI_processed;
	if (g->nprovs == 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("no province has a CMND prefix"),
				 errdetail("No row of population_rules_sample.sample_cmnd_prefix matches a province of population_rules.pre2025_provinces."),
				 errhint("Reinstall the extensions population_rules and population_rules_sample.")));
	g->provs = gen_alloc0(g->nprovs, sizeof(char *));
	g->cmnd_of = gen_alloc0(g->nprovs, sizeof(int));
	g->cmnd_prefix = gen_alloc0(g->nprovs, sizeof(char *));
	g->cmnd_allowed = gen_alloc0(g->nprovs, 11);
	g->ncmnd = 0;
	for (i = 0; i < g->nprovs; i++)
	{
		char	   *prefix = gen_spi_text(i, 2);

		g->provs[i] = gen_spi_text(i, 1);
		if (strlen(g->provs[i]) != 3 || strspn(g->provs[i], "0123456789") != 3 ||
			strlen(prefix) < 1 || strlen(prefix) > 7 || strspn(prefix, "0123456789") != strlen(prefix))
			elog(ERROR, "sample generator: bad province code or CMND prefix \"%s\", \"%s\"",
				 g->provs[i], prefix);
		for (j = 0; j < g->ncmnd; j++)
			if (strcmp(g->cmnd_prefix[j], prefix) == 0)
				break;
		if (j == g->ncmnd)
			g->cmnd_prefix[g->ncmnd++] = prefix;
		g->cmnd_of[i] = j;
	}

	/* digits that may follow a prefix: not making another, longer prefix */
	gen_spi_query("SELECT prefix FROM population_rules_sample.sample_cmnd_prefix");
	nall = (int) SPI_processed;
	all = palloc(Max(nall, 1) * sizeof(char *));
	for (i = 0; i < nall; i++)
		all[i] = gen_spi_text(i, 1);
	for (j = 0; j < g->ncmnd; j++)
	{
		int			k = 0;
		size_t		len = strlen(g->cmnd_prefix[j]);

		for (d = 0; d < 10; d++)
		{
			bool		taken = false;

			for (i = 0; i < nall && !taken; i++)
				taken = strlen(all[i]) == len + 1 &&
					strncmp(all[i], g->cmnd_prefix[j], len) == 0 &&
					all[i][len] == '0' + d;
			if (!taken)
				g->cmnd_allowed[j][k++] = '0' + d;
		}
		g->cmnd_allowed[j][k] = '\0';
		if (k == 0)
			elog(ERROR, "sample generator: CMND prefix \"%s\" has no free digit", g->cmnd_prefix[j]);
	}

	/* codes no province has */
	gen_spi_query("SELECT id_code FROM population_rules.pre2025_provinces");
	for (i = 0; i < (int) SPI_processed; i++)
	{
		char	   *v = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);

		if (v && strlen(v) == 3 && strspn(v, "0123456789") == 3)
			g->known_code[atoi(v)] = true;
	}
	g->ngaps = 0;
	for (d = 1; d <= 99; d++)
	{
		char		code[4];

		snprintf(code, sizeof(code), "%03d", d);
		for (i = 0; i < g->nprovs; i++)
			if (strcmp(g->provs[i], code) == 0)
				break;
		if (i == g->nprovs)
			strcpy(g->gaps[g->ngaps++], code);
	}
	if (g->ngaps == 0)
		elog(ERROR, "sample generator: every code from 001 to 099 is a province");

	gen_spi_query("SELECT c.commune_code, p.id_code, p.gso_code"
				  " FROM population_rules.pre2025_communes c"
				  " JOIN population_rules.pre2025_provinces p ON p.gso_code = c.province_gso_code"
				  " ORDER BY c.commune_code");
	g->ncommunes = (int) SPI_processed;
	if (g->ncommunes == 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("table population_rules.pre2025_communes is empty"),
				 errdetail("The generator places every person in one of its communes."),
				 errhint("Reinstall the extension population_rules.")));
	g->communes = gen_alloc0(g->ncommunes, sizeof(GenCommune));
	for (i = 0; i < g->ncommunes; i++)
	{
		char	   *idc = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2);

		g->communes[i].code = gen_spi_text(i, 1);
		g->communes[i].prov = gen_prov_index(g, idc ? idc : "");
		g->communes[i].gso = gen_spi_text(i, 3);
	}

	gen_load_names(g, &g->family, "family", "");
	gen_load_names(g, &g->middle[0], "middle", "M");
	gen_load_names(g, &g->middle[1], "middle", "F");
	gen_load_names(g, &g->given[0], "given", "M");
	gen_load_names(g, &g->given[1], "given", "F");

	SPI_finish();

	fmgr_info_cxt(gen_function_oid("population_rules_sample.sample_name_variant(text,text)"),
				  &g->variant_fn, gen_context);
	fmgr_info_cxt(gen_function_oid("population_rules_sample.sample_ascii(text)"),
				  &g->ascii_fn, gen_context);
	fmgr_info_cxt(gen_function_oid("population_rules_sample.sample_upper(text)"),
				  &g->upper_fn, gen_context);
}

/* Call a text function of the companion; NULL when it returns NULL. */
static char *
gen_call_text(FmgrInfo *fn, const char *a, const char *b)
{
	LOCAL_FCINFO(fcinfo, 2);
	Datum		r;

	InitFunctionCallInfoData(*fcinfo, fn, b ? 2 : 1, DEFAULT_COLLATION_OID, NULL, NULL);
	fcinfo->args[0].value = CStringGetTextDatum(a);
	fcinfo->args[0].isnull = false;
	if (b)
	{
		fcinfo->args[1].value = CStringGetTextDatum(b);
		fcinfo->args[1].isnull = false;
	}
	r = FunctionCallInvoke(fcinfo);
	if (fcinfo->isnull)
		return NULL;
	return MemoryContextStrdup(gen_context, TextDatumGetCString(r));
}

static const char *
gen_name_part(GenNames *l, int i)
{
	return i < 0 ? NULL : l->name[i];
}

#define SEXI(p) ((p)->sex == 'M' ? 0 : 1)
#define GIVEN(g, p) ((g)->given[SEXI(p)].name[(p)->giv])

/*
 * Households and their members (_pg_h, _pg_m): role, sex, age, names,
 * birth date and province, relation, SIM count, insurance, defect slots.
 */
static void
gen_members(GenPopulation *g)
{
	int64		n = g->n;
	int64		hmax = n / 2 + 10;
	int64		h,
				start = 0;

	int64		room = n;
	int64		k;

	/* room for the second registrations too: at most 2 a person in slot 1 */
	for (k = 1; k <= n; k++)
		if (gen_slot(U(k, 22), g->rate) == PD_TWICE - 1)
			room += 2;
	g->p = gen_alloc0(room, sizeof(GenPerson));
	for (h = 1; h <= hmax && start < n; h++)
	{
		double		u = U(h, 1);
		int			size = u < 0.12 ? 1 : u < 0.32 ? 2 : u < 0.54 ? 3 : u < 0.79 ? 4 :
			u < 0.91 ? 5 : u < 0.97 ? 6 : 7;
		int			ci = (int) floor(U(h, 2) * g->ncommunes);
		char		head_sex = U(h, 3) < 0.75 ? 'M' : 'F';
		int			head_age = 22 + (int) floor(60 * pow(U(h, 4), 1.4));
		int			fam_slot = (int) floor(U(h, 5) * g->family.total);
		int64		hslot = gen_slot(U(h, 6), g->rate);
		int			pos;

		CHECK_FOR_INTERRUPTS();
		if (size > n - start)
			size = (int) (n - start);
		for (pos = 1; pos <= size; pos++)
		{
			int64		pk = start + pos;
			GenPerson  *p = &g->p[pk - 1];
			double		u_age = U(pk, 11);
			int			y0,
						m0,
						d0;
			DateADT		bd0;
			double		u_prec;
			int			fam_s;

			p->h = h;
			p->pos = pos;
			p->size = size;
			p->commune = ci;
			p->home = g->communes[ci].prov;
			p->hslot = hslot;
			p->u_role = U(pk, 10);
			if (pos == 1)
				p->role = ROLE_HEAD;
			else if (pos == 2 && p->u_role < 0.8)
				p->role = ROLE_SPOUSE;
			else if (pos == 2 || p->u_role >= 0.9)
				p->role = head_age <= 70 ? ROLE_PARENT : ROLE_SIBLING;
			else if (p->u_role >= 0.8 && head_age >= 45)
				p->role = ROLE_GRANDCHILD;
			else
				p->role = ROLE_CHILD;

			if (p->role == ROLE_HEAD)
				p->sex = head_sex;
			else if (p->role == ROLE_SPOUSE)
				p->sex = head_sex == 'M' ? 'F' : 'M';
			else
				p->sex = U(pk, 12) < 0.5 ? 'M' : 'F';

			switch (p->role)
			{
				case ROLE_HEAD:
					p->age = head_age;
					break;
				case ROLE_SPOUSE:
					p->age = Max(18, head_age - 5 + (int) floor(u_age * 11));
					break;
				case ROLE_PARENT:
					p->age = head_age + 20 + (int) floor(u_age * 10);
					break;
				case ROLE_SIBLING:
					p->age = Max(0, head_age - 1 - (int) floor(u_age * 10));
					break;
				case ROLE_GRANDCHILD:
					p->age = (int) floor(u_age * Min(head_age - 39, 20));
					break;
				default:
					p->age = (int) floor(u_age * Min(head_age - 17, 30));
					break;
			}

			/* floor(age * 365.2425) is exact in numeric: so here */
			bd0 = g->as_of - (int) ((int64) p->age * 3652425 / 10000 +
									(int64) floor(U(pk, 18) * 365));
			u_prec = U(pk, 19);
			fam_s = (p->role == ROLE_SPOUSE || (p->role == ROLE_PARENT && p->sex == 'F'))
				? (int) floor(U(pk, 14) * g->family.total) : fam_slot;
			p->fam = g->family.slot[fam_s];
			if (U(pk, 15) >= 0.03)
				p->mid = g->middle[SEXI(p)].slot[(int) floor(U(pk, 16) * g->middle[SEXI(p)].total)];
			else
				p->mid = -1;
			p->giv = g->given[SEXI(p)].slot[(int) floor(U(pk, 17) * g->given[SEXI(p)].total)];

			gen_ymd(bd0, &y0, &m0, &d0);
			if (y0 < 1950 && u_prec < 0.35)
				p->prec = 'y';
			else if (y0 < 1950 && u_prec < 0.45)
				p->prec = 'm';
			else if (y0 < 1975 && u_prec < 0.05)
				p->prec = 'y';
			else
				p->prec = 'd';
			p->bd = p->prec == 'y' ? gen_date(y0, 1, 1) :
				p->prec == 'm' ? gen_date(y0, m0, 1) : bd0;

			p->bprov = U(pk, 20) < 0.85 ? p->home
				: (int16) floor(U(pk, 21) * g->nprovs);

			switch (p->role)
			{
				case ROLE_HEAD:
					p->relation = "chủ hộ";
					break;
				case ROLE_SPOUSE:
					p->relation = p->sex == 'F' ? "vợ" : "chồng";
					break;
				case ROLE_PARENT:
					p->relation = p->sex == 'F' ? "mẹ" : p->u_role < 0.95 ? "cha" : "bố";
					break;
				case ROLE_SIBLING:
					p->relation = "em";
					break;
				case ROLE_GRANDCHILD:
					p->relation = "cháu";
					break;
				default:
					p->relation = "con";
					break;
			}
			if (p->age < 18)
				p->n_sims = 0;
			else
			{
				double		us = U(pk, 23);

				p->n_sims = us < 0.2 ? 0 : us < 0.65 ? 1 : us < 0.9 ? 2 : 3;
			}
			p->has_ins = U(pk, 24) < 0.9;
			p->pslot = gen_slot(U(pk, 22), g->rate);
		}
		start += size;
	}
	g->nhouseholds = h - 1;
	if (start < n)
		g->n = n = start;		/* as the SQL generator: no more households */
}

/* sort helper: int64 keys */
static int
gen_cmp_int64(const void *a, const void *b)
{
	int64		x = *(const int64 *) a,
				y = *(const int64 *) b;

	return x < y ? -1 : x > y ? 1 : 0;
}

/*
 * Namesakes (_pg_ns): a clean head or spouse (candidate, c) takes the
 * middle and given names and the birth date of a clean non-candidate (a) of
 * the same family name, sex and age decade, in another province, or in the
 * same one for the commonest family names only.  The name taken is one of
 * the commonest given names, drawn as often as two persons share it by
 * chance (the square of its frequency): a rare name with the same birth
 * date is one person far more often than two (docs/sample.md).
 */
static void
gen_namesakes(GenPopulation *g)
{
	int64		n = g->n,
				i;
	int			nkeys = g->family.count * 2 * 16;
	int64	   *cnt = gen_alloc0(nkeys + 1, sizeof(int64));
	int64	   *off = gen_alloc0(nkeys + 1, sizeof(int64));
	int64	   *fill;
	int64	   *members;
	bool	   *cand = gen_alloc0(n, sizeof(bool));
	int		   *key = gen_alloc0(n, sizeof(int));
	int64		nclean = 0,
				ncand = 0;

#define NS_KEY(p) (((p)->fam * 2 + SEXI(p)) * 16 + Min((p)->age / 10, 15))
	for (i = 0; i < n; i++)
	{
		GenPerson  *p = &g->p[i];

		key[i] = -1;
		if ((p->role == ROLE_HEAD || p->role == ROLE_SPOUSE) &&
			p->pslot >= 19 && p->hslot >= 7)
		{
			key[i] = NS_KEY(p);
			cand[i] = U(i + 1, 27) < g->rate;
			if (cand[i])
				ncand++;
			else
			{
				cnt[key[i]]++;
				nclean++;
			}
		}
	}
	for (i = 0; i < nkeys; i++)
		off[i + 1] = off[i] + cnt[i];
	fill = gen_alloc0(nkeys + 1, sizeof(int64));
	members = gen_alloc0(nclean, sizeof(int64));
	for (i = 0; i < n; i++)
		if (key[i] >= 0 && !cand[i])
			members[off[key[i]] + fill[key[i]]++] = i;

	g->namesakes = gen_alloc0(ncand, sizeof(GenNamesake));
	g->nnamesakes = 0;
	for (i = 0; i < n; i++)
	{
		GenPerson  *c,
				   *a;
		int64		ai;
		int			k = key[i],
					t;

		if (k < 0 || !cand[i] || cnt[k] == 0)
			continue;
		c = &g->p[i];

		/*
		 * a drawn among the group brings its name with the name's frequency
		 * p; kept with chance p / p_max of the middle and of the given name,
		 * the name comes with p squared, as often as two persons share it by
		 * chance: namesakes have the commonest names, never a rare one.  Up
		 * to 16 draws, so that about as many namesakes as before are made.
		 */
		a = NULL;
		for (t = 0; t < 16; t++)
		{
			GenPerson  *x;

			ai = members[off[k] + (t == 0 ? (int64) ((gen_hash8(i + 1, g->seed) & 2147483647) % (uint64) cnt[k])
								   : (int64) floor(U(i + 1, 400 + t) * cnt[k]))];
			x = &g->p[ai];
			if (x->mid >= 0 && g->given[SEXI(x)].common[x->giv] &&
				U(i + 1, 450 + t) < (double) g->middle[SEXI(x)].weight[x->mid] / g->middle[SEXI(x)].max_weight *
				g->given[SEXI(x)].weight[x->giv] / g->given[SEXI(x)].max_weight)
			{
				a = x;
				break;
			}
		}
		if (a == NULL)
			continue;
		if (a->home != c->home || g->family.common[a->fam])
		{
			GenNamesake *ns = &g->namesakes[g->nnamesakes++];

			ns->pk = i + 1;
			ns->other = ai + 1;
			ns->same_province = a->home == c->home;
		}
	}
	/* the update, from the values before it (a is never a candidate) */
	for (i = 0; i < g->nnamesakes; i++)
	{
		GenPerson  *c = &g->p[g->namesakes[i].pk - 1];
		GenPerson  *a = &g->p[g->namesakes[i].other - 1];

		c->mid = a->mid;
		c->giv = a->giv;
		c->bd = a->bd;
		c->prec = a->prec;
		c->age = a->age;
	}
}

/* Twins (_pg_tw): the first pair of children one after the other. */
static void
gen_twins(GenPopulation *g)
{
	int64		n = g->n,
				i;

	g->twins = gen_alloc0(g->nhouseholds, sizeof(GenTwin));
	g->ntwins = 0;
	for (i = 0; i + 1 < n; i++)
	{
		GenPerson  *m1 = &g->p[i],
				   *m2 = &g->p[i + 1];

		if (m2->h != m1->h || m1->role != ROLE_CHILD || m2->role != ROLE_CHILD ||
			strcmp(GIVEN(g, m1), GIVEN(g, m2)) == 0)
			continue;
		if (g->ntwins > 0 && g->twins[g->ntwins - 1].h == m1->h)
			continue;			/* DISTINCT ON (h): the first pair */
		if (!(U(m1->h, 8) < g->rate))
			continue;
		g->twins[g->ntwins].pk = i + 1;
		g->twins[g->ntwins].other = i + 2;
		g->twins[g->ntwins].h = m1->h;
		g->ntwins++;
		m2->bd = m1->bd;
		m2->prec = m1->prec;
		m2->age = m1->age;
	}
}

/* Household defects (_pg_hh), where the household has what they need. */
static void
gen_household_defects(GenPopulation *g)
{
	int64		n = g->n,
				i = 0;

	g->hdefects = gen_alloc0(g->nhouseholds, sizeof(GenHouseDefect));
	g->nhdefects = 0;
	while (i < n)
	{
		int64		first = i;
		GenPerson  *head = &g->p[i];
		int			size = head->size;
		bool		has_spouse = false;
		int			child_pos = 0,
					parent_pos = 0,
					last_pos = 0,
					member = 0,
					d;
		bool		ok;
		int64		j;

		for (j = first; j < first + size; j++)
		{
			GenPerson  *m = &g->p[j];

			if (m->pos == 2 && m->role == ROLE_SPOUSE)
				has_spouse = true;
			if (m->role == ROLE_CHILD)
				child_pos = Max(child_pos, m->pos);
			if (m->role == ROLE_PARENT && parent_pos == 0)
				parent_pos = m->pos;
			if (m->pos >= 3 && m->role != ROLE_PARENT)
				last_pos = Max(last_pos, m->pos);
		}
		i = first + size;
		if (head->hslot < 0 || head->hslot >= 7)
			continue;
		d = (int) head->hslot + 1;
		switch (d)
		{
			case HD_TWO_HEADS:
				ok = size >= 2;
				member = size;
				break;
			case HD_GENDER:
				ok = has_spouse;
				member = 2;
				break;
			case HD_PARENT_YOUNGER:
				ok = child_pos > 0;
				member = child_pos;
				break;
			case HD_CHILD_OLDER:
				ok = parent_pos > 0;
				member = parent_pos;
				break;
			case HD_TWO_SPOUSES:
				ok = has_spouse && last_pos > 0;
				member = last_pos;
				break;
			default:
				ok = true;
				member = 1;
				break;
		}
		if (!ok)
			continue;
		g->hdefects[g->nhdefects].h = head->h;
		g->hdefects[g->nhdefects].head_pk = first + 1;
		g->hdefects[g->nhdefects].member_pk = first + member;
		g->hdefects[g->nhdefects].defect = d;
		g->nhdefects++;
		for (j = first; j < first + size; j++)
		{
			g->p[j].hdef = d;
			g->p[j].hmember = member;
		}
	}
}

static inline bool
gen_pdefect_applies(GenPopulation *g, GenPerson *p, int d)
{
	switch (d)
	{
		case PD_BIO:
		case PD_NOCARD:
			return p->age >= 14;
		case PD_LEGACY:
			return p->age >= 14 && p->y <= 1999;
		case PD_OVERDUE:
			return p->prev_milestone != 0 &&
				Max(gen_add_years(p->bd, p->prev_milestone), gen_date(2016, 1, 1))
				< gen_add_years(p->bd, p->milestone - 2) &&
				gen_add_years(p->bd, p->milestone) < g->as_of;
		case PD_DEAD_RES:
			return p->age >= 18 && p->pos >= 2;
		case PD_DEAD_SIM:
			return p->age >= 18 && p->pos >= 2 && p->n_sims > 0;
		case PD_DEAD_INS:
			return p->age >= 18 && p->pos >= 2 && p->has_ins;
		case PD_SIM_NAME:
		case PD_SIM_BD:
		case PD_SIM_UNK:
			return p->n_sims > 0;
		case PD_SIM_MANY:
			return p->age >= 18;
		case PD_INS_NAME:
		case PD_INS_BD:
		case PD_INS_SEX:
			return p->has_ins;
		default:
			return true;
	}
}

/*
 * The serial (digits 7-12) of a prefix's k-th number (from 0, below one
 * million): a seeded pseudo-random bijection of 0..999999, four Feistel
 * rounds on the two three-digit halves, keyed by the seed, the prefix and
 * the round.  Real serials of one prefix look random: an affine map (k *
 * 100003, as before) left the numbers of one prefix one digit apart far
 * more often than chance, which the duplicate model took for typed ids.
 */
static inline void
gen_id(char *out, int prefix6, int64 k, int64 seed)
{
	int			l = (int) (gen_mod(k, 1000000) / 1000),
				r = (int) (gen_mod(k, 1000000) % 1000),
				round;

	for (round = 0; round < 4; round++)
	{
		int			f = (int) (gen_hash8((int64) prefix6 * 8 + round + ((int64) r << 32),
										 seed) % 1000);
		int			t = r;

		r = (l + f) % 1000;
		l = t;
	}
	snprintf(out, 13, "%06d%03d%03d", prefix6, l, r);
}

static void
gen_full_name(GenPopulation *g, GenPerson *p)
{
	const char *fam = g->family.name[p->fam];
	const char *mid = gen_name_part(&g->middle[SEXI(p)], p->mid);
	const char *giv = GIVEN(g, p);

	p->full_name = MemoryContextAlloc(gen_context, strlen(fam) + (mid ? strlen(mid) + 1 : 0) + strlen(giv) + 2);
	if (mid)
		sprintf(p->full_name, "%s %s %s", fam, mid, giv);
	else
		sprintf(p->full_name, "%s %s", fam, giv);
}

/* Persons (_pg_p): real age, person defects, natural deaths, base ids. */
static void
gen_persons(GenPopulation *g)
{
	int64		n = g->n,
				i;
	int32	   *seq = gen_alloc0(1000000, sizeof(int32));

	for (i = 0; i < n; i++)
	{
		GenPerson  *p = &g->p[i];
		int			d;
		double		lim;

		p->age = gen_age(g->as_of, p->bd);
		p->y = gen_year(p->bd);
		p->milestone = gen_milestone(p->age);
		p->prev_milestone = gen_prev_milestone(p->age);
		p->pdef = PD_NONE;
		if (p->hdef == HD_NONE && p->pslot >= 0 && p->pslot < 19)
		{
			d = (int) p->pslot + 1;
			if (gen_pdefect_applies(g, p, d))
				p->pdef = d;
		}
		gen_full_name(g, p);
		p->prefix6 = atoi(g->provs[p->bprov]) * 1000 +
			(2 * ((p->y - 1900) / 100) + (p->sex == 'F' ? 1 : 0)) * 100 + p->y % 100;
		lim = p->age >= 80 ? 0.06 : p->age >= 60 ? 0.02 : 0.002;
		p->natural_death = p->pdef == PD_NONE && p->hdef == HD_NONE &&
			(p->pos >= 3 || p->size == 1) && U(i + 1, 25) < lim;
		gen_id(p->base_id, p->prefix6, seq[p->prefix6]++, g->seed);
	}
	pfree(seq);
}

/*
 * Second registrations (_pg_copy): 1 or 2 copies of each same_person_twice
 * person, how each differs, its name; appended to the rows as one-person
 * households.
 */
static void
gen_copies(GenPopulation *g)
{
	int64		n = g->n,
				i,
				maxcopies = 0;

	for (i = 0; i < n; i++)
		if (g->p[i].pdef == PD_TWICE)
			maxcopies += 2;
	g->copies = gen_alloc0(maxcopies, sizeof(GenCopy));
	g->ncopies = 0;
	for (i = 0; i < n; i++)
	{
		GenPerson  *p = &g->p[i];
		int64		pk = i + 1;
		int			copy_no;

		if (p->pdef != PD_TWICE)
			continue;
		for (copy_no = 1; copy_no <= 2; copy_no++)
		{
			const char *v0,
					   *v1,
					   *v2,
					   *variant;
			char	   *n0 = NULL,
					   *n1 = NULL,
					   *n2 = NULL,
					   *vname;
			int			y,
						m,
						d;
			bool		swappable;
			GenCopy    *c;

			if (copy_no == 2 && !(U(pk, 29) < 0.2))
				continue;
			v0 = copy_v0[(int) floor(U(pk, 30 + copy_no) * 13)];
			v1 = copy_v1[(int) floor(U(pk, 110 + copy_no) * 3)];
			v2 = copy_v2[(int) floor(U(pk, 112 + copy_no) * 5)];
			gen_ymd(p->bd, &y, &m, &d);
			swappable = p->prec == 'd' && d <= 12 && d != m;
			if (strcmp(v0, "name_and_date") == 0)
				n1 = gen_call_text(&g->variant_fn, p->full_name, v2);
			else if (strcmp(v0, "two_corruptions") == 0)
			{
				n1 = gen_call_text(&g->variant_fn, p->full_name, v1);
				n2 = gen_call_text(&g->variant_fn, n1 ? n1 : p->full_name, v2);
			}
			else if (strcmp(v0, "day_month_swap") != 0 && strcmp(v0, "id_digit_typo") != 0 &&
					 strcmp(v0, "moved") != 0)
				n0 = gen_call_text(&g->variant_fn, p->full_name, v0);

			if (strcmp(v0, "day_month_swap") == 0 && swappable)
				variant = "day_month_swap";
			else if (strcmp(v0, "id_digit_typo") == 0 || strcmp(v0, "moved") == 0)
				variant = v0;
			else if (strcmp(v0, "name_and_date") == 0 && n1)
				variant = swappable ? psprintf("%s+day_month_swap", v2) : v2;
			else if (strcmp(v0, "two_corruptions") == 0 && n2)
				variant = n1 ? psprintf("%s+%s", v1, v2) : v2;
			else if (n0)
				variant = v0;
			else
				variant = "no_accents";

			if (strcmp(variant, "day_month_swap") == 0 || strcmp(variant, "id_digit_typo") == 0 ||
				strcmp(variant, "moved") == 0)
				vname = p->full_name;
			else if (strcmp(v0, "name_and_date") == 0 && n1)
				vname = n1;
			else if (strcmp(v0, "two_corruptions") == 0 && n2)
				vname = n2;
			else if (n0)
				vname = n0;
			else
				vname = gen_call_text(&g->ascii_fn, p->full_name, NULL);

			c = &g->copies[g->ncopies++];
			c->pk = pk;
			c->copy_no = copy_no;
			c->copy_pk = n + g->ncopies;
			c->variant = MemoryContextStrdup(gen_context, variant);
			c->swap = strlen(variant) >= 14 &&
				strcmp(variant + strlen(variant) - 14, "day_month_swap") == 0;
			c->typo = strcmp(variant, "id_digit_typo") == 0;
			/* the copy's own row, completed in gen_final */
			{
				GenPerson  *q = &g->p[c->copy_pk - 1];

				*q = *p;
				q->full_name = vname;
				q->commune = (int) floor(U(pk, 35 + copy_no) * g->ncommunes);
				if (c->swap)
					q->bd = gen_date(y, d, m);
			}
		}
	}
	g->nrows = n + g->ncopies;
}

/*
 * Fresh ids (_pg_req, _pg_fresh): for ids contradicting the person, SIMs
 * with an unknown id and second registrations: the j-th request of a
 * prefix takes number 500000 + 7919 j mod 500000 of the bijection.
 */
static void
gen_fresh_ids(GenPopulation *g)
{
	int64		i;
	int32	   *seq = gen_alloc0(1000000, sizeof(int32));

	for (i = 0; i < g->nrows; i++)
	{
		GenPerson  *p = &g->p[i];
		int64		pk = i + 1;
		int			prefix = p->prefix6;
		char	   *out;

		if (pk > g->n)
		{
			GenCopy    *c = &g->copies[pk - g->n - 1];

			if (c->typo)
				continue;
			out = p->fresh_id;
		}
		else if (p->pdef == PD_YEAR || p->pdef == PD_SEX || p->pdef == PD_PROV)
		{
			out = p->fresh_id;
			if (p->pdef == PD_YEAR)
				prefix = prefix / 100 * 100 +
					(int) ((p->y % 100 + 1 + (int) floor(U(pk, 40) * 8)) % 100);
			else if (p->pdef == PD_SEX)
				prefix = prefix / 1000 * 1000 + ((prefix / 100 % 10) ^ 1) * 100 + prefix % 100;
			else
			{
				int			code;

				if (U(pk, 41) < 0.7)
					code = atoi(g->provs[(p->bprov + 1 + (int) floor(U(pk, 42) * (g->nprovs - 1))) % g->nprovs]);
				else
					code = atoi(g->gaps[(int) floor(U(pk, 43) * g->ngaps)]);
				prefix = code * 1000 + prefix % 1000;
			}
		}
		else if (p->pdef == PD_SIM_UNK)
			out = p->sim_fresh_id;
		else
			continue;
		gen_id(out, prefix, 500000 + ((int64) seq[prefix]++ * 7919) % 500000, g->seed);
	}
	pfree(seq);
}

/*
 * Partners of pair defects (_pg_pair): a duplicate_id person takes the id
 * of a clean person of the same prefix, a shared_biometric one the hash of
 * a clean person aged 14 or more.
 */
static void
gen_pairs(GenPopulation *g)
{
	int64		n = g->n,
				i;
	int32	   *cnt = gen_alloc0(1000001, sizeof(int32));
	int64	   *off = gen_alloc0(1000001, sizeof(int64));
	int32	   *fill = gen_alloc0(1000000, sizeof(int32));
	int32	   *dseq = gen_alloc0(1000000, sizeof(int32));
	int64	   *cl;
	int64	   *bio;
	int64		nbio = 0,
				bi = 0;

#define PAIR_CLEAN(p) ((p)->pdef == PD_NONE && (p)->hdef == HD_NONE && !(p)->natural_death)
	for (i = 0; i < n; i++)
		if (PAIR_CLEAN(&g->p[i]))
			cnt[g->p[i].prefix6]++;
	for (i = 0; i < 1000000; i++)
		off[i + 1] = off[i] + cnt[i];
	cl = gen_alloc0(off[1000000], sizeof(int64));
	for (i = 0; i < n; i++)
		if (PAIR_CLEAN(&g->p[i]))
			cl[off[g->p[i].prefix6] + fill[g->p[i].prefix6]++] = i;
	for (i = 0; i < n; i++)
	{
		GenPerson  *p = &g->p[i];
		int			x = p->prefix6;

		p->dup_other = -1;
		p->bio_other = -1;
		if (p->pdef != PD_DUP)
			continue;
		if (cnt[x] > 0)
			p->dup_other = cl[off[x] + dseq[x] % cnt[x]] + 1;
		dseq[x]++;
	}

	for (i = 0; i < n; i++)
		if (g->p[i].pdef == PD_NONE && g->p[i].hdef == HD_NONE && g->p[i].age >= 14)
			nbio++;
	bio = gen_alloc0(nbio, sizeof(int64));
	for (i = 0; i < n; i++)
		if (g->p[i].pdef == PD_NONE && g->p[i].hdef == HD_NONE && g->p[i].age >= 14)
			bio[bi++] = i;
	bi = 0;
	for (i = 0; i < n; i++)
	{
		if (g->p[i].pdef != PD_BIO)
			continue;
		bi++;
		if (nbio > 0)
			g->p[i].bio_other = bio[(gen_hash8(bi, g->seed) & 2147483647) % (uint64) nbio] + 1;
	}
	pfree(cnt);
	pfree(off);
	pfree(fill);
	pfree(dseq);
	pfree(cl);
	pfree(bio);
}

/*
 * 9-digit CMNDs (_pg_leg) of adults born before 2000: the home province's
 * prefix (10% an older one of another province), unique per prefix through
 * a bijection, the older ones in the upper half.
 */
static void
gen_legacy(GenPopulation *g)
{
	int64		i;
	int64	   *seq = gen_alloc0(g->ncmnd * 2, sizeof(int64));

	for (i = 0; i < g->n; i++)
	{
		GenPerson  *p = &g->p[i];
		int			old;

		if (!(p->age >= 14 && p->y <= 1999))
			continue;
		for (old = 0; old <= 1; old++)
		{
			int			j;
			const char *prefix;
			int			len;
			int64		tail,
						space,
						v;

			if (old == 0)
				j = g->cmnd_of[p->home];
			else if (U(i + 1, 50) < 0.1)
				j = g->cmnd_of[(int) floor(U(i + 1, 51) * g->nprovs)];
			else
				continue;
			prefix = g->cmnd_prefix[j];
			len = (int) strlen(prefix);
			for (tail = 1, v = 0; v < 8 - len; v++)
				tail *= 10;
			space = (int64) strlen(g->cmnd_allowed[j]) * tail;
			v = gen_mod((seq[j * 2 + old]++ + (old ? space / 2 : 0)) * 7919 + g->seed, space);
			snprintf(old ? p->legacy_old : p->legacy_id, 10, "%s%c%0*lld", prefix,
					 g->cmnd_allowed[j][v / tail], 8 - len, (long long) (v % tail));
		}
	}
	pfree(seq);
}

/* The final person rows (_pg_final): ids, deaths, relations, biometrics. */
static void
gen_final(GenPopulation *g)
{
	int64		i;

	for (i = 0; i < g->n; i++)
	{
		GenPerson  *p = &g->p[i];
		int64		pk = i + 1;
		bool		dead_head = p->hdef == HD_DEAD_HEAD && p->pos == 1;
		bool		removed = p->pdef == PD_DEAD_SIM || p->pdef == PD_DEAD_INS || p->natural_death;

		if (p->pdef == PD_LEGACY)
			p->personal_id[0] = '\0';
		else if (p->pdef == PD_DUP && p->dup_other > 0)
			strcpy(p->personal_id, g->p[p->dup_other - 1].base_id);
		else if (p->pdef == PD_YEAR || p->pdef == PD_SEX || p->pdef == PD_PROV)
			strcpy(p->personal_id, p->fresh_id);
		else
			strcpy(p->personal_id, p->base_id);
		p->resident = !(dead_head || removed);
		p->dead = dead_head || removed || p->pdef == PD_DEAD_RES;
		p->has_death = p->dead;
		if (p->dead)
			p->death_date = Max(p->bd + 1, g->as_of - 1 - (int) floor(U(pk, 26) * 1000));
		p->household_id = removed ? -1 : p->h;
		p->relation0 = p->relation;
		if (p->hdef != HD_NONE && p->pos == p->hmember)
		{
			switch (p->hdef)
			{
				case HD_TWO_HEADS:
					p->relation0 = "chủ hộ";
					break;
				case HD_NO_HEAD:
					p->relation0 = U(pk, 52) < 0.5 ? NULL : "khác";
					break;
				case HD_GENDER:
					p->relation0 = p->sex == 'M' ? "vợ" : "chồng";
					break;
				case HD_PARENT_YOUNGER:
					p->relation0 = p->sex == 'M' ? "cha" : "mẹ";
					break;
				case HD_CHILD_OLDER:
					p->relation0 = "con";
					break;
				case HD_TWO_SPOUSES:
					p->relation0 = p->sex == 'M' ? "chồng" : "vợ";
					break;
			}
		}
		p->biometric[0] = '\0';
		if (p->age >= 14 || p->pdef == PD_BIO)
		{
			int64		whose = p->pdef == PD_BIO ? p->bio_other : pk;
			const char *err = NULL;

			if (whose > 0)
			{
				char		buf[64];

				snprintf(buf, sizeof(buf), "%lld:%lld", (long long) g->seed, (long long) whose);
				if (!pg_md5_hash(buf, strlen(buf), p->biometric, &err))
					elog(ERROR, "sample generator: md5 failed: %s", err ? err : "");
			}
		}
		if (p->pdef == PD_SIM_MANY)
			p->n_sims = 5 + (int) floor(U(pk, 53) * 4);
		else if (p->pdef == PD_DUP)
			p->n_sims = 0;
	}

	/* the second registrations: a household of their own elsewhere */
	for (i = 0; i < g->ncopies; i++)
	{
		GenCopy    *c = &g->copies[i];
		GenPerson  *q = &g->p[c->copy_pk - 1];

		q->h = g->nhouseholds + c->copy_pk - g->n;
		q->pos = 1;
		q->has_ins = false;
		q->pdef = PD_NONE;
		q->hdef = HD_NONE;
		q->natural_death = false;
		strcpy(q->base_id, g->p[c->pk - 1].base_id);
		if (c->typo)
		{
			int			at = 6 + (int) floor(U(c->copy_pk, 60) * 6);

			strcpy(q->personal_id, q->base_id);
			q->personal_id[at] = '0' + (q->base_id[at] - '0' + 1 + (int) floor(U(c->copy_pk, 61) * 9)) % 10;
		}
		else
			strcpy(q->personal_id, q->fresh_id);
		q->legacy_id[0] = q->legacy_old[0] = '\0';
		q->resident = true;
		q->dead = q->has_death = false;
		q->household_id = q->h;
		q->relation0 = "chủ hộ";
		q->biometric[0] = '\0';
		q->n_sims = 0;
		q->dup_other = q->bio_other = -1;
		q->sim_fresh_id[0] = '\0';
	}
}

typedef struct GenIdKey
{
	uint64		id;
	int64		pk;
} GenIdKey;

static int
gen_cmp_idkey(const void *a, const void *b)
{
	const GenIdKey *x = a,
			   *y = b;

	if (x->id != y->id)
		return x->id < y->id ? -1 : 1;
	return x->pk < y->pk ? -1 : x->pk > y->pk ? 1 : 0;
}

/*
 * The ids of the rows, sorted: those that never change (typo false) or
 * those of the mistyped copies (typo true), which the re-rolls change.
 */
static int64
gen_collect_ids(GenPopulation *g, GenIdKey *keys, bool typo)
{
	int64		i,
				k = 0;

	for (i = 0; i < g->nrows; i++)
	{
		bool		is_typo = i >= g->n && g->copies[i - g->n].typo;

		if (g->p[i].personal_id[0] && is_typo == typo)
		{
			keys[k].id = strtoull(g->p[i].personal_id, NULL, 10);
			keys[k].pk = i + 1;
			k++;
		}
	}
	qsort(keys, k, sizeof(GenIdKey), gen_cmp_idkey);
	return k;
}

static int64
gen_count_id(GenIdKey *keys, int64 nkeys, uint64 id)
{
	int64		lo = 0,
				hi = nkeys,
				c = 0;

	while (lo < hi)
	{
		int64		mid = lo + (hi - lo) / 2;

		if (keys[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	while (lo + c < nkeys && keys[lo + c].id == id)
		c++;
	return c;
}

/*
 * A mistyped digit that lands on an id in use (another person's, or the
 * unknown id of a SIM) would be a second, unintended defect: re-roll it
 * (other salts), at most 50 rounds, each judged on the ids before it.
 * Then the ids shared by accident all the same (a round limit reached):
 * the ground truth records them.  The ids that do not change are sorted
 * once; only the few mistyped ones again after each round.
 */
static void
gen_typos_and_accidents(GenPopulation *g)
{
	GenIdKey   *fixed = gen_alloc0(g->nrows, sizeof(GenIdKey));
	GenIdKey   *typos = gen_alloc0(g->ncopies, sizeof(GenIdKey));
	GenIdKey   *keys;
	int64	   *sims = gen_alloc0(g->n, sizeof(int64));
	int64	   *redo = gen_alloc0(g->ncopies, sizeof(int64));
	int64		nfixed,
				ntypos,
				nkeys,
				nsims = 0,
				i,
				a,
				b;
	int			tries;
	bool	   *known;

	for (i = 0; i < g->n; i++)
		if (g->p[i].sim_fresh_id[0])
			sims[nsims++] = (int64) strtoull(g->p[i].sim_fresh_id, NULL, 10);
	qsort(sims, nsims, sizeof(int64), gen_cmp_int64);
	nfixed = gen_collect_ids(g, fixed, false);
	ntypos = gen_collect_ids(g, typos, true);
	for (tries = 1; tries <= 50; tries++)
	{
		int64		nredo = 0;

		for (i = 0; i < g->ncopies; i++)
		{
			GenPerson  *q = &g->p[g->copies[i].copy_pk - 1];
			int64		id;

			if (!g->copies[i].typo)
				continue;
			id = (int64) strtoull(q->personal_id, NULL, 10);
			if (gen_count_id(fixed, nfixed, (uint64) id) + gen_count_id(typos, ntypos, (uint64) id) > 1 ||
				bsearch(&id, sims, nsims, sizeof(int64), gen_cmp_int64))
				redo[nredo++] = i;
		}
		if (nredo == 0)
			break;
		for (i = 0; i < nredo; i++)
		{
			GenCopy    *c = &g->copies[redo[i]];
			GenPerson  *q = &g->p[c->copy_pk - 1];
			int			at = 6 + (int) floor(U(c->copy_pk, 60 + 2 * tries) * 6);

			strcpy(q->personal_id, q->base_id);
			q->personal_id[at] = '0' + (q->base_id[at] - '0' + 1 +
										(int) floor(U(c->copy_pk, 61 + 2 * tries) * 9)) % 10;
		}
		ntypos = gen_collect_ids(g, typos, true);
	}

	/* all the ids in order: the two sorted lists merged */
	nkeys = nfixed + ntypos;
	keys = gen_alloc0(nkeys, sizeof(GenIdKey));
	for (i = 0, a = 0, b = 0; i < nkeys; i++)
	{
		if (b >= ntypos || (a < nfixed && gen_cmp_idkey(&fixed[a], &typos[b]) < 0))
			keys[i] = fixed[a++];
		else
			keys[i] = typos[b++];
	}
	pfree(fixed);
	pfree(typos);

	/* persons of the recorded duplicate_id pairs */
	known = gen_alloc0(g->nrows + 1, sizeof(bool));
	for (i = 0; i < g->n; i++)
		if (g->p[i].pdef == PD_DUP && g->p[i].dup_other > 0)
		{
			known[i + 1] = true;
			known[g->p[i].dup_other] = true;
		}
	g->accidents = gen_alloc0(Max(nkeys, 1), sizeof(GenAccident));
	g->naccidents = 0;
	for (i = 0; i < nkeys;)
	{
		int64		j = i,
					k;
		bool		unknown = false;

		while (j < nkeys && keys[j].id == keys[i].id)
		{
			unknown |= !known[keys[j].pk];
			j++;
		}
		if (j - i > 1 && unknown)
			for (k = i + 1; k < j; k++)
			{
				GenAccident *acc = &g->accidents[g->naccidents++];

				acc->pk = keys[i].pk;
				acc->other = keys[k].pk;
				strcpy(acc->id, g->p[keys[i].pk - 1].personal_id);
			}
		i = j;
	}
	pfree(keys);
	pfree(sims);
	pfree(redo);
	pfree(known);
}

static void
gen_reset_callback(void *arg)
{
	gen_cached = NULL;
	gen_context = NULL;
}

/*
 * The population of these arguments, built once per transaction.
 */
static GenPopulation *
sample_population(FunctionCallInfo fcinfo)
{
	int64		seed,
				n;
	double		rate;
	DateADT		as_of;
	GenPopulation *g;
	MemoryContextCallback *cb;
	int			i;

	for (i = 0; i < 4; i++)
		if (PG_ARGISNULL(i))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("arguments of the sample row functions must not be null"),
					 errdetail("Argument %d is NULL.", i + 1),
					 errhint("Pass a seed, a number of persons, a defect rate and a date.")));
	seed = PG_GETARG_INT64(0);
	n = PG_GETARG_INT64(1);
	rate = PG_GETARG_FLOAT8(2);
	as_of = PG_GETARG_DATEADT(3);
	if (n < 1 || n > GEN_MAX_PERSONS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("persons must be between 1 and 100000000"),
				 errdetail("It is %s.", psprintf(INT64_FORMAT, n)),
				 errhint("Pass a number of persons from 1 to 100000000.")));
	if (!(rate >= 0 && rate <= 0.05))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("defect_rate must be between 0 and 0.05"),
				 errdetail("It is %s.", psprintf("%g", rate)),
				 errhint("Use at most 0.05.")));
	if (DATE_NOT_FINITE(as_of) || as_of < gen_date(1900, 1, 1) || as_of > gen_date(2200, 12, 31))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("as_of must be a date from 1900-01-01 to 2200-12-31"),
				 errdetail("It is %s.", DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(as_of)))),
				 errhint("Pass the \"today\" of the population, such as 2025-07-01.")));

	if (gen_cached && gen_cached->seed == seed && gen_cached->n_arg == n &&
		gen_cached->rate == rate && gen_cached->as_of == as_of)
		return gen_cached;
	if (gen_context)
		MemoryContextDelete(gen_context);	/* resets gen_cached */

	gen_context = AllocSetContextCreate(TopTransactionContext, "sample population",
										ALLOCSET_DEFAULT_SIZES);
	cb = MemoryContextAlloc(gen_context, sizeof(MemoryContextCallback));
	cb->func = gen_reset_callback;
	cb->arg = NULL;
	MemoryContextRegisterResetCallback(gen_context, cb);

	g = gen_alloc0(1, sizeof(GenPopulation));
	g->seed = seed;
	g->n = n;
	g->n_arg = n;
	g->rate = rate;
	g->as_of = as_of;
	gen_load_reference(g);
	gen_members(g);
	gen_namesakes(g);
	gen_twins(g);
	gen_household_defects(g);
	gen_persons(g);
	gen_copies(g);
	gen_fresh_ids(g);
	gen_pairs(g);
	gen_legacy(g);
	gen_final(g);
	gen_typos_and_accidents(g);
	gen_cached = g;
	return g;
}

/*
 * sample_ascii in C: the same translate() table (10_data.sql), so the same
 * result, without a SQL function call per SIM.
 */
static const char gen_ascii_from[] = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";
static const char gen_ascii_to[] = "AAAAEEEIIOOOOUUYaaaaeeeiioooouuyAaDdIiUuOoUuAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy";
static char gen_ascii_map[0x2000];

static void
gen_init_ascii(void)
{
	const unsigned char *f = (const unsigned char *) gen_ascii_from;
	int			i = 0;

	if (gen_ascii_map['A'])
		return;
	while (*f)
	{
		pg_wchar	c = utf8_to_unicode(f);

		if (c < lengthof(gen_ascii_map) && gen_ascii_to[i])
			gen_ascii_map[c] = gen_ascii_to[i];
		i++;
		f += pg_utf_mblen(f);
	}
	gen_ascii_map['A'] = 'A';
}

/*
 * upper(ascii(name)) as sample_upper(sample_ascii(name)) gives it, into
 * buf; false when the name keeps a letter outside the table (the caller
 * then calls the SQL functions).
 */
static bool
gen_upper_ascii(GenPopulation *g, const char *s, StringInfo buf)
{
	const unsigned char *p = (const unsigned char *) s;

	if (!g->ascii_upper_plain)
		return false;
	resetStringInfo(buf);
	while (*p)
	{
		if (*p < 0x80)
		{
			appendStringInfoChar(buf, (*p >= 'a' && *p <= 'z') ? *p - 'a' + 'A' : *p);
			p++;
		}
		else
		{
			pg_wchar	c = utf8_to_unicode(p);

			if (c >= lengthof(gen_ascii_map) || !gen_ascii_map[c])
				return false;
			appendStringInfoChar(buf, pg_ascii_toupper(gen_ascii_map[c]));
			p += pg_utf_mblen(p);
		}
	}
	return true;
}

/* regexp_replace(name, '\S+$', ascii(given) = 'Binh' ? 'Khang' : 'Bình') */
static char *
gen_other_given(GenPopulation *g, GenPerson *p)
{
	char	   *a = gen_call_text(&g->ascii_fn, GIVEN(g, p), NULL);
	const char *last = strrchr(p->full_name, ' ');
	int			keep = last ? (int) (last - p->full_name) + 1 : 0;

	return psprintf("%.*s%s", keep, p->full_name,
					a && strcmp(a, "Binh") == 0 ? "Khang" : "Bình");
}

/* The relation with its casing noise (sample_upper, sample_ascii). */
typedef struct GenRelForms
{
	const char *rel;
	char	   *upper;
	char	   *capital;
	char	   *ascii;
} GenRelForms;

static const char *
gen_relation(GenPopulation *g, const char *rel, int64 pk, GenRelForms *forms, int *nforms)
{
	double		u;
	int			i;
	GenRelForms *f = NULL;

	if (rel == NULL)
		return NULL;
	u = U(pk, 54);
	if (u >= 0.14)
		return rel;
	for (i = 0; i < *nforms; i++)
		if (strcmp(forms[i].rel, rel) == 0)
			f = &forms[i];
	if (f == NULL)
	{
		int			len = pg_utf_mblen((const unsigned char *) rel);
		char	   *first = pnstrdup(rel, len);
		char	   *ufirst;

		if (*nforms >= 32)
			elog(ERROR, "sample generator: too many relation terms");
		f = &forms[(*nforms)++];
		f->rel = rel;
		f->upper = gen_call_text(&g->upper_fn, rel, NULL);
		ufirst = gen_call_text(&g->upper_fn, first, NULL);
		f->capital = psprintf("%s%s", ufirst ? ufirst : "", rel + len);
		f->ascii = gen_call_text(&g->ascii_fn, rel, NULL);
	}
	return u < 0.08 ? f->upper : u < 0.12 ? f->capital : f->ascii;
}

/* Output helpers: a tuplestore and a per-row memory context. */
typedef struct GenOut
{
	ReturnSetInfo *rsinfo;
	MemoryContext rowcxt;
	Datum		v[16];
	bool		nulls[16];
	int			ncols;
} GenOut;

static void
gen_out_begin(FunctionCallInfo fcinfo, GenOut *o)
{
	InitMaterializedSRF(fcinfo, 0);
	o->rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	o->ncols = o->rsinfo->setDesc->natts;
	if (o->ncols > 16)
		elog(ERROR, "sample generator: too many columns");
	o->rowcxt = AllocSetContextCreate(CurrentMemoryContext, "sample rows",
									  ALLOCSET_DEFAULT_SIZES);
}

static inline void
gen_set_text(GenOut *o, int i, const char *s)
{
	o->nulls[i] = (s == NULL || (s[0] == '\0'));
	o->v[i] = o->nulls[i] ? (Datum) 0 : CStringGetTextDatum(s);
}

static inline void
gen_set_int8(GenOut *o, int i, int64 x, bool isnull)
{
	o->nulls[i] = isnull;
	o->v[i] = Int64GetDatum(x);
}

static inline void
gen_set_date(GenOut *o, int i, DateADT d, bool isnull)
{
	o->nulls[i] = isnull;
	o->v[i] = DateADTGetDatum(d);
}

static inline void
gen_set_bool(GenOut *o, int i, bool b)
{
	o->nulls[i] = false;
	o->v[i] = BoolGetDatum(b);
}

static inline void
gen_out_row(GenOut *o)
{
	tuplestore_putvalues(o->rsinfo->setResult, o->rsinfo->setDesc, o->v, o->nulls);
	MemoryContextReset(o->rowcxt);
}

static const char *
gen_prec_text(char prec)
{
	return prec == 'y' ? "year" : prec == 'm' ? "month" : "day";
}

static const char *
gen_sex_text(char sex)
{
	return sex == 'M' ? "M" : "F";
}

PG_FUNCTION_INFO_V1(sample_rows_persons);

/* The rows of <schema>.persons, in person_key order. */
Datum
sample_rows_persons(PG_FUNCTION_ARGS)
{
	GenPopulation *g = sample_population(fcinfo);
	GenOut		o;
	GenRelForms forms[32];
	int			nforms = 0;
	int64		i;
	MemoryContext old;

	gen_out_begin(fcinfo, &o);
	for (i = 0; i < g->nrows; i++)
	{
		GenPerson  *p = &g->p[i];
		int64		pk = i + 1;

		if (i % 65536 == 0)
			CHECK_FOR_INTERRUPTS();
		{
			const char *rel = gen_relation(g, p->relation0, pk, forms, &nforms);

			old = MemoryContextSwitchTo(o.rowcxt);
			gen_set_int8(&o, 0, pk, false);
			gen_set_text(&o, 1, p->personal_id);
			gen_set_text(&o, 2, p->legacy_id);
			gen_set_text(&o, 3, p->full_name);
			gen_set_date(&o, 4, p->bd, false);
			gen_set_text(&o, 5, gen_prec_text(p->prec));
			gen_set_text(&o, 6, gen_sex_text(p->sex));
			gen_set_text(&o, 7, g->provs[p->bprov]);
			gen_set_int8(&o, 8, p->household_id, p->household_id < 0);
			gen_set_text(&o, 9, rel);
			gen_set_text(&o, 10, g->communes[p->commune].code);
			gen_set_bool(&o, 11, p->resident);
			gen_set_date(&o, 12, p->death_date, !p->has_death);
			gen_set_text(&o, 13, p->biometric);
			MemoryContextSwitchTo(old);
		}
		gen_out_row(&o);
	}
	return (Datum) 0;
}

/* card_expiry_date of population_rules, for a card issued that day */
static bool
gen_card_expiry(DateADT bd, DateADT issue, DateADT *expiry)
{
	static const int before[4] = {12, 23, 38, 58};
	static const int at[4] = {14, 25, 40, 60};
	int			i;

	for (i = 0; i < 4; i++)
		if (gen_add_years(bd, before[i]) > issue)
		{
			*expiry = gen_add_years(bd, at[i]);
			return true;
		}
	return false;
}

PG_FUNCTION_INFO_V1(sample_rows_id_documents);

/* The rows of <schema>.id_documents: old CMNDs, then the card. */
Datum
sample_rows_id_documents(PG_FUNCTION_ARGS)
{
	GenPopulation *g = sample_population(fcinfo);
	GenOut		o;
	int64		i;
	DateADT		d2016 = gen_date(2016, 1, 1),
				d2024 = gen_date(2024, 7, 1);

	gen_out_begin(fcinfo, &o);
	for (i = 0; i < g->nrows; i++)
	{
		GenPerson  *p = &g->p[i];
		int64		pk = i + 1;
		MemoryContext old;
		int			ra;

		if (i % 65536 == 0)
			CHECK_FOR_INTERRUPTS();
		old = MemoryContextSwitchTo(o.rowcxt);
		if (p->legacy_old[0])
		{
			gen_set_int8(&o, 0, pk, false);
			gen_set_text(&o, 1, p->legacy_old);
			gen_set_text(&o, 2, "cmnd9");
			gen_set_date(&o, 3, gen_add_years(p->bd, 16 + (int) floor(U(pk, 70) * 3)), false);
			gen_set_date(&o, 4, 0, true);
			gen_set_text(&o, 5, "superseded");
			gen_set_text(&o, 6, p->legacy_id);
			gen_out_row(&o);
		}
		if (p->legacy_id[0])
		{
			bool		kept = p->pdef == PD_LEGACY || p->pdef == PD_NOCARD;

			gen_set_int8(&o, 0, pk, false);
			gen_set_text(&o, 1, p->legacy_id);
			gen_set_text(&o, 2, "cmnd9");
			gen_set_date(&o, 3, gen_add_years(p->bd, (p->legacy_old[0] ? 20 : 16) +
											  (int) floor(U(pk, 71) * 3)), false);
			gen_set_date(&o, 4, 0, true);
			gen_set_text(&o, 5, p->pdef == PD_LEGACY ? "active" :
						 p->pdef == PD_NOCARD ? "expired" : "superseded");
			gen_set_text(&o, 6, kept ? NULL : p->personal_id);
			gen_out_row(&o);
		}
		ra = gen_age(g->as_of, p->bd);
		if (ra >= 14 && p->personal_id[0] && p->pdef != PD_NOCARD)
		{
			DateADT		issue,
						expiry = 0;
			bool		has_expiry;

			if (p->pdef == PD_OVERDUE)
			{
				DateADT		lo_over = Max(gen_add_years(p->bd, p->prev_milestone ? p->prev_milestone : 14), d2016);
				DateADT		hi_over = gen_add_years(p->bd, p->milestone - 2);

				issue = lo_over + (int) floor(U(pk, 72) * (hi_over - lo_over));
			}
			else
			{
				DateADT		lo = Max(gen_add_years(p->bd, ra >= 60 ? 60 : ra >= 40 ? 40 : ra >= 25 ? 25 : 14), d2016);

				issue = lo + (int) floor(U(pk, 72) * (g->as_of - lo + 1));
			}
			has_expiry = gen_card_expiry(p->bd, issue, &expiry);
			gen_set_int8(&o, 0, pk, false);
			gen_set_text(&o, 1, p->personal_id);
			gen_set_text(&o, 2, issue >= d2024 ? "cancuoc" : "cccd");
			gen_set_date(&o, 3, issue, false);
			gen_set_date(&o, 4, expiry, !has_expiry);
			gen_set_text(&o, 5, "active");
			gen_set_text(&o, 6, NULL);
			gen_out_row(&o);
		}
		MemoryContextSwitchTo(old);
	}
	return (Datum) 0;
}

/* A row of a table emitted in the order of its primary key. */
typedef struct GenKeyed
{
	int64		key;			/* the key's digits as a number */
	int64		i;				/* person index */
	int64		j;				/* SIM: number of the SIM overall */
	int32		s;				/* SIM: number of the SIM of the person */
} GenKeyed;

static int
gen_cmp_keyed(const void *a, const void *b)
{
	return gen_cmp_int64(&((const GenKeyed *) a)->key, &((const GenKeyed *) b)->key);
}

PG_FUNCTION_INFO_V1(sample_rows_sim_subscriptions);

/*
 * The rows of <schema>.sim_subscriptions: unique numbers, telecom names.
 * Emitted in phone-number order (ten digits: the text order under any
 * collation), so that the primary key is built from sorted input.
 */
Datum
sample_rows_sim_subscriptions(PG_FUNCTION_ARGS)
{
	GenPopulation *g = sample_population(fcinfo);
	GenOut		o;
	int64		i,
				j = 0,
				k,
				nsims = 0;
	StringInfoData buf;
	char		phone[16];
	GenKeyed   *rows;

	gen_out_begin(fcinfo, &o);
	initStringInfo(&buf);
	gen_init_ascii();
	{
		char	   *u = gen_call_text(&g->upper_fn, "abcdefghijklmnopqrstuvwxyz", NULL);

		g->ascii_upper_plain = u && strcmp(u, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == 0;
	}
	for (i = 0; i < g->nrows; i++)
		nsims += g->p[i].n_sims;
	rows = gen_alloc0(nsims, sizeof(GenKeyed));
	for (i = 0; i < g->nrows; i++)
	{
		int			s;

		for (s = 1; s <= g->p[i].n_sims; s++, j++)
		{
			rows[j].key = atoi(sim_prefix[j % 33][0]) * INT64CONST(10000000) +
				gen_mod((j / 33) * 1000003 + g->seed, 10000000);
			rows[j].i = i;
			rows[j].j = j;
			rows[j].s = s;
		}
	}
	qsort(rows, nsims, sizeof(GenKeyed), gen_cmp_keyed);
	for (k = 0; k < nsims; k++)
	{
		GenPerson  *p = &g->p[rows[k].i];
		int64		pk = rows[k].i + 1;
		int			s = rows[k].s;
		MemoryContext old;
		const char *name;

		j = rows[k].j;
		if (k % 65536 == 0)
			CHECK_FOR_INTERRUPTS();
		old = MemoryContextSwitchTo(o.rowcxt);
		snprintf(phone, sizeof(phone), "%010lld", (long long) rows[k].key);
		gen_set_text(&o, 0, phone);
		if (p->pdef == PD_SIM_UNK && s == 1)
			gen_set_text(&o, 1, p->sim_fresh_id);
		else
			gen_set_text(&o, 1, p->personal_id[0] ? p->personal_id : p->legacy_id);
		if (p->pdef == PD_SIM_NAME && s == 1)
			name = gen_other_given(g, p);
		else if (U(j, 80) < 0.3)
		{
			if (gen_upper_ascii(g, p->full_name, &buf))
				name = buf.data;
			else
			{
				char	   *a = gen_call_text(&g->ascii_fn, p->full_name, NULL);

				name = gen_call_text(&g->upper_fn, a, NULL);
			}
		}
		else
			name = p->full_name;
		gen_set_text(&o, 2, name);
		gen_set_date(&o, 3, (p->pdef == PD_SIM_BD && s == 1)
					 ? p->bd + 1 + (int) floor(U(pk, 81) * 700) : p->bd, false);
		gen_set_text(&o, 4, sim_prefix[j % 33][1]);
		gen_set_bool(&o, 5, p->dead ? (p->pdef == PD_DEAD_SIM && s == 1)
					 : (U(j, 82) < 0.92 || p->pdef != PD_NONE));
		MemoryContextSwitchTo(old);
		gen_out_row(&o);
	}
	pfree(rows);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(sample_rows_insurance_records);

/*
 * The rows of <schema>.insurance_records: 90% of the base population, in
 * insurance-code order (ten digits), like the SIMs.
 */
Datum
sample_rows_insurance_records(PG_FUNCTION_ARGS)
{
	GenPopulation *g = sample_population(fcinfo);
	GenOut		o;
	int64		i,
				k,
				nrows = 0;
	char		code[32];
	GenKeyed   *rows;

	gen_out_begin(fcinfo, &o);
	rows = gen_alloc0(g->nrows, sizeof(GenKeyed));
	for (i = 0; i < g->nrows; i++)
		if (g->p[i].has_ins)
		{
			const char *gso = g->communes[g->p[i].commune].gso;

			if (strlen(gso) != 2 || strspn(gso, "0123456789") != 2)
				elog(ERROR, "sample generator: bad province GSO code \"%s\"", gso);
			rows[nrows].key = atoi(gso) * INT64CONST(100000000) +
				gen_mod((i + 1) * 1000003 + g->seed, 100000000);
			rows[nrows].i = i;
			nrows++;
		}
	qsort(rows, nrows, sizeof(GenKeyed), gen_cmp_keyed);
	for (k = 0; k < nrows; k++)
	{
		GenPerson  *p = &g->p[rows[k].i];
		int64		pk = rows[k].i + 1;
		MemoryContext old;

		if (k % 65536 == 0)
			CHECK_FOR_INTERRUPTS();
		old = MemoryContextSwitchTo(o.rowcxt);
		snprintf(code, sizeof(code), "%010lld", (long long) rows[k].key);
		gen_set_text(&o, 0, code);
		gen_set_text(&o, 1, p->personal_id);
		gen_set_text(&o, 2, p->pdef == PD_INS_NAME ? gen_other_given(g, p) : p->full_name);
		gen_set_date(&o, 3, p->pdef == PD_INS_BD
					 ? p->bd - 1 - (int) floor(U(pk, 90) * 700) : p->bd, false);
		gen_set_text(&o, 4, p->pdef == PD_INS_SEX ? (p->sex == 'M' ? "F" : "M") : gen_sex_text(p->sex));
		gen_set_bool(&o, 5, !p->dead || p->pdef == PD_DEAD_INS);
		MemoryContextSwitchTo(old);
		gen_out_row(&o);
	}
	pfree(rows);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(sample_rows_civil_events);

/* The rows of <schema>.civil_events: births since 2016, every death. */
Datum
sample_rows_civil_events(PG_FUNCTION_ARGS)
{
	GenPopulation *g = sample_population(fcinfo);
	GenOut		o;
	int64		i;
	DateADT		d2016 = gen_date(2016, 1, 1);

	gen_out_begin(fcinfo, &o);
	for (i = 0; i < g->nrows; i++)
	{
		GenPerson  *p = &g->p[i];
		MemoryContext old;

		if (i % 65536 == 0)
			CHECK_FOR_INTERRUPTS();
		old = MemoryContextSwitchTo(o.rowcxt);
		if (p->bd >= d2016 && i + 1 <= g->n_arg)
		{
			gen_set_text(&o, 0, "birth");
			gen_set_text(&o, 1, p->personal_id);
			gen_set_text(&o, 2, p->full_name);
			gen_set_date(&o, 3, p->bd, false);
			gen_set_date(&o, 4, p->bd, false);
			gen_set_text(&o, 5, g->communes[p->commune].code);
			gen_out_row(&o);
		}
		if (p->dead)
		{
			gen_set_text(&o, 0, "death");
			gen_set_text(&o, 1, p->personal_id[0] ? p->personal_id : p->legacy_id);
			gen_set_text(&o, 2, p->full_name);
			gen_set_date(&o, 3, p->bd, false);
			gen_set_date(&o, 4, p->death_date, false);
			gen_set_text(&o, 5, g->communes[p->commune].code);
			gen_out_row(&o);
		}
		MemoryContextSwitchTo(old);
	}
	return (Datum) 0;
}

static void
gen_truth_row(GenOut *o, const char *defect, int64 pk, int64 other, int64 h,
			  const char *detail, bool accidental)
{
	MemoryContext old = MemoryContextSwitchTo(o->rowcxt);

	gen_set_text(o, 0, defect);
	gen_set_int8(o, 1, pk, false);
	gen_set_int8(o, 2, other, other < 0);
	gen_set_int8(o, 3, h, h < 0);
	gen_set_text(o, 4, detail);
	gen_set_bool(o, 5, accidental);
	MemoryContextSwitchTo(old);
	gen_out_row(o);
}

PG_FUNCTION_INFO_V1(sample_rows_ground_truth);

/*
 * The rows of <schema>.ground_truth; "accidental" marks the ids shared by
 * a re-rolled typo's bad luck, which the SQL generator appended last.
 */
Datum
sample_rows_ground_truth(PG_FUNCTION_ARGS)
{
	GenPopulation *g = sample_population(fcinfo);
	GenOut		o;
	int64		i;
	char		detail[128];

	gen_out_begin(fcinfo, &o);
	for (i = 0; i < g->n; i++)
	{
		GenPerson  *p = &g->p[i];
		int64		other = -1;
		const char *d = NULL;

		if (p->pdef == PD_NONE || p->pdef == PD_TWICE)
			continue;
		if (p->pdef == PD_DUP || p->pdef == PD_BIO)
		{
			other = p->pdef == PD_DUP ? p->dup_other : p->bio_other;
			if (other < 0)
				continue;
		}
		switch (p->pdef)
		{
			case PD_DUP:
				snprintf(detail, sizeof(detail), "id %s", p->personal_id);
				d = detail;
				break;
			case PD_YEAR:
				{
					int			y,
								m,
								dd;

					gen_ymd(p->bd, &y, &m, &dd);
					snprintf(detail, sizeof(detail), "id %s, born %04d-%02d-%02d",
							 p->personal_id, y, m, dd);
					d = detail;
				}
				break;
			case PD_SEX:
				snprintf(detail, sizeof(detail), "id %s, sex %c", p->personal_id, p->sex);
				d = detail;
				break;
			case PD_PROV:
				snprintf(detail, sizeof(detail), "id %s, birth province %s%s",
						 p->personal_id, g->provs[p->bprov],
						 g->known_code[(p->personal_id[0] - '0') * 100 + (p->personal_id[1] - '0') * 10 +
									   (p->personal_id[2] - '0')] ? "" : " (unknown code)");
				d = detail;
				break;
			case PD_SIM_UNK:
				snprintf(detail, sizeof(detail), "id %s", p->sim_fresh_id);
				d = detail;
				break;
			case PD_SIM_MANY:
				snprintf(detail, sizeof(detail), "%d SIMs", p->n_sims);
				d = detail;
				break;
		}
		gen_truth_row(&o, pdefect_name[p->pdef], i + 1, other, p->household_id, d, false);
	}
	for (i = 0; i < g->ncopies; i++)
		gen_truth_row(&o, "same_person_twice", g->copies[i].pk, g->copies[i].copy_pk, -1,
					  g->copies[i].variant, false);
	for (i = 0; i < g->nnamesakes; i++)
		gen_truth_row(&o, "namesake", g->namesakes[i].pk, g->namesakes[i].other, -1,
					  g->namesakes[i].same_province ? "same province" : "other province", false);
	for (i = 0; i < g->ntwins; i++)
		gen_truth_row(&o, "twins", g->twins[i].pk, g->twins[i].other, g->twins[i].h, NULL, false);
	for (i = 0; i < g->nhdefects; i++)
	{
		GenHouseDefect *h = &g->hdefects[i];

		gen_truth_row(&o, hdefect_name[h->defect], h->head_pk,
					  h->member_pk == h->head_pk ? -1 : h->member_pk, h->h, NULL, false);
	}
	for (i = 0; i < g->naccidents; i++)
	{
		snprintf(detail, sizeof(detail), "accidental: id %s", g->accidents[i].id);
		gen_truth_row(&o, "duplicate_id", g->accidents[i].pk, g->accidents[i].other, -1,
					  detail, true);
	}
	return (Datum) 0;
}
