#!/usr/bin/python3
"""check-capitalisation.py SRCDIR: one capitalisation rule across Stride's interface.

The .ui files, the titles and button labels set in C (C_CALLS), and content names.

GNOME HIG (docs/capitalisation.md): headings and short control labels (group, page and
window titles, row titles, buttons, menu items, shortcuts) in header capitalisation;
descriptions, subtitles and sentences in sentence capitalisation. Content names (of
conditions, exercises, routines, tests, structures) are names, written in sentence case.
Prints each mistake as FILE: TEXT: what is wrong, and exits 1 if there is any (TAP).
"""
import json
import os
import re
import sys
import tempfile
import xml.etree.ElementTree as ET

# Not capitalised inside a header-capitalised text (HIG: articles, coordinating
# conjunctions, prepositions of three letters or fewer), unless first or last.
MINOR = {'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by',
         'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'vs'}

HEADER_CLASSES = {'AdwPreferencesGroup', 'AdwPreferencesPage', 'AdwStatusPage', 'AdwActionRow',
                  'AdwComboRow', 'AdwExpanderRow', 'AdwEntryRow', 'AdwPasswordEntryRow',
                  'GtkShortcutsGroup', 'GtkShortcutsSection', 'GtkShortcutsShortcut', 'AdwWindowTitle',
                  'AdwViewStackPage', 'GtkStackPage'}
BUTTON_CLASSES = {'GtkButton', 'GtkToggleButton', 'GtkMenuButton', 'AdwSplitButton', 'AdwButtonContent'}
SENTENCE_PROPERTIES = {'subtitle', 'description'}


def words_of(text):
    text = text.replace('_', '')
    return [w for w in re.split(r'[\s/]+', text) if re.search(r'[A-Za-z]', w)]


def bare(word):
    return re.sub(r'^[^A-Za-z]+|[^A-Za-z]+$', '', word)


def header_problem(text):
    words = words_of(text)
    for i, word in enumerate(words):
        w = bare(word)
        if not w or w[0].isdigit():
            continue
        edge = i == 0 or i == len(words) - 1 or words[i - 1].endswith((':', '—', '–'))
        # "So Far", "As Well": adverbs there, not a conjunction or preposition
        adverb = w.lower() in ('so', 'as') and i + 1 < len(words) and bare(words[i + 1]).lower() in ('far', 'well')
        if w.lower() in MINOR and not edge and not adverb:
            if w[0].isupper():
                return f'“{w}” should be lower case (header capitalisation)'
        elif w[0].islower():
            return f'“{w}” should be capitalised (header capitalisation)'
    return None


def sentence_problem(text):
    words = [bare(w) for w in words_of(text)]
    significant = [w for w in words if w and w.lower() not in MINOR]
    if len(significant) >= 3 and all(w[0].isupper() for w in significant):
        return 'is in Title Case; sentence capitalisation expected'
    if words and words[0] and words[0][0].islower() and not text.lstrip()[0].isdigit():
        return f'should start with a capital (“{words[0]}”)'
    return None


def check_ui(path, problems):
    tree = ET.parse(path)
    for obj in tree.iter('object'):
        cls = obj.get('class', '')
        styles = {c.get('name') for s in obj.findall('style') for c in s.findall('class')}
        for prop in obj.findall('property'):
            if prop.get('translatable') != 'yes' or not (prop.text or '').strip():
                continue
            name, text = prop.get('name'), prop.text.strip()
            if name in SENTENCE_PROPERTIES:
                problem = sentence_problem(text)
            elif text.endswith('?'):
                problem = sentence_problem(text)   # a question is a sentence, even as a heading
            elif name == 'title' and (cls in HEADER_CLASSES or cls.endswith('Window') or cls.endswith('Page')):
                problem = header_problem(text)
            elif name == 'label' and cls in BUTTON_CLASSES:
                problem = header_problem(text)
            elif name == 'label' and cls == 'GtkLabel' and styles & {'title-1', 'title-2', 'title-3', 'title-4', 'heading'}:
                problem = header_problem(text)
            else:
                continue
            if problem:
                problems.append(f'{path}: {cls}.{name} “{text}”: {problem}')
    for attr in tree.iter('attribute'):
        if attr.get('name') == 'label' and attr.get('translatable') == 'yes':
            problem = header_problem(attr.text.strip())
            if problem:
                problems.append(f'{path}: menu item “{attr.text.strip()}”: {problem}')

# Titles and labels set in C: FUNCTION: {argument index: rule}. A negative index -N takes
# every other argument from N on (adw_message_dialog_add_responses: id, label, id, label…).
# 'dialog': a dialog's or status page's heading, in header capitalisation even as a
# question ("End This Session?", as GNOME's own dialogs); a question in a page is a
# sentence ("How did it feel?").
C_CALLS = {
    'adw_status_page_set_title': {1: 'dialog'},
    'adw_status_page_set_description': {1: 'sentence'},
    'adw_preferences_group_set_title': {1: 'header'},
    'adw_preferences_group_set_description': {1: 'sentence'},
    'adw_preferences_page_set_title': {1: 'header'},
    'adw_preferences_row_set_title': {1: 'header'},
    'adw_action_row_set_subtitle': {1: 'sentence'},
    'adw_expander_row_set_subtitle': {1: 'sentence'},
    'adw_window_title_set_title': {1: 'header'},
    'gtk_window_set_title': {1: 'header'},
    'adw_message_dialog_new': {1: 'dialog', 2: 'sentence'},
    'adw_message_dialog_set_heading': {1: 'dialog'},
    'adw_message_dialog_set_body': {1: 'sentence'},
    'adw_message_dialog_add_response': {2: 'header'},
    'adw_message_dialog_add_responses': {-2: 'header'},
    'gtk_button_new_with_label': {0: 'header'},
    'gtk_button_new_with_mnemonic': {0: 'header'},
    'gtk_button_set_label': {1: 'header'},
    'adw_toast_set_button_label': {1: 'header'},
    'g_menu_append': {1: 'header'},
    'g_menu_item_new': {0: 'header'},
    'adw_view_stack_add_titled': {3: 'header'},
    'gtk_file_chooser_native_new': {0: 'header', 3: 'header', 4: 'header'},
    'stride_pill_button': {0: 'header'},
    'stride_preferences_group_new': {0: 'header', 1: 'sentence'},
}
# An empty list's note (the one row a list shows when it has nothing) reads as a sentence,
# like the notes the Routines page puts in its lists ("No routines are installed"): these
# row titles are checked as sentences. Each is (file, text), so that every other title in
# those files is still checked as a title.
EMPTY_LIST_NOTES = {
    ('stride-routine-editor.c', 'No exercises yet'),
    ('stride-routine-editor.c', 'No exercises are installed'),
}
C_STRING = r'"(?:[^"\\\n]|\\.)*"'
C_TRANSLATED = re.compile(r'\b(?:_|N_|C_\s*\(\s*' + C_STRING + r'\s*,)\s*\(?\s*((?:' + C_STRING + r'\s*)+)\)')


def c_without_comments(source):
    """SOURCE with its comments blanked (strings kept), so that calls in comments are skipped."""
    out, i, n = [], 0, len(source)
    while i < n:
        if source.startswith('/*', i):
            end = source.find('*/', i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r'[^\n]', ' ', source[i:end]))
            i = end
        elif source.startswith('//', i):
            end = source.find('\n', i)
            end = n if end < 0 else end
            i = end
        elif source[i] in '"\'':
            quote, j = source[i], i + 1
            while j < n and source[j] != quote:
                j += 2 if source[j] == '\\' else 1
            out.append(source[i:j + 1])
            i = j + 1
        else:
            out.append(source[i])
            i += 1
    return ''.join(out)


