"""Dutch phone numbers: validation, the international form for `tel:` links, a quoted hint.

Reads the number as an editor wrote it ("046-8506910", "0800-2000") and emits
the E.164 form (`+31468506910`) or a Dutch message why it is not a number.
"""

from __future__ import annotations

from functools import lru_cache

import phonenumbers

# Short service numbers that phonenumbers does not call "valid" but every parent must be able
# to dial (112 emergency; 0800/0900 numbers of 8 digits such as Veilig Thuis 0800-2000).
_SHORT = {"112": "112", "1-1-2": "112"}


@lru_cache(maxsize=65536)
def parse(text: str) -> tuple[str | None, str | None]:
    """(E.164 number or short code, None) when valid, else (None, Dutch message)."""
    compact = "".join(ch for ch in text if ch.isdigit() or ch == "+")
    if text.strip() in _SHORT:
        return _SHORT[text.strip()], None
    if compact.startswith(("0800", "0900")) and len(compact) in (8, 11):
        return "+31" + compact[1:], None
    try:
        number = phonenumbers.parse(text, "NL")
    except phonenumbers.NumberParseException:
        return None, f"'{text}' is geen telefoonnummer; schrijf bijvoorbeeld \"046-8506910\""
    if not phonenumbers.is_valid_number(number):
        return None, (
            f"'{text}' is geen geldig Nederlands telefoonnummer (aantal cijfers of netnummer "
            'klopt niet); schrijf bijvoorbeeld "046-8506910"'
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None


def tel_href(text: str) -> str | None:
    """`tel:` URL for a valid number, else None (the page then shows the text only)."""
    number, _ = parse(text)
    return f"tel:{number}" if number else None


def suggest(digits: str) -> str:
    """How an unquoted number should have been written: 0201234567 -> "020-1234567"."""
    try:
        number = phonenumbers.parse(digits, "NL")
    except phonenumbers.NumberParseException:
        return digits
    national = phonenumbers.national_significant_number(number)
    area = phonenumbers.length_of_geographical_area_code(number)
    if not area and national.startswith("6"):
        area = 1
    if not area:
        return digits
    return f"0{national[:area]}-{national[area:]}"
