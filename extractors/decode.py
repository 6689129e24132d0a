"""Bytes -> text with the encoding found. (Stub: being built, issue 3.)"""
from __future__ import annotations

from extractors.records import DecodedText


class DecodeError(ValueError):
    """The bytes are not text in any encoding we read; ``reason`` says why."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def decode_bytes(data: bytes) -> DecodedText:
    try:
        return DecodedText(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as e:
        raise DecodeError("not UTF-8") from e
