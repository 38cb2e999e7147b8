#!/usr/bin/env bash
# Installs Microsoft's SARIF multitool (its `validate` command checks a log against the SARIF
# 2.1.0 schema and the spec's rules) and prints the path of the executable on its last line.
# Used by tests/python/test_output_formats.py.
set -euo pipefail
exec bash "$(dirname "$0")/install-npm-tool.sh" @microsoft/sarif-multitool 5.7.0 \
  node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
