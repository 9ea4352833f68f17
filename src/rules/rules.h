/*-------------------------------------------------------------------------
 *
 * rules.h
 *	  Shared declarations of the table rules: the per-backend cache of rule
 *	  metadata, violation reporting by mode, running SQL as the owner of the
 *	  extension's catalogs (the id-number code is in src/ident/).
 *
 *-------------------------------------------------------------------------
 */
#ifndef POPULATION_RULES_RULES_H
#define POPULATION_RULES_RULES_H

#include "postgres.h"

#include "access/htup.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "pg_compat.h"
#include "utils/jsonb.h"
#include "utils/rel.h"
#include "utils/tuplestore.h"

typedef enum RuleKind
{
	RULE_UNIQUE_ID,
	RULE_HOUSEHOLD_HEAD,
	RULE_NAMES
} RuleKind;

typedef enum RuleMode
{
	MODE_ENFORCE,
	MODE_WARN,
	MODE_LOG
} RuleMode;

typedef enum Strictness
{
	STRICT_STRICT,
	STRICT_WARN,
	STRICT_OFF
} Strictness;

/* How an id column's values are read. */
typedef enum IdColumnType
{
	IDCOL_TEXT,					/* text, varchar, bpchar: digits only */
	IDCOL_INT8,					/* bigint, personal_id (int64 by value) */
	IDCOL_INT4,					/* integer, cmnd (int32 by value) */
	IDCOL_OTHER					/* anything else: read through its output */
} IdColumnType;

#define RULE_MAX_COLS 16

/*
 * A rule as seen from one relation (the table it is attached to, or one of
 * its partitions: attribute numbers are those of this relation).
 */
typedef struct RuleInfo
{
	int32		rule_id;		/* hash key, part 1 */
	Oid			relid;			/* hash key, part 2: the trigger's relation */
	bool		valid;			/* false once invalidated */
	MemoryContext cxt;			/* holds everything below */
	Oid			tbl;			/* the table the rule is attached to */
	Oid			shard_of;		/* relid is a Citus shard of this logical
								 * table (InvalidOid: not a shard); the rule
								 * was read from node_rule's placement */
	TransactionId node_xmin;	/* then: the version of the row read */
	ItemPointerData node_tid;
	char	   *rule_name;
	char	   *table_name;		/* of tbl, unqualified */
	char	   *schema_name;	/* of tbl */
	RuleKind	kind;
	RuleMode	mode;
	int			ncols;
	AttrNumber	attnums[RULE_MAX_COLS]; /* of relid; 0 = not mapped */
	char	   *colnames[RULE_MAX_COLS];	/* NULL when not mapped */
	Oid			coltypes[RULE_MAX_COLS];
	int			npk;			/* primary key of relid, for row keys */
	AttrNumber	pk_attnums[INDEX_MAX_KEYS];
	char	   *pk_prefix;		/* "(id)=(", built on first use */
	FmgrInfo	pk_out[INDEX_MAX_KEYS];	/* their output functions */
	bool		set_based;		/* triggers are statement-level, with
								 * transition tables (a plain table) */
	/* options */
	Strictness	strictness;
	char	   *unique_index;	/* unique id: the table's own unique index that
								 * guards the id column, or NULL (use id_keys) */
	bool		unique_index_ok;	/* it still exists and still guards it */
	char	   *head_key;		/* household: accent-free key of the head */
	bool		head_is_bool;
	int			style;			/* names: 0 old, 1 new */
	bool		repair_legacy;
	int			nnames;			/* names: columns 0..nnames-1, originals after */
	/* the head cache of the household rule: recent relation values */
	int			nheadcache;
	char	   *headcache_text[16];
	int			headcache_len[16];
	bool		headcache_val[16];
	/*
	 * the key of the rule's derived rows (household_heads, id_keys): rule_id,
	 * but on a Citus shard the placement's scope, set by each statement that
	 * writes them (placement_scope.c); last, so that the fields the row path
	 * reads keep their places
	 */
	int32		scope_id;
} RuleInfo;

/* rule_cache.c */
extern RuleInfo *rules_get(TriggerData *trigdata, RuleKind expected);
extern RuleInfo *rules_get_cached(FunctionCallInfo fcinfo, RuleKind expected);
extern int32 rules_trigger_rule_id(TriggerData *trigdata);
extern Datum rules_registry_value(Relation registry, HeapTuple tup,
								  const char *column, bool *isnull);
extern char *rules_option_text(Jsonb *options, const char *key,
							   MemoryContext cxt);

/* trg_unique_id.c: the texts of a duplicate id, shared with ... */
extern char *unique_id_duplicate_message(const char *table_name);
extern char *unique_id_duplicate_hint(void);

/* ... and its upsert of id keys, shared with placement_scope.c */
extern void unique_id_keys_add(int32 scope, int slot, int64 *keys, int32 *counts,
							   char **refs, int64 *owners, bool *has_owner, int n);

/* ... unique_index_errors.c: the rule's message for its index's refusals */
extern void unique_index_errors_init(void);

/* citus_commit.c: Citus's two-phase commit for household rules' tables */
extern void citus_commit_init(void);

/* rule_columns.c */
extern void rules_require_stored_column(RuleInfo *entry, Relation rel,
										AttrNumber attnum);

/* rule_report.c */
extern char *rules_row_key(RuleInfo *rule, Relation rel, TupleTableSlot *slot);
extern void rules_report(RuleInfo *rule, RuleMode mode, int sqlstate,
						 const char *code, int colidx, const char *row_key,
						 const char *message, const char *detail,
						 const char *hint);
