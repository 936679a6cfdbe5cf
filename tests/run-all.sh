#!/usr/bin/env bash
# The whole test suite: installs what it needs, builds (warnings as
# errors), runs every unit and end-to-end test through ctest.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
bash "$top/contrib/install-deps.sh" --test
bash "$top/contrib/build.sh" -DMT_WERROR=ON -DMT_TEST_HOOKS=ON
cd "$top/build"
ctest --output-on-failure -j"$(nproc)" "$@"
