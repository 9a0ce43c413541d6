"""Reading scene files: YAML with positions, the schema, and the graph checks, into an immutable Story."""

from eternal.loader.problems import Problem
from eternal.loader.load import LoadResult, load_story

__all__ = ["LoadResult", "Problem", "load_story"]
