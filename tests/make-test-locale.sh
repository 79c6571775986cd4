#!/bin/bash
# make-test-locale.sh LANG TERRITORY PO OUTDIR STAMP: what a UI test in LANG needs, in the
# build dir: the catalogue compiled from PO (OUTDIR/LANG/LC_MESSAGES/stride.mo, for
# STRIDE_LOCALE_DIR) and the glibc locale LANG_TERRITORY.UTF-8 (OUTDIR, for LOCPATH),
# so no locale needs to be installed on the machine (only the `locales` package's sources).
set -eu
lang=$1 territory=$2 po=$3 out=$4 stamp=$5
mkdir -p "$out/$lang/LC_MESSAGES"
msgfmt -o "$out/$lang/LC_MESSAGES/stride.mo" "$po"
if [[ ! -f $out/${lang}_$territory.UTF-8/LC_CTYPE ]]; then
  # Exit status 1 means warnings only; the locale is written all the same.
  localedef -i "${lang}_$territory" -f UTF-8 "$out/${lang}_$territory.UTF-8" || [[ $? -eq 1 ]]
fi
touch "$stamp"
