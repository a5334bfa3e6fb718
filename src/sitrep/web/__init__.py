"""sitrep.web stage."""
