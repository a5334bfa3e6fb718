"""sitrep.extract stage."""
