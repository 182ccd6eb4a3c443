"""The command-line face: parses arguments, calls the workspace, renders the result."""
