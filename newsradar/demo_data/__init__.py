"""The demo's bundled sample feeds and its config template (data only; read by newsradar.demo)."""
