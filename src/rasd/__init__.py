"""rasd (رصد): Arabic news to knowledge an analyst can trust."""

from __future__ import annotations

from rasd import native

native.install()  # compiled modules (python -m rasd.native_build) while they match the source

from rasd.document import Document  # noqa: E402

__all__ = ["Document", "__version__"]

__version__ = "0.27.0"
