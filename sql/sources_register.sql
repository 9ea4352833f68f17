-- Source registration: the catalog, its checks, odd identifiers, privileges.
SET client_min_messages = warning;
\set VERBOSITY default
\set SHOW_CONTEXT never

-- The canonical columns of each kind.
SELECT kind, count(*) AS columns, count(*) FILTER (WHERE required) AS required,
       string_agg(column_name, ', ' ORDER BY position) AS names
  FROM population_rules.source_column GROUP BY kind ORDER BY kind;

-- A DBA's own table: a Vietnamese schema, quoted mixed-case columns.
CREATE SCHEMA "Dân cư";
CREATE TABLE "Dân cư"."Công Dân" (
    "MaCD" bigint PRIMARY KEY,
    "Số định danh" text,
    ho_ten text,
    ngay_sinh date,
    sex text,
    "Hộ" bigint
);

-- Unknown kind, missing column, bad key, bad value, missing required column.
SELECT population_rules.register_source('citizen', '"Dân cư"."Công Dân"', '{}');
SELECT population_rules.register_source('person', '"Dân cư"."Công Dân"',
    '{"person_key": "MaCD", "full_name": "HoTen"}');
SELECT population_rules.register_source('person', '"Dân cư"."Công Dân"',
    '{"person_key": "MaCD", "ten": "ho_ten"}');
SELECT population_rules.register_source('person', '"Dân cư"."Công Dân"',
    '{"person_key": 7}');
SELECT population_rules.register_source('person', '"Dân cư"."Công Dân"', '{}');
SELECT population_rules.register_source('person', '"Dân cư"."Công Dân"', '[]');
SELECT population_rules.register_source('person', 'population_rules.source_column_pkey', '{}');
SELECT population_rules.register_source(NULL, '"Dân cư"."Công Dân"', dataset => NULL);
SELECT population_rules.register_source('person', 0::oid::regclass);
SELECT population_rules.unregister_source('person', 'no such dataset');

-- A temporary table goes at the end of its session without firing the drop
-- event trigger, so its registration would outlive it: refused.
CREATE TEMP TABLE sources_temp (person_key integer);
SELECT population_rules.register_source('person', 'sources_temp');
DROP TABLE sources_temp;

-- Success: explicit mapping, same-name column picked up (sex), the rest missing.
SELECT dataset, kind, relation, mapping, missing
  FROM population_rules.register_source('person', '"Dân cư"."Công Dân"',
        '{"person_key": "MaCD", "personal_id": "Số định danh", "full_name": "ho_ten",
          "birth_date": "ngay_sinh", "household_id": "Hộ"}');

-- Once per dataset and kind; replace => true, and null omits a same-name column.
SELECT population_rules.register_source('person', '"Dân cư"."Công Dân"', '{"person_key": "MaCD"}');
SELECT mapping, missing
  FROM population_rules.register_source('person', '"Dân cư"."Công Dân"',
        '{"person_key": "MaCD", "sex": null}', replace => true);

-- Another dataset may register the same relation.
SELECT dataset, kind, relation FROM population_rules.register_source('person', '"Dân cư"."Công Dân"',
        '{"person_key": "MaCD"}', dataset => 'Tỉnh "A"');
SELECT dataset, kind, relation, schema_name, relation_name, missing
  FROM population_rules.sources WHERE dataset IN ('default', 'Tỉnh "A"') ORDER BY dataset, kind;

-- Direct writes are checked by the same trigger.
INSERT INTO population_rules.source (dataset, kind, relation, mapping)
VALUES ('x', 'person', '"Dân cư"."Công Dân"', '{"person_key": "nope"}');
UPDATE population_rules.source SET mapping = '{"person_key": "MaCD", "legacy_id": "cmnd"}'
 WHERE dataset = 'default';

-- Privileges: only the owner registers or unregisters; everyone may read.
CREATE ROLE sources_owner;
CREATE ROLE sources_other;
CREATE TABLE public.owned_events (kind text, id_number text);
ALTER TABLE public.owned_events OWNER TO sources_owner;
GRANT ALL ON public.owned_events TO sources_other;
SET ROLE sources_other;
SELECT population_rules.register_source('civil_event', 'public.owned_events');
INSERT INTO population_rules.source (dataset, kind, relation, mapping)
VALUES ('default', 'civil_event', 'public.owned_events', '{"kind": "kind"}');
SELECT population_rules.unregister_source('person');
SELECT count(*) AS visible FROM population_rules.sources WHERE dataset IN ('default', 'Tỉnh "A"');
WITH d AS (DELETE FROM population_rules.source WHERE dataset IN ('default', 'Tỉnh "A"') RETURNING 1)
SELECT count(*) AS deleted_by_non_owner FROM d;
RESET ROLE;
-- A role may not add its relation to a dataset whose other relations it
-- does not own: the dataset's views would read it for their users.
SET ROLE sources_owner;
SELECT population_rules.register_source('civil_event', 'public.owned_events');
SELECT kind, relation, missing, registered_by
  FROM population_rules.register_source('civil_event', 'public.owned_events', dataset => 'owner''s');
RESET ROLE;
-- Replacing a registration takes owning the relation registered, too.
CREATE TABLE public.other_events (kind text, id_number text);
ALTER TABLE public.other_events OWNER TO sources_other;
SET ROLE sources_other;
SELECT population_rules.register_source('civil_event', 'public.other_events', dataset => 'owner''s', replace => true);
RESET ROLE;
DROP TABLE public.other_events;
-- The catalog is readable by all and writable by none but the API (which
-- runs as the extension's owner, with a fixed search_path).
SELECT p AS privilege, has_table_privilege('sources_other', 'population_rules.source', p) AS granted
  FROM unnest('{SELECT,INSERT,UPDATE,DELETE,TRUNCATE}'::text[]) AS p;
SELECT proname, prosecdef, proconfig FROM pg_proc
 WHERE pronamespace = 'population_rules'::regnamespace
   AND proname IN ('register_source', 'unregister_source', 'source_drop_cleanup') ORDER BY 1;
SET ROLE sources_other;
SELECT population_rules.unregister_source('civil_event', dataset => 'owner''s');
RESET ROLE;
SET ROLE sources_owner;
SELECT population_rules.unregister_source('civil_event', dataset => 'owner''s');
SELECT population_rules.unregister_source('civil_event', dataset => 'owner''s');
RESET ROLE;

-- Dropping a registered relation forgets its registrations.
DROP TABLE "Dân cư"."Công Dân";
SELECT count(*) AS left_after_drop FROM population_rules.sources WHERE dataset IN ('default', 'Tỉnh "A"');

-- The catalog is dumped with the extension's data.
SELECT c.relname, x.extcondition
  FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(oid, extcondition)
  JOIN pg_class c ON c.oid = x.oid
 WHERE e.extname = 'population_rules' AND c.relname = 'source';

DROP TABLE public.owned_events;
DROP SCHEMA "Dân cư";
DROP ROLE sources_owner;
DROP ROLE sources_other;
