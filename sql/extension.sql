-- The extension installs into its own schema and owns nothing but it.
SELECT extname, extversion, extrelocatable, n.nspname
  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE extname = 'population_rules';
-- Ordinary users cannot create objects in the extension's schema.
SELECT has_schema_privilege('public', 'population_rules', 'CREATE') AS public_can_create,
       has_schema_privilege('public', 'population_rules', 'USAGE') AS public_can_use;
-- Every object of the extension carries a COMMENT (none listed here).
-- Objects that are an internal part of another (a table's or view's row
-- type, a type's array type: deptype 'i') have no comment of their own;
-- PostgreSQL 18 records them as extension members too, 15 does not.
SELECT pg_describe_object(d.classid, d.objid, d.objsubid) AS uncommented
  FROM pg_depend d
  JOIN pg_class k ON k.oid = d.classid
 WHERE d.refclassid = 'pg_extension'::regclass
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'population_rules')
   AND d.deptype = 'e'
   AND NOT EXISTS (SELECT FROM pg_depend i
                    WHERE i.classid = d.classid AND i.objid = d.objid AND i.deptype = 'i')
   AND obj_description(d.objid, k.relname) IS NULL
 ORDER BY 1;
-- The object kinds that check covered.
SELECT k.relname AS catalog, count(*) AS objects
  FROM pg_depend d
  JOIN pg_class k ON k.oid = d.classid
 WHERE d.refclassid = 'pg_extension'::regclass
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'population_rules')
   AND d.deptype = 'e'
   AND NOT EXISTS (SELECT FROM pg_depend i
                    WHERE i.classid = d.classid AND i.objid = d.objid AND i.deptype = 'i')
 GROUP BY k.relname
 ORDER BY 1;
-- Every column of the extension's tables, views and composite types
-- carries a COMMENT too (none listed here).
SELECT c.oid::regclass AS relation, a.attname AS uncommented_column
  FROM pg_class c
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE c.relnamespace = 'population_rules'::regnamespace
   AND c.relkind IN ('r', 'p', 'v', 'm', 'c')
   AND col_description(c.oid, a.attnum) IS NULL
 ORDER BY c.oid::regclass::text COLLATE "C", a.attnum;
