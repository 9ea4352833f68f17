-- population_rules_sample install script, piece 00: the companion's schema.
--
-- population_rules_sample is the sample-population generator of
-- population_rules, a separate extension so that a production install
-- carries no test-data code: CREATE EXTENSION population_rules_sample where
-- sample data is wanted (demo, benchmarks, tests).  Its schema is fixed
-- (population_rules_sample.control); it names the product's objects
-- population_rules.x, the product's fixed schema.

\echo Use "CREATE EXTENSION population_rules_sample" to load this file. \quit

COMMENT ON SCHEMA @extschema@ IS
    'population_rules_sample: seeded sample populations for population_rules, with injected defects and their ground truth';
REVOKE CREATE ON SCHEMA @extschema@ FROM PUBLIC;
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;
