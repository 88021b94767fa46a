"""Lab reports: one self-contained HTML file per run (settings, figures as inline SVG, metrics), Qt-free so the CLI
and the GUI write the same report."""
