"""Bytes -> text with the encoding found.

Order of attempts (each one is strict, so a wrong guess fails loudly instead of
producing mojibake):

1. refuse what is not text: empty, whitespace-only, known binary magic numbers
   (PNG, ZIP/DOCX, PDF, GZIP, JPEG, GIF) and NUL-heavy data;
2. a byte-order mark decides: UTF-8-SIG, UTF-16 LE/BE, UTF-32 LE/BE;
3. strict UTF-8 (ASCII is reported as ``utf-8`` too);
4. strict GB18030 (superset of GBK and GB2312), accepted only if the text
   looks like Chinese prose (see ``_looks_like_text``);
5. strict Big5 with the same check (traditional-script pages);
6. strict UTF-16 LE/BE without a byte-order mark, with the same check (the
   ASCII digits and line ends of such a file are half NUL bytes, so it is
   tried before NUL-heavy data is called binary);
7. chardet as a last resort, with the same check;
8. UTF-8 or GB18030 with a few invalid bytes replaced (a file damaged in
   transit), when the rest reads as prose.

Documented lenient cases (never silent):

- a truncated last multi-byte sequence (a file cut mid-character) is dropped
  and the encoding is reported with a `` (truncated)`` suffix;
- stray NUL bytes in otherwise valid UTF-8/GB text (a few, under 1%) are
  stripped and the encoding gets a `` (nul stripped)`` suffix; more than that
  is binary and raises;
- UTF-16 with lone surrogates cannot be decoded strictly: they are replaced
  by U+FFFD and the encoding gets a `` (replaced)`` suffix;
- invalid byte sequences inside otherwise valid UTF-8 or GB18030 (at most
  ``MAX_REPLACED_SHARE`` of the characters) are replaced by U+FFFD, encoding
  `` (replaced)``; a page is not lost for one damaged byte. This is the last
  attempt, so it never takes the place of a strict decoding.

Decoded text never holds lone surrogates (Parquet strings are UTF-8).

CRLF line ends are kept as decoded; ``repair_text`` normalizes them.
"""
from __future__ import annotations

import codecs

from extractors.records import DecodedText


class DecodeError(ValueError):
    """The bytes are not text in any encoding we read; ``reason`` says why."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# Magic numbers of binary formats that must never be read as text.
BINARY_MAGIC: dict[bytes, str] = {
    b"\x89PNG\r\n\x1a\n": "PNG",
    b"PK\x03\x04": "ZIP",
    b"PK\x05\x06": "ZIP",
    b"%PDF-": "PDF",
    b"\x1f\x8b": "GZIP",
    b"\xff\xd8\xff": "JPEG",
    b"GIF87a": "GIF",
    b"GIF89a": "GIF",
    b"\x7fELF": "ELF",
}

BOMS: list[tuple[bytes, str, str]] = [  # longest first: UTF-32 LE starts like UTF-16 LE
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
]

# Tolerated share of NUL bytes in text that is otherwise valid (stray padding).
MAX_NUL_SHARE = 0.01
# A multi-byte character is at most 4 bytes, so a cut one leaves at most 3.
MAX_TRUNCATED_TAIL = 3
# Tolerated share of replaced (invalid) characters in a damaged file.
MAX_REPLACED_SHARE = 0.01
# chardet reads this much of a file: its guess does not improve with more,
# and on tens of megabytes it takes tens of seconds.
CHARDET_SAMPLE_BYTES = 64 * 1024


def decode_bytes(data: bytes) -> DecodedText:
    """Decode a file's bytes; raises ``DecodeError`` for what is not text."""
    if not data:
        raise DecodeError("empty")
    for magic, name in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise DecodeError(f"binary ({name} magic number)")
    for bom, codec, label in BOMS:
        if data.startswith(bom):
            decoded = _decode_with_bom(data[len(bom):], codec, label)
            if not decoded.text.strip():  # e.g. only a cut character after the mark
                raise DecodeError("empty (no text after the byte-order mark)")
            return decoded

    suffix = ""
    nul_count = data.count(0)
    if nul_count:
        if nul_count > MAX_NUL_SHARE * len(data):
            found = _utf16_without_bom(data)
            if found is None:
                raise DecodeError("binary (NUL bytes)")
            return found
        data = data.replace(b"\x00", b"")
        suffix = " (nul stripped)"
    if not data.strip():
        raise DecodeError("empty (whitespace only)")

    found = (
        _strict(data, "utf-8", "utf-8", check=False)
        or _strict(data, "gb18030", "gb18030")
        or _strict(data, "big5", "big5")
        or _utf16_without_bom(data)
        or _chardet_guess(data)
        or _replaced(data, "utf-8")
        or _replaced(data, "gb18030")
    )
    if found is None:
        raise DecodeError("undecodable (not UTF-8, GB18030, Big5 or a detectable encoding)")
    if not found.text.strip():  # e.g. a lone NBSP byte read as windows-1252
        raise DecodeError("empty (whitespace only)")
    return DecodedText(found.text, found.encoding + suffix)


