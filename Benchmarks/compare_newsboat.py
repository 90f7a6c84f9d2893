"""Times lede and newsboat side by side in tmux on one generated corpus (see compare-newsboat.sh).

For each program, in a 200x60 tmux window: start to a drawn article list (newsboat: its feed list,
Enter, then its article list), a search for the same words (newsboat: `/` in the article list;
lede: `lede search`, index load included), and opening the newest article. Each step is timed from
the keys sent to the first screen capture that shows the expected text. Medians of RUNS runs, the
peak resident memory of each program, and the ratios newsboat / lede are printed.
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
QUERY = "giao thông"
FIRST_ROW = re.compile(r"^ +1 ", re.MULTILINE)


def tmux(*args, check=True):
    done = subprocess.run(["tmux", "-u", "-L", SOCKET, *args], capture_output=True, text=True)
    if check and done.returncode != 0:
        sys.exit(f"tmux {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def screen():
    return tmux("capture-pane", "-p", "-t", "bench", check=False)


def wait_for(predicate, what, started=None, timeout=300.0):
    """Seconds from `started` (default: now) until a capture of the pane satisfies `predicate`,
    polled every few milliseconds."""
    started = time.monotonic() if started is None else started
    while True:
        text = screen()
        if predicate(text):
            return time.monotonic() - started
        if time.monotonic() - started > timeout:
            sys.exit(f"timed out waiting for {what}; the screen was:\n{text}")
        time.sleep(0.003)


def timed(keys, predicate, what, literal=False):
    """Sends keys and returns the seconds until the screen shows what is expected."""
    started = time.monotonic()
    tmux("send-keys", "-t", "bench", *(["-l"] if literal else []), *keys)
    return wait_for(predicate, what, started)


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
    pid = tmux("display", "-p", "-t", "bench", "#{pane_pid}").strip()
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def write_rss(work, lede, env):
    """One RSS file with every article of the corpus: lede's title, source and date, and the file's text."""
    listing = subprocess.run([lede, "list", "--json", os.path.join(work, "corpus")], check=True,
                             capture_output=True, text=True, env={**os.environ, **env}).stdout
    items = []
    for line in listing.splitlines():
        record = json.loads(line)
        with open(record["path"], encoding="utf-8") as file:
            body = file.read()
        date = record.get("date") or "2000-01-01"
        year, month, day = (int(part) for part in date.split("-"))
        stamp = email.utils.format_datetime(datetime.datetime(year, month, day, 12, 0, tzinfo=datetime.timezone.utc))
        items.append(
            "<item><title>{}</title><link>https://example.com/{}</link><guid>{}</guid><pubDate>{}</pubDate>"
            "<author>{}</author><description>{}</description></item>".format(
                escape(record["title"]), escape(record["id"]), escape(record["id"]), stamp,
                escape(record.get("source") or ""), escape(body.replace("\n", "<br/>"))))
    first = json.loads(listing.splitlines()[0])
    with open(os.path.join(work, "feed.xml"), "w", encoding="utf-8") as feed:
        feed.write('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
                   "<title>Generated corpus</title><link>https://example.com/</link>"
                   "<description>lede benchmark corpus</description>\n")
        feed.write("\n".join(items))
        feed.write("\n</channel></rss>\n")
    return first


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lede", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work, lede = args.work, args.lede
    corpus = os.path.join(work, "corpus")
    count = sum(len(files) for _, _, files in os.walk(corpus))
    locale = {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color"}
    lede_env = {**locale, "LEDE_CACHE_DIR": os.path.join(work, "lede-cache"),
                "XDG_STATE_HOME": os.path.join(work, "lede-state")}

    # Prepare: lede's index (timed: cold indexing) and newsboat's cache (timed: its reload).
    shutil.rmtree(lede_env["LEDE_CACHE_DIR"], ignore_errors=True)
    started = time.monotonic()
    subprocess.run([lede, "index", corpus], check=True, env={**os.environ, **lede_env})
    lede_index = time.monotonic() - started
    first = write_rss(work, lede, lede_env)
    with open(os.path.join(work, "urls"), "w") as urls:
        urls.write("file://" + os.path.join(work, "feed.xml") + "\n")
    with open(os.path.join(work, "newsboat.conf"), "w") as conf:
        conf.write("max-items 0\nshow-read-feeds yes\nconfirm-exit no\n"
                   "cleanup-on-quit no\nsave-path " + work + "\n")
    newsboat = ["newsboat", "-u", os.path.join(work, "urls"), "-c", os.path.join(work, "cache.db"),
                "-C", os.path.join(work, "newsboat.conf")]
    for stale in ("cache.db", "cache.db.lock"):
        if os.path.exists(os.path.join(work, stale)):
            os.remove(os.path.join(work, stale))
    started = time.monotonic()
    subprocess.run(newsboat + ["-x", "reload"], check=True, env={**os.environ, **locale})
    newsboat_reload = time.monotonic() - started

    title = first["title"][:24]
    source_line = f"{first.get('source') or ''} · {first['date']}"
    results = {name: {"start": [], "search": [], "open": [], "memory": []} for name in ("lede", "newsboat")}
    command = lambda argv: "exec " + " ".join("'" + part.replace("'", "'\\''") + "'" for part in argv)

    for run in range(args.runs):
        # lede: the list of the saved index; `lede search`; Enter opens the newest article.
        new_session(lede_env)
        results["lede"]["start"].append(timed([command([lede, corpus]), "Enter"],
                                              lambda text: title in text and "Articles (" in text, "lede's list"))
        results["lede"]["open"].append(timed(["Enter"], lambda text: source_line in text, "lede's article"))
        results["lede"]["memory"].append(peak_memory_mb())
        new_session(lede_env)
        search = [lede, "search", QUERY, "--library", corpus, "--limit", "20"]
        results["lede"]["search"].append(timed([command(["sh", "-c", " ".join(
            "'" + part + "'" for part in search) + "; echo SEARCH-DONE; sleep 600"]), "Enter"],
            lambda text: "SEARCH-DONE" in text and "[" in text, "lede's search results"))

        # newsboat: feed list, Enter to the article list, Enter on the newest article; `/` to search.
        new_session(locale)
        feed_list = timed([command(newsboat), "Enter"], lambda text: "Generated corpus" in text, "newsboat's feeds")
        article_list = timed(["Enter"], lambda text: "Articles in feed" in text and FIRST_ROW.search(text),
                             "newsboat's article list")
        results["newsboat"]["start"].append(feed_list + article_list)
        results["newsboat"]["open"].append(timed(["Enter"], lambda text: "Title: " in text, "newsboat's article"))
        tmux("send-keys", "-t", "bench", "q")
        wait_for(lambda text: "Articles in feed" in text, "newsboat's article list again")
        tmux("send-keys", "-t", "bench", "/")
        wait_for(lambda text: "Search for:" in text, "newsboat's search prompt")
        tmux("send-keys", "-t", "bench", "-l", QUERY)
        results["newsboat"]["search"].append(timed(["Enter"], lambda text: "Search result" in text,
                                                   "newsboat's search results"))
        results["newsboat"]["memory"].append(peak_memory_mb())
        print(f"run {run + 1}/{args.runs}: " + ", ".join(
            f"{name} {steps['start'][-1]:.3f}/{steps['search'][-1]:.3f}/{steps['open'][-1]:.3f} s"
            for name, steps in results.items()), file=sys.stderr)
    tmux("kill-server", check=False)

    print(f"{count} articles, {args.runs} runs, medians (start to drawn article list / search / open article)")
    print(f"  preparing: lede index {lede_index:.2f} s, newsboat -x reload {newsboat_reload:.2f} s"
          f" (ratio {newsboat_reload / lede_index:.1f}x)")
    print(f"  {'':10}{'lede':>12}{'newsboat':>12}{'newsboat/lede':>16}")
    for step in ("start", "search", "open"):
        mine, theirs = statistics.median(results["lede"][step]), statistics.median(results["newsboat"][step])
        print(f"  {step:10}{mine * 1000:>10.0f}ms{theirs * 1000:>10.0f}ms{theirs / mine:>15.1f}x")
    mine, theirs = max(results["lede"]["memory"]), max(results["newsboat"]["memory"])
    print(f"  {'memory':10}{mine:>10.0f}MB{theirs:>10.0f}MB{theirs / mine:>15.1f}x  (peak resident)")


if __name__ == "__main__":
    main()
