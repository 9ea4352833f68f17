-- The extension installs into its own schema and owns nothing but it.
SELECT extname, extversion, extrelocatable, n.nspname
  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE extname = 'population_rules';
-- Ordinary users cannot create objects in the extension's schema.
SELECT has_schema_privilege('public', 'population_rules', 'CREATE') AS public_can_create,
       has_schema_privilege('public', 'population_rules', 'USAGE') AS public_can_use;
