-- Soft input errors (PostgreSQL 16+): pg_input_is_valid() and
-- pg_input_error_info() report a malformed identity number without
-- raising.  expected/ident_soft.out is the PostgreSQL 16+ result;
-- expected/ident_soft_1.out is PostgreSQL 15, where these functions do
-- not exist (use to_personal_id() / to_cmnd() there).
SELECT v, pg_input_is_valid(v, 'population_rules.personal_id') AS personal_id,
       pg_input_is_valid(v, 'population_rules.cmnd') AS cmnd
  FROM (VALUES ('001090123456'), ('001 090 123 456'), ('012345678'),
               ('00109012345'), (''), ('０１２３４５６７８'), ('abc')) AS t(v);
SELECT * FROM pg_input_error_info('00109012345', 'population_rules.personal_id');
SELECT * FROM pg_input_error_info('+012345678', 'population_rules.cmnd');
SELECT * FROM pg_input_error_info('012345678', 'population_rules.cmnd');
