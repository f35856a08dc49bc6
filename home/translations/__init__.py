"""Translation management: status report, bulk PO export/import, mixed-language rich text."""
