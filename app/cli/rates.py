"""``dyad rates``: the exchange rates the analyst gives, for figures stated in currencies with no known rate."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import EXIT_OK, UsageError, open_from_args


def add_rates_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("rates", parents=[common], help="exchange rates you give for figures in other currencies")
    actions = p.add_subparsers(dest="rates_command", metavar="ACTION", required=True)
    q = actions.add_parser("set", parents=[common], help="the US-dollar value of one unit of a currency in a year")
    q.add_argument("currency", metavar="CURRENCY", help="ISO 4217 code, as NLG or CNY")
    q.add_argument("year", type=int, metavar="YEAR")
    q.add_argument("usd_per_unit", type=float, metavar="USD_PER_UNIT", help="US dollars for one unit (0.5)")
    q.add_argument(
        "--source", required=True, help="where the rate comes from, so every figure it converts can be cited"
    )
    q.set_defaults(func=cmd_rates_set)
    q = actions.add_parser("list", parents=[common], help="the rates given")
    q.set_defaults(func=cmd_rates_list)
    q = actions.add_parser("remove", parents=[common], help="take a rate back")
    q.add_argument("currency", metavar="CURRENCY")
    q.add_argument("year", type=int, metavar="YEAR")
    q.set_defaults(func=cmd_rates_remove)


def cmd_rates_set(args: argparse.Namespace) -> int:
    from app.domain.users import os_user
    from app.store.rates import RateError, set_rate

    try:
        rate = set_rate(open_from_args(args), args.currency, args.year, args.usd_per_unit, args.source, os_user())
    except RateError as exc:
        raise UsageError(str(exc)) from exc
    print(f"kept: {rate.described}")
    return EXIT_OK


def cmd_rates_list(args: argparse.Namespace) -> int:
    from app.store.rates import rates

    found = rates(open_from_args(args, reading=True))
    if not found:
        print("no exchange rates given: dyad rates set CURRENCY YEAR USD_PER_UNIT --source TEXT")
    for rate in found:
        print(rate.described)
    return EXIT_OK


def cmd_rates_remove(args: argparse.Namespace) -> int:
    from app.store.rates import remove_rate

    if not remove_rate(open_from_args(args), args.currency, args.year):
        raise UsageError(f"no rate for {args.currency.upper()} in {args.year}")
    print(f"removed the rate for {args.currency.upper()} in {args.year}")
    return EXIT_OK
