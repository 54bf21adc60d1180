"""The REST edge: thin routes over ``CoachService``."""
