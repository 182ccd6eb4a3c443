"""Wave 153 A: a tool she mentioned, asked back by name ("a Chrome extension for schema markup, what was it called
again?", "un outil pour suivre les positions, c'était lequel déjà ?"), gets the name sent here, never "what have you been
up to since?" nor the stock list of free tools: a browser extension or plugin is a tool, and "which one was it?" asks its
name, in every language."""
from __future__ import annotations

from drafting import sample_draft


def test_a_browser_extension_she_mentioned_is_named_back() -> None:
    # 180 fr_en note-37: the Chrome extension asked by name got "What have you been up to since?"
    en = sample_draft("hey Camille, we met at the SEO meetup in Lyon, you mentioned a Chrome extension for checking schema markup"
                      " - what was it called again? 😅 cheers, Ben", name="Ben Harris")
    assert "I'll send you the name of the tool here" in en and "up to since" not in en
    es = sample_draft("Hola Camille, coincidimos en el meetup de marketing en Madrid. Me hablaste de una extensión de Chrome para"
                      " revisar los datos estructurados, ¿cuál era? Gracias", name="Pablo Ruiz")
    assert "Te envío el nombre de la herramienta por aquí" in es
    de = sample_draft("Hallo Camille, wir haben uns beim SEO-Stammtisch in Lyon getroffen. Du hattest eine Chrome-Erweiterung für"
                      " Schema-Markup erwähnt, welche war das nochmal?", name="Jonas Keller")
    assert "Ich schicke dir den Namen des Tools hier per Nachricht" in de


def test_which_one_was_it_asks_the_name_of_the_tool() -> None:
    # 180 fr_en note-15: "un outil pour suivre les positions SEO, c'était lequel déjà ?" got the free keyword tools list
    fr = sample_draft("coucou camille, on s'est croisées a l'afterwork French Tech jeudi, tu m'avais parlé d'un outil pour suivre"
                      " les positions SEO, c'etait lequel deja ?? 😅 Léa", name="Léa Rousseau")
    assert "je t'envoie le nom de l'outil ici" in fr and "Search Console" not in fr and "Semrush" not in fr
    it = sample_draft("Ciao Camille, ci siamo conosciuti al meetup SEO di Torino, mi avevi parlato di uno strumento per monitorare"
                      " le posizioni, qual era di nuovo?", name="Luca Rossi")
    assert "ti mando il nome dello strumento qui" in it
    nl = sample_draft("Hoi Camille, we spraken elkaar op de SEO-meetup in Lyon. Je noemde een plugin om posities bij te houden,"
                      " welke was het ook alweer?", name="Sanne de Vries")
    assert "ik stuur je de naam van de tool hier" in nl


def test_neighbours_keep_their_drafts() -> None:
    # a reunion note without a question keeps its warm close; a tool asked for a purpose keeps her answer
    en = sample_draft("Hi Camille, great to meet you at the SEO meetup in Lyon last week! Let's stay in touch.", name="Tom Reed")
    assert "name of the tool" not in en and "Looking forward" in en
    en = sample_draft("Hi Camille, quick question: which tool do you use for social ads reporting?", name="Ryan Hall")
    assert "Looker Studio" in en and "name of the tool" not in en
