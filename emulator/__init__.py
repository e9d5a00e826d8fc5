"""Local emulator of the covered cloud APIs (see issue 4)."""
