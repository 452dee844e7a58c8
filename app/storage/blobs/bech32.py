"""Reading an age X25519 recipient (`age1` + bech32, BIP 173) into its 32-byte public key, for
app.storage.blobs.age_writer. pyrage parses recipients too but does not hand out their bytes.
Keys are made by pyrage (`Identity.generate`); this only reads them back, checksum included."""

from __future__ import annotations

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_VALUES = {c: i for i, c in enumerate(_CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_HRP = "age"


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for bit, generator in enumerate(_GENERATOR):
            if (top >> bit) & 1:
                check ^= generator
    return check


def _expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def decode_recipient(text: str) -> bytes:
    """The public key of `age1…`; ValueError for anything else (wrong prefix, mixed case,
    bad checksum, not 32 bytes)."""
    if text != text.lower() or not text.startswith(_HRP + "1"):
        raise ValueError("not an age X25519 recipient")
    try:
        data = [_VALUES[c] for c in text[len(_HRP) + 1 :]]
    except KeyError:
        raise ValueError("not an age X25519 recipient") from None
    if len(data) < 6 or _polymod(_expand(_HRP) + data) != 1:
        raise ValueError("the recipient's checksum is wrong")
    accumulator = bits = 0
    out = bytearray()
    for value in data[:-6]:  # 5-bit groups to bytes
        accumulator = accumulator << 5 | value
        bits += 5
        if bits >= 8:
            bits -= 8
            out.append(accumulator >> bits & 0xFF)
    if bits >= 5 or accumulator & ((1 << bits) - 1):
        raise ValueError("the recipient's padding is wrong")
    if len(out) != 32:
        raise ValueError("not an age X25519 recipient")
    return bytes(out)
