"""Reading scene files: YAML with positions, the schema, one walk that builds the typed Story with a table of where
each part was written, then small checks over the typed story; every problem at once, or an immutable Story."""

from eternal.loader.problems import Problem
from eternal.loader.load import LoadResult, load_story

__all__ = ["LoadResult", "Problem", "load_story"]