def c_arguments(source, start):
    """The top-level arguments of the call whose "(" is at START."""
    args, depth, i, begin = [], 0, start, start + 1
    while i < len(source):
        c = source[i]
        if c in '"\'':
            j = i + 1
            while j < len(source) and source[j] != c:
                j += 2 if source[j] == '\\' else 1
            i = j
        elif c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
            if depth == 0:
                args.append(source[begin:i])
                return args
        elif c == ',' and depth == 1:
            args.append(source[begin:i])
            begin = i + 1
        i += 1
    return args


def c_text(literals):
    parts = re.findall(C_STRING, literals)
    return ''.join(bytes(p[1:-1], 'utf-8').decode('unicode_escape').encode('latin-1').decode('utf-8') for p in parts)


def check_c(path, problems):
    with open(path, encoding='utf-8') as f:
        source = c_without_comments(f.read())
    for match in re.finditer(r'\b(' + '|'.join(C_CALLS) + r')\s*\(', source):
        rules = C_CALLS[match.group(1)]
        args = c_arguments(source, match.end() - 1)
        for index, rule in rules.items():
            chosen = args[index:index + 1] if index >= 0 else args[-index::2]
            for arg in chosen:
                for literals in C_TRANSLATED.findall(arg):
                    text = c_text(literals).strip()
                    if not text:
                        continue
                    note = (os.path.basename(path), text) in EMPTY_LIST_NOTES
                    if rule == 'sentence' or note or (rule == 'header' and text.endswith('?')):
                        problem = sentence_problem(text)
                    else:
                        problem = header_problem(text)
                    if problem:
                        line = source.count('\n', 0, match.start()) + 1
                        problems.append(f'{path}:{line}: {match.group(1)} “{text}”: {problem}')


