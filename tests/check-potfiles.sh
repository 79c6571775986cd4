#!/bin/bash
# check-potfiles.sh SRCDIR: every source file with translatable strings is listed in
# po/POTFILES.in (and every listed file exists), so nothing is left out of the template.
set -u
cd "$1"
status=0
listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)

for f in $listed; do
  [[ -f $f ]] || { echo "po/POTFILES.in lists $f, which does not exist"; status=1; }
done

candidates=$( { grep -rlE '\b(_|N_|C_|NC_|g_dgettext)\s*\(' src --include='*.c';
                grep -rl 'translatable="yes"' src --include='*.ui'; } | sort -u)
for f in $candidates; do
  grep -qxF "$f" <<<"$listed" || { echo "$f has translatable strings but is not in po/POTFILES.in"; status=1; }
done

[[ $status -eq 0 ]] && echo "po/POTFILES.in lists all $(wc -w <<<"$candidates") files with translatable strings"
exit $status
