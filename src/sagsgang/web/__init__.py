"""Show: server-rendered Danish pages, an OParl-shaped JSON API and Atom feeds.

Everything public is read through `catalog.Catalog`, the one visibility-aware path: a closed item
(lukket punkt) leaves it with title and number only, so no route can leak its content.
"""
