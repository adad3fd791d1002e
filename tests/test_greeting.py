import pytest

from knigge_desktop.core.greeting import Gender, GreetingStyle, Recipient, build_greeting

S, G, H, L = (
    GreetingStyle.SEHR_GEEHRT,
    GreetingStyle.GUTEN_TAG,
    GreetingStyle.HALLO,
    GreetingStyle.LIEBE,
)


@pytest.mark.parametrize(
    ("recipient", "style", "expected"),
    [
        (Recipient(Gender.FRAU, "", "Anna", "Wagner"), S, "Sehr geehrte Frau Wagner,"),
        (Recipient(Gender.HERR, "", "Max", "Albrecht"), S, "Sehr geehrter Herr Albrecht,"),
        (Recipient(Gender.FRAU, "Dr.", "Anna", "Wagner"), S, "Sehr geehrte Frau Dr. Wagner,"),
        (
            Recipient(Gender.HERR, "Prof. Dr.", "", "Albrecht"),
            S,
            "Sehr geehrter Herr Prof. Dr. Albrecht,",
        ),
        (Recipient(Gender.NONE, "", "Alex", "Weber"), S, "Guten Tag Alex Weber,"),
        (Recipient(Gender.NONE, "Dr.", "Alex", "Weber"), S, "Guten Tag Dr. Alex Weber,"),
        (Recipient(Gender.HERR, "", "Max", "Albrecht"), G, "Guten Tag Herr Albrecht,"),
        (Recipient(Gender.FRAU, "", "Anna", "Wagner"), H, "Hallo Anna,"),
        (Recipient(Gender.HERR, "", "Max", "Albrecht"), L, "Lieber Max,"),
        (Recipient(Gender.FRAU, "", "Anna", "Wagner"), L, "Liebe Anna,"),
        (Recipient(Gender.FRAU, "", "", ""), S, "Sehr geehrte Frau [Name],"),
        (Recipient(Gender.NONE, "", "", ""), S, "Guten Tag [Name],"),
        # Without gender and first name, no "Guten Tag Wagner,": the first name is asked for.
        (Recipient(Gender.NONE, "", "", "Wagner"), S, "Guten Tag [Vorname] Wagner,"),
        (Recipient(Gender.NONE, "Dr.", " ", "Wagner"), G, "Guten Tag Dr. [Vorname] Wagner,"),
        (Recipient(Gender.NONE, "", "", ""), H, "Hallo [Name],"),
        (Recipient(Gender.FRAU, "", " Anna ", " Wagner "), S, "Sehr geehrte Frau Wagner,"),
    ],
)
def test_greeting(recipient: Recipient, style: GreetingStyle, expected: str) -> None:
    assert build_greeting(recipient, style) == expected
