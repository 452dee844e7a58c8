"""One core for both faces: the services the command line and the desktop app both call.

Arrows point down only: ui, cli -> services -> sync -> storage -> domain. Each service call is
one unit of work: it opens and closes its own database session and returns frozen dataclasses
or plain values, never a session or an ORM object, so a face cannot hold the database open and
a call is safe from a worker thread. No Qt here.
"""
