"""Files on disk: saves and settings, as JSON under ETERNAL_HOME. No pygame here."""
