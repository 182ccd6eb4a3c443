"""Wave 80, group B: notes read as the wrong kind.

A question about the owner's own follow-up of a shared event ("¿al final probaste lo de los Spark Ads?") is answered
honestly (not yet, I'll tell you; did you?), never with a meetup tip nor a generic "what are you working on?".
"""

from __future__ import annotations

import pytest
from drafting import sample_draft

TRIED = [
    ("Camille! Qué tal? Soy Tomás, coincidimos en el taller de TikTok Ads en París. Por cierto, ¿al final probaste lo de los Spark Ads? jaja",
     "Todavía no", ("trabajando", "Meetup")),
    ("E aí Camille, beleza? Sou o Felipe, a gente se falou no meetup de TikTok Ads em Paris. Conseguiu testar aquela campanha que comentou?",
     "Ainda não", ("Meetup.com", "trabalhando")),
    ("Camille! Come va? Sono Simone, ci siamo visti al workshop di TikTok Ads a Parigi. Alla fine hai provato gli Spark Ads? 😄",
     "Non ancora", ("Su cosa stai lavorando",)),
    ("Hi Camille, we met at the Social Ads meetup in Lyon last month. Did you end up testing the UGC format we talked about?",
     "Not yet", ("been up to", "working on")),
    ("Salut Camille, on s'est croisés à l'atelier TikTok Ads à Paris. Alors, tu as finalement testé les Spark Ads ?",
     "Pas encore", ("sur quoi", "Meetup")),
    ("Hallo Camille, wir haben uns beim TikTok-Ads-Workshop in Berlin kennengelernt. Hast du die Spark Ads inzwischen ausprobiert?",
     "Noch nicht", ("Woran arbeitest",)),
    ("Hoi Camille, we spraken elkaar op de TikTok Ads meetup in Amsterdam. Heb je die campagne uiteindelijk nog getest?",
     "Nog niet", ("Waar ben je",)),
]


@pytest.mark.parametrize(("note", "said", "gone"), TRIED)
def test_her_follow_up_of_the_event_is_answered(note: str, said: str, gone: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="Freelance Social Media", name="Alex Martin")
    assert said in text
    for bad in gone:
        assert bad not in text


def test_a_tool_question_without_a_shared_event_is_not_answered_not_yet() -> None:
    text = sample_draft("Hi Camille, loved your post on Reels. Have you tried Later for scheduling?", headline="Community manager",
                        name="Alex Martin")
    assert "Not yet" not in text


SHARE = [
    ("Hello Camille, we're hiring warehouse operatives for our Lyon distribution centre. Please share with anyone who might be interested!",
     "HR Coordinator @ LogiFast", "pass the job ad on", ("thinking of me", "isn't a fit for me")),
    ("Bonjour Camille, nous recrutons des caristes pour notre entrepôt de Vénissieux. N'hésitez pas à partager autour de vous !",
     "Chargée RH chez LogiPlus", "je lui transmettrai l'annonce", ("pensé à moi",)),
    ("Hola Camille, buscamos conductores de reparto en Lyon. ¡Comparte la oferta con quien pueda estar interesado!",
     "Recruiter en TransRapid", "le paso la oferta", ("pensar en mí",)),
    ("Hallo Camille, wir suchen Lagerhelfer für unser Zentrum in Lyon. Gerne teilen, falls jemand Interesse hat!",
     "HR bei LogiFast", "leite ich die Anzeige gern weiter", ("an mich gedacht",)),
    ("Hoi Camille, we zoeken magazijnmedewerkers in Lyon. De vacature mag gedeeld worden!",
     "HR bij LogiFast", "stuur ik de vacature graag door", ("aan mij gedacht",)),
]


@pytest.mark.parametrize(("note", "headline", "said", "gone"), SHARE)
def test_a_job_ad_to_share_is_passed_on(note: str, headline: str, said: str, gone: tuple[str, ...]) -> None:
    text = sample_draft(note, headline=headline, name="Mark Turner")
    assert said in text
    for bad in gone:
        assert bad not in text


APPLYING = [
    ("Hola Camille, fui alumna de tu formación de Google Analytics en Barcelona el año pasado. ¡Gracias por todo, sigo aplicando lo que aprendí!",
     "ya te esté sirviendo", ("Mucho éxito al ponerlo", "Si pones algo")),
    ("Ciao Camille, ho seguito il tuo corso su Google Analytics a Milano l'anno scorso. Volevo solo ringraziarti, lo uso tutti i giorni!",
     "ti stia già servendo", ("Se metti in pratica",)),
    ("Hi Camille, I took your Google Ads training in Lyon last year. Just wanted to say thanks, I still use it every day!",
     "already useful", ("If you put any", "Good luck putting")),
    ("Hoi Camille, ik volgde vorig jaar je training Google Analytics in Amsterdam. Bedankt, ik gebruik het elke dag!",
     "van pas komt", ("Als je iets",)),
]


@pytest.mark.parametrize(("note", "said", "gone"), APPLYING)
def test_a_trainee_who_already_applies_it_hears_it_is_useful(note: str, said: str, gone: tuple[str, ...]) -> None:
    text = sample_draft(note, headline="Marketing Manager", name="Ana Soler")
    assert said in text
    for bad in gone:
        assert bad not in text


TOLD = [
    ("Hi! Anna Köhler aus deinem Training bei der IHK hat mir von dir erzählt, sie war total begeistert. Ich bin Junior SEO und würde mich gerne vernetzen 🙂 Nils",
     "für die Empfehlung", "Vermittlung"),
    ("Guten Tag Frau Laurent, Herr Markus Weber hat mir viel Gutes von Ihnen erzählt. Ich würde mich gerne vernetzen.",
     "mich Ihnen empfohlen hat", "verwiesen"),
    ("Hi Camille, Sarah Jones told me all about you, she loved working with you. Happy to be in your network!", "for the recommendation", "connecting us"),
    ("Hoi Camille, Sanne de Vries heeft me veel over je verteld. Leuk om in je netwerk te zitten!", "voor de aanbeveling", "introductie"),
]


@pytest.mark.parametrize(("note", "said", "gone"), TOLD)
def test_someone_who_only_told_about_her_is_thanked_for_the_recommendation(note: str, said: str, gone: str) -> None:
    text = sample_draft(note, headline="Junior SEO Specialist", name="Nils Zimmermann")
    assert said in text
    assert gone not in text


@pytest.mark.parametrize(("note", "said", "gone"), [
    ("Hi Camille, wir sind uns auf der OMR in Hamburg im Mai begegnet (ich war die mit dem grünen Pulli beim Masterclass zu Content-Strategie 😄). "
     "Lass uns gern connecten! Sophie", "auf der OMR in Hamburg", "beim Masterclass"),
    ("Hallo Camille, wir haben uns auf der Bits & Pretzels in München getroffen (beim Workshop zu SEO). Lass uns connecten!",
     "auf der Bits & Pretzels in München", "beim Workshop"),
])
def test_the_named_event_is_kept_over_a_bare_sub_session_de(note: str, said: str, gone: str) -> None:
    text = sample_draft(note, headline="Growth Marketing Lead", name="Sophie Lange")
    assert said in text
    assert gone not in text
