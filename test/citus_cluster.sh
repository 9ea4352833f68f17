#!/usr/bin/env bash
# citus_cluster.sh: a throwaway Citus cluster for the Citus suite: a
# coordinator and two workers on the system's server (Citus built by
# tools/build-citus.sh), each its own data directory, all three on unix
# sockets in one temp directory and no TCP.  The socket directory is the
# nodes' host name (citus.local_hostname and the node table say so), the
# ports tell them apart.  Source it after test/cluster.sh:
#
#   citus_cluster_start
#     initdb and start the three nodes (the coordinator preloading
#     population_rules too), create Citus on each, make the
#     coordinator's node table name the coordinator and both workers, and
#     export PGHOST/PGPORT/PGUSER/PGDATABASE for the coordinator and
#     CITUS_WORKER_PORTS ("port1 port2") for the workers.
#   citus_cluster_stop
#     stop the nodes and delete the directory (also run at the shell's exit).
#   citus_on PORT ARGS...
#     psql (as q of lib.sh) on the node listening on PORT.
#   citus_coordinator_restart PRELOAD
#     restart the coordinator with shared_preload_libraries=PRELOAD.
#
# The suite's scripts (test/citus/*.sh) reach a worker with psql -p PORT:
# every node's socket is in PGHOST.

CITUS_DIR=""
CITUS_PORTS=()

citus_cluster_stop() {
	local n
	if [ -n "$CITUS_DIR" ] && [ -d "$CITUS_DIR" ]; then
		for n in "$CITUS_DIR"/node*; do
			[ -f "$n/postmaster.pid" ] || continue
			as_postgres "$PG_BINDIR/pg_ctl" -D "$n" -m immediate -w stop >/dev/null 2>&1 || true
		done
		rm -rf "$CITUS_DIR"
	fi
	CITUS_DIR=""
}

# citus_node_start N PORT: initdb node N and start it on PORT.  The
# coordinator (node 0) preloads population_rules after citus, as the README
# asks (its commit hook must be there before a session's first write); the
# workers load it when a rule's trigger first fires on them.
citus_node_start() {
	local data=$CITUS_DIR/node$1 preload=citus
	[ "$1" = 0 ] && preload=citus,population_rules
	as_postgres "$PG_BINDIR/initdb" -D "$data" -U postgres --auth=trust \
		--encoding=UTF8 --locale=C.UTF-8 >"$CITUS_DIR/initdb$1.log" 2>&1 || {
		cat "$CITUS_DIR/initdb$1.log" >&2
		return 1
	}
	citus_node_run "$1" "$2" "$preload"
}

# citus_node_run N PORT PRELOAD: start node N's server on PORT with
# shared_preload_libraries=PRELOAD.
citus_node_run() {
	local plugins=""
	# PostgreSQL 15.20 and the minors of its release load as a logical
	# decoding output plugin only a library output_plugin_libraries lists
	# (pgoutput and test_decoding by default); Citus splits shards by
	# logical replication through its own, "citus".  Listed where the
	# server has the setting.
	# (the whole list read first: grep -q would stop reading at the match,
	# and the server, still writing, would die of SIGPIPE and fail the
	# pipeline under pipefail, at random)
	case $'\n'"$(as_postgres "$PG_BINDIR/postgres" --describe-config 2>/dev/null)" in
	*$'\n'output_plugin_libraries$'\t'*)
		plugins="-c output_plugin_libraries=pgoutput,test_decoding,citus" ;;
	esac
	# Citus commits multi-shard writes with two-phase commit, and moves
	# and splits shards by logical replication by default (wal_level).
	as_postgres "$PG_BINDIR/pg_ctl" -D "$CITUS_DIR/node$1" -w -t 60 -l "$CITUS_DIR/server$1.log" \
		-o "-c listen_addresses='' -c unix_socket_directories='$CITUS_DIR' -p $2 \
		-c shared_preload_libraries=$3 -c citus.local_hostname='$CITUS_DIR' \
		-c max_prepared_transactions=100 -c max_connections=100 -c wal_level=logical $plugins" start >/dev/null || {
		cat "$CITUS_DIR/server$1.log" >&2
		return 1
	}
}

# citus_coordinator_restart PRELOAD: restart the coordinator with
# shared_preload_libraries=PRELOAD.  A script of the suite (a separate
# shell) sources this file and sets CITUS_DIR=$PGHOST first, and puts the
# README's 'citus,population_rules' back before it ends.
citus_coordinator_restart() {
	as_postgres "$PG_BINDIR/pg_ctl" -D "$CITUS_DIR/node0" -m fast -w stop >/dev/null || return 1
	citus_node_run 0 "$PGPORT" "$1"
}

citus_on() {
	local port=$1
	shift
	psql -X -q -v ON_ERROR_STOP=1 -At -h "$CITUS_DIR" -p "$port" -U postgres -d postgres "$@"
}

citus_cluster_start() {
	CITUS_DIR=$(mktemp -d /tmp/population_rules-citus.XXXXXX)
	chmod 755 "$CITUS_DIR"
	if [ "$(id -u)" -eq 0 ]; then
		chown postgres:postgres "$CITUS_DIR"
	fi
	trap 'citus_cluster_stop; cluster_stop' EXIT
	trap 'citus_cluster_stop; cluster_stop; exit 130' INT TERM
	# Three distinct ports; the socket files live in our own directory.
	mapfile -t CITUS_PORTS < <(shuf -i 20000-60000 -n 3)
	local i
	for i in 0 1 2; do
		citus_node_start "$i" "${CITUS_PORTS[$i]}" || return 1
		citus_on "${CITUS_PORTS[$i]}" -c "CREATE EXTENSION citus" || return 1
	done
	citus_on "${CITUS_PORTS[0]}" \
		-c "SELECT pg_catalog.citus_set_coordinator_host('$CITUS_DIR', ${CITUS_PORTS[0]})" \
		-c "SELECT pg_catalog.citus_add_node('$CITUS_DIR', ${CITUS_PORTS[1]})" \
		-c "SELECT pg_catalog.citus_add_node('$CITUS_DIR', ${CITUS_PORTS[2]})" >/dev/null || return 1
	export PGHOST="$CITUS_DIR" PGPORT="${CITUS_PORTS[0]}" PGUSER=postgres PGDATABASE=postgres
	export CITUS_WORKER_PORTS="${CITUS_PORTS[1]} ${CITUS_PORTS[2]}"
	unset PGPASSWORD PGSERVICE
}
