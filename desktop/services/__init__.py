"""Services: glue between the store and the pure domain rules (no Qt)."""
