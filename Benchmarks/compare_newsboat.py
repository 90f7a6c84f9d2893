"""Times lede and newsboat side by side in tmux on one real-text corpus (see compare-newsboat.sh).

The corpus is a folder made by ../shared/eval/make-corpus.py: its articles (lib/) for lede, the same
articles as one RSS file (urls, feed.xml) for newsboat. First each program prepares it from nothing,
`--prepare-runs` times under GNU time (CPU seconds, wall seconds, peak resident memory): `lede index`
and `newsboat -x reload`. Then, for each, in a 200x60 tmux window: start to a drawn article list
(newsboat: its feed list, Enter, then its article list), a key that only moves the selection (`j`: what
a key to the next frame costs, this way of measuring included), opening the newest article, and a
search for each query as a user makes it in the running program: `/`, the words, Enter. Each step is
timed from the keys sent to the first screen capture that shows the expected text; before `j`, the open
and the search, the program is left to finish its start-up work (lede checks the library for changes in
the background), as a reader who looks at the list first would. lede's own trace
(LEDE_SEARCH_TRACE) gives each search's time in the process and how long after the last keystroke's
answer its results were drawn; its resident memory is read at the first frame and once idle. Medians of
RUNS runs and the ratios newsboat / lede are printed; `--lede-only` leaves newsboat out.
"""
import argparse
import datetime
import email.utils
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from xml.sax.saxutils import escape

SOCKET = f"lede-compare-{os.getpid()}"
WIDTH, HEIGHT = 200, 60
FIRST_ROW = re.compile(r"^ +1 ", re.MULTILINE)
# newsboat's feed list: the one feed, with its counts of unread and all articles.
# newsboat cuts the counts to their column: `(100000/100` at 100,000 items, without its parenthesis.
FEED_ROW = re.compile(r"^ +1 .*\(\d+/\d+", re.MULTILINE)


