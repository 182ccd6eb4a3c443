"""Wave 157, our mends after reading every regression draft the wave changed.

- Her training services asked about ("gostaria de conhecer os seus serviços de formação") keep her training yes: "to get
  to know" a service is no meeting at a session (a session where they met needs its place's preposition: "en el workshop").
- Her B2B TikTok answer keeps its advice that it works when someone on the team enjoys explaining the trade on camera.
"""

from drafting import sample_draft


def test_training_services_asked_about_keep_her_training_yes() -> None:
    pt = sample_draft("Prezada Sra. Laurent, por indicação da Marta Sousa, da agência Norte Digital, venho contactá-la. Sou "
                      "diretora de marketing de uma cadeia de lojas e gostaria de conhecer os seus serviços de formação. "
                      "Com os melhores cumprimentos, Inês Costa", name="Inês Costa")
    assert "Dou formações" in pt or "Dou treinamentos" in pt
    es = sample_draft("Hola Camille, coincidimos en el taller de SEO de Lyon. Soy directora de marketing de una cadena de "
                      "hoteles y buscamos una consultora para nuestra estrategia de contenidos. ¿Hablamos?", name="Sara Gil")
    assert "Imparto formaciones" not in es and "estrategia de contenidos" in es


def test_b2b_tiktok_answer_keeps_the_camera_advice() -> None:
    en = sample_draft("Hi Camille, saw your webinar on TikTok Ads. Is it worth it for a B2B brand?", name="Tom Reed")
    assert "enjoys explaining the trade on camera" in en and "LinkedIn" in en
