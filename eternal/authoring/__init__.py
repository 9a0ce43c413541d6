"""Tools for scene authors: the story graph (DOT, SVG, PNG). Pure Python except the PNG painter."""
