"""Rebuild resources/wordlists/english_frequency.tsv from the wordfreq package.

Run by hand when the list should change (`pip install wordfreq` first); the app itself only
reads the TSV, so wordfreq is not a dependency. The data is CC BY-SA 4.0 (see the README in
resources/wordlists).
"""

import re
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "resources" / "wordlists" / "english_frequency.tsv"
WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")


def main() -> None:
    from wordfreq import top_n_list, zipf_frequency

    rows = [
        f"{word}\t{zipf_frequency(word, 'en'):.2f}"
        for word in top_n_list("en", 40000)
        if WORD.fullmatch(word)
    ]
    header = (
        "# word<TAB>Zipf frequency (log10 per billion words + 3). "
        "Built by tools/build_frequency_list.py from wordfreq (CC BY-SA 4.0).\n"
    )
    TARGET.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
