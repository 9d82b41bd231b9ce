"""The worked examples of the echo check (app.core.checks.echo):
texts it must warn on, with the names it names, and texts it must leave alone, each saying
why.

The check declares them as its EXAMPLES; tests/core/checks/test_examples.py runs each.
"""

from app.core.checks.base import Example

EXAMPLES = (
    Example(("In Shona a mother's brother was a sekuru, the same word as for a grandfather, so "
             "that Thando had grown up with two sekurus and one grandmother.",),
            note="a title written small, however rare, is what people are called"),
    Example(("The lake shimmered under the moon. Nora walked to the shore and watched the water "
             "shimmering as the boats came in.",), ("shimmered", "shimmering")),
    Example(("The lake shimmered under the moon.", " ".join(["It was so."] * 60)
             + " The road shimmered."),),
    Example(("The suitcase was heavy, the heavy kind with brass corners.",),
            note="everyday words echo only with the echo_everyday_words setting"),
    Example(("Heavy rain all week, heavy skies, heavy hearts in the market.",),
            ("heavy",), note="three times within a few words: heard without the setting"),
    Example(("The sea was silver. " + " ".join(["It was so."] * 5) + " The sky was silver, "
             "and the boats were silver.",),
            note="the third comes too late after the first for a reader to hear three"),
    Example(("Ustaz Mamdouh came in at nine. We stood up. Ustaz Youssef followed him with the "
             "tapes.",), note="a title before a name is how people are called, not an echo"),
    Example(("Nan was seventy-four that spring. Seventy-four, she said, was no age at all for a "
             "woman with a garden.",),
            note="a number said again, of an age or a count, is no word chosen twice"),
)
