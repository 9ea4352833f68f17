#!/usr/bin/env bash
# install-deps.sh: install, through apt-get, what this machine lacks.
# Idempotent: a machine that has everything runs no apt-get at all.
#
#   install-deps.sh [build]     what building and running the extension
#                               needs: the server and its development
#                               package, ICU, a C compiler, msgfmt for the
#                               translations (make deps)
#   install-deps.sh test        that, and what the tests, demo, benchmarks,
#                               fuzzers and the package build need (make test,
#                               make demo, make bench), and the vi_VN.UTF-8
#                               locale the tests of Vietnamese messages use
#   install-deps.sh pg-source   what building a PostgreSQL release tarball
#                               with ICU needs (tools/build-pg18.sh)
#   install-deps.sh citus-source
#                               what building Citus from its source tarball
#                               against the system's server needs
#                               (tools/build-citus.sh)
set -euo pipefail

# The server major version is the one installed; its development package
# must match it.
pg_major() {
	local v
	for v in $(ls /usr/lib/postgresql 2>/dev/null | sort -rn); do
		if [ -x "/usr/lib/postgresql/$v/bin/postgres" ]; then
			echo "$v"
			return
		fi
	done
	echo 15
}

major=$(pg_major)
build=(
	"postgresql-$major"
	"postgresql-server-dev-$major"
	libicu-dev
	pkg-config
	make
	gcc
	gettext
)
case "${1:-build}" in
build)
	wanted=("${build[@]}")
	;;
test)
	# contrib: unaccent for a bench baseline; clang and its sanitizer
	# runtime: the fuzzers; hunspell-vi: a test oracle; debhelper and
	# postgresql-server-dev-all: the Debian package build (pg_buildext);
	# locales: the vi_VN.UTF-8 locale of the Vietnamese messages' test.
	wanted=("${build[@]}" postgresql-contrib clang libclang-rt-dev hunspell-vi
		util-linux python3 debhelper dpkg-dev fakeroot postgresql-server-dev-all
		locales)
	;;
pg-source)
	# PostgreSQL 18's configure requires bison and flex even for a release
	# tarball, which ships their output.
	# gettext: --enable-nls, so the server looks up translated messages.
	wanted=(gcc make perl bzip2 pkg-config libicu-dev zlib1g-dev bison flex gettext)
	;;
citus-source)
	# Citus 13's configure and build (tools/build-citus.sh), against the
	# system's server: its libcurl, lz4, zstd, Kerberos and OpenSSL headers.
	wanted=("${build[@]}" libcurl4-openssl-dev liblz4-dev libzstd-dev
		libkrb5-dev libssl-dev autoconf flex bison patch)
	;;
*)
	echo "install-deps: unknown set \"$1\" (build, test, pg-source or citus-source)" >&2
	exit 2
	;;
esac

missing=()
for p in "${wanted[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
		missing+=("$p")
	fi
done

need_root() {
	if [ "$(id -u)" -ne 0 ]; then
		echo "install-deps: missing $1; run as root to install it" >&2
		exit 1
	fi
}

if [ ${#missing[@]} -gt 0 ]; then
	need_root "packages: ${missing[*]}"
	echo "install-deps: installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The tests switch lc_messages to Vietnamese: the server can only do so
# when the operating system has the locale.
if [ "${1:-build}" = test ] && ! locale -a 2>/dev/null | grep -qix 'vi_VN\.utf-\?8'; then
	need_root "the vi_VN.UTF-8 locale"
	echo "install-deps: generating the vi_VN.UTF-8 locale"
	if grep -q '^# *vi_VN.UTF-8 UTF-8' /etc/locale.gen; then
		sed -i 's/^# *vi_VN.UTF-8 UTF-8/vi_VN.UTF-8 UTF-8/' /etc/locale.gen
	elif ! grep -q '^vi_VN.UTF-8 UTF-8' /etc/locale.gen; then
		echo 'vi_VN.UTF-8 UTF-8' >>/etc/locale.gen
	fi
	locale-gen >/dev/null
fi
