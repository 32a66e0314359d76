#!/usr/bin/env bash
# Lints every BPMN model in bpmn/ with bpmnlint and the Camunda 7.24 compatibility plugin.
# Rules: .bpmnlintrc at the repository root. Tools: pinned in .ci/package.json / package-lock.json.
# Exits non-zero on any lint error or warning.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ci_dir="${repo_root}/.ci"

(cd "${ci_dir}" && npm ci --no-audit --no-fund)

cd "${repo_root}"

shopt -s nullglob
models=(bpmn/*.bpmn)
if [ "${#models[@]}" -eq 0 ]; then
  echo "lint-bpmn: no BPMN model found in bpmn/" >&2
  exit 1
fi

# bpmnlint reads .bpmnlintrc from the working directory (the repository root) and resolves
# "bpmnlint:" / "plugin:" entries with Node's module resolution from there; NODE_PATH lets it
# find the plugin installed under .ci/node_modules.
export NODE_PATH="${ci_dir}/node_modules"
"${ci_dir}/node_modules/.bin/bpmnlint" --max-warnings 0 "${models[@]}"
echo "lint-bpmn: ${#models[@]} model(s) passed: ${models[*]}"
