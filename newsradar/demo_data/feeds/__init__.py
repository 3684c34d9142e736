"""The sample feeds themselves (a package only so the wheel carries its .xml files)."""
