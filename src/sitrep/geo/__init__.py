"""sitrep.geo stage."""
