-- population_rules install script, piece 42: the administrative units on
-- Citus.  The unit tables of piece 41 become Citus reference tables with
-- node_rule (_citus_prepare, piece 32); like it, their placement on each
-- node joins the extension, so that DROP EXTENSION drops it.

CREATE TRIGGER reference_placement AFTER INSERT OR UPDATE OR DELETE ON @extschema@.pre2025_provinces
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@._on_reference_placement();
COMMENT ON TRIGGER reference_placement ON @extschema@.pre2025_provinces IS
  'On each node, the placement of the Citus reference table joins the extension (_on_reference_placement).';
CREATE TRIGGER reference_placement AFTER INSERT OR UPDATE OR DELETE ON @extschema@.pre2025_communes
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@._on_reference_placement();
COMMENT ON TRIGGER reference_placement ON @extschema@.pre2025_communes IS
  'On each node, the placement of the Citus reference table joins the extension (_on_reference_placement).';
