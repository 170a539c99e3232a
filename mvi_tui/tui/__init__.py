"""The Textual wizard (`mvi [PLAN]`).

Textual draws at most `TEXTUAL_FPS` frames a second and waits one frame period before
drawing a change, so at its default of 60 every keystroke waits ~17 ms before it shows.
The wizard is mostly typing and filtering, so it asks for 120 (a user's own setting of
TEXTUAL_FPS wins). This must happen before Textual is imported, hence here.
"""

import os

os.environ.setdefault("TEXTUAL_FPS", "120")
