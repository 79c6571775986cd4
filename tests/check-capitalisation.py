#!/usr/bin/python3
"""check-capitalisation.py SRCDIR: one capitalisation rule across Stride's interface.

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
        if w.lower() in MINOR and not edge:
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
    check_content(os.path.join(srcdir, 'data', 'content'), problems)
    # Self-check of the rule, so the test cannot pass by judging nothing.
    assert header_problem('Or Do a Single Test') is None
    assert header_problem('About you') is not None
    assert sentence_problem('Hours And Minutes Of Clock') is not None
    assert sentence_problem('Hours and minutes, 24-hour clock') is None
    assert sentence_problem('0 if you would rather not say') is None
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
