"""The network-value report: figures, charts and the HTML page."""
