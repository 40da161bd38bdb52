"""Operations: each user action on the store, one function taking a Session (no Qt).

The GUI, the command line and the tests call these; nothing else writes the store.
"""
