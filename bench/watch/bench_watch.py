#!/usr/bin/python3
"""Folder-watching benchmark: Sluice (`sluice-cli watch --no-process --settle 0`) vs `inotifywait -m` vs
Python watchdog, in one run on this machine.

  1. latency from a file's close() to its event line on the watcher's stdout, p50/p99 over N files
     (written 5 ms apart; each tool's line is timestamped when this script reads it from the pipe)
  2. burst of B files written as fast as Python can: events lost, duplicated, and time from the burst's
     start to the last event
  3. cold scan of S files in S/100 folders: `find DIR -type f` vs Sluice's start scan (start of the
     process to its scan_finished line), warm and, when /proc/sys/vm/drop_caches is writable, cold
  4. memory per tracked file: Sluice's VmRSS after scanning the S files minus VmRSS on an empty folder,
     divided by S

Usage: bench_watch.py SLUICE_CLI [N] [B] [S]   (defaults 500, 10000, 100000)
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def percentile(values, p):
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * p / 100.0
    lo = int(k)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


class Watcher:
    """A watcher process whose stdout lines are parsed into (path → arrival times)."""

    def __init__(self, name, argv, root, parse, ready_on_stderr=None, ready_line=None):
        self.name = name
        self.seen = {}
        self.lock = threading.Lock()
        self.ready = threading.Event()
        self.parse = parse
        self.ready_line = ready_line
        self.proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0)
        self.out_thread = threading.Thread(target=self._read_out, daemon=True)
        self.out_thread.start()
        self.err_thread = threading.Thread(target=self._read_err, args=(ready_on_stderr,), daemon=True)
        self.err_thread.start()

    def _read_out(self):
        for raw in iter(self.proc.stdout.readline, b""):
            now = time.perf_counter_ns()
            line = raw.decode("utf-8", "replace").rstrip("\n")
            if self.ready_line and self.ready_line(line):
                self.ready.set()
                continue
            path = self.parse(line)
            if path:
                with self.lock:
                    self.seen.setdefault(path, []).append(now)

    def _read_err(self, marker):
        for raw in iter(self.proc.stderr.readline, b""):
            if marker and marker in raw.decode("utf-8", "replace"):
                self.ready.set()

    def reset(self):
        with self.lock:
            self.seen = {}

    def count(self):
        with self.lock:
            return len(self.seen)

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def sluice_parse(line):
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    if obj.get("type") in ("created", "modified"):
        return obj.get("path")
    return None


def start_watchers(cli, root):
    return [
        Watcher("sluice", [cli, "watch", "--no-process", "--settle", "0", root], root, sluice_parse,
                ready_line=lambda l: '"scan_finished"' in l),
        Watcher("inotifywait", ["inotifywait", "-m", "-r", "-q", "-e", "close_write", "--format", "%w%f", root],
                root, lambda l: l or None, ready_on_stderr=None),
        Watcher("watchdog", ["/usr/bin/python3", os.path.join(HERE, "watchdog_watch.py"), root], root,
                lambda l: l[len("closed "):] if l.startswith("closed ") else None, ready_line=lambda l: l == "ready"),
    ]


def latency_and_burst(cli, n, burst):
    root = tempfile.mkdtemp(prefix="sluice-bench-watch-")
    watchers = start_watchers(cli, root)
    time.sleep(1.0)  # inotifywait -q prints nothing when ready; a second is plenty for all three
    for w in watchers:
        w.ready.wait(10)
    results = {}
    # 1. latency
    closes = {}
    payload = b"x" * 1024
    for i in range(n):
        path = os.path.join(root, "lat_%04d.dat" % i)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.write(fd, payload)
        os.close(fd)
        closes[path] = time.perf_counter_ns()
        time.sleep(0.005)
    deadline = time.time() + 10
    while time.time() < deadline and any(w.count() < n for w in watchers):
        time.sleep(0.05)
    for w in watchers:
        lat = [(w.seen[p][0] - t) / 1e6 for p, t in closes.items() if p in w.seen]
        results[w.name] = {"lat_n": len(lat), "p50": percentile(lat, 50), "p99": percentile(lat, 99)}
        w.reset()
    # 2. burst
    bdir = os.path.join(root, "burst")
    os.mkdir(bdir)
    time.sleep(0.5)
    for w in watchers:
        w.reset()
    paths = [os.path.join(bdir, "b_%05d.dat" % i) for i in range(burst)]
    start = time.perf_counter_ns()
    for path in paths:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.write(fd, b"burst")
        os.close(fd)
    written = (time.perf_counter_ns() - start) / 1e6
    deadline = time.time() + 60
    last_counts = None
    while time.time() < deadline:
        counts = [w.count() for w in watchers]
        if all(c >= burst for c in counts):
            break
        if counts == last_counts and time.time() > deadline - 55:
            # nothing new for a while: give polling/rescans up to 3 s more, then stop waiting
            time.sleep(3)
            if [w.count() for w in watchers] == counts:
                break
        last_counts = counts
        time.sleep(0.2)
    wanted = set(paths)
    for w in watchers:
        with w.lock:
            got = {p: ts for p, ts in w.seen.items() if p in wanted}
        lost = burst - len(got)
        dup = sum(len(ts) - 1 for ts in got.values())
        last = (max(max(ts) for ts in got.values()) - start) / 1e6 if got else float("nan")
        results[w.name].update({"lost": lost, "dup": dup, "last_ms": last})
    for w in watchers:
        w.stop()
    shutil.rmtree(root, ignore_errors=True)
    return results, written


def drop_caches():
    try:
        subprocess.run(["sync"], check=True)
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
        return True
    except OSError:
        return False


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def sluice_scan(cli, root):
    """Runs sluice-cli watch --no-process on root; returns (ms to scan_finished, RSS KiB, tracked)."""
    start = time.perf_counter_ns()
    proc = subprocess.Popen([cli, "watch", "--no-process", root], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    tracked = 0
    elapsed = float("nan")
    inner = float("nan")
    for raw in iter(proc.stdout.readline, b""):
        line = raw.decode("utf-8", "replace")
        if '"scan_finished"' in line:
            elapsed = (time.perf_counter_ns() - start) / 1e6
            tracked = json.loads(line).get("tracked", 0)
            inner = json.loads(line).get("ms", float("nan"))
            break
    time.sleep(0.2)
    rss = rss_kib(proc.pid)
    proc.terminate()
    proc.wait(5)
    return elapsed, rss, tracked, inner


def time_find(root, stat=False):
    """`find -type f` (names only, d_type: no stat per file) or, with stat, `find -printf '%s %T@ %i'`
    (an lstat per file for size, mtime and inode: what a scan that must know them does)."""
    argv = ["find", root, "-type", "f"] + (["-printf", "%s %T@ %i\n"] if stat else [])
    start = time.perf_counter_ns()
    out = subprocess.run(argv, stdout=subprocess.PIPE, check=True).stdout
    return (time.perf_counter_ns() - start) / 1e6, out.count(b"\n")


def scan_and_memory(cli, files):
    root = tempfile.mkdtemp(prefix="sluice-bench-scan-")
    dirs = max(1, files // 100)
    for d in range(dirs):
        sub = os.path.join(root, "d%04d" % d)
        os.mkdir(sub)
        for f in range(files // dirs):
            open(os.path.join(sub, "file_%03d.pdf" % f), "wb").close()
    empty = tempfile.mkdtemp(prefix="sluice-bench-empty-")
    res = {}
    # warm: run each once to warm, then best of 3
    time_find(root)
    sluice_scan(cli, root)
    res["find_warm"], res["find_files"] = min(time_find(root) for _ in range(3))
    time_find(root, True)
    res["find_stat_warm"] = min(time_find(root, True)[0] for _ in range(3))
    scans = [sluice_scan(cli, root) for _ in range(3)]
    res["sluice_warm"] = min(s[0] for s in scans)
    res["sluice_warm_inner"] = min(s[3] for s in scans)
    res["tracked"] = scans[0][2]
    startup = [sluice_scan(cli, empty)[0] for _ in range(3)]
    res["sluice_startup"] = min(startup)
    res["cold"] = drop_caches()
    if res["cold"]:
        res["find_cold"] = time_find(root)[0]
        drop_caches()
        res["find_stat_cold"] = time_find(root, True)[0]
        drop_caches()
        cold = sluice_scan(cli, root)
        res["sluice_cold"], res["sluice_cold_inner"] = cold[0], cold[3]
    rss_full = min(s[1] for s in scans)
    rss_empty = min(sluice_scan(cli, empty)[1] for _ in range(3))
    res["bytes_per_file"] = (rss_full - rss_empty) * 1024.0 / max(1, res["tracked"])
    shutil.rmtree(root, ignore_errors=True)
    shutil.rmtree(empty, ignore_errors=True)
    return res


def main():
    cli = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    burst = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
    files = int(sys.argv[4]) if len(sys.argv) > 4 else 100000
    results, written = latency_and_burst(cli, n, burst)
    print("Close → event latency over %d files, and a burst of %d files (written in %.0f ms):" % (n, burst, written))
    print("| watcher | events | p50 ms | p99 ms | burst lost | burst dup | last event ms |")
    print("|---|---|---|---|---|---|---|")
    for name in ("sluice", "inotifywait", "watchdog"):
        r = results[name]
        print("| %s | %d/%d | %.2f | %.2f | %d | %d | %.0f |" % (name, r["lat_n"], n, r["p50"], r["p99"], r["lost"], r["dup"], r["last_ms"]))
    s, i = results["sluice"], results["inotifywait"]
    print("targets: p99 <= inotifywait p99 + 5 ms: %s (%.2f vs %.2f); 0 lost / 0 dup: %s; last event <= 2x inotifywait: %s (%.2fx)"
          % ("yes" if s["p99"] <= i["p99"] + 5 else "NO", s["p99"], i["p99"] + 5,
             "yes" if s["lost"] == 0 and s["dup"] == 0 else "NO",
             "yes" if s["last_ms"] <= 2 * i["last_ms"] else "NO", s["last_ms"] / i["last_ms"]))
    r = scan_and_memory(cli, files)
    print()
    print("Scan of %d files in %d folders (Sluice: process start to scan_finished; start-up alone %.0f ms):" % (r["find_files"], max(1, files // 100), r["sluice_startup"]))
    print("find -type f reads names only (d_type); find -printf '%s %T@ %i' stats each file for size, mtime and inode,")
    print("which Sluice does when it starts with a registry (--no-process starts without one: names only).")
    print("| | find -type f | find -printf | sluice (process) | ratio | sluice scan alone | ratio | vs find -printf |")
    print("|---|---|---|---|---|---|---|---|")
    print("| warm | %.0f ms | %.0f ms | %.0f ms | %.2fx | %.0f ms | %.2fx | %.2fx |" % (
        r["find_warm"], r["find_stat_warm"], r["sluice_warm"], r["sluice_warm"] / r["find_warm"],
        r["sluice_warm_inner"], r["sluice_warm_inner"] / r["find_warm"],
        r["sluice_warm_inner"] / r["find_stat_warm"]))
    if r["cold"]:
        print("| cold (drop_caches) | %.0f ms | %.0f ms | %.0f ms | %.2fx | %.0f ms | %.2fx | %.2fx |" % (
            r["find_cold"], r["find_stat_cold"], r["sluice_cold"], r["sluice_cold"] / r["find_cold"],
            r["sluice_cold_inner"], r["sluice_cold_inner"] / r["find_cold"],
            r["sluice_cold_inner"] / r["find_stat_cold"]))
    else:
        print("| cold | (drop_caches not allowed here) | | | | |")
    print("Memory: %.0f bytes per tracked file (VmRSS difference over %d tracked files; target <= 300)" % (r["bytes_per_file"], r["tracked"]))


if __name__ == "__main__":
    main()
