"""``dyad review``: accept, reject, undo, a fact's versions and restoring one, through the window's service."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import EXIT_OK, EXIT_SOME_FAILED, UsageError, open_from_args

ACTIONS = ("accept", "reject", "undo", "history", "restore")


def add_review_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "review",
        parents=[common],
        help="accept or reject facts by id; undo your last change; list or restore a fact's versions",
    )
    p.add_argument("action", nargs="?", choices=ACTIONS, help="what to do (with --undo, leave it out)")
    p.add_argument("ids", nargs="*", type=int, metavar="ID")
    p.add_argument("--undo", action="store_true", help="undo the last review change you made (as `review undo`)")
    p.add_argument(
        "--expect-version",
        type=int,
        metavar="N",
        help="refuse the change unless the fact is still at version N (as `dyad facts` shows it): "
        "another analyst's review since then is not overwritten",
    )
    p.add_argument("--version", type=int, dest="restore_version", metavar="N", help="with restore: the version")
    p.set_defaults(func=cmd_review)


def cmd_review(args: argparse.Namespace) -> int:
    from app.session.review import ReviewRefused, ReviewService

    action = "undo" if args.undo else args.action
    if action is None:
        raise UsageError("say what to do: accept, reject, undo, history or restore")
    if args.expect_version is not None and len(args.ids) != 1:
        raise UsageError("--expect-version is the version of one fact: give one ID with it")
    if action in ("accept", "reject") and not args.ids:
        raise UsageError(f"give the ids of the facts to {action}")
    if action in ("history", "restore") and len(args.ids) != 1:
        raise UsageError(f"{action} takes one fact id")
    service = ReviewService(open_from_args(args, reading=action == "history"))
    try:
        if action == "undo":
            print(service.undo_last_of_user().message)
        elif action == "history":
            _print_history(service, args.ids[0])
        elif action == "restore":
            _restore(service, args)
        else:
            for fact_id in args.ids:
                outcome = service.review(fact_id, f"{action}ed", args.expect_version, {})
                print(f"fact {fact_id}: {action}ed (version {outcome.version})")
    except ReviewRefused as exc:
        message = str(exc)
        if message.startswith("no fact"):
            raise UsageError(message) from exc
        print(f"dyad: {message}; nothing changed (see it with `dyad facts`, then review it again)", file=sys.stderr)
        return EXIT_SOME_FAILED
    return EXIT_OK


def _restore(service: Any, args: argparse.Namespace) -> None:
    if args.restore_version is None:
        raise UsageError("restore needs --version N (see the versions with `dyad review history ID`)")
    fact_id = args.ids[0]
    versions = service.versions(fact_id)
    if not versions:
        raise UsageError(f"no fact {fact_id}")
    expected = args.expect_version if args.expect_version is not None else versions[-1].version
    print(service.restore(fact_id, args.restore_version, expected).message)


def _print_history(service: Any, fact_id: int) -> None:
    versions = service.versions(fact_id)
    if not versions:
        raise UsageError(f"no fact {fact_id}")
    from app.domain.money import format_usd

    for v in versions:
        how = (
            f"{v.action} by {v.changed_by}, {v.changed_at:%Y-%m-%d %H:%M}"
            if v.changed_at
            else "as read from its article"
        )
        state = v.state
        shown = ""
        if state.get("value_usd") is not None:
            shown = f", {format_usd(float(state['value_usd']))}"
        elif state.get("percent") is not None:
            shown = f", {float(state['percent']):+g} %"
        person = f", {state['person']}" if state.get("person") else ""
        print(f"version {v.version}: {state.get('status')}{shown}{person}  ({how})")
