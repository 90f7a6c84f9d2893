#!/usr/bin/env python3
"""Prints the top entries of the speakers view (S) and the entities view (e) for a folder of articles.

usage: top-names.py ARTICLE_DIR [--cmd "COMMAND"] [--top N]

Counts the way the views do (Sources/BrowserRuntime/LibraryTallies.swift): an entity's row is its type and
canonical form, counted once per article that names it; a speaker's row is a named quote's speaker, counted
once per quotation. COMMAND (default ".build/release/lede analyze --json") is run on the articles in chunks
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
for start in range(0, len(paths), 400):
    run = subprocess.run(cmd + paths[start:start + 400], capture_output=True, text=True, check=True)
    for line in run.stdout.splitlines():
        if not line.startswith('{'):
            continue
        record = json.loads(line)
        for kind, canonical in {(e['type'], e['canonical']) for e in record.get('entities', [])}:
            entities[kind][canonical] += 1
        for quote in record.get('quotes', []):
            if quote.get('named') and quote.get('speaker'):
                speakers[quote['speaker']] += 1
print(f'{len(paths)} articles in {folder}')
print(f'\n== speakers (quotations)')
for name, count in sorted(speakers.items(), key=lambda kv: (-kv[1], kv[0]))[:top]:
    print(f'{count:6} {name}')
for kind in ('person', 'organization', 'place', 'date'):
    print(f'\n== {kind} (articles)')
    for name, count in sorted(entities[kind].items(), key=lambda kv: (-kv[1], kv[0]))[:top]:
        print(f'{count:6} {name}')
