"""decode_bytes: the same page in every encoding we read, and what is not text."""
from __future__ import annotations

import codecs

import pytest

from extractors.decode import DecodeError, decode_bytes

# Our own page in the newspaper's style (simplified and traditional script).
PAGE = (
    "# 昆明市总工会开展职工技能培训\n\n"
    "本报讯（记者李文）今年以来，昆明市总工会累计培训职工1.2万人次，"
    "建成职工书屋36家。\r\n\r\n记者了解到，全市共有两万余名新就业形态劳动者入会。\n"
)
PAGE_TRADITIONAL = "臺北市總工會舉辦職工技能競賽，共有三百餘名職工參賽，頒發獎金十二萬元。\n"

SAME_PAGE = [
    pytest.param(PAGE.encode("utf-8"), PAGE, "utf-8", id="utf-8"),
    pytest.param(codecs.BOM_UTF8 + PAGE.encode("utf-8"), PAGE, "utf-8-sig", id="utf-8-bom"),
    pytest.param(PAGE.encode("utf-16"), PAGE, "utf-16", id="utf-16-bom-native"),
    pytest.param(codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"), PAGE, "utf-16", id="utf-16-le-bom"),
    pytest.param(codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"), PAGE, "utf-16", id="utf-16-be-bom"),
    pytest.param(PAGE.encode("gb18030"), PAGE, "gb18030", id="gb18030"),
    pytest.param(PAGE.encode("gbk"), PAGE, "gb18030", id="gbk-read-as-its-superset"),
    pytest.param(PAGE_TRADITIONAL.encode("big5"), PAGE_TRADITIONAL, "big5", id="big5-traditional"),
    pytest.param(PAGE_TRADITIONAL.encode("utf-8"), PAGE_TRADITIONAL, "utf-8", id="traditional-in-utf-8"),
    pytest.param(b"plain ascii 123\n", "plain ascii 123\n", "utf-8", id="ascii"),
]


@pytest.mark.parametrize("data, text, encoding", SAME_PAGE)
def test_same_page_decodes_to_same_text(data, text, encoding):
    decoded = decode_bytes(data)
    assert decoded.text == text
    assert decoded.encoding == encoding


def test_crlf_is_kept_as_decoded():
    assert "\r\n" in decode_bytes(PAGE.encode("utf-8")).text


NOT_TEXT = [
    pytest.param(b"", "empty", id="empty"),
    pytest.param(b" \r\n\t\n", "empty", id="whitespace-only"),
    pytest.param(codecs.BOM_UTF8, "empty", id="bom-only"),
    pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(200), "binary", id="png"),
    pytest.param(b"PK\x03\x04" + bytes(range(256)), "binary", id="zip"),
    pytest.param(b"%PDF-1.7\n" + bytes(range(256)), "binary", id="pdf"),
    pytest.param(b"\x1f\x8b\x08" + bytes(100), "binary", id="gzip"),
    pytest.param(b"\x00\x01\x00\x02\x10\x00" * 100, "binary", id="nul-heavy-binary"),
    pytest.param(bytes(range(1, 256)) * 8, "undecodable", id="random-bytes"),
    pytest.param("工会".encode("utf-8") + b"\x00" * 40, "binary", id="nul-padding"),
]


@pytest.mark.parametrize("data, reason", NOT_TEXT)
def test_not_text_is_a_typed_error(data, reason):
    with pytest.raises(DecodeError) as e:
        decode_bytes(data)
    assert e.value.reason.startswith(reason)


LENIENT = [
    # a file cut in the middle of its last character: the partial char is dropped
    pytest.param(PAGE.encode("utf-8")[:-2], PAGE[:-2], "utf-8 (truncated)", id="utf-8-cut-mid-char"),
    pytest.param(PAGE.encode("gb18030")[:-2], PAGE[:-2], "gb18030 (truncated)", id="gb18030-cut-mid-char"),
    pytest.param(codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le")[:-1], PAGE[:-1], "utf-16 (truncated)",
                 id="utf-16-odd-byte"),
    # a stray NUL inside otherwise valid text is stripped and reported
    pytest.param(PAGE.encode("utf-8").replace(b"\n\n", b"\n\x00\n", 1), PAGE, "utf-8 (nul stripped)",
                 id="stray-nul"),
    # a lone surrogate in UTF-16 is replaced and reported
    pytest.param(codecs.BOM_UTF16_LE + "工会".encode("utf-16-le") + b"\x00\xd8" + "职工".encode("utf-16-le"),
                 "工会\ufffd职工", "utf-16 (replaced)", id="utf-16-lone-surrogate"),
]


@pytest.mark.parametrize("data, text, encoding", LENIENT)
def test_documented_lenient_results(data, text, encoding):
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding) == (text, encoding)


def test_gbk_bytes_are_not_read_as_mojibake_utf8_or_big5():
    decoded = decode_bytes("职工".encode("gbk"))
    assert decoded.text == "职工"
