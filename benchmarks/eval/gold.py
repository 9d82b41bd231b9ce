"""Loading gold annotation files and the texts they describe.

A gold file is a small JSON object (see benchmarks/eval/gold/seeds.json):

    {"title": ..., "documents": [paths relative to the repository root],
     "characters": [{"name": ..., "aliases": [...]}], "acceptable_characters": [...],
     "places": [...], "acceptable_places": [...],
     "variants": [["Sofie", "Sophie"]],
     "contradictions": [{"kind": "death|surname|relation|attribute", "names": [...],
                         "note": ..., "beyond_text": ...}],
     "phrases": [...], "acceptable_phrases": [...],
     "echoes": [words planted close together, e.g. "glittered"],
     "everyday_echoes": [everyday words planted close together, e.g. "traffic"]}

A contradiction's `names` are the character the contradiction is about: for a relation, the
relative whose stated relation changes ("Pell"), not whose relative they are.
`echoes` are uncommon words, what the spec calls an echo. `everyday_echoes` (optional) are
everyday words, flagged only with the project setting `Settings.echo_everyday_words`; make
eval scores them against a second analysis run with that setting on. A contradiction's
optional `beyond_text` is one sentence saying why the text alone does not state the clash (a
reader must assume something the story never says); it is still scored, but kept out of the
"planted problems found (stated in text)" target and listed with its reason in the report.

A clean story (`"clean": true`) plants no problem at all but `traps`: things that are no
error though a careless check would say so (a character ten years older after a time skip, a
surname changed by marriage, the dead remembered). Its variants and contradictions are empty,
so every such warning on it is a false alarm; its repeated phrases and echoes are not scored.

Paths are relative to the repository root so Emma can be named as ../shared/corpus/emma.txt
without copying it in; a gold set whose documents are missing is skipped with that reason.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from app.core.model import DocumentText
from benchmarks.eval.scoring import GoldContradiction, GoldEntity

REPO = Path(__file__).resolve().parents[2]
GOLD_DIR = Path(__file__).resolve().parent / "gold"
STORIES_DIR = Path(__file__).resolve().parent / "stories"
EMMA = REPO / ".." / "shared" / "corpus" / "emma.txt"


@dataclass(frozen=True)
class Gold:
    """One annotated corpus."""

    path: Path
    title: str
    documents: tuple[Path, ...]
    characters: tuple[GoldEntity, ...]
    acceptable_characters: tuple[str, ...]
    places: tuple[GoldEntity, ...]
    acceptable_places: tuple[str, ...]
    variants: tuple[tuple[str, str], ...]
    contradictions: tuple[GoldContradiction, ...]
    phrases: tuple[str, ...]
    acceptable_phrases: tuple[str, ...]
    echoes: tuple[str, ...] = ()
    everyday_echoes: tuple[str, ...] = ()
    clean: bool = False
    traps: tuple[str, ...] = ()
    """What a clean story does that is no error, each as "kind: note"."""

    @property
    def missing(self) -> tuple[Path, ...]:
        return tuple(p for p in self.documents if not p.is_file())

    def load_documents(self) -> list[DocumentText]:
        """The documents as the analysis sees them (normalised like app.core.importer)."""
        return [
            DocumentText(id=p.name, title=p.stem, text=normalise_text(p.read_bytes()))
            for p in self.documents
        ]


def normalise_text(raw: bytes) -> str:
    """BOM removed, newlines unified, NFC: the importer's contract, so offsets agree."""
    text = raw.decode("utf-8-sig")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _entities(items: list[dict]) -> tuple[GoldEntity, ...]:
    return tuple(GoldEntity(i["name"], tuple(i.get("aliases", ()))) for i in items)


def load_gold(path: Path) -> Gold:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Gold(
        path=path,
        title=data["title"],
        documents=tuple((REPO / d).resolve() for d in data["documents"]),
        characters=_entities(data.get("characters", [])),
        acceptable_characters=tuple(data.get("acceptable_characters", ())),
        places=_entities(data.get("places", [])),
        acceptable_places=tuple(data.get("acceptable_places", ())),
        variants=tuple((a, b) for a, b in data.get("variants", ())),
        contradictions=tuple(
            GoldContradiction(
                c["kind"], tuple(c["names"]), c.get("note", ""), c.get("beyond_text", "")
            )
            for c in data.get("contradictions", ())
        ),
        phrases=tuple(data.get("phrases", ())),
        acceptable_phrases=tuple(data.get("acceptable_phrases", ())),
        echoes=tuple(data.get("echoes", ())),
        everyday_echoes=tuple(data.get("everyday_echoes", ())),
        clean=bool(data.get("clean", False)),
        traps=tuple(f"{t['kind']}: {t.get('note', '')}" for t in data.get("traps", ())),
    )


def story_golds() -> list[Gold]:
    """The hand-written stories, one folder each with its gold.json, in name order."""
    def number(path: Path) -> tuple[int, str]:
        head = path.parent.name.split("_", 1)[0]
        return (int(head) if head.isdigit() else 0, path.parent.name)

    return [load_gold(p) for p in sorted(STORIES_DIR.glob("*/gold.json"), key=number)]


def seeds_gold() -> Gold:
    return load_gold(GOLD_DIR / "seeds.json")


def emma_gold() -> Gold:
    return load_gold(GOLD_DIR / "emma.json")
