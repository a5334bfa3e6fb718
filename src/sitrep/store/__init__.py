"""sitrep.store stage."""
