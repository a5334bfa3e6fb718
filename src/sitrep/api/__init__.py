"""sitrep.api stage."""
