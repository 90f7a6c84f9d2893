#!/usr/bin/env python3
"""Prints the top entries of the speakers view (S) and the entities view (e) for a folder of articles.

usage: top-names.py ARTICLE_DIR [--cmd "COMMAND"] [--top N]

Counts the way the views do (Sources/BrowserRuntime/LibraryTallies.swift): an entity's row is its type and
canonical form, counted once per article that names it; a speaker's row is a named quote's speaker, counted
once per quotation; a person's one-word name folds into the longer name the library means
(ShortNameFolding). COMMAND (default ".build/release/lede analyze --json") is run on the articles in chunks
and must print one JSON object per article per line. Reading the lists by eye is the check: a film, a
language or a fragment among them is a rule to fix (issue 14)."""
import collections, json, os, shlex, subprocess, sys

args = sys.argv[1:]
def opt(name, default):
    if name in args:
        i = args.index(name); value = args[i + 1]; del args[i:i + 2]; return value
    return default
cmd = shlex.split(opt('--cmd', '.build/release/lede analyze --json'))
top = int(opt('--top', '100'))
folder = args[0]
paths = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(('.txt', '.md')))
entities = collections.defaultdict(collections.Counter)
speakers = collections.Counter()
speaker_articles = collections.Counter()

def fold_targets(articles, dominance=3):
    """Where each one-word name folds: ShortNameFolding.targets (Sources/BrowserRuntime)."""
    # (ShortNameFolding.mayBeVietnamese: TextKit's VietnameseLetters, and â ê ô.)
    vietnamese = lambda n: any(0x1EA0 <= ord(c) <= 0x1EF9 or c in 'ĂăĐđƠơƯưâêôÂÊÔ' for c in n)
    longer = collections.defaultdict(list)
    given = set()
    for name, count in articles.items():
        if ' ' in name and not vietnamese(name):
            longer[name.split(' ')[-1]].append((count, name))
            given.add(name.split(' ')[0])
    targets = {}
    for name in articles:
        if ' ' in name or name not in longer or name in given:
            continue
        candidates = sorted(longer[name], key=lambda c: (-c[0], c[1]))
        if len(candidates) == 1 or candidates[0][0] >= dominance * candidates[1][0]:
            targets[name] = candidates[0][1]
    return targets

def fold(counter, targets):
    folded = collections.Counter()
    for name, count in counter.items():
        folded[targets.get(name, name)] += count
    return folded
for start in range(0, len(paths), 400):
    run = subprocess.run(cmd + paths[start:start + 400], capture_output=True, text=True, check=True)
    for line in run.stdout.splitlines():
        if not line.startswith('{'):
            continue
        record = json.loads(line)
        for kind, canonical in {(e['type'], e['canonical']) for e in record.get('entities', [])}:
            entities[kind][canonical] += 1
        here = set()
        for quote in record.get('quotes', []):
            if quote.get('named') and quote.get('speaker'):
                speakers[quote['speaker']] += 1
                here.add(quote['speaker'])
        speaker_articles.update(here)
entities['person'] = fold(entities['person'], fold_targets(entities['person']))
speakers = fold(speakers, fold_targets(speaker_articles))
print(f'{len(paths)} articles in {folder}')
print(f'\n== speakers (quotations)')
for name, count in sorted(speakers.items(), key=lambda kv: (-kv[1], kv[0]))[:top]:
    print(f'{count:6} {name}')
for kind in ('person', 'organization', 'place', 'date'):
    print(f'\n== {kind} (articles)')
    for name, count in sorted(entities[kind].items(), key=lambda kv: (-kv[1], kv[0]))[:top]:
        print(f'{count:6} {name}')
