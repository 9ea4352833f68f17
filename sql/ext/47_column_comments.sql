-- population_rules install script, piece 47: a COMMENT on every column of
-- the extension's tables, views and composite types that its own piece
-- does not comment (tests/extension lists any column left without one).

-- The rules' catalogs (piece 30) and the rules view (piece 31).
COMMENT ON COLUMN @extschema@.rule.rule_id IS 'Number of the rule, the only argument of its triggers';
COMMENT ON COLUMN @extschema@.rule.rule_name IS 'Name of the rule, unique per table; its triggers are named after it';
COMMENT ON COLUMN @extschema@.rule.tbl IS 'The table the rule guards';
COMMENT ON COLUMN @extschema@.rule.kind IS 'unique_id, household_head or names';
COMMENT ON COLUMN @extschema@.rule.mode IS 'enforce (raise an error), warn (raise a WARNING) or log (write population_rules.violations)';
COMMENT ON COLUMN @extschema@.rule.options IS 'Options of the rule''s kind: strictness; head_key, head_is_bool; style, repair_legacy, nnames; unique_index (the table''s own unique index on the id, when one guards it)';
COMMENT ON COLUMN @extschema@.rule.since IS 'When the rule was attached';
COMMENT ON COLUMN @extschema@.rule.by_whom IS 'The role that attached the rule';
COMMENT ON COLUMN @extschema@.id_keys.rule_id IS 'The unique-id rule the key belongs to; on a Citus node, the scope of one shard placement of it (negative, population_rules.placement_scopes)';
COMMENT ON COLUMN @extschema@.id_keys.slot IS '0: a 12-digit personal id; 1: a 9-digit legacy id';
COMMENT ON COLUMN @extschema@.id_keys.key IS 'The id number as an integer (leading zeros dropped)';
COMMENT ON COLUMN @extschema@.id_keys.n IS 'How many rows of the table hold the number';
COMMENT ON COLUMN @extschema@.id_keys.row_ref IS 'The first row that took the number, by primary key, such as (id)=(7); NULL without a printable key';
COMMENT ON COLUMN @extschema@.id_keys.owner_key IS 'Slot 1: the personal id of the first holder of the legacy id';
COMMENT ON COLUMN @extschema@.household_heads.rule_id IS 'The household rule the counts belong to; on a Citus node, the scope of one shard placement of it (negative, population_rules.placement_scopes)';
COMMENT ON COLUMN @extschema@.household_heads.household IS 'The household key as text (the column''s output), compared byte by byte';
COMMENT ON COLUMN @extschema@.household_heads.members IS 'Living members of the household';
COMMENT ON COLUMN @extschema@.household_heads.heads IS 'Living heads of the household';
COMMENT ON COLUMN @extschema@.household_heads.checked IS 'false: the household broke the rule before it was attached and no transaction has touched it since, so the commit check leaves it alone';
COMMENT ON COLUMN @extschema@.violations.violation_id IS 'Number of the entry';
COMMENT ON COLUMN @extschema@.violations.rule_id IS 'The rule broken (it may since have been detached)';
COMMENT ON COLUMN @extschema@.violations.rule_name IS 'The rule''s name when the entry was logged';
COMMENT ON COLUMN @extschema@.violations.tbl IS 'OID of the table (it may since have been dropped)';
COMMENT ON COLUMN @extschema@.violations.table_name IS 'The table''s qualified name when the entry was logged';
COMMENT ON COLUMN @extschema@.violations.row_key IS 'The row, by primary key, such as (id)=(7); NULL without a printable key';
COMMENT ON COLUMN @extschema@.violations.detail IS 'What was wrong, in English';
COMMENT ON COLUMN @extschema@.violations.at IS 'When the entry was logged';
COMMENT ON COLUMN @extschema@.violations.role IS 'The role whose statement broke the rule, or that ran validate_rule';
COMMENT ON COLUMN @extschema@.violations.code IS 'The kind of violation, a stable machine code for applications to translate: malformed_id, duplicate_id, id_mismatch, malformed_legacy_id, shared_legacy_id, household_many_heads, household_no_head, name_not_canonical (NULL for entries logged before version 0.2.0)';
COMMENT ON COLUMN @extschema@.rules.table_name IS 'The table the rule guards';
COMMENT ON COLUMN @extschema@.rules.rule_name IS 'Name of the rule';
COMMENT ON COLUMN @extschema@.rules.rule_id IS 'Number of the rule, for detach_rule, set_rule_mode, validate_rule and rebuild_rule';
COMMENT ON COLUMN @extschema@.rules.kind IS 'unique_id, household_head or names';
COMMENT ON COLUMN @extschema@.rules.columns IS 'The columns the rule reads, by role (id, legacy_id, household, head, name_1, original_1, ...), under their current names';
COMMENT ON COLUMN @extschema@.rules.mode IS 'enforce, warn or log';
COMMENT ON COLUMN @extschema@.rules.options IS 'Options of the rule''s kind';
COMMENT ON COLUMN @extschema@.rules.since IS 'When the rule was attached';
COMMENT ON COLUMN @extschema@.rules.by_whom IS 'The role that attached the rule';

