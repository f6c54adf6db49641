"""The one exception a reader of a corpus file raises: this file cannot be
indexed, and the message says why (shown in the skipped-files list)."""


class SkipFile(Exception):
    """This file cannot be indexed; the message is the reason shown to the user."""
