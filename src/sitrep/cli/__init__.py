"""sitrep.cli stage."""