def tmux(*args, check=True):
    done = subprocess.run(["tmux", "-u", "-L", SOCKET, *args], capture_output=True, text=True)
    if check and done.returncode != 0:
        sys.exit(f"tmux {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def screen(styled=False):
    return tmux("capture-pane", "-p", *(["-e"] if styled else []), "-t", "bench", check=False)


def wait_for(predicate, what, started=None, timeout=300.0, styled=False):
    """Seconds from `started` (default: now) until a capture of the pane satisfies `predicate`,
    polled every few milliseconds; `styled` captures colours and attributes too."""
    started = time.monotonic() if started is None else started
    while True:
        text = screen(styled)
        if predicate(text):
            return time.monotonic() - started
        if time.monotonic() - started > timeout:
            sys.exit(f"timed out waiting for {what}; the screen was:\n{text}")
        time.sleep(0.003)


def timed(keys, predicate, what, literal=False, styled=False):
    """Sends keys and returns the seconds until the screen shows what is expected."""
    started = time.monotonic()
    tmux("send-keys", "-t", "bench", *(["-l"] if literal else []), *keys)
    return wait_for(predicate, what, started, styled=styled)


def timed_change(key, what):
    """Sends one key and returns the seconds until the pane looks different (colours included: a
    moved selection may change no character)."""
    before = screen(styled=True)
    return timed([key], lambda text: text != before, what, styled=True)


def typed_with_enter(text, predicate, what):
    """Types `text` and Enter in one tmux command (one write to the program) and returns the seconds
    until the screen shows what is expected."""
    started = time.monotonic()
    tmux("send-keys", "-t", "bench", "-l", text, ";", "send-keys", "-t", "bench", "Enter")
    return wait_for(predicate, what, started)


def status_line(text):
    lines = text.splitlines()
    return lines[-1] if lines else ""


def wait_stable(quiet=1.5, timeout=300.0):
    """The pane's text once it has not changed for `quiet` seconds."""
    started = time.monotonic()
    last, since = screen(), time.monotonic()
    while time.monotonic() - since < quiet:
        if time.monotonic() - started > timeout:
            sys.exit(f"the screen kept changing for {timeout:.0f} s")
        time.sleep(0.1)
        text = screen()
        if text != last:
            last, since = text, time.monotonic()
    return last


def pane_pid():
    return tmux("display", "-p", "-t", "bench", "#{pane_pid}").strip()


def cpu_ticks(pid):
    """User and system time of a process, all its threads, in clock ticks."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def wait_idle(what, quiet=0.5, timeout=300.0):
    """Waits until the program in the pane has used no CPU for `quiet` seconds: its start-up work
    (lede's background check of the library) is done and does not compete with the step timed next."""
    pid = pane_pid()
    started = time.monotonic()
    last, since = cpu_ticks(pid), time.monotonic()
    while time.monotonic() - since < quiet:
        if time.monotonic() - started > timeout:
            sys.exit(f"{what} kept working for {timeout:.0f} s")
        time.sleep(0.05)
        now = cpu_ticks(pid)
        if now != last:
            last, since = now, time.monotonic()


def new_session(env):
    tmux("kill-server", check=False)
    exports = " ".join(f"{k}={v}" for k, v in env.items())
    command = ["new-session", "-d", "-s", "bench", "-x", str(WIDTH), "-y", str(HEIGHT), f"env {exports} PS1='$ ' sh"]
    # The server just killed may still be going away: try again for a moment.
    for _ in range(50):
        tmux(*command, check=False)
        if subprocess.run(["tmux", "-L", SOCKET, "has-session", "-t", "bench"], capture_output=True).returncode == 0:
            break
        time.sleep(0.1)
    else:
        sys.exit("cannot start a tmux session")
    wait_for(lambda text: "$" in text, "a shell")


def peak_memory_mb():
    """VmHWM of the program running in the pane (started with exec, so it is the pane's process)."""
    pid = pane_pid()
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def first_article(corpus, lede, env):
    """The newest article as lede lists it (title, source, date): what its list and reader show first."""
    listing = subprocess.run([lede, "list", "--json", corpus], check=True, capture_output=True, text=True,
                             env={**os.environ, **env}).stdout
    return json.loads(listing.splitlines()[0])


def timed_run(argv, env, log):
    """Runs argv under GNU time: wall seconds, CPU seconds (user + system) and peak resident MB."""
    subprocess.run(["/usr/bin/time", "-v", "-o", log, *argv], check=True, env={**os.environ, **env},
                   stdout=subprocess.DEVNULL)
    fields = {}
    with open(log) as report:
        for line in report:
            key, _, value = line.strip().rpartition(": ")
            fields[key] = value
    wall = 0.0
    for part in fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
        wall = wall * 60 + float(part)
    cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
    return {"wall": wall, "cpu": cpu, "peak_mb": int(fields["Maximum resident set size (kbytes)"]) / 1024}


def resident_mb(field="VmRSS"):
    """A memory figure of the program in the pane (started with exec, so it is the pane's process)."""
    with open(f"/proc/{pane_pid()}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def read_trace(path, query):
    """From lede's search trace (LEDE_SEARCH_TRACE): the last search of `query` (its own time) and the
    time from its answer to the frame that drew it, in seconds."""
    answered = drawn = None
    with open(path) as trace:
        for line in trace:
            record = json.loads(line)
            if record.get("query") != query:
                continue
            if record["event"] == "answered":
                answered, drawn = record, None
            elif record["event"] == "drawn" and answered is not None and drawn is None:
                drawn = record
    if answered is None or drawn is None:
        sys.exit(f"the trace {path} has no drawn answer for {query!r}")
    return answered["search_us"] / 1e6, (drawn["us"] - answered["us"]) / 1e6


def first_frame_cpu(path):
    """From lede's search trace: the processor seconds (all threads) lede had used when it drew its first
    frame; on a busy machine, the part of the time to the first frame that is lede's own work."""
    with open(path) as trace:
        for line in trace:
            record = json.loads(line)
            if record["event"] == "first-frame":
                return record["cpu_us"] / 1e6
    return float("nan")


def prepare(args, corpus, lede_env, locale, newsboat):
    """Cold `lede index` and `newsboat -x reload`, each from nothing, `--prepare-runs` times, under GNU
    time; the size of lede's index file."""
    prepared = {"lede": [], "newsboat": []}
    for _ in range(args.prepare_runs):
        shutil.rmtree(lede_env["LEDE_CACHE_DIR"], ignore_errors=True)
        prepared["lede"].append(timed_run([args.lede, "index", corpus], lede_env, os.path.join(args.work, "time-lede")))
        if newsboat:
            for stale in ("cache.db", "cache.db.lock"):
                if os.path.exists(os.path.join(args.work, stale)):
                    os.remove(os.path.join(args.work, stale))
            prepared["newsboat"].append(timed_run(newsboat + ["-x", "reload"], locale,
                                                  os.path.join(args.work, "time-newsboat")))
    cache = lede_env["LEDE_CACHE_DIR"]
    prepared["lede_index_mb"] = sum(os.path.getsize(os.path.join(cache, name)) for name in os.listdir(cache)) / 1e6
    if newsboat:
        prepared["newsboat_cache_mb"] = os.path.getsize(os.path.join(args.work, "cache.db")) / 1e6
    return prepared


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lede", required=True)
    parser.add_argument("--corpus", required=True, help="a folder made by ../shared/eval/make-corpus.py")
    parser.add_argument("--work", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--prepare-runs", type=int, default=2)
    parser.add_argument("--lede-only", action="store_true", help="no newsboat (the growth curve)")
    parser.add_argument("--query", action="append", help="searched as typed (default: giao thông, Blair)")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()
    queries = args.query or ["giao thông", "Blair"]
    os.makedirs(args.work, exist_ok=True)
    corpus = os.path.join(args.corpus, "lib")
    count = sum(len(files) for _, _, files in os.walk(corpus))
    locale = {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color"}
    trace = os.path.join(args.work, "search-trace.jsonl")
    lede_env = {**locale, "LEDE_CACHE_DIR": os.path.join(args.work, "lede-cache"),
                "LEDE_STATE_DIR": os.path.join(args.work, "lede-state"), "LEDE_SEARCH_TRACE": trace}
    # Read marks and search history of an earlier comparison would change what lede draws.
    shutil.rmtree(lede_env["LEDE_STATE_DIR"], ignore_errors=True)
    newsboat = None
    if not args.lede_only:
        with open(os.path.join(args.work, "newsboat.conf"), "w") as conf:
            conf.write("max-items 0\nshow-read-feeds yes\nconfirm-exit no\n"
                       "cleanup-on-quit no\nsave-path " + args.work + "\n")
        # The corpus's own urls file names the feed where it was made: this one, where it is now.
        with open(os.path.join(args.work, "urls"), "w") as urls:
            urls.write("file://" + os.path.abspath(os.path.join(args.corpus, "feed.xml")) + "\n")
        newsboat = ["newsboat", "-u", os.path.join(args.work, "urls"), "-c", os.path.join(args.work, "cache.db"),
                    "-C", os.path.join(args.work, "newsboat.conf")]
    prepared = prepare(args, corpus, lede_env, locale, newsboat)
    first = first_article(corpus, args.lede, lede_env)

    title = first["title"][:24]
    source_line = " · ".join(part for part in (first.get("source"), first.get("date")) if part)
    steps = ("start", "key", "open") + tuple(f"search {query}" for query in queries)
    names = ("lede",) if args.lede_only else ("lede", "newsboat")
    results = {name: {step: [] for step in steps + ("memory",)} for name in names}
    lede_memory = {"first_frame_mb": [], "idle_mb": [], "first_frame_cpu": []}
    searches = {query: {"search": [], "drawn_after": []} for query in queries}
    command = lambda argv: "exec " + " ".join("'" + part.replace("'", "'\\''") + "'" for part in argv)
    lede_list = lambda text: title in text and "Articles (" in text
    prompt_open = lambda text: status_line(text).startswith("Search:")

    def lede_search(query, expected):
        """In a lede that shows its list: `/`, the words and Enter; the seconds from the words sent
        to the frame that shows `expected` as the list pane's title, the input closed."""
        tmux("send-keys", "-t", "bench", "/")
        wait_for(prompt_open, "lede's search prompt")
        return typed_with_enter(query, lambda text: expected in text and not prompt_open(text), "lede's search results")

    def lede_session():
        """lede started on the corpus in a new window; the seconds to its drawn list."""
        new_session(lede_env)
        started = timed([command([args.lede, corpus]), "Enter"], lede_list, "lede's list")
        lede_memory["first_frame_mb"].append(resident_mb())
        lede_memory["first_frame_cpu"].append(first_frame_cpu(trace))
        wait_idle("lede")
        lede_memory["idle_mb"].append(resident_mb())
        return started

    # What lede's finished searches draw: found once, with time to settle, before anything is timed (a
    # title with the query and the count of an earlier answer could otherwise pass for the result).
    expected = {}
    for query in queries:
        lede_session()
        searched = f"Search: {query} ("
        lede_search(query, searched)
        settled = wait_stable()
        found = re.search(re.escape(searched) + r"(\d+)\)", settled)
        if not found:
            sys.exit(f"lede's search drew no count; the screen was:\n{settled}")
        expected[query] = f"{searched}{found.group(1)})"
        print(f"lede's search draws \"{expected[query]}\"", file=sys.stderr)
    for values in lede_memory.values():
        values.clear()

    for run in range(args.runs):
        # lede: the list of the saved index; j, k back, Enter opens the newest article.
        results["lede"]["start"].append(lede_session())
        results["lede"]["key"].append(timed_change("j", "lede's next row"))
        timed_change("k", "lede's first row")
        results["lede"]["open"].append(timed(["Enter"], lambda text: source_line in text, "lede's article"))
        memory = resident_mb("VmHWM")
        # Then `/` in a new browser on the list, as newsboat's search is made.
        for query in queries:
            lede_session()
            results["lede"][f"search {query}"].append(lede_search(query, expected[query]))
            memory = max(memory, resident_mb("VmHWM"))
            search, drawn_after = read_trace(trace, query)
            searches[query]["search"].append(search)
            searches[query]["drawn_after"].append(drawn_after)
        results["lede"]["memory"].append(memory)
        if newsboat:
            newsboat_run(results, newsboat, locale, queries, command)
        print(f"run {run + 1}/{args.runs} (" + "/".join(steps) + "): " + ", ".join(
            f"{name} " + "/".join(f"{times[step][-1] * 1000:.0f}" for step in steps) + " ms"
            for name, times in results.items()) + f"; load {os.getloadavg()[0]:.2f}", file=sys.stderr)
    tmux("kill-server", check=False)
    report(args, count, prepared, results, steps, lede_memory, searches)


def newsboat_run(results, newsboat, locale, queries, command):
    """newsboat: feed list, Enter to the article list, j, k back, Enter on the newest article; `/`."""
    new_session(locale)
    feed_list = timed([command(newsboat), "Enter"], lambda text: FEED_ROW.search(text), "newsboat's feeds")
    article_list = timed(["Enter"], lambda text: "Articles in feed" in text and FIRST_ROW.search(text),
                         "newsboat's article list")
    results["newsboat"]["start"].append(feed_list + article_list)
    wait_idle("newsboat")
    results["newsboat"]["key"].append(timed_change("j", "newsboat's next row"))
    timed_change("k", "newsboat's first row")
    results["newsboat"]["open"].append(timed(["Enter"], lambda text: "Title: " in text, "newsboat's article"))
    tmux("send-keys", "-t", "bench", "q")
    wait_for(lambda text: "Articles in feed" in text, "newsboat's article list again")
    for query in queries:
        wait_idle("newsboat")
        tmux("send-keys", "-t", "bench", "/")
        wait_for(lambda text: "Search for:" in text, "newsboat's search prompt")
        tmux("send-keys", "-t", "bench", "-l", query)
        results["newsboat"][f"search {query}"].append(timed(["Enter"], lambda text: "Search result" in text,
                                                            "newsboat's search results"))
        tmux("send-keys", "-t", "bench", "q")
        wait_for(lambda text: "Articles in feed" in text, "newsboat's article list again")
    results["newsboat"]["memory"].append(resident_mb("VmHWM"))


def report(args, count, prepared, results, steps, lede_memory, searches):
    """Prints the medians (and writes them as JSON with --json)."""
    load = os.getloadavg()
    median = statistics.median
    print(f"{count} articles, {args.runs} runs, medians; load average at the end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
          f" ({os.cpu_count()} cores)")
    for name in ("lede", "newsboat"):
        for run in prepared[name]:
            print(f"  preparing, {name}: {run['cpu']:.1f} CPU s ({count / run['cpu']:,.0f} articles per CPU second),"
                  f" {run['wall']:.1f} s wall, {run['peak_mb']:.0f} MB peak")
    print(f"  lede's index {prepared['lede_index_mb']:.0f} MB" + (
        f", newsboat's cache {prepared['newsboat_cache_mb']:.0f} MB" if "newsboat_cache_mb" in prepared else ""))
    print(f"  lede resident: {median(lede_memory['first_frame_mb']):.0f} MB at the first frame,"
          f" {median(lede_memory['idle_mb']):.0f} MB once idle; processor time to the first frame"
          f" {median(lede_memory['first_frame_cpu']) * 1000:.0f} ms")
    for query, times in searches.items():
        print(f"  lede {query!r}: search {median(times['search']) * 1000:.1f} ms, drawn"
              f" {median(times['drawn_after']) * 1000:.1f} ms after (max {max(times['drawn_after']) * 1000:.1f})")
    print(f"  {'':22}" + "".join(f"{name:>12}" for name in results) + ("  newsboat/lede" if len(results) > 1 else ""))
    for step in steps:
        values = [median(results[name][step]) for name in results]
        ratio = f"{values[1] / values[0]:>14.1f}x" if len(values) > 1 else ""
        print(f"  {step:22}" + "".join(f"{value * 1000:>10.0f}ms" for value in values) + ratio)
    values = [max(results[name]["memory"]) for name in results]
    print(f"  {'peak memory':22}" + "".join(f"{value:>10.0f}MB" for value in values))
    if args.json:
        with open(args.json, "w") as out:
            json.dump({"count": count, "load": load, "prepared": prepared, "lede_memory": lede_memory,
                       "searches": searches, "steps": results}, out, indent=1)


if __name__ == "__main__":
    main()
