#!/usr/bin/python3
"""Prints one line per file event seen by Python watchdog (its inotify observer): "<kind> <path>".
Used by bench_watch.py as the watchdog side of the comparison; prints "ready" once watching."""
import sys
import time

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer


class Printer(FileSystemEventHandler):
    def on_any_event(self, event):
        if event.is_directory:
            return
        kind = event.event_type  # created, modified, closed, deleted, moved
        if kind == "closed":
            sys.stdout.write("closed " + event.src_path + "\n")
            sys.stdout.flush()


def main():
    root = sys.argv[1]
    observer = Observer()
    observer.schedule(Printer(), root, recursive=True)
    observer.start()
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    try:
        while True:
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    observer.stop()
    observer.join()


if __name__ == "__main__":
    main()
