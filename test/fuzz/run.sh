#!/usr/bin/env bash
# run.sh: build the libFuzzer harnesses of the C text core and run each
# entry point for a bounded time.
#   run.sh smoke   a few seconds each (part of make test)
#   run.sh full    FUZZ_SECONDS (default 120) each (make fuzz)
# Prints "fuzz ok: NAME" or "fuzz FAILED: NAME" per entry point; crashing
# inputs are kept in fuzz-build/artifacts/.  First, exhaustive.c checks the
# same properties for every code point (the BMP in smoke mode).
set -uo pipefail
cd "$(dirname "$0")/../.."

mode=${1:-smoke}
if [ "$mode" = smoke ]; then
	seconds=${FUZZ_SECONDS:-4}
else
	seconds=${FUZZ_SECONDS:-120}
fi

targets=(normalize_old normalize_new form_upper form_ascii key_unaccent
	key_toneless key_phonetic name_split invalid_syllables is_syllable
	audit repair_legacy fast_equals_full)

out=fuzz-build
mkdir -p "$out/artifacts" "$out/corpus"
CC=${FUZZ_CC:-clang}
icu_cflags=$(pkg-config --cflags icu-uc icu-i18n)
icu_libs=$(pkg-config --libs icu-uc icu-i18n)
srcs=$(ls src/vntext/*.c)

# Seed corpus: hand-picked hard cases plus the first real names.
cp test/fuzz/seeds/* "$out/corpus/" 2>/dev/null
if [ -f test/data/names-uit-forum.tsv ]; then
	tail -n +2 test/data/names-uit-forum.tsv | head -300 | cut -f1 |
		awk -v d="$out/corpus" '{ f = sprintf("%s/name%04d", d, NR); printf "%s", $0 > f; close(f) }'
fi

# Every code point, in a few contexts (test/fuzz/exhaustive.c).
range=all
[ "$mode" = smoke ] && range=bmp
if ! $CC -g -O2 -Isrc $icu_cflags test/fuzz/exhaustive.c $srcs $icu_libs \
	-o "$out/exhaustive" 2>"$out/build_exhaustive.log"; then
	cat "$out/build_exhaustive.log" >&2
	echo "fuzz FAILED: exhaustive (build)"
elif "$out/exhaustive" "$range" >"$out/run_exhaustive.log" 2>&1; then
	echo "fuzz ok: exhaustive ($(tail -1 "$out/run_exhaustive.log"))"
else
	head -60 "$out/run_exhaustive.log" >&2
	echo "fuzz FAILED: exhaustive"
fi

i=0
for t in "${targets[@]}"; do
	i=$((i + 1))
	bin="$out/fuzz_$t"
	if ! $CC -g -O1 -fsanitize=fuzzer,address,undefined \
		-fno-sanitize-recover=all -DFUZZ_ENTRY=$i -Isrc $icu_cflags \
		test/fuzz/fuzz_vntext.c $srcs $icu_libs -o "$bin" 2>"$out/build_$t.log"; then
		cat "$out/build_$t.log" >&2
		echo "fuzz FAILED: $t (build)"
		continue
	fi
	# Each target starts from a copy of the shared seeds.
	work="$out/corpus_$t"
	mkdir -p "$work"
	cp -n "$out"/corpus/* "$work"/ 2>/dev/null
	if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		"$bin" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
		-rss_limit_mb=2048 -artifact_prefix="$out/artifacts/${t}-" \
		"$work" >"$out/run_$t.log" 2>&1; then
		echo "fuzz ok: $t ($(grep -Eo '#[0-9]+' "$out/run_$t.log" | tail -1 | tr -d '#') runs)"
	else
		tail -40 "$out/run_$t.log" >&2
		echo "fuzz FAILED: $t"
	fi
done
