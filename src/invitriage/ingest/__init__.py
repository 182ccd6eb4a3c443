"""Reading the owner's files: LinkedIn exports, saved invitation pages, CSV/JSON lists."""
