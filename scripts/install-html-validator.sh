#!/usr/bin/env bash
# Installs html-validate (an offline HTML5 validator) and prints the path of its command on the
# last line. 9.7.1 is the last line that also runs on Debian bookworm's Node.js 18.19. Used by
# tests/python/test_review_report.py to validate the HTML review report.
set -euo pipefail
exec bash "$(dirname "$0")/install-npm-tool.sh" html-validate 9.7.1 node_modules/.bin/html-validate