extern void rules_log_violation(int32 rule_id, const char *rule_name,
								Oid tbl, const char *table_name, const char *row_key,
								const char *code, const char *detail);

/*
 * catalog_sql.c: the extension's catalogs as the C code knows them (the
 * names it reads through the catalog, without SQL: the schema, the
 * registry and its index, its columns, the violation log) ...
 */
typedef struct RulesCatalogNames
{
	const char *schema;
	const char *rule;			/* the registry */
	const char *rule_pkey;		/* its primary key index, on rule_id */
	const char *rule_tbl;		/* its columns read by rule_cache.c */
	const char *rule_name;
	const char *rule_kind;
	const char *rule_mode;
	const char *rule_attnums;
	const char *rule_options;
	const char *violations;		/* the log */
	const char *violations_code;	/* its column added in 0.2.0 */
	const char *node_rule;		/* the registry rows of rules on Citus
								 * tables, a reference table (the
								 * registry's columns, read by name, but
								 * for the table ...) */
	const char *node_rule_schema;	/* ... which it names: its schema */
	const char *node_rule_table;	/* and its name */
	const char *rule_colnames;
	const char *household_heads;	/* the household rules' counter rows
									 * and ... */
	const char *id_keys;		/* ... the unique-id rules' keys, both written
								 * directly by their fast path */
} RulesCatalogNames;

extern const RulesCatalogNames rules_catalog;

/*
 * ... and every statement the rules run as the catalogs' owner, by index;
 * rules_spi.c keeps their plans per backend.
 */
typedef enum RulesSqlId
{
	RULES_SQL_LOG_VIOLATION,
	RULES_SQL_LOG_VIOLATION_FOR_0_1_0,
	RULES_SQL_KEY_ADD,
	RULES_SQL_KEY_DECREMENT,
	RULES_SQL_KEY_DELETE,
	RULES_SQL_KEYS_ADD,
	RULES_SQL_KEYS_DECREMENT,
	RULES_SQL_KEYS_DELETE,
	RULES_SQL_HOUSEHOLD_ADD,
	RULES_SQL_HOUSEHOLD_DELETE,
	RULES_SQL_HOUSEHOLDS_MANY_HEADS,
	RULES_SQL_HOUSEHOLDS_BAD,
	RULES_SQL_HOUSEHOLDS_ADD,
	RULES_SQL_HOUSEHOLDS_DELETE,
	RULES_SQL_SCOPE_FIND,
	RULES_SQL_SCOPE_CREATE,
	RULES_SQL_PLACEMENT_COUNTS,
	RULES_SQL_PLACEMENT_KEYS,
	RULES_SQL_HOUSEHOLDS_BASELINE,
	RULES_SQL_SCOPES_OF_RULE,
	RULES_SQL_COUNT
} RulesSqlId;

typedef struct RulesPlan
{
	const char *name;
	const char *sql;
	int			nargs;
	Oid			argtypes[8];
	bool		custom_plan;	/* planned for its values at every execution */
	SPIPlanPtr	plan;			/* prepared on first use, kept */
	int64		executions;		/* in this backend, for the security tests */
} RulesPlan;

extern RulesPlan rules_sql[RULES_SQL_COUNT];

/*
 * rules_spi.c: what rules_spi_begin() changed (the user id, the security
 * context and the search_path) and rules_spi_end() gives back.
 */
typedef struct RulesRaised
{
	Oid			save_userid;
	int			save_sec;
	int			save_nestlevel;
} RulesRaised;

extern Oid	rules_catalog_relid(const char *relname);

/* derived_fast.c: new rows of the derived tables written directly */
typedef void (*DerivedRowFill) (Datum *values, bool *nulls, int i, void *arg);
extern bool derived_fast_allowed(int32 rule_id, int n);
extern bool derived_insert_new(const char *relname, int natts, int32 rule_id,
							   int n, DerivedRowFill fill, void *arg);
extern bool derived_fast_in_subxact(void);

/* placement_scope.c: on a Citus node, a shard placement's derived rows */
extern int32 placement_scope(RuleInfo *rule, Relation rel);

/* citus_shard.c */
extern Oid	citus_shard_logical_relid(Relation rel);
extern int64 citus_shard_id(Relation rel);
extern Oid	citus_local_placement(Oid logical);
extern List *citus_local_shards(Oid logical);
extern void rules_spi_begin(RulesRaised *raised);
extern void rules_spi_end(RulesRaised *raised);
extern int	rules_spi_exec(RulesSqlId id, Datum *values, const char *nulls,
						   bool read_only, long count);
extern Portal rules_spi_cursor(RulesSqlId id, Datum *values);

/* rules_transition.c: reading a statement's transition tables */
extern TupleTableSlot *rules_transition_begin(Tuplestorestate *ts, Relation rel);
extern bool rules_transition_next(Tuplestorestate *ts, TupleTableSlot *slot);
extern void rules_check_trigger(FunctionCallInfo fcinfo, const char *fn);
extern void rules_check_row_trigger(FunctionCallInfo fcinfo, const char *fn,
									uint32 timing);
extern void rules_check_statement_trigger(FunctionCallInfo fcinfo, const char *fn);
extern void rules_require_set_based(RuleInfo *rule, Relation rel);
extern Datum rules_text_array(char **items, int n);
extern Datum rules_int4_array(int32 *items, int n);
extern Datum rules_int8_array(int64 *items, int n);
extern Datum rules_int8_array_nulls(int64 *items, bool *present, int n);

/* household: accent-free key via the name core */
extern char *rules_unaccent_key(const char *s);

#endif							/* POPULATION_RULES_RULES_H */
