"""Times lede and newsboat side by side in tmux on one generated corpus (see compare-newsboat.sh).

For each program, in a 200x60 tmux window: start to a drawn article list (newsboat: its feed list,
Enter, then its article list), a key that only moves the selection (`j`: what a key to the next frame
costs, this way of measuring included), opening the newest article, and a search for the same words
as a user makes it in the running program: `/`, the words, Enter. Each step is timed from the keys sent
to the first screen capture that shows the expected text; before `j`, the open and the search, the
program is left to finish its start-up work (lede checks the library for changes in the background),
as a reader who looks at the list first would. Medians of RUNS runs, the peak resident memory of each
program, and the ratios newsboat / lede are printed.
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
                "LEDE_STATE_DIR": os.path.join(work, "lede-state")}
    # Read marks and search history of an earlier comparison would change what lede draws.
    shutil.rmtree(lede_env["LEDE_STATE_DIR"], ignore_errors=True)

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
    steps = ("start", "key", "open", "search")
    results = {name: {step: [] for step in steps + ("memory",)} for name in ("lede", "newsboat")}
    command = lambda argv: "exec " + " ".join("'" + part.replace("'", "'\\''") + "'" for part in argv)
    lede_list = lambda text: title in text and "Articles (" in text
    # lede's list filters as the words are typed; after Enter the input closes and the list pane's
    # title says the query and the number of articles found, once their answer is drawn.
    searched = f"Search: {QUERY} ("
    prompt_open = lambda text: status_line(text).startswith("Search:")

    def lede_search(expected):
        """In a lede that shows its list: `/`, the words and Enter; the seconds from the words sent
        to the frame that shows `expected` as the list pane's title, the input closed."""
        tmux("send-keys", "-t", "bench", "/")
        wait_for(prompt_open, "lede's search prompt")
        return typed_with_enter(QUERY, lambda text: expected in text and not prompt_open(text), "lede's search results")

    # What lede's finished search draws: found once, with time to settle, before anything is timed (a
    # title with the query and the count of an earlier answer could otherwise pass for the result).
    new_session(lede_env)
    timed([command([lede, corpus]), "Enter"], lede_list, "lede's list")
    wait_idle("lede")
    lede_search(searched)
    settled = wait_stable()
    found = re.search(re.escape(searched) + r"(\d+)\)", settled)
    if not found:
        sys.exit(f"lede's search drew no count; the screen was:\n{settled}")
    expected = f"{searched}{found.group(1)})"
    print(f"lede's search draws \"{expected}\"", file=sys.stderr)

    for run in range(args.runs):
        # lede: the list of the saved index; j, k back, Enter opens the newest article.
        new_session(lede_env)
        results["lede"]["start"].append(timed([command([lede, corpus]), "Enter"], lede_list, "lede's list"))
        wait_idle("lede")
        results["lede"]["key"].append(timed_change("j", "lede's next row"))
        timed_change("k", "lede's first row")
        results["lede"]["open"].append(timed(["Enter"], lambda text: source_line in text, "lede's article"))
        memory = peak_memory_mb()
        # Then `/` in a new browser on the list, as newsboat's search is made.
        new_session(lede_env)
        timed([command([lede, corpus]), "Enter"], lede_list, "lede's list")
        wait_idle("lede")
        results["lede"]["search"].append(lede_search(expected))
        results["lede"]["memory"].append(max(memory, peak_memory_mb()))

        # newsboat: feed list, Enter to the article list, j, k back, Enter on the newest article; `/`.
        new_session(locale)
        feed_list = timed([command(newsboat), "Enter"], lambda text: "Generated corpus" in text, "newsboat's feeds")
        article_list = timed(["Enter"], lambda text: "Articles in feed" in text and FIRST_ROW.search(text),
                             "newsboat's article list")
        results["newsboat"]["start"].append(feed_list + article_list)
        wait_idle("newsboat")
        results["newsboat"]["key"].append(timed_change("j", "newsboat's next row"))
        timed_change("k", "newsboat's first row")
        results["newsboat"]["open"].append(timed(["Enter"], lambda text: "Title: " in text, "newsboat's article"))
        tmux("send-keys", "-t", "bench", "q")
        wait_for(lambda text: "Articles in feed" in text, "newsboat's article list again")
        wait_idle("newsboat")
        tmux("send-keys", "-t", "bench", "/")
        wait_for(lambda text: "Search for:" in text, "newsboat's search prompt")
        tmux("send-keys", "-t", "bench", "-l", QUERY)
        results["newsboat"]["search"].append(timed(["Enter"], lambda text: "Search result" in text,
                                                   "newsboat's search results"))
        results["newsboat"]["memory"].append(peak_memory_mb())
        print(f"run {run + 1}/{args.runs} (start/key/open/search): " + ", ".join(
            f"{name} " + "/".join(f"{times[step][-1] * 1000:.0f}" for step in steps) + " ms"
            for name, times in results.items()) + f"; load {os.getloadavg()[0]:.2f}", file=sys.stderr)
    tmux("kill-server", check=False)

    load = os.getloadavg()
    print(f"{count} articles, {args.runs} runs, medians; load average at the end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
          f" ({os.cpu_count()} cores)")
    print(f"  preparing: lede index {lede_index:.2f} s, newsboat -x reload {newsboat_reload:.2f} s"
          f" (ratio {newsboat_reload / lede_index:.1f}x)")
    print(f"  {'':10}{'lede':>12}{'newsboat':>12}{'newsboat/lede':>16}")
    for step in steps:
        mine, theirs = statistics.median(results["lede"][step]), statistics.median(results["newsboat"][step])
        print(f"  {step:10}{mine * 1000:>10.0f}ms{theirs * 1000:>10.0f}ms{theirs / mine:>15.1f}x")
    mine, theirs = max(results["lede"]["memory"]), max(results["newsboat"]["memory"])
    print(f"  {'memory':10}{mine:>10.0f}MB{theirs:>10.0f}MB{theirs / mine:>15.1f}x  (peak resident)")


if __name__ == "__main__":
    main()
