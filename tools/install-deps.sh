#!/usr/bin/env bash
# install-deps.sh: install, through apt-get, whatever the build, the tests,
# the demo, the benchmarks and the fuzzers need and this machine lacks.
# Idempotent: a machine that has everything runs no apt-get at all.
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
wanted=(
	"postgresql-$major"
	"postgresql-contrib"
	"postgresql-server-dev-$major"
	libicu-dev
	pkg-config
	make
	gcc
	clang
	libclang-rt-dev
	hunspell-vi
	util-linux
	python3
)

missing=()
for p in "${wanted[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
		missing+=("$p")
	fi
done

if [ ${#missing[@]} -eq 0 ]; then
	exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
	echo "install-deps: missing packages: ${missing[*]}; run as root to install them" >&2
	exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