def check_content(directory, problems):
    kinds = {'conditions.json': 'conditions', 'exercises.json': 'exercises', 'routines.json': 'routines',
             'tests.json': 'tests', 'structures.json': None}
    for name, key in kinds.items():
        path = os.path.join(directory, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding='utf-8') as f:
            document = json.load(f)
        lists = [document[key]] if key else [v for v in document.values() if isinstance(v, list)]
        for items in lists:
            for item in items:
                title = item.get('name') if isinstance(item, dict) else None
                if not title:
                    continue
                # A name is sentence case: a capital first, then as written; not Title Case.
                problem = sentence_problem(title) if len(words_of(title)) >= 3 else (
                    None if title[0].isupper() or not title[0].isalpha() else 'should start with a capital')
                if problem:
                    problems.append(f'{path}: {item.get("id")} name “{title}”: {problem}')


def main():
    srcdir = sys.argv[1]
    problems = []
    for root, _, files in os.walk(os.path.join(srcdir, 'src')):
        for f in sorted(files):
            if f.endswith('.ui'):
                check_ui(os.path.join(root, f), problems)
            elif f.endswith('.c'):
                check_c(os.path.join(root, f), problems)
    check_content(os.path.join(srcdir, 'data', 'content'), problems)
    # Self-check of the rule, so the test cannot pass by judging nothing.
    assert header_problem('Or Do a Single Test') is None
    assert header_problem('About you') is not None
    assert header_problem('Decisions So Far') is None
    assert sentence_problem('Hours And Minutes Of Clock') is not None
    assert sentence_problem('Hours and minutes, 24-hour clock') is None
    assert sentence_problem('0 if you would rather not say') is None
    # … and of reading C: titles set in C are found (pieces joined, comments skipped)
    found = []
    with tempfile.NamedTemporaryFile('w', suffix='.c', encoding='utf-8', delete=False) as f:
        f.write('/* adw_status_page_set_title (page, _("in a comment")); */\n'
                'adw_status_page_set_title (page, cond ? _("No Routines " "yet") : _("Fine Title"));\n'
                'adw_message_dialog_add_responses (d, "a", _("_Keep going"), "b", _("_End Session"), NULL);\n'
                'd = adw_message_dialog_new (w, _("End This Session?"), _("You Have Done Two Sets"));\n')
    check_c(f.name, found)
    os.remove(f.name)
    assert len(found) == 3, found
    assert '“No Routines yet”' in found[0] and '“_Keep going”' in found[1] and '“You Have Done Two Sets”' in found[2], found
    print('1..1')
    for p in problems:
        print('# ' + os.path.relpath(p, srcdir) if p.startswith(srcdir) else '# ' + p)
    if problems:
        print(f'not ok 1 - {len(problems)} texts break the capitalisation rule (listed above)')
        return 1
    print('ok 1 - capitalisation')
    return 0


if __name__ == '__main__':
    sys.exit(main())
