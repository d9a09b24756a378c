"""Read the inputs in a second process while this one saves: parsing and saving overlap.

Reading (decompressing an archive, parsing each page) is about a fifth of an import's
work and needs no database (readers never write: the runner stores what they yield),
so a forked child does it and hands the items over through a bounded queue, in order;
memory holds at most ``AHEAD`` items in flight. The child exits when the reading is
done, or on its own when this process is gone (killed halfway).
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import traceback
from collections.abc import Iterator
from typing import Any

from pressroom.ingest import dispatch
from pressroom.ingest.base import Item

#: Items read but not yet saved, at most.
AHEAD = 64
_DONE = "done"
_FAILED = "failed"


def available(paths: list[str]) -> bool:
    """Whether to read ahead: not from standard input (a child cannot read this process's)."""
    return "-" not in paths and "fork" in multiprocessing.get_all_start_methods()


def read_ahead(paths: list[str]) -> Iterator[Item]:
    """The items of ``paths``, as ``dispatch.read_paths`` yields them, read in a child."""
    context = multiprocessing.get_context("fork")
    channel: Any = context.Queue(maxsize=AHEAD)
    child = context.Process(target=_read, args=(paths, channel, os.getpid()), daemon=True)
    child.start()
    try:
        while True:
            kind, payload = channel.get()
            if kind == _DONE:
                break
            if kind == _FAILED:
                raise RuntimeError(f"reading the inputs failed:\n{payload}")
            yield payload
    finally:
        if child.is_alive():
            child.terminate()
        child.join()
        channel.close()


def _read(paths: list[str], channel: Any, parent: int) -> None:
    def send(message: tuple[str, Any]) -> bool:
        while True:
            try:
                channel.put(message, timeout=1)
                return True
            except queue.Full:
                if os.getppid() != parent:  # the importing process is gone
                    return False

    try:
        for item in dispatch.read_paths(paths):
            if not send(("item", item)):
                return
    except BaseException:  # handed to the parent, which raises it
        send((_FAILED, traceback.format_exc()))
        return
    send((_DONE, None))
    channel.close()
    channel.join_thread()
