#!/usr/bin/env bash
# ident_generated.sh: the generated identity-number data (the INSERTs of
# sql/ext/21_ident_data.sql and the C tables of src/ident/provinces.[ch])
# is what tools/gen_ident_data.py makes of data/ today.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v python3 >/dev/null; then
	echo "ident_generated: python3 not found, skipped"
	exit 0
fi
python3 tools/gen_ident_data.py --check
echo "ident_generated: generated files are up to date"
