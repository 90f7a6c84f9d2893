#!/usr/bin/env python3
"""Trains EntityKindModel (Sources/TextAnalysis/EntityKindModel.swift) on hand-annotated articles.

usage: train-entity-kinds.py --lang vi|en --out MODEL [--cmd COMMAND] [--epochs N] GOLD_DIR:ARTICLE_DIR...
       train-entity-kinds.py --lang vi|en --cross-validate [--cmd COMMAND] [--epochs N] [--drop-factor F] FOLD...

Each GOLD_DIR holds gold files as ../shared/eval/GUIDELINES.md describes (`<article>.json`), ARTICLE_DIR the
articles they annotate. COMMAND (default `.build/release/lede analyze --kind-features`) prints, per article,
each distinct name with the kind the rules gave it, the model's feature keys and whether the model reviews
it (EntityKindModel.reviews: the classifier guessed its kind); only those are trained on. Each is labelled with
the gold kind of its text (casefolded, trimmed as score.py compares), skipped where the gold lists it only as
optional, and labelled `none` where the gold does not list it. An averaged perceptron (labels person,
organization, place, none) is trained over the names in a fixed order, and the weights of features seen in
at least two names are written to MODEL, one line per feature: `key w-person w-organization w-place w-none`.
Build lede again after training: the model is embedded in the binary.

With --cross-validate, each FOLD is one or more GOLD_DIR:ARTICLE_DIR joined by commas; for each fold the
model is trained on the others and the fold's names scored against its gold entities (people,
organisations and places; score.py's comparison of names and kinds), with the rules' kinds and with the
model's at several margins (EntityKindModel.margin is 1; dropping a name needs five times the margin, as
EntityKindModel.dropMargin does, or --drop-factor F times). Nothing is written."""
import json, os, random, re, shlex, subprocess, sys, unicodedata

LABELS = ['person', 'organization', 'place', 'none']
DROP_FACTOR = 5.0  # EntityKindModel.dropMargin / EntityKindModel.margin


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


def articles(pairs, cmd, lang):
    """(gold, names) for each annotated article: its gold file and the names lede prints for it."""
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
            out.append((golds[os.path.basename(record['path'])], record['samples']))
    return out


def label(gold, sample):
    """The label index a name is trained on, or None when the gold lists it only as optional."""
    optional = {norm(o) for o in gold.get('optional_entities', [])}
    found = {kind for kind, texts in gold['entities'].items() for text in texts if norm(text) == norm(sample['text'])}
    if sample['type'] in found:
        return LABELS.index(sample['type'])
    if len(found) == 1:
        return LABELS.index(next(iter(found)))
    if found or norm(sample['text']) in optional:
        return None
    return LABELS.index('none')


def samples(annotated):
    """(features, label) for each name of each annotated article."""
    return [(s['features'], k) for gold, names in annotated for s in names if s['reviewed']
            for k in [label(gold, s)] if k is not None]


def relabel(weights, sample, margin):
    """The label the model gives a name, as EntityKindModel.relabel decides it."""
    scores = [0.0] * 4
    for f in sample['features']:
        w = weights.get(f)
        if w:
            for k in range(4):
                scores[k] += w[k]
    rule = LABELS.index(sample['type'])
    best = rule
    for k in range(4):
        if scores[k] > scores[best]:
            best = k
    needed = margin * DROP_FACTOR if LABELS[best] == 'none' else margin
    return LABELS[best] if best != rule and scores[best] - scores[rule] > needed else sample['type']


def f1(annotated, weights, margin):
    """Entity F1 over people, organisations and places, comparing names and kinds as score.py does."""
    tp = fp = fn = 0
    for gold, names in annotated:
        optional = {norm(o) for o in gold.get('optional_entities', [])}
        wanted = {(norm(t), k) for k, texts in gold['entities'].items() if k != 'date' for t in texts}
        found = set()
        for s in names:
            kind = relabel(weights, s, margin) if weights and s['reviewed'] else s['type']
            if kind != 'none':
                found.add((norm(s['text']), kind))
        tp += len(wanted & found)
        fp += len({x for x in found - wanted if x[0] not in optional})
        fn += len(wanted - found)
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return 2 * p * r / max(1e-9, p + r)


def cross_validate(folds, cmd, lang, epochs):
    margins = [0, 0.5, 1, 2, 4]
    data = [articles(fold.split(','), cmd, lang) for fold in folds]
    print('fold  rules  ' + '  '.join(f'margin {m}' for m in margins))
    rows = []
    for i, held in enumerate(data):
        weights = train(samples([a for j, fold in enumerate(data) if j != i for a in fold]), epochs)
        row = [f1(held, None, 0)] + [f1(held, weights, m) for m in margins]
        rows.append(row)
        print(f'{i + 1:4}  ' + '  '.join(f'{x:.4f}' for x in row))
    print('mean  ' + '  '.join(f'{sum(col) / len(col):.4f}' for col in zip(*rows)))


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
    global DROP_FACTOR
    DROP_FACTOR = float(opt(args, '--drop-factor', str(DROP_FACTOR)))
    folds = '--cross-validate' in args
    args = [a for a in args if a != '--cross-validate']
    if lang not in ('vi', 'en') or not (out or folds) or not args:
        print(__doc__)
        sys.exit(2)
    if folds:
        cross_validate(args, cmd, lang, epochs)
        return
    data = samples(articles(args, cmd, lang))
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
