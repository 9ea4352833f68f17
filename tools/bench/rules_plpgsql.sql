-- rules_plpgsql.sql: the baselines of the rules benchmark, the same three
-- rules as a careful DBA would write them in PL/pgSQL, race-safe by design:
--   - names: a BEFORE trigger storing the canonical name;
--   - id: the table's unique index gives uniqueness; a BEFORE trigger checks
--     12 digits and the birth year / sex the digits encode (warn level);
--   - one head per household: a counter row per household, upserted by an
--     AFTER row trigger (its row lock serializes writers of one household),
--     statement triggers checking "at most one head" at the statement's end
--     for the households the statement wrote (its transition table; so one
--     UPDATE may move the head role, as the C rule allows), and a deferred
--     constraint trigger checking at commit that every household with
--     members has one head.
-- Two flavours, chosen by tools/bench/rules.sh, which replaces the
-- placeholders: @T@ is the table (it prefixes the functions and the counter
-- table), @NAME@ the canonical name of NEW.name and @HEAD@ whether "rel"
-- names the head:
--   (c) with the extension's C functions (population_rules.vn_normalize,
--       vn_key_unaccent) called from PL/pgSQL;
--   (d) without the extension: built-in functions, contrib unaccent and
--       bench_vn_name_plain() below, as a DBA who does not have it writes
--       them.  The benchmark checks that (d) stores the same names as (b).

-- The canonical name without the extension: NFC, one space between words,
-- a capital per word, and the old tone style for the syllables the bench
-- and most names meet (oa, oe, uy at the end of a word, not after q).
CREATE OR REPLACE FUNCTION bench_vn_name_plain(x text) RETURNS text
	LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
	s text := initcap(btrim(regexp_replace(normalize(x, NFC), '\s+', ' ', 'g')));
	p text[];
BEGIN
	IF s ~ '(^|[^qQ])[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]\M' THEN
		FOREACH p SLICE 1 IN ARRAY ARRAY[
			['oà', 'òa'], ['oá', 'óa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
			['oè', 'òe'], ['oé', 'óe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
			['uỳ', 'ùy'], ['uý', 'úy'], ['uỷ', 'ủy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'],
			['Oà', 'Òa'], ['Oá', 'Óa'], ['Oả', 'Ỏa'], ['Oã', 'Õa'], ['Oạ', 'Ọa'],
			['Oè', 'Òe'], ['Oé', 'Óe'], ['Oẻ', 'Ỏe'], ['Oẽ', 'Õe'], ['Oẹ', 'Ọe'],
			['Uỳ', 'Ùy'], ['Uý', 'Úy'], ['Uỷ', 'Ủy'], ['Uỹ', 'Ũy'], ['Uỵ', 'Ụy']] LOOP
			s := regexp_replace(s, '(^|[^qQ])' || p[1] || '\M', '\1' || p[2], 'g');
		END LOOP;
	END IF;
	RETURN s;
END $$;

CREATE TABLE IF NOT EXISTS @T@_hh_count (
	household bigint PRIMARY KEY,
	members integer NOT NULL,
	heads integer NOT NULL
);


CREATE OR REPLACE FUNCTION @T@_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.name := @NAME@;
	RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION @T@_id_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	d4 int;
	y int;
BEGIN
	IF NEW.pid IS NULL THEN
		RETURN NEW;
	END IF;
	IF NEW.pid !~ '^[0-9]{12}$' THEN
		RAISE EXCEPTION 'malformed personal id number %', NEW.pid USING ERRCODE = 'check_violation';
	END IF;
	d4 := substr(NEW.pid, 4, 1)::int;
	y := 1900 + 100 * (d4 / 2) + substr(NEW.pid, 5, 2)::int;
	IF NEW.born IS NOT NULL AND extract(year FROM NEW.born) <> y THEN
		RAISE WARNING 'personal id % says birth year %', NEW.pid, y;
	END IF;
	IF NEW.sex IS NOT NULL AND (NEW.sex IN ('Nữ', 'F')) <> (d4 % 2 = 1) THEN
		RAISE WARNING 'personal id % says another sex', NEW.pid;
	END IF;
	RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION @T@_hh_is_head(rel text, died date) RETURNS int
	LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE WHEN died IS NULL AND @HEAD@ THEN 1 ELSE 0 END
$$;

CREATE OR REPLACE FUNCTION @T@_hh_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.hh IS NOT NULL THEN
		UPDATE @T@_hh_count SET members = members - (OLD.died IS NULL)::int,
		       heads = heads - @T@_hh_is_head(OLD.rel, OLD.died)
		 WHERE household = OLD.hh;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.hh IS NOT NULL THEN
		INSERT INTO @T@_hh_count AS c VALUES (NEW.hh, (NEW.died IS NULL)::int,
		       @T@_hh_is_head(NEW.rel, NEW.died))
		ON CONFLICT (household) DO UPDATE
		   SET members = c.members + excluded.members, heads = c.heads + excluded.heads;
	END IF;
	RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION @T@_hh_statement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	h bigint;
BEGIN
	SELECT c.household INTO h FROM @T@_hh_count c
	 WHERE c.household IN (SELECT n.hh FROM new_rows n) AND c.heads > 1 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'household % has more than one head', h USING ERRCODE = 'check_violation';
	END IF;
	RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION @T@_hh_commit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	c @T@_hh_count;
BEGIN
	SELECT * INTO c FROM @T@_hh_count WHERE household = coalesce(NEW.hh, OLD.hh);
	IF c.members > 0 AND c.heads <> 1 THEN
		RAISE EXCEPTION 'household % has % heads', c.household, c.heads USING ERRCODE = 'check_violation';
	END IF;
	RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION @T@_hh_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	TRUNCATE @T@_hh_count;
	RETURN NULL;
END $$;

SELECT format($f$
	CREATE TRIGGER a_names BEFORE INSERT OR UPDATE ON %1$I FOR EACH ROW EXECUTE FUNCTION @T@_names();
	CREATE TRIGGER b_id BEFORE INSERT OR UPDATE ON %1$I FOR EACH ROW EXECUTE FUNCTION @T@_id_check();
	CREATE TRIGGER c_hh AFTER INSERT OR UPDATE OR DELETE ON %1$I FOR EACH ROW EXECUTE FUNCTION @T@_hh_count();
	CREATE TRIGGER c_hh_statement_i AFTER INSERT ON %1$I REFERENCING NEW TABLE AS new_rows
		FOR EACH STATEMENT EXECUTE FUNCTION @T@_hh_statement();
	CREATE TRIGGER c_hh_statement_u AFTER UPDATE ON %1$I REFERENCING NEW TABLE AS new_rows
		FOR EACH STATEMENT EXECUTE FUNCTION @T@_hh_statement();
	CREATE CONSTRAINT TRIGGER d_hh_commit AFTER INSERT OR UPDATE OR DELETE ON %1$I
		DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION @T@_hh_commit();
	CREATE TRIGGER e_hh_truncate AFTER TRUNCATE ON %1$I FOR EACH STATEMENT EXECUTE FUNCTION @T@_hh_truncate();
$f$, '@T@') \gexec
