#!/usr/bin/env python3
"""Trains EntityKindModel (Sources/TextAnalysis/EntityKindModel.swift) on hand-annotated articles.

usage: train-entity-kinds.py --lang vi|en --out MODEL [--cmd COMMAND] [--epochs N] GOLD_DIR:ARTICLE_DIR...

Each GOLD_DIR holds gold files as ../shared/eval/GUIDELINES.md describes (`<article>.json`), ARTICLE_DIR the
articles they annotate. COMMAND (default `.build/release/lede analyze --kind-features`) prints, per article,
each distinct name with the kind the rules gave it and the model's feature keys. Each name is labelled with
the gold kind of its text (casefolded, trimmed as score.py compares), skipped where the gold lists it only as
optional, and labelled `none` where the gold does not list it. An averaged perceptron (labels person,
organization, place, none) is trained over the names in a fixed order, and the weights of features seen in
at least two names are written to MODEL, one line per feature: `key w-person w-organization w-place w-none`.
Build lede again after training: the model is embedded in the binary."""
import json, os, random, re, shlex, subprocess, sys, unicodedata

LABELS = ['person', 'organization', 'place', 'none']


def norm(s):
    s = unicodedata.normalize('NFC', s or '').casefold()
    s = re.sub(r'[\s\u00a0]+', ' ', s)
    return s.strip(' "“”«»„‘’\'「」『』.,;:!?-–—()[]')


def opt(args, name, default):
    if name in args:
        i = args.index(name)
        value = args[i + 1]
        del args[i:i + 2]
        return value
    return default


def samples(pairs, cmd, lang):
    """(features, label) for each name of each annotated article."""
    out = []
    for pair in pairs:
        gold_dir, article_dir = pair.split(':', 1)
        for folder in (gold_dir, article_dir):
            if not os.path.isdir(folder):
                sys.exit(f'train-entity-kinds: no folder {folder}')
        golds = {}
        for name in sorted(os.listdir(gold_dir)):
            if name.endswith('.json'):
                gold = json.load(open(os.path.join(gold_dir, name), encoding='utf-8'))
                if gold.get('lang', lang) == lang:
                    golds[name[:-5]] = gold
        paths = [os.path.join(article_dir, name) for name in golds]
        if not paths:
            continue
        run = subprocess.run(cmd + paths, capture_output=True, text=True, check=True)
        for line in run.stdout.splitlines():
            record = json.loads(line)
            gold = golds[os.path.basename(record['path'])]
            optional = {norm(o) for o in gold.get('optional_entities', [])}
            kinds = {}
            for kind, texts in gold['entities'].items():
                for text in texts:
                    kinds.setdefault(norm(text), set()).add(kind)
            for sample in record['samples']:
                key = norm(sample['text'])
                found = kinds.get(key, set())
                if sample['type'] in found:
                    label = sample['type']
                elif len(found) == 1:
                    label = next(iter(found))
                elif found or key in optional:
                    continue
                else:
                    label = 'none'
                out.append((sample['features'], LABELS.index(label)))
    return out


def train(data, epochs):
    """Averaged perceptron; returns {feature: [4 weights]}."""
    weights, totals, stamps = {}, {}, {}
    step = 0

    def update(feature, label, value):
        w = weights.setdefault(feature, [0.0] * 4)
        t = totals.setdefault(feature, [0.0] * 4)
        s = stamps.setdefault(feature, [0] * 4)
        t[label] += (step - s[label]) * w[label]
        s[label] = step
        w[label] += value

    order = list(range(len(data)))
    for epoch in range(epochs):
        random.Random(epoch).shuffle(order)
        for i in order:
            features, label = data[i]
            step += 1
            scores = [0.0] * 4
            for f in features:
                w = weights.get(f)
                if w:
                    for k in range(4):
                        scores[k] += w[k]
            guess = max(range(4), key=lambda k: scores[k])
            if guess != label:
                for f in features:
                    update(f, label, 1.0)
                    update(f, guess, -1.0)
    averaged = {}
    for f, w in weights.items():
        t, s = totals[f], stamps[f]
        averaged[f] = [(t[k] + (step - s[k]) * w[k]) / step for k in range(4)]
    return averaged


def main():
    args = sys.argv[1:]
    lang = opt(args, '--lang', None)
    out = opt(args, '--out', None)
    cmd = shlex.split(opt(args, '--cmd', '.build/release/lede analyze --kind-features'))
    epochs = int(opt(args, '--epochs', '10'))
    if lang not in ('vi', 'en') or not out or not args:
        print(__doc__)
        sys.exit(2)
    data = samples(args, cmd, lang)
    weights = train(data, epochs)
    seen = {}
    for features, _ in data:
        for f in set(features):
            seen[f] = seen.get(f, 0) + 1
    kept = sorted(f for f, w in weights.items() if seen.get(f, 0) >= 2 and max(abs(x) for x in w) >= 0.001)
    counts = [sum(1 for _, label in data if label == k) for k in range(4)]
    with open(out, 'w', encoding='utf-8') as model:
        model.write(f'# EntityKindModel weights ({lang}), written by Benchmarks/train-entity-kinds.py: an averaged\n')
        model.write(f'# perceptron, {epochs} epochs, over {len(data)} names of {len(args)} annotated batches '
                    f'({", ".join(f"{n} {l}" for n, l in zip(counts, LABELS))}).\n')
        model.write('# Columns: feature key, then the weights of person, organization, place and no entity.\n')
        for f in kept:
            model.write(f'{f} ' + ' '.join(f'{x:.4f}' for x in weights[f]) + '\n')
    print(f'{out}: {len(kept)} features from {len(data)} names', file=sys.stderr)


if __name__ == '__main__':
    main()
