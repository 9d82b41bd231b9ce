"""The worked examples of the repeated-phrase check (app.core.checks.repeated_phrase):
texts it must warn on, with the names it names, and texts it must leave alone, each saying
why.

The check declares them as its EXAMPLES; tests/core/checks/test_examples.py runs each.
"""

from app.core.checks.base import Example

EXAMPLES = (
    Example(("The smell of freshly baked croissants filled the street.",
             "Again the scent of freshly baked croissants drifted past."),
            ("freshly baked croissants",)),
    Example(("He kept the letter folded twice and then once more in his coat.",
             "The note had been folded twice and then once more."),
            ("folded twice and then once more",), note="six words again, however plain"),
    Example(("For the first time, he smiled.", "For the first time, he slept."),),
    Example(("She said that she would come back to see him in the morning.",
             "He said that she would come back to see us."),),
    Example(("She walked into the drawing-room.", "He ran into the drawing-room."),),
    Example(("I am not a person who gets stupid about boys. Jaz is a person who gets stupid "
             "about boys.",), note="said twice in one breath, on purpose"),
)
