#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the translations (TAP).

    check-translations.py po   SRCDIR BUILDDIR
    check-translations.py help SRCDIR BUILDDIR

po: a fresh template is made from the sources as `ninja stride-pot` makes it (POTFILES.in
and the content pack's strings); every text the content loader translates must be in
it. Each language in po/LINGUAS must pass `msgfmt --check` with 0 untranslated and 0
fuzzy messages, and still have none once merged with the fresh template (else it is
behind the sources: `ninja -C _build stride-update-po`, then translate).

help: each language in help/LINGUAS must be complete and current in the same way
(help/LANG/LANG.po against the pages in help/C), and its pages, built with itstool,
must pass `yelp-check validate`.

Languages that have a .po but are not listed yet are reported, never failed.
"""
import glob
import os
import re
import subprocess
import sys
import tempfile

# The same keywords as Meson's i18n "glib" preset (po/meson.build).
GLIB_PRESET = [
    "--from-code=UTF-8", "--add-comments",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format",
    "--flag=g_markup_printf_escaped:1:c-format", "--flag=g_printerr:1:c-format",
    "--flag=g_print:1:c-format",
]

results = []


def check(ok, what, details=()):
    results.append((ok, what, list(details)))


def languages(linguas):
    with open(linguas, encoding="utf-8") as f:
        return [w for line in f if not line.lstrip().startswith("#") for w in line.split()]


def run(*args):
    return subprocess.run(args, capture_output=True, text=True)


def statistics(po):
    """(ok, counts text) from msgfmt --check --statistics."""
    p = run("msgfmt", "--check", "--statistics", "-o", os.devnull, po)
    text = (p.stderr + p.stdout).strip()
    ok = p.returncode == 0 and "untranslated" not in text and "fuzzy" not in text
    return ok, text


def check_language(lang, po, template, update_hint, tmp):
    ok, text = statistics(po)
    check(ok, f"{os.path.relpath(po)} is complete and msgfmt --check passes ({text.splitlines()[-1] if text else 'no output'})",
          [] if ok else text.splitlines())
    merged = os.path.join(tmp, lang + ".merged.po")
    p = run("msgmerge", "--quiet", "--no-fuzzy-matching", "-o", merged, po, template)
    if p.returncode != 0:
        check(False, f"{po} merges with the fresh template", p.stderr.splitlines())
        return
    ok, text = statistics(merged)
    check(ok, f"{os.path.relpath(po)} is current with the sources",
          [] if ok else [f"merged with the sources: {text}", update_hint])


def unlisted(pattern, listed, lang_of, template, tmp):
    """Where a language not yet listed stands, for its translator."""
    for po in sorted(glob.glob(pattern)):
        lang = lang_of(po)
        if lang in listed:
            continue
        _, text = statistics(po)
        merged = os.path.join(tmp, lang + ".unlisted.po")
        run("msgmerge", "--quiet", "--no-fuzzy-matching", "-o", merged, po, template)
        _, current = statistics(merged) if os.path.exists(merged) else (False, "cannot merge")
        print(f"# {os.path.relpath(po)} is not in LINGUAS yet: {text}; against the sources now: {current}")


def c_strings(path):
    """The N_("…") strings of the generated content-strings.c, unescaped."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    strings = []
    for m in re.finditer(r'N_\(((?:\s*"(?:[^"\\]|\\.)*")+)\);', source):
        parts = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))
        strings.append(unescape("".join(parts)))
    return strings


def pot_msgids(path):
    ids, current, in_id = set(), None, False
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("msgid "):
                current, in_id = [line[6:]], True
            elif line.startswith('"') and in_id:
                current.append(line)
            else:
                if in_id and current is not None:
                    ids.add("".join(json_unquote(s) for s in current))
                in_id = False
    return ids


def json_unquote(s):
    return unescape(s.strip()[1:-1])


ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def unescape(s):
    """C and PO string escapes: \\ \" \n \t and octal."""
    def one(m):
        e = m.group(1)
        return chr(int(e, 8)) if e[0].isdigit() else ESCAPES.get(e, "\\" + e)
    return re.sub(r'\\([0-7]{1,3}|.)', one, s)


def check_po(src, build, tmp):
    os.chdir(src)
    template = os.path.join(tmp, "stride.pot")
    p = run("xgettext", "--package-name=stride", "-D", src, "-D", build, "-f", "po/POTFILES.in",
            *GLIB_PRESET, "--add-location=file", "-o", template, "data/content/content-strings.c")
    check(p.returncode == 0 and os.path.exists(template), "xgettext makes the template from the sources",
          p.stderr.splitlines())
    if not os.path.exists(template):
        return
    ids = pot_msgids(template)
    content = c_strings(os.path.join(build, "data", "content", "content-strings.c"))
    missing = [s for s in content if s not in ids]
    check(content and not missing, f"the template holds all {len(content)} content strings the loader translates",
          [f"missing: {s[:80]}" for s in missing[:10]])
    listed = languages("po/LINGUAS")
    for lang in listed:
        check_language(lang, f"po/{lang}.po", template,
                       "update it: ninja -C _build stride-update-po, then translate what is new", tmp)
    unlisted("po/*.po", listed, lambda po: os.path.basename(po)[:-3], template, tmp)
    if not listed:
        print("# po/LINGUAS lists no language yet")


def check_help(src, build, tmp):
    os.chdir(os.path.join(src, "help"))
    pages = sorted(glob.glob("C/*.page"))
    template = os.path.join(tmp, "help.pot")
    p = run("itstool", "-o", template, *pages)
    check(p.returncode == 0, f"itstool makes the help template from {len(pages)} pages", p.stderr.splitlines())
    listed = languages("LINGUAS")
    for lang in listed:
        po = f"{lang}/{lang}.po"
        check_language(lang, po, template,
                       "update it: ninja -C _build help-io.github.stride_app.Stride-update-po, then translate", tmp)
        mo = os.path.join(tmp, lang + ".mo")
        out = os.path.join(tmp, lang)
        os.makedirs(out, exist_ok=True)
        p = run("msgfmt", "-o", mo, po)
        if p.returncode == 0:
            p = run("itstool", "-m", mo, "-o", out + "/", *pages)
        built = sorted(glob.glob(os.path.join(out, "*.page")))
        check(p.returncode == 0 and len(built) == len(pages), f"help/{lang}: itstool builds all {len(pages)} pages",
              p.stderr.splitlines())
        if built:
            p = run("yelp-check", "validate", *built)
            check(p.returncode == 0 and "error" not in p.stdout.lower(), f"help/{lang}: the pages validate",
                  (p.stdout + p.stderr).splitlines()[:20])
    unlisted("*/*.po", listed, lambda po: po.split("/")[0], template, tmp)
    if not listed:
        print("# help/LINGUAS lists no language yet")


def main():
    kind, src, build = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
    with tempfile.TemporaryDirectory() as tmp:
        (check_po if kind == "po" else check_help)(src, build, tmp)
    print(f"1..{len(results)}")
    for i, (ok, what, details) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {what}")
        for d in details if not ok else []:
            print(f"# {d}")
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
