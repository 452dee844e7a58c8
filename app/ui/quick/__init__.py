"""The quick testimony: the page a new testimony opens on, in the order a conversation runs."""
