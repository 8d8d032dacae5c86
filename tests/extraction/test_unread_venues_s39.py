"""A venue the recognisers leave unread, ending in 苑, 陵园 or 殡仪馆, still places the event held
there in the area written before it (stop 39). Sentences and names invented."""

from __future__ import annotations

from stated import stated_facts


def test_a_funeral_is_held_in_the_area_of_an_unread_hall():
    facts = stated_facts("张德明同志遗体告别仪式定于12月5日上午在城东区松柏苑举行。")
    assert ("张德明同志遗体告别仪式", "heldAt", "城东区") in facts, facts


def test_an_area_after_a_verb_of_its_own_places_nothing():
    # 在城东区…工作 is where he worked: no holding verb ends the clause
    facts = stated_facts("张德明同志遗体告别仪式定于12月5日举行，他生前在城东区松柏苑工作。")
    assert ("张德明同志遗体告别仪式", "heldAt", "城东区") not in facts, facts
