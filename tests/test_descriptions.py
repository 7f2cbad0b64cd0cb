"""Descriptions in apposition: "Tacloban, the capital of Leyte province" against "Tacloban, the capital of Samar"."""

from __future__ import annotations

from consistency.compare.descriptions import compare_descriptions
from consistency.compare.pairs import SentencePair
from consistency.core.types import SentenceRef, Severity


def _described(text_a: str, text_b: str) -> list:
    x, y = SentenceRef("a", 0), SentenceRef("b", 0)
    return list(compare_descriptions(SentencePair(x, (), y, (), {"a": "Wire", "b": "Paper"}, 0, 0.8, 0.8,
                                                  (text_a, text_b))))


def test_one_name_described_by_one_relation_to_two_places_is_medium():
    found = _described("Floods swept through Ravena, the capital of Norte province, on Monday.",
                       "Ravena, the capital of Sul province, was cut off by the floods.")
    assert [f.severity for f in found] == [Severity.MEDIUM]
    assert "Norte" in found[0].explanation and "Sul" in found[0].explanation
    assert found[0].a.text.startswith("Ravena, the capital of Norte")


def test_the_same_place_two_relations_or_two_names_are_no_finding():
    # one place written more or less fully
    assert _described("Ana Ruiz, the mayor of Vigo, said the port was shut.",
                      "Ana Ruiz, the mayor of Vigo City, said the port would reopen.") == []
    # two relations ("mayor", "governor") or two people are not one description told two ways
    assert _described("Ana Ruiz, the mayor of Vigo, spoke first.", "Ana Ruiz, the governor of Pontevedra, spoke.") == []
    assert _described("Ana Ruiz, the mayor of Vigo, spoke first.", "Luis Pena, the mayor of Lugo, spoke next.") == []


def test_one_role_named_as_two_people_or_one_thing_owned_by_two_names_is_medium():
    found = _described("The gunman was identified by police as Omar Diallo, a local man.",
                       "The gunman has been named as Karim Sadek, according to state media.")
    assert [f.severity for f in found] == [Severity.MEDIUM]
    assert "Omar Diallo" in found[0].explanation and "Karim Sadek" in found[0].explanation
    found = _described("The ferry is owned by Northsea Lines, the largest operator on the route.",
                       "The ferry, owned by Baltic Star, had been inspected in May.")
    assert [f.severity for f in found] == [Severity.MEDIUM]
    # one name written two ways, or two roles, is no clash
    assert _described("The gunman was identified by police as Omar Diallo.", "The gunman was named as Diallo.") == []
    assert _described("The gunman was identified as Omar Diallo.", "The victim was named as Karim Sadek.") == []
