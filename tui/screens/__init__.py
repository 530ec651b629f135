"""The app's screens: one per view (search, positions, timeline) plus help."""
