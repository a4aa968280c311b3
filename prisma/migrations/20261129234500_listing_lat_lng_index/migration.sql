-- Searches with words around a place (P1, issue 13): the planner intersects the full-text
-- matches of a common word ("vélo": thousands of listings) with a latitude band instead of
-- reading every match from the table to test its distance.
CREATE INDEX "Listing_lat_lng_idx" ON "Listing"("lat", "lng");