-- Identity numbers (piece 20).
COMMENT ON COLUMN @extschema@.cmnd_prefix_areas.prefix IS 'The CMND prefix (cmnd_prefixes.prefix)';

-- Sources (piece 40).
COMMENT ON COLUMN @extschema@.source_column.kind IS 'The kind of source: person, id_document, sim_subscription, insurance_record or civil_event';
COMMENT ON COLUMN @extschema@.source_column.column_name IS 'The canonical column name a registration maps';
COMMENT ON COLUMN @extschema@.source_column.position IS 'Order of the column in the kind''s source view';
COMMENT ON COLUMN @extschema@.source_column.required IS 'Whether every registration of the kind must map it';
COMMENT ON COLUMN @extschema@.source_column.expected_type IS 'The type the source view gives it (any: kept as it is)';
COMMENT ON COLUMN @extschema@.source_column.description IS 'What the column holds';
COMMENT ON COLUMN @extschema@.source.dataset IS 'The dataset: the registrations that one set of views reads together';
COMMENT ON COLUMN @extschema@.source.kind IS 'The kind of source the relation is registered as';
COMMENT ON COLUMN @extschema@.source.relation IS 'The registered table, view, materialized view or foreign table';
COMMENT ON COLUMN @extschema@.source.registered_by IS 'The role that registered it';
COMMENT ON COLUMN @extschema@.source.registered_at IS 'When it was registered';
COMMENT ON COLUMN @extschema@.sources.dataset IS 'The dataset';
COMMENT ON COLUMN @extschema@.sources.kind IS 'The kind of source';
COMMENT ON COLUMN @extschema@.sources.relation IS 'The registered relation';
COMMENT ON COLUMN @extschema@.sources.schema_name IS 'Its schema (NULL once it is dropped)';
COMMENT ON COLUMN @extschema@.sources.relation_name IS 'Its name (NULL once it is dropped)';
COMMENT ON COLUMN @extschema@.sources.mapping IS 'Canonical column name -> the relation''s own column name';
COMMENT ON COLUMN @extschema@.sources.missing IS 'Canonical columns the relation does not provide; views that need them are skipped';
COMMENT ON COLUMN @extschema@.sources.registered_by IS 'The role that registered it';
COMMENT ON COLUMN @extschema@.sources.registered_at IS 'When it was registered';

-- Administrative units (piece 41).
COMMENT ON COLUMN @extschema@.pre2025_provinces.gso_code IS '2-digit province code of the General Statistics Office';
COMMENT ON COLUMN @extschema@.pre2025_provinces.id_code IS '3-digit code of the province of birth registration in personal id numbers ("0" + the GSO code)';
COMMENT ON COLUMN @extschema@.pre2025_provinces.name_vi IS 'Name in Vietnamese, without the unit type (Hà Nội)';
COMMENT ON COLUMN @extschema@.pre2025_provinces.name_ascii IS 'Name without diacritics (Ha Noi)';
COMMENT ON COLUMN @extschema@.pre2025_provinces.full_name_vi IS 'Name with the unit type (Thành phố Hà Nội)';
COMMENT ON COLUMN @extschema@.pre2025_provinces.unit_type IS 'Unit type: tỉnh or thành phố trực thuộc trung ương';
COMMENT ON COLUMN @extschema@.pre2025_provinces.region IS 'The administrative region';
COMMENT ON COLUMN @extschema@.pre2025_provinces.new_gso_code IS 'GSO code of the province it belongs to since 1 July 2025';
COMMENT ON COLUMN @extschema@.pre2025_provinces.new_name_vi IS 'Name of the province it belongs to since 1 July 2025';
COMMENT ON COLUMN @extschema@.pre2025_communes.commune_code IS '5-digit GSO commune code';
COMMENT ON COLUMN @extschema@.pre2025_communes.district_code IS '3-digit GSO district code';
COMMENT ON COLUMN @extschema@.pre2025_communes.province_gso_code IS 'GSO code of its province (pre2025_provinces.gso_code)';
COMMENT ON COLUMN @extschema@.pre2025_communes.name_vi IS 'Name in Vietnamese, without the unit type';
COMMENT ON COLUMN @extschema@.pre2025_communes.name_ascii IS 'Name without diacritics';
COMMENT ON COLUMN @extschema@.pre2025_communes.full_name_vi IS 'Name with the unit type (Phường Phúc Xá)';
COMMENT ON COLUMN @extschema@.pre2025_communes.unit_type IS 'Unit type: xã, phường or thị trấn';
COMMENT ON COLUMN @extschema@.pre2025_units.commune_code IS '5-digit GSO commune code';
COMMENT ON COLUMN @extschema@.pre2025_units.commune_name IS 'The commune''s name with its unit type';
COMMENT ON COLUMN @extschema@.pre2025_units.district_code IS '3-digit GSO district code';
COMMENT ON COLUMN @extschema@.pre2025_units.province_gso_code IS 'GSO code of the province';
COMMENT ON COLUMN @extschema@.pre2025_units.province_id_code IS '3-digit code of the province in personal id numbers';
COMMENT ON COLUMN @extschema@.pre2025_units.province_name IS 'The province''s name';
COMMENT ON COLUMN @extschema@.pre2025_units.province_2025_gso_code IS 'GSO code of the province it belongs to since 1 July 2025';
COMMENT ON COLUMN @extschema@.pre2025_units.province_2025_name IS 'Name of the province it belongs to since 1 July 2025';

