"""Where characters are mentioned, sentence by sentence: the shared index of the story checks.

The contradiction checks all ask "which characters does this sentence name, and what does the
sentence say about them". This module answers once per analysis run.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass

from app.core.entities import PERSON_VERBS, SAID_VERBS, Cluster
from app.core.manuscript import Manuscript, SentenceView
from app.core.model import EntityKind, Span
from app.core.names import NameRun
from app.core.wordlists import wordlists

_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}


@dataclass(frozen=True, slots=True)
class Mention:
    cluster: Cluster
    span: Span
    run: NameRun
    sentence: SentenceView


class MentionIndex:
    def __init__(self, manuscript: Manuscript) -> None:
        self.manuscript = manuscript
        sentences = manuscript.sentence_list
        starts: dict[str, list[int]] = defaultdict(list)
        views: dict[str, list[SentenceView]] = defaultdict(list)
        for view in sentences:
            starts[view.document].append(view.start)
            views[view.document].append(view)
        self.by_sentence: dict[int, list[Mention]] = defaultdict(list)
        self.by_cluster: dict[str, list[Mention]] = defaultdict(list)
        for cluster in manuscript.clusters(EntityKind.CHARACTER):
            for form in cluster.forms:
                for doc, base, run in manuscript.finder.forms[form].runs:
                    start = base + run.start
                    index = bisect_right(starts[doc], start) - 1
                    if index < 0:
                        continue
                    view = views[doc][index]
                    mention = Mention(cluster, manuscript.span(doc, start, base + run.end),
                                      run, view)
                    self.by_sentence[view.order].append(mention)
                    self.by_cluster[cluster.name].append(mention)
        for mentions in (*self.by_sentence.values(), *self.by_cluster.values()):
            mentions.sort(key=lambda m: (m.sentence.order, m.span.start))
        self.genders = {c.name: _gender(manuscript, c) for c in
                        manuscript.clusters(EntityKind.CHARACTER)}
        self._orders = sorted(self.by_sentence)

    def resolve(self, view: SentenceView, pronoun: str) -> Cluster | None:
        """The character a pronoun most likely means: the last one named before this
        sentence in the same chapter (within a few sentences), of the pronoun's gender when
        the genders are known."""
        gender = _PRONOUN_GENDER.get(pronoun.lower())
        position = bisect_right(self._orders, view.order - 1)
        fallback: Cluster | None = None
        for order in reversed(self._orders[max(0, position - 6) : position]):
            if view.order - order > 6:
                break
            for mention in reversed(self.by_sentence[order]):
                if mention.sentence.document != view.document:
                    return fallback
                known = self.genders.get(mention.cluster.name)
                if gender is None or known == gender:
                    return mention.cluster
                if known is None and fallback is None:
                    fallback = mention.cluster
        return fallback

    def in_sentence(self, view: SentenceView) -> list[Mention]:
        return self.by_sentence.get(view.order, [])

    def text(self, view: SentenceView) -> str:
        return self.manuscript.documents[view.document].text[view.start : view.end]


def acts(mention: Mention, excluded: frozenset[str] = frozenset()) -> bool:
    """True when the sentence shows the character doing or saying something right now."""
    run = mention.run
    if run.prev in SAID_VERBS:
        return True
    if run.possessive:
        return False
    return run.next in PERSON_VERBS and run.next not in excluded


def _gender(manuscript: Manuscript, cluster: Cluster) -> str | None:
    lists = wordlists()
    for form in cluster.forms:
        stats = manuscript.finder.forms[form]
        for title in stats.titles:
            gender = lists.honorifics.get(title, "-")
            if gender != "-":
                return gender
        gender = lists.first_names.get(stats.words[0], "-")
        if gender != "-":
            return gender
    return None
