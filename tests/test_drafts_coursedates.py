"""Wave 73, group C: a course asked about (its next dates, online or not, recommended by someone), met-before notes."""
from drafting import sample_draft


# --- a course recommended to the sender is not a course the sender followed; online asked with the dates is answered ---

def test_recommended_course_is_not_thanked_as_followed_and_online_is_answered_with_the_dates():
    es = sample_draft("Hola Camille, Marta Gil me ha hablado muy bien de tu curso de SEO. ¿Cuándo es la próxima edición "
                      "y se puede hacer online?", name="Daniel Herrera")
    assert "seguir mi formación" not in es and "Marta Gil por la recomendación" in es
    assert "online" in es and "fechas de la próxima edición" in es
    fr = sample_draft("Bonjour Camille, Marta Gil m'a conseillé votre formation SEO. Quand a lieu la prochaine session ? "
                      "Est-ce possible à distance ?", name="Daniel Herrera")
    assert "en ligne" in fr and "dates de la prochaine session" in fr and "20 minutes" not in fr
    it = sample_draft("Ciao Camille, Marta Gil mi ha consigliato il tuo corso di SEO. Quando è la prossima edizione? "
                      "Si può seguire online?", name="Daniel Herrera")
    assert "anche online" in it and "date della prossima edizione" in it and "20 minuti" not in it
    de = sample_draft("Hallo Camille, Marta Gil hat mir deinen SEO-Kurs empfohlen. Wann ist der nächste Termin und geht "
                      "das auch online?", name="Daniel Herrera")
    assert "auch online" in de and "Termine" in de


def test_next_cohort_asked_before_another_question_gets_the_dates_not_a_call():
    pt = sample_draft("Olá Camille, quando é a próxima turma do seu curso de SEO? É possível fazer online desde Portugal?",
                      name="Catarina Sousa")
    assert "datas da próxima edição" in pt and "online" in pt and "chamada" not in pt
    nl = sample_draft("Hoi Camille, Marta Gil raadde je SEO-training aan. Wanneer is de volgende editie en kan het ook online?",
                      name="Daniel Herrera")
    assert "ook online" in nl and "volgende editie" in nl
    en = sample_draft("Hi Camille, when does your next SEO training start? Is it online or in person?", name="Daniel Herrera")
    assert "dates of the next session" in en and "20-minute call" not in en
    fr = sample_draft("bjr camille, jai vu ta formation linkedin ads, c quand la prochaine session ? et c'est en ligne ou a "
                      "lyon ? merci", name="Yanis Belkacem")
    assert "prochaine session" in fr and "en ligne" in fr and "Skillshop" not in fr
