"""One module per chapter of the story; each registers its scenes with @scene(id, era) when imported."""

from . import prologue, late, middle, early, childhood, endings, title

CHAPTERS = {
    "prologue": prologue,    # scenes/01_prologue.yaml
    "late": late,            # scenes/02_distance.yaml, scenes/02a_late.yaml
    "middle": middle,        # scenes/03_tender.yaml
    "early": early,          # scenes/03a_early.yaml
    "childhood": childhood,  # scenes/04_childhood.yaml
    "endings": endings,      # scenes/05_endings.yaml
    "title": title,          # the title screen (art/title/), shown by the story header's title_art
}
