"""The German the checks read: sentences, tokens, names, and the shared word lists.

Pure Python, no Qt. Everything here is loaded on first use (the window paints before a
check runs) and the analysis of a sentence is cached by its text, so typing re-analyses
only the sentence that changed.
"""
