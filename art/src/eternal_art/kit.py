"""Everything a chapter module needs, in one import: `from ..kit import *`."""

from __future__ import annotations

from .svg import *
from .palettes import *
from .rig import *
from .props import *
from .places import *
from .scene import *


