-- population_rules upgrade script, 0.1.0 to 0.2.0.
--
-- Carries every SQL change made to the install pieces (sql/ext/) since
-- 0.1.0, so that ALTER EXTENSION population_rules UPDATE leaves exactly the
-- objects of a fresh 0.2.0 install (test/scripts/upgrade.sh compares them).

\echo Use "ALTER EXTENSION population_rules UPDATE TO '0.2.0'" to load this file. \quit
