# population_rules: PGXS build, throwaway-cluster tests, demo, bench, fuzz.
#
#   make                build the module (WERROR=1: warnings are errors)
#   make install        install into the server found by pg_config
#                       (PG_CONFIG=/other/bin/pg_config: another server)
#   make installcheck   pg_regress + isolation suites against the server the
#                       PG* variables point at
#   make test           everything CI runs, on a throwaway cluster
#   make demo           the main job on the embedded default
#   make bench          benchmarks beside their baselines
#   make fuzz           libFuzzer over the C text core

# Two extensions: population_rules, the product (library population_rules,
# built from src/), and population_rules_sample, its sample-population
# generator (library population_rules_sample, from src/sample/), installed
# only where sample data is wanted: the product's script holds no generator
# code.  PGXS builds the first as MODULE_big and the second as a one-file
# module of MODULES, whose source make finds in src/sample/ through vpath
# (a MODULES entry is a bare name: it is the library's and its bitcode's).
EXTENSION = population_rules population_rules_sample
EXTVERSION = 0.2.0
MODULE_big = population_rules
MODULES = population_rules_sample
vpath population_rules_sample.c src/sample

SRCS = $(sort $(wildcard src/*.c src/ident/*.c src/vntext/*.c src/rules/*.c))
OBJS = $(SRCS:.c=.o)

# The install script of the current version is assembled from the ordered
# pieces in sql/ext/.  Released versions are frozen in sql/versions/: the
# full script of each (population_rules--0.1.0.sql) and the upgrade script
# to the next (population_rules--0.1.0--0.2.0.sql), which carries every SQL
# change made to the pieces since; a frozen file is never edited.
EXT_PIECES = $(sort $(wildcard sql/ext/*.sql))
# The companion's script is assembled likewise from sql/sample/; it is new
# in 0.2.0, so it has no frozen versions yet.
SAMPLE_PIECES = $(sort $(wildcard sql/sample/*.sql))
DATA_built = population_rules--$(EXTVERSION).sql population_rules_sample--$(EXTVERSION).sql
DATA = $(wildcard sql/versions/population_rules--*.sql)

REGRESS = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS = --load-extension=population_rules
ISOLATION = $(sort $(basename $(notdir $(wildcard test/specs/*.spec))))
ISOLATION_OPTS = --load-extension=population_rules

# Translations: po/LANG.po, compiled to po/LANG.mo and installed into the
# server's locale directory when the server was built with NLS and msgfmt
# is on the PATH (package gettext).  make update-po extracts the messages
# of the C code and of the SQL pieces and merges them into each po file.
LANGUAGES = vi
MO_FILES = $(LANGUAGES:%=po/%.mo)
MSGFMT ?= $(shell command -v msgfmt 2>/dev/null)

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n 2>/dev/null)
ICU_LIBS := $(shell pkg-config --libs icu-uc icu-i18n 2>/dev/null)

PG_CPPFLAGS = -I$(srcdir)/src $(ICU_CFLAGS)
# Warnings are errors in the project's own builds (make test, CI: WERROR=1),
# not in a user's or a package's build, where a newer compiler's new
# warning must not stop the install.
PG_CFLAGS = $(if $(filter 1,$(WERROR)),-Werror)
SHLIB_LINK = $(ICU_LIBS)

EXTRA_CLEAN = $(DATA_built) $(MO_FILES) .pgxs-target fuzz-build results output_iso regression.diffs regression.out

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)

ifneq ($(wildcard $(PGXS)),)
include $(PGXS)

# pg_isolation_regress takes its specs and expected files from test/.
pg_isolation_regress_installcheck = \
    echo "+++ isolation install-check +++" && \
    $(top_builddir)/src/test/isolation/pg_isolation_regress \
    --inputdir=$(srcdir)/test --outputdir=output_iso \
    --bindir='$(bindir)' \
    $(pg_regress_locale_flags) $(EXTRA_REGRESS_OPTS)
else
all install installcheck:
	@echo "PostgreSQL server development files not found: run 'make deps' first" >&2
	@exit 1
endif

# The schema is fixed (population_rules.control: schema, relocatable =
# false), so the pieces' @extschema@ is replaced here: the installed script
# names it literally and PostgreSQL substitutes nothing into its quotes.
# The companion's pieces name the product's objects population_rules.x and
# their own @extschema@ (population_rules_sample).
population_rules--$(EXTVERSION).sql: $(EXT_PIECES) Makefile
	cat $(EXT_PIECES) | sed 's/@extschema@/population_rules/g' > $@
population_rules_sample--$(EXTVERSION).sql: $(SAMPLE_PIECES) Makefile
	cat $(SAMPLE_PIECES) | sed 's/@extschema@/population_rules_sample/g' > $@

ifeq ($(enable_nls)$(if $(MSGFMT),yes),yesyes)
all: $(MO_FILES)
install: install-po
uninstall: uninstall-po
endif
.PHONY: install-po uninstall-po update-po
po/%.mo: po/%.po
	$(MSGFMT) --check -o $@ $<
install-po: $(MO_FILES)
	for lang in $(LANGUAGES); do \
		$(MKDIR_P) '$(DESTDIR)$(localedir)'/$$lang/LC_MESSAGES && \
		$(INSTALL_DATA) po/$$lang.mo '$(DESTDIR)$(localedir)'/$$lang/LC_MESSAGES/population_rules-$(MAJORVERSION).mo || exit 1; \
	done
uninstall-po:
	for lang in $(LANGUAGES); do \
		rm -f '$(DESTDIR)$(localedir)'/$$lang/LC_MESSAGES/population_rules-$(MAJORVERSION).mo; \
	done
update-po:
	python3 tools/po.py update $(LANGUAGES)

.PHONY: deps test demo bench fuzz fuzz-smoke
deps:
	bash tools/install-deps.sh build

test:
	bash test/run-all.sh

demo:
	bash tools/demo.sh

bench:
	bash tools/bench.sh

fuzz:
	bash test/fuzz/run.sh full

fuzz-smoke:
	bash test/fuzz/run.sh smoke

# PGXS does not track header dependencies: rebuild every object when any
# of the project's headers changes.
$(OBJS) population_rules_sample.o: $(wildcard src/*.h src/ident/*.h src/vntext/*.h src/rules/*.h src/sample/*.h)

# The objects are those of one server: building for another major (make
# PG_CONFIG=...) rebuilds them.  .pgxs-target names the server they are
# built for, and is rewritten only when that changes.
PGXS_TARGET := $(shell $(PG_CONFIG) --version 2>/dev/null) $(shell $(PG_CONFIG) --includedir-server 2>/dev/null)
.pgxs-target: FORCE
	@echo '$(PGXS_TARGET)' | cmp -s - $@ || echo '$(PGXS_TARGET)' >$@
.PHONY: FORCE
FORCE:
$(OBJS) $(OBJS:.o=.bc) population_rules_sample.o population_rules_sample.bc: .pgxs-target
