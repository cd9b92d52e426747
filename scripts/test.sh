#!/usr/bin/env bash
# npm test: lint, the Prettier check (starter settings), the GitHub workflow files, typecheck, build, the n8n scanner's checks on the
# packed package, every test.
set -euo pipefail
npm run -s lint
npm run -s format:check
npm run -s validate:github
npm run -s typecheck
npm run -s build
npm run -s scan
if [ -n "${JEST_JSON:-}" ]; then
	npx jest --json --outputFile="$JEST_JSON" "$@"
else
	npx jest "$@"
fi
