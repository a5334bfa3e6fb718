"""sitrep.analyze stage."""
