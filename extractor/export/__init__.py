"""Exports: documents as JSON Lines, contacts as CSV / Excel / vCard."""
