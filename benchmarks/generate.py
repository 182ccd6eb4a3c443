#!/usr/bin/env python
"""Write a synthetic LinkedIn export of N incoming invitations, streaming (constant memory).

    python benchmarks/generate.py N OUT_DIR

A realistic mix: about 3 % of invitations carry a note (team-written corpus notes in the seven
languages, with varied greetings and names), 10 mass campaigns, the rest empty; Excel quirks (a
BOM, CRLF line ends, some DD-Mon-YY dates); a Connections.csv with a preamble where 5 % of the
inviters already are connections. Deterministic for a given N.
"""

from __future__ import annotations

import csv
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST = ["Camille", "Lucas", "Léa", "Hugo", "Chloé", "Tom", "Ana", "Jan", "Marco", "João", "Sanne", "Priya", "Omar",
         "Fatou", "Elena", "Lukas", "Giulia", "Pedro", "Emma", "Noah", "Aylin", "Kenji", "Zoé", "Mateo"]
LAST = ["Martin", "Bernard", "Dubois", "Ruiz", "Müller", "Rossi", "Silva", "de Vries", "Sharma", "Diallo", "Novak",
        "Moreau", "García", "Schmidt", "Bianchi", "Santos", "Jansen", "Khan", "Laurent", "Petit", "Leroy", "Costa"]
GREET = ["", "Hi {f}, ", "Bonjour {f}, ", "Hola {f}, ", "Hallo {f}, ", "Ciao {f}, ", "Olá {f}, ", "Hoi {f}, "]
CAMPAIGNS = [
    "{f}, notre agence génère 30 rendez-vous qualifiés par mois pour les consultants. On en parle 15 min ?",
    "Hi {f}, we help B2B founders book 20+ sales meetings a month with done-for-you outreach. Open to a quick call?",
    "Hola {f}, ayudamos a consultores a conseguir clientes con LinkedIn Ads. ¿Agendamos una llamada?",
    "Hallo {f}, wir helfen Beratern, mehr Leads zu gewinnen. Kurzes Telefonat diese Woche?",
    "{f}, I'd love to connect with like-minded professionals in your industry!",
    "Bonjour {f}, ravi de vous compter parmi mes contacts, au plaisir d'échanger !",
    "Ciao {f}, aiutiamo le PMI a raddoppiare i contatti con il nostro software. Fissiamo una call?",
    "Olá {f}, ajudamos consultores a gerar mais leads. Podemos agendar uma conversa?",
    "Hoi {f}, wij helpen adviesbureaus aan meer klanten. Zin in een vrijblijvend gesprek?",
    "Hi {f}, expanding my network with leaders in marketing. Let's connect!",
]


def _corpus_notes() -> list[str]:
    notes = []
    for lang in ("fr", "en", "es", "de", "it", "pt", "nl"):
        with open(ROOT / "src" / "invitriage" / "corpus" / f"{lang}.csv", encoding="utf-8", newline="") as f:
            notes += [r["text"] for r in csv.DictReader(f)]
    return notes


TOPICS = ["SEO local", "le podcast", "votre newsletter", "the webinar on B2B ads", "la conférence de Lyon", "dbt", "Airflow",
          "data contracts", "employer branding", "la formation LinkedIn Ads", "your talk at SMX", "il workshop di Milano"]


def generate(n: int, out: Path, real_notes: bool = False) -> None:
    """``real_notes``: every note is its own (names, topics, sign-offs vary), as in a real inbox, instead of
    the few hundred corpus notes repeated."""
    rng = random.Random(n)
    out.mkdir(parents=True, exist_ok=True)
    notes = _corpus_notes()
    start = datetime(2026, 5, 20, 8, 0)
    span = 183 * 24 * 3600
    connected = []
    with open(out / "Invitations.csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"])
        for i in range(n):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            slug = f"{first}-{last}-{i:x}".lower().replace(" ", "-")
            when = start + timedelta(seconds=int(span * (i / n) ** 0.7) + rng.randrange(3600))
            sent = (when.strftime("%d-%b-%y") if rng.random() < 0.01 else
                    f"{when.month}/{when.day}/{when:%y}, {when.hour % 12 or 12}:{when:%M} {'AM' if when.hour < 12 else 'PM'}")
            r = rng.random()
            if r < 0.005:
                note = rng.choice(CAMPAIGNS).format(f="Camille")
            elif r < 0.03:
                note = rng.choice(GREET).format(f="Camille") + rng.choice(notes)
                if real_notes:
                    note += f" ({rng.choice(TOPICS)}, {rng.randrange(1, 28)}/{rng.randrange(1, 12)}) — {first} {last[:1]}."
            else:
                note = ""
            w.writerow([f"{first} {last}", "Camille Laurent", sent, note[:300], "INCOMING",
                        f"https://www.linkedin.com/in/{slug}", "https://www.linkedin.com/in/camille-laurent"])
            if rng.random() < 0.05:
                connected.append((first, last, slug, when))
    with open(out / "Connections.csv", "w", encoding="utf-8", newline="") as f:
        f.write("Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])
        for first, last, slug, when in connected:
            w.writerow([first, last, f"https://www.linkedin.com/in/{slug}", "", "Acme", "Manager",
                        (when + timedelta(days=2)).strftime("%d %b %Y")])


if __name__ == "__main__":
    generate(int(sys.argv[1]), Path(sys.argv[2]), real_notes="--real-notes" in sys.argv[3:])
