"""``dyad official``: importing official statistics files, and listing those imported."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED, ProgressBar, open_from_args


def display_name(text: str) -> str:
    """What a command prints from a file, escaped (imported when first printed: not on the window's path)."""
    from app.extract.sources import display_name as escaped

    return escaped(text)


def cmd_official_import(args: argparse.Namespace) -> int:
    """Import official statistics files; each file is one transaction, and one already held changes nothing."""
    from app.store.official import import_official

    store = open_from_args(args)
    bar = ProgressBar(sys.stderr)
    results = import_official(store, [Path(p) for p in args.files], progress=bar)
    bar.clear()
    for result in results:  # a file's name and the names in it are escaped: never terminal codes
        if result.ok:
            print(display_name(result.message))
        else:
            print(f"dyad: {display_name(result.message)}", file=sys.stderr)
    if any(r.status == "cancelled" for r in results):
        return EXIT_INTERRUPTED
    return EXIT_OK if all(r.ok for r in results) else EXIT_SOME_FAILED


def cmd_official_list(args: argparse.Namespace) -> int:
    from app.store.official import official_files

    files = official_files(open_from_args(args, reading=True))
    if not files:
        print("no official statistics imported: dyad official import FILE...")
    for f in files:
        retrieved = f", retrieved {f['retrieved']}" if f["retrieved"] else ""
        line = (
            f"{f['name']}: {f['layout']}{retrieved}; imported {f['imported_at']:%Y-%m-%d}; "
            f"{f['held']:,} of its {f['figures']:,} figures in use{_one_flow(f['one_flow'])}"
        )
        print(display_name(f"{f['id']:>4}  {line}"))  # the number dyad official remove takes
    return EXIT_OK


def _one_flow(pairs: list[tuple[str, str, str]]) -> str:
    """ "; one flow only (no two-way total) for 1 pair: Mexico's imports from Vietnam"."""
    if not pairs:
        return ""
    from app.domain.countries import country_index

    index = country_index()
    named = [
        f"{index.name(r)}'s {'exports to' if flow == 'X' else 'imports from'} {index.name(p)}"
        for r, p, flow in pairs[:3]
    ]
    more = f" and {len(pairs) - 3:,} more" if len(pairs) > 3 else ""
    noun = "pair" if len(pairs) == 1 else "pairs"
    return f"; one flow only (no two-way total) for {len(pairs):,} {noun}: {', '.join(named)}{more}"


def cmd_official_remove(args: argparse.Namespace) -> int:
    """Take a file's figures out of the store (its name or its number in ``dyad official list``)."""
    from app.cli.common import UsageError
    from app.store.official import remove_file

    removed = remove_file(open_from_args(args), args.file)
    if removed is None:
        raise UsageError(f"no official statistics file named or numbered {args.file!r}: see dyad official list")
    name, figures = removed
    noun = "figure" if figures == 1 else "figures"
    print(display_name(f"{name}: removed, with its {figures:,} {noun}"))
    return EXIT_OK
