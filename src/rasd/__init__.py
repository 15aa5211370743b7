"""rasd (رصد): Arabic news to knowledge an analyst can trust."""

from __future__ import annotations

from rasd.document import Document

__all__ = ["Document", "__version__"]

__version__ = "0.14.0"
