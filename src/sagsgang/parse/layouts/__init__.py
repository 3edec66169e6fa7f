"""One module per publishing format; `detect.choose_layout` picks one, `generic` catches the rest."""
