"""Wave 33, helper B: a former attendee who landed a job thanks to her training is congratulated and thanked."""

from drafting import sample_draft

#: (note, words the reply must hold) — new notes, several languages
LANDED = [
    ("Hello Camille, I took your SEO training two years ago and I just got hired as a content manager thanks to it. Thank you so much!",
     "congrat"),
    ("Hi Camille, I was at your Meta Ads workshop in Paris last year, it helped me get my first marketing job. Thanks a lot!", "congrat"),
    ("Bonjour Camille, j'ai suivi ton atelier social ads l'an dernier et j'ai décroché mon premier CDI grâce à lui. Merci !", "félicitations"),
    ("Hola Camille, hice tu curso de Google Ads el año pasado y gracias a él conseguí mi primer trabajo como community manager. ¡Mil gracias!",
     "enhorabuena"),
    ("Ciao Camille, ho seguito il tuo workshop di SEO a Milano e grazie a quello ho trovato lavoro in un'agenzia. Grazie davvero!",
     "congratulazioni"),
    ("Oi Camille, fiz seu curso de SEO ano passado e graças a ele consegui um estágio numa agência. Obrigada demais!", "parabéns pelo estágio"),
    ("Hallo Camille, ich war letztes Jahr in deinem Google-Ads-Workshop und habe dank dir meinen ersten Job im Marketing bekommen. Danke!",
     "glückwunsch"),
    ("Hoi Camille, ik volgde vorig jaar jouw training social ads en dankzij die training heb ik nu een baan als marketeer gevonden. Dankjewel!",
     "gefeliciteerd"),
]
#: never a job search nor "good luck putting it into practice"
WRONG = ("cv", "lebenslauf", "good luck", "bonne mise en pratique", "ponerlo en práctica", "colocando tudo em prática", "buona ricerca",
         "succes met zoeken", "viel erfolg bei der suche", "bonne continuation dans", "suerte con la búsqueda")


def test_a_job_landed_thanks_to_her_training_is_congratulated_never_a_job_search():
    for note, want in LANDED:
        text = sample_draft(note, name="Sam Roy").lower()
        assert want in text, (note, text)
        assert not any(w in text for w in WRONG), (note, text)


def test_a_job_seeker_who_took_her_course_is_still_a_job_seeker():
    for note in ("Hi Camille, I took your SEO course last year and I'm now looking for my first job in marketing. Any leads? Thanks!",
                 "Hola Camille, hice tu taller de SEO y ahora busco trabajo. ¿Me ayudas a encontrar un puesto? Gracias"):
        text = sample_draft(note, name="Sam Roy").lower()
        assert not any(w in text for w in ("congrat", "enhorabuena")), (note, text)
