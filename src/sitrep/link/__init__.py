"""sitrep.link stage."""
