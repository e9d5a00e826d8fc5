#!/usr/bin/env bash
# The pull-request API diff gate: `diff-gate.sh BASE` compares BASE with the working tree
# of the git repository it is run in (the toolchain is the checkout this script is in).
#   - the Markdown report goes to $GITHUB_STEP_SUMMARY (when set) and to stdout,
#     the annotations (::error file=...,line=...) to stdout, where Actions reads them;
#   - exit 0: nothing breaks, or a breaking change is allowed: the pull request has the
#     `breaking-change-approved` label (BREAKING_CHANGE_LABEL=true) or adds the file
#     .github/breaking-change-approved.md (added by this change: one already in BASE
#     allows nothing, so an approval never outlives its pull request);
#   - exit 1: a breaking change nobody allowed; exit 2: the diff could not be made.
set -uo pipefail
if [ $# -ne 1 ]; then
    echo "usage: $0 BASE_REF" >&2
    exit 2
fi
base=$1
tools=$(cd "$(dirname "$0")/../.." && pwd)
repo=$(git rev-parse --show-toplevel) || exit 2
python=${PYTHON:-$tools/.venv/bin/python}
export PYTHONPATH="$tools${PYTHONPATH:+:$PYTHONPATH}"
cd "$repo" || exit 2
out=${DIFF_GATE_OUT:-build/api-diff}
approval=.github/breaking-change-approved.md
mkdir -p "$out"

# One comparison: the annotations on stdout, the Markdown report and the JSON beside them.
"$python" -m toolchain diff --repo "$repo" --base "$base" --format github \
    --write markdown="$out/report.md" --write json="$out/report.json"
status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
    echo "::error title=API diff failed::python -m toolchain diff exited $status (see the log)"
    exit 2
fi
cat "$out/report.md"
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    cat "$out/report.md" >>"$GITHUB_STEP_SUMMARY"
fi
if [ "$status" -eq 0 ]; then
    exit 0
fi
if [ "${BREAKING_CHANGE_LABEL:-false}" = "true" ]; then
    echo "::notice title=Breaking change approved::by the breaking-change-approved label"
    exit 0
fi
if [ -f "$approval" ] && ! git cat-file -e "$base:$approval" 2>/dev/null; then
    echo "::notice title=Breaking change approved::by $approval, added in this change"
    exit 0
fi
echo "::error title=Breaking API change::label the pull request breaking-change-approved or add $approval with the reason"
exit 1
