"""sitrep.sources stage."""
