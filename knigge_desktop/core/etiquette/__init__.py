"""The XING-Kontakt-Knigge as rules: data in resources/etiquette/, a few rule kinds in code."""
