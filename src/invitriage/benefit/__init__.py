""""Can benefit": matching a headline against the owner's help_whom / meet_whom."""
