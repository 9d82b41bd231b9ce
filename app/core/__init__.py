"""The analysis core: pure Python, no Qt and no SQL. Documents in, an AnalysisResult out."""
