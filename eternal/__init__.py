"""Eternal: an engine for erasure stories: one night inside a head while its memories are erased, one by one."""

__version__ = "0.1.0"  # the one place the version is written: pyproject.toml reads it from here
DISTRIBUTION = "eternal-night"  # the name on the package index ("eternal" is another project's); the command is `eternal`


def installed_version() -> str:
    """The version of the installed distribution (its metadata), else this source's (a checkout, the desktop bundle)."""
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return __version__
