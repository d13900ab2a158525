"""c4ir-kb: a knowledge base of people, organisations, places, dates and commitments from Vietnamese news."""

__version__ = "0.1.0"
