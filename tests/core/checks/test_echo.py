"""The echo check's start-up cost: NLTK's stemmer is loaded when echo first runs."""

import subprocess
import sys


def test_importing_the_analysis_does_not_import_nltk():
    # Importing NLTK takes about a third of a second; opening the window imports the
    # analysis and should not wait for it. A fresh interpreter, as this one may have it.
    code = ("import sys, app.core.analysis, app.core.checks.echo; "
            "print('nltk' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"


def test_the_stemmer_is_made_on_first_use():
    from app.core.checks.echo import _stem

    assert _stem("gleaming") == _stem("gleamed") == "gleam"
