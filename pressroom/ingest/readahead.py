"""Read the inputs in a second process while this one saves: parsing and saving overlap.

Reading (decompressing an archive, parsing each page) is about a fifth of an import's
work and needs no database, so a forked child does it and hands the items over through
a bounded queue, in order; memory holds at most ``AHEAD`` items in flight. A reader
that writes to the database as it reads (a dump's catalog records) is not run in the
child: the child passes that input's bytes over unread (``Item.raw``) and this process
reads it in its turn, so the database only ever sees this process. The child exits when
the reading is done, or on its own when this process is gone (killed halfway).
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
    """Whether to read ahead: not from standard input (a child cannot read this
    process's), and not a dump or JSON file, whose reader stores as it reads."""
    if "-" in paths or "fork" not in multiprocessing.get_all_start_methods():
        return False
    return all(dispatch.pure(path) for path in dispatch.expand_paths(paths))


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
            yield from _in_turn(payload)
    finally:
        if child.is_alive():
            child.terminate()
        child.join()
        channel.close()


def _in_turn(item: Item) -> Iterator[Item]:
    if item.raw is None:
        yield item
        return
    yield from dispatch.read_bytes(item.raw, item.source)


def _read(paths: list[str], channel: Any, parent: int) -> None:
    def send(message: tuple[str, Any]) -> bool:
        while True:
            try:
                channel.put(message, timeout=1)
                return True
            except queue.Full:
                if os.getppid() != parent:  # the importing process is gone
                    return False

    dispatch.only_pure_readers()
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
