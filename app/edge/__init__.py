"""The HTTP edge: authentication, protocol, idempotency, routing, errors and request plumbing."""
