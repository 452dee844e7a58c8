"""The application's look: a few rules by object name, so screens stay plain widgets."""

STYLE = """
QLabel#title { font-size: 20px; font-weight: 600; margin-bottom: 6px; }
QLabel#warning {
    background: #fff4e5; border: 1px solid #e5a54b; border-radius: 4px; padding: 8px;
}
QLabel#message { color: #8a1f11; }
QLabel#strength { color: #555; }
QLabel#status { color: #555; }
QWidget#lock_panel { max-width: 560px; }
"""
