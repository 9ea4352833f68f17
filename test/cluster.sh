#!/usr/bin/env bash
# cluster.sh: a throwaway PostgreSQL cluster for tests, the demo and the
# benchmarks.  Source it, call cluster_start, and the cluster is stopped and
# removed when the calling shell exits, fails or is interrupted.
#
#   cluster_start [extra postgres -c settings...]
#     initdb as the postgres OS user in a fresh temp directory, start the
#     server on a unix socket there (no TCP), export PGHOST/PGPORT/PGUSER/
#     PGDATABASE for the caller.
#   cluster_stop
#     stop the server and delete the directory (also run by the EXIT trap).
#
# The server is the one PG_CONFIG names (default: pg_config on the PATH);
# PG_BINDIR overrides where its programs are taken from.

PG_BINDIR=${PG_BINDIR:-$(${PG_CONFIG:-pg_config} --bindir)}
CLUSTER_DIR=""

# Run a command as the postgres OS user: the server refuses to run as root.
as_postgres() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

# A port whose socket file does not exist in our directory; no TCP is used,
# so the number only names the socket.
cluster_free_port() {
	local p
	for p in $(shuf -i 20000-60000 -n 50); do
		if [ ! -e "$CLUSTER_DIR/.s.PGSQL.$p" ]; then
			echo "$p"
			return
		fi
	done
	echo 54329
}

cluster_stop() {
	if [ -n "$CLUSTER_DIR" ] && [ -d "$CLUSTER_DIR" ]; then
		if [ -f "$CLUSTER_DIR/data/postmaster.pid" ]; then
			as_postgres "$PG_BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" \
				-m immediate -w stop >/dev/null 2>&1 || true
		fi
		rm -rf "$CLUSTER_DIR"
	fi
	CLUSTER_DIR=""
}

cluster_start() {
	CLUSTER_DIR=$(mktemp -d /tmp/population_rules.XXXXXX)
	chmod 755 "$CLUSTER_DIR"
	if [ "$(id -u)" -eq 0 ]; then
		chown postgres:postgres "$CLUSTER_DIR"
	fi
	trap 'cluster_stop' EXIT
	trap 'cluster_stop; exit 130' INT TERM

	local port locale
	port=$(cluster_free_port)
	locale=C.UTF-8
	if locale -a 2>/dev/null | grep -qi '^en_US\.utf-\?8$'; then
		locale=en_US.UTF-8
	fi
	as_postgres "$PG_BINDIR/initdb" -D "$CLUSTER_DIR/data" -U postgres \
		--auth=trust --encoding=UTF8 --locale="$locale" >"$CLUSTER_DIR/initdb.log" 2>&1 || {
		cat "$CLUSTER_DIR/initdb.log" >&2
		return 1
	}

	local opts="-c listen_addresses='' -c unix_socket_directories='$CLUSTER_DIR' -p $port"
	local s
	for s in "$@"; do
		opts="$opts -c $s"
	done
	as_postgres "$PG_BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" -w -t 60 \
		-l "$CLUSTER_DIR/server.log" -o "$opts" start >/dev/null || {
		cat "$CLUSTER_DIR/server.log" >&2
		return 1
	}

	export PGHOST="$CLUSTER_DIR" PGPORT="$port" PGUSER=postgres PGDATABASE=postgres
	unset PGPASSWORD PGSERVICE
}

# The server log, for a failing test's report.
cluster_log() {
	[ -n "$CLUSTER_DIR" ] && cat "$CLUSTER_DIR/server.log"
}

# The lock file guarding the extension directory of the server PG_CONFIG
# names: the system server's is the one every work tree has always used;
# another installation (the cached PostgreSQL 18 of tools/build-pg18.sh)
# gets its own, named after its library directory.
install_lock_file() {
	local libdir
	libdir=$(${PG_CONFIG:-pg_config} --pkglibdir) || return 1
	if [ "$libdir" = "$(pg_config --pkglibdir 2>/dev/null)" ]; then
		echo /tmp/population_rules.install.lock
	else
		echo "/tmp/population_rules.install.$(echo "$libdir" | md5sum | cut -c1-12).lock"
	fi
}

# Install what is missing, then build and install the extension under the
# machine-wide install lock (several work trees share the server's
# extension directory).  With "keep" the lock is held until the calling
# shell exits or calls install_unlock, so no other tree can replace the
# library during a run.  PG_CONFIG selects the server (make honours it).
install_extension() {
	bash tools/install-deps.sh test || return 1
	local lock
	lock=$(install_lock_file) || return 1
	exec 9>"$lock"
	flock 9
	make -s WERROR=1 >/dev/null || return 1
	make -s install >/dev/null || return 1
	if [ "${1:-}" != keep ]; then
		flock -u 9
	fi
}

# Release the lock install_extension kept.
install_unlock() {
	flock -u 9 2>/dev/null
	exec 9>&-
}
