-- Search latency on the embedded database (P1, issue 13).
--
-- GIN indexes buffer new rows in a "pending list" that every search scans linearly until a
-- vacuum merges it; PGlite runs no autovacuum, so after a few thousand new listings each
-- full-text or trigram lookup paid several milliseconds for it. New rows now go straight
-- into the index (a listing is written once, searched many times), and what is pending is
-- merged now.
ALTER INDEX "Listing_searchVector_gin" SET (fastupdate = off);
ALTER INDEX "Listing_title_trgm" SET (fastupdate = off);
ALTER INDEX "Mission_searchVector_gin" SET (fastupdate = off);
SELECT gin_clean_pending_list('"Listing_searchVector_gin"'::regclass);
SELECT gin_clean_pending_list('"Listing_title_trgm"'::regclass);
SELECT gin_clean_pending_list('"Mission_searchVector_gin"'::regclass);

-- The planner estimates a trigram match (`<%`) by computing it on every sampled title of the
-- statistics (about 200 at the default target): 7 to 9 ms of planning per typo lookup in
-- WASM. Twenty samples estimate it well enough for choosing the index.
ALTER INDEX "Listing_title_trgm" ALTER COLUMN 1 SET STATISTICS 20;
