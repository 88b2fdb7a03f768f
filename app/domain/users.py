"""Who is at the keyboard: the name a review change is logged under."""

from __future__ import annotations

import getpass
import os


def os_user() -> str:
    """The operating system's user name; ``DYAD_USER`` names someone else (a shared account, a script)."""
    named = os.environ.get("DYAD_USER", "").strip()
    if named:
        return named
    try:
        return getpass.getuser() or "unknown"
    except (KeyError, OSError):  # no entry in the password database (a container's numeric uid)
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"
