"""The editor's look. Problems are shown by a red border *and* a warning sign in the label and
the list row, so they do not depend on telling red from other colours."""

EDITOR_STYLE = """
QLineEdit[issue="true"], QPlainTextEdit[issue="true"], QComboBox[issue="true"],
QSpinBox[issue="true"], QListWidget[issue="true"] {
    border: 2px solid #c0392b; border-radius: 3px;
}
/* Focus on a red field must still show: a blue ring, the problem kept as a pink fill. */
QLineEdit[issue="true"]:focus, QPlainTextEdit[issue="true"]:focus,
QComboBox[issue="true"]:focus, QSpinBox[issue="true"]:focus, QListWidget[issue="true"]:focus {
    border: 3px solid #1c71d8; border-radius: 3px; background: #fdecea;
}
QLabel[issue="true"] { color: #a12a1d; }
QGroupBox[issue="true"] { color: #a12a1d; }
QLabel#section_title { font-size: 18px; font-weight: 600; }
QLabel#section_help, QLabel#hint { color: #555555; }
QLabel#date_reading { color: #555555; }
QLabel#section_issues {
    color: #8a1f11; background: #fdecea; border: 1px solid #e6a29a; border-radius: 4px;
    padding: 6px;
}
"""
