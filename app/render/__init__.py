"""Drawing what a face shows or writes with Qt (the PDF of a hand-over), shared by the command
line and the desktop. Reads nothing from the vault itself: it draws what app/services built."""
