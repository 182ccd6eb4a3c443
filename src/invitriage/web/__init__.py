"""The review page's face: a Starlette app over the workspace."""