-- The analysts' views' catalog (piece 46).
COMMENT ON COLUMN @extschema@.duplicate_block.person_key IS 'The person''s key, as text';
COMMENT ON COLUMN @extschema@.duplicate_block.name_hash IS 'hashtext of the accent-free key of the repaired name';
COMMENT ON COLUMN @extschema@.duplicate_block.phonetic_hash IS 'hashtext of the phonetic key of the repaired name';
COMMENT ON COLUMN @extschema@.duplicate_block.name_n IS 'How many persons read have that name key and sex';
COMMENT ON COLUMN @extschema@.duplicate_block.day_n IS 'How many have that birth date';
COMMENT ON COLUMN @extschema@.duplicate_block.year_n IS 'How many have that birth year';
COMMENT ON COLUMN @extschema@.duplicate_block.province_n IS 'How many have that birth province (NULL when unknown)';
COMMENT ON COLUMN @extschema@.duplicate_block.persons IS 'How many persons were read';
COMMENT ON COLUMN @extschema@.duplicate_block.name_block IS 'Whether the person shares a name block with someone (pass 1 or 4 of passes)';
COMMENT ON COLUMN @extschema@.duplicate_block.phonetic_block IS 'Whether the person shares the phonetic block with someone (pass 2 of passes)';
COMMENT ON COLUMN @extschema@.duplicate_block.date_key IS 'The birth date with day and month in either order: year * 10000 + least(day, month) * 100 + greatest(day, month)';
COMMENT ON COLUMN @extschema@.duplicate_block.passes IS 'Bits of the blocking passes in which the person shares a block with someone: 1 name, 2 phonetic, 4 name-year-province, 8 unrepaired name, 16 family and given name and province, 32 given name and province, 64 initials and province (each but 4 and 128 with date_key), 128 name and the id''s digits 1-6 (province code, century and sex, birth year)';
COMMENT ON COLUMN @extschema@.duplicate_block.block_ids IS 'The numbers of the blocks of two or more the person is in, one per pass at most, unique across the passes of one call: two persons with a number in common are a candidate pair';
COMMENT ON COLUMN @extschema@.view_catalog.view_name IS 'Name of the case view generate_views creates';
COMMENT ON COLUMN @extschema@.view_catalog.position IS 'Order in which generate_views creates and lists it';
COMMENT ON COLUMN @extschema@.view_catalog.criterion IS 'The scorecard criterion it counts toward (đúng, đủ, sạch, sống), or NULL';
COMMENT ON COLUMN @extschema@.view_catalog.needs IS 'The canonical columns it needs, as kind.column; without them it is skipped';
COMMENT ON COLUMN @extschema@.view_catalog.description IS 'What the view lists';
COMMENT ON COLUMN @extschema@.view_catalog.definition IS 'Its SQL text, with %1$I for the target schema';
COMMENT ON COLUMN @extschema@.view_rules.rule_name IS 'Name of the rule: the case views and the scorecards name it as {{rule_name}}';
COMMENT ON COLUMN @extschema@.view_rules.rule_sql IS 'Its SQL: a condition or expression over p (a person), hh (their household) or d (an id document), or a relation; %1$I for the target schema';
COMMENT ON COLUMN @extschema@.view_rules.description IS 'What the rule states, and the case views that use it';
COMMENT ON COLUMN @extschema@.view_person_checks.view_name IS 'The case view (view_catalog.view_name)';
COMMENT ON COLUMN @extschema@.view_person_checks.query IS 'SQL turning its rows into (person_key, check_name, criterion)';
COMMENT ON COLUMN @extschema@.view_scorecard_sides.side_name IS 'Name of the side input';
COMMENT ON COLUMN @extschema@.view_scorecard_sides.join_clause IS 'The LEFT JOIN that adds it to person_source p';
COMMENT ON COLUMN @extschema@.view_scorecard_checks.check_name IS 'Name of the check';
COMMENT ON COLUMN @extschema@.view_scorecard_checks.view_name IS 'The case view it stands for';
COMMENT ON COLUMN @extschema@.view_scorecard_checks.criterion IS 'đúng, đủ, sạch or sống';
COMMENT ON COLUMN @extschema@.view_scorecard_checks.sides IS 'The side inputs it reads';
COMMENT ON COLUMN @extschema@.view_scorecard_checks.flag IS 'The condition under which a person (p) fails it';