def _decode_with_bom(body: bytes, codec: str, label: str) -> DecodedText:
    if not body.strip(b"\x00 \t\r\n"):
        raise DecodeError("empty (byte-order mark only)")
    try:
        return DecodedText(body.decode(codec), label)
    except UnicodeDecodeError as e:
        if label == "utf-8-sig":
            found = _strict(body, "utf-8", "utf-8-sig", check=False)
            if found:
                return found
            raise DecodeError("undecodable (UTF-8 byte-order mark but invalid UTF-8)") from e
        # UTF-16/32: an odd trailing byte is a cut file; lone surrogates are
        # replaced, both reported in the encoding name.
        unit = 4 if "32" in codec else 2
        cut = len(body) % unit
        if cut:
            try:
                return DecodedText(body[:-cut].decode(codec), f"{label} (truncated)")
            except UnicodeDecodeError:
                pass
        return DecodedText(body[: len(body) - cut].decode(codec, errors="replace"), f"{label} (replaced)")


def _strict(data: bytes, codec: str, label: str, check: bool = True) -> DecodedText | None:
    """Decode strictly; a failure only in the last few bytes is a truncated file."""
    try:
        text = data.decode(codec)
        suffix = ""
    except UnicodeDecodeError as e:
        # only an incomplete sequence running into the end of the data is a cut
        if e.end != len(data) or e.start < len(data) - MAX_TRUNCATED_TAIL:
            return None
        try:
            text = data[: e.start].decode(codec)
        except UnicodeDecodeError:
            return None
        suffix = " (truncated)"
    if check and not _looks_like_text(text):
        return None
    if not text.strip():
        return None
    return DecodedText(text, label + suffix)


def _utf16_without_bom(data: bytes) -> DecodedText | None:
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        found = _strict(data, codec, codec)
        if found is not None:
            return found
    return None


def _replaced(data: bytes, codec: str) -> DecodedText | None:
    text = data.decode(codec, errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode(codec))
    if replaced > MAX_REPLACED_SHARE * len(text) or not text.strip() or not _looks_like_text(text):
        return None
    return DecodedText(text, f"{codec} (replaced)")


def _chardet_guess(data: bytes) -> DecodedText | None:
    import chardet  # imported late: only needed for rare files

    guess = chardet.detect(data[:CHARDET_SAMPLE_BYTES])
    codec = guess.get("encoding")
    if not codec:
        return None
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    return DecodedText(text, codec.lower()) if _looks_like_text(text) else None


def _looks_like_text(text: str) -> bool:
    """Whether decoded text reads as (mostly Chinese) prose, not mojibake.

    Mojibake from a wrong double-byte codec is full of rare CJK extension
    characters, private-use or unassigned code points and control characters;
    real pages are made of common CJK (U+4E00..U+9FFF), ASCII and CJK
    punctuation.
    """
    if not text:
        return False
    good = 0
    for ch in text:
        o = ord(ch)
        if (
            0x4E00 <= o <= 0x9FFF  # common CJK ideographs
            or 0x20 <= o < 0x7F
            or ch in "\n\r\t"
            or 0x3000 <= o <= 0x303F  # CJK punctuation
            or 0xFF00 <= o <= 0xFFEF  # full-width forms
            or 0x2010 <= o <= 0x206F  # general punctuation: quotes, dashes, ellipsis
            or o in (0xA0, 0xB7, 0xD7)
        ):
            good += 1
    return good / len(text) >= 0.97
