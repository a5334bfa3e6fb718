"""The dashboard: map, timeline, filterable table, incident pages. Server-rendered, no CDN."""
