"""Wave 25, helper r25: what the note gives, acknowledged — a result already told is congratulated (never "keep me
posted on the results"), "after all these years" only when the note says time went by, and names of people to
recommend never promised by a deadline."""

import pytest

from drafting import draft, sample_draft

_KEEP_POSTED = ("keep me posted", "tiens-moi au courant", "tenez-moi au courant", "auf dem laufenden", "ya me contar",
                "fammi sapere", "mi faccia sapere", "conta-me os resultados", "me conta os resultados", "laat me weten wat",
                "laat u me weten", "houd me op de hoogte")


@pytest.mark.parametrize("note, wanted", [
    ("Salut Camille, petit message pour te dire que j'ai testé tes conseils sur les balises title : +45% de clics en un mois ! Merci 🙏",
     "bravo pour ce résultat"),
    ("Hi Camille, I applied your tips on Google Business Profile and our bookings doubled in six weeks. Thanks a lot!",
     "congratulations on the result"),
    ("Hallo Camille, ich habe deine Tipps zu Meta Ads umgesetzt und unser Umsatz hat sich verdoppelt! Danke dir, Jonas",
     "Glückwunsch"),
    ("Hola Camille! Apliqué tus consejos sobre las fichas de producto y las ventas se duplicaron 😍 ¡Gracias!",
     "Enhorabuena"),
    ("Ciao Camille, ho applicato i tuoi consigli sui caroselli e le visite al sito sono salite del 40%! Grazie mille",
     "complimenti"),
    ("Hoi Camille, ik heb je tips over Pinterest toegepast en mijn verkopen zijn verdubbeld! Dank je wel, Lotte",
     "gefeliciteerd"),
])
def test_result_told_is_congratulated_not_asked_for(note, wanted):
    text = sample_draft(note)
    assert wanted.casefold() in text.casefold(), text
    assert not any(k in text.casefold() for k in _KEEP_POSTED), text


@pytest.mark.parametrize("note", [
    "Hi Camille! It's Laura from the Growth Hackers night in Lyon 🙂 I tried your tip about carousel ads and our CTR went up by 60%! Thanks!",
    "Hey Camille, it's Tom from the SEO Camp meetup, we chatted about schema markup. Great to connect!",
])
def test_a_reminder_of_who_they_are_is_no_reunion_after_years(note):
    text = sample_draft(note)
    assert "all these years" not in text, text


@pytest.mark.parametrize("note, lang, wanted", [
    ("Hallo Camille, ewig nicht gesehen! Schön, dich hier wiederzufinden. Liebe Grüße, Anna", "de", "nach all den Jahren"),
    ("Hoi Camille, dat is lang geleden! Leuk je hier weer tegen te komen. Groet, Eva", "nl", "na al die jaren"),
    ("Coucou Camille, c'est Léa de la promo de l'IAE, ça fait un moment ! Contente de te retrouver ici.", "fr", "après tout ce temps"),
])
def test_a_reunion_after_years_still_says_so(note, lang, wanted):
    assert wanted in draft(note, lang, "met_before")


@pytest.mark.parametrize("note, lang, bad", [
    ("Ciao Camille, sono Giulia di Milano! Che bello ritrovarti qui.", "it", "dopo tanti anni"),
    ("Hola Camille, soy Marta de Valencia, ¡qué bueno encontrarte por aquí!", "es", "tantos años"),
    ("Hoi Camille, ik ben Sven van de meetup in Utrecht, leuk om je hier te vinden!", "nl", "na al die jaren"),
])
def test_a_name_and_where_from_is_no_reunion_after_years(note, lang, bad):
    assert bad not in draft(note, lang, "met_before")


@pytest.mark.parametrize("note, bad", [
    ("Ciao Camille, sono content manager e mi trasferisco a Lione a settembre. Se conosci agenzie che assumono, mi segnaleresti qualche nome? Grazie!",
     "entro la settimana"),
    ("Bonjour Camille, je suis chargée de communication et je m'installe à Lyon. Si vous connaissez des agences qui recrutent, je serais ravie d'avoir quelques noms !",
     "cette semaine"),
    ("Hi Camille, I'm a PPC specialist moving to Lyon next month. If you know agencies that are hiring, could you point me to a few names?",
     "this week"),
])
def test_names_to_recommend_are_never_promised_by_a_deadline(note, bad):
    text = sample_draft(note)
    assert bad not in text, text


@pytest.mark.parametrize("note, wanted", [
    ("Hello Camille, great meeting you at the Lyon SEO Camp yesterday! I'll send you our new homepage mock-up so you can take a look. Cheers, Ben",
     "take a look"),
    ("Bonjour Camille, ravi de notre échange au salon Go Entrepreneurs. Je vous enverrai notre nouvelle page d'accueil pour avoir votre avis. Bien à vous, Paul",
     "j'y jetterai un œil"),
    ("Hallo Camille, schön, dass wir uns beim Barcamp in Lyon kennengelernt haben! Ich schicke dir nächste Woche unsere Landingpage für dein Feedback. Liebe Grüße, Tim",
     "ich schaue es mir gern an"),
    ("Hoi Camille, leuk je gesproken te hebben op de meetup in Lyon! Ik stuur je binnenkort onze nieuwe website voor je feedback. Groet, Daan",
     "ik kijk er graag naar"),
])
def test_something_sent_for_her_view_gets_a_yes_to_look(note, wanted):
    text = sample_draft(note)
    assert wanted in text, text
