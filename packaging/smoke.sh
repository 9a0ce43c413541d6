#!/usr/bin/env bash
# The built program, with no Python on the path and no display: it checks its own story, then shows the title.
set -euo pipefail
cd "$(dirname "$0")/.."
program=dist/eternal/eternal
[ -x "$program" ] || { echo "build first: python packaging/build.py" >&2; exit 1; }
export SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy ETERNAL_HOME="$(mktemp -d)"
env -i PATH=/usr/bin:/bin SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy ETERNAL_HOME="$ETERNAL_HOME" "$program" check
env -i PATH=/usr/bin:/bin SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy ETERNAL_HOME="$ETERNAL_HOME" "$program" --frames 90
