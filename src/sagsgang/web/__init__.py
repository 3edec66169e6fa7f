"""Show: server-rendered Danish pages, an OParl-shaped JSON API and Atom feeds.

Everything public is read through `catalog.Catalog` (built in memory from documents) or
`catalog.StoreCatalog` (the same views answered by the store's indexed queries; what `sagsgang
serve` uses), the one visibility-aware path: a closed item (lukket punkt) leaves it with title and
number only, so no route can leak its content.
"""
