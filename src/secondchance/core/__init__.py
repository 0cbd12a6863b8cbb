"""The pure core: no I/O, no clock, no environment; times and settings come in as arguments."""
