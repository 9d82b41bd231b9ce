"""The resources folder holds what the app reads at run time."""

from app.paths import resources_dir


def test_resources_hold_word_lists_themes_and_icon():
    root = resources_dir()
    assert (root / "wordlists" / "stopwords.txt").is_file()
    assert sorted(p.name for p in (root / "themes").glob("*.qss")) == ["dark.qss", "light.qss"]
    assert (root / "icons" / "continuity.svg").is_file()
