-- What a listing is swapped for must never make it match a search for that thing (issue 12,
-- row A22): a Switch offered "contre un vélo" is not a bike. Its wants stay in the description
-- the members read (the card says what it is swapped for) and in the want posted with it (which
-- is what matching reads); only the indexed text leaves them out.
--
-- Left out, to the end of the sentence, in French and English, whoever wrote it (the text
-- generated for a swap posted in one go, "Switch — à échanger contre : Vélo" / "— to swap for:
-- Bike", "Vélo — en échange de : Switch", or the member's own words, "Possibilité d'échanger
-- contre une bibliothèque ou un bureau", "swapping my headphones for a skateboard"):
--   * "contre …" after an exchange word (échange, échanger, troc, troquer),
--   * "en échange …",
--   * "for …" after swap, trade or exchange.
-- Accents are written out ([ÉéEe]) because the regex character classes of a C-locale database
-- know only ASCII letters.
CREATE FUNCTION "relais_own_words"(body text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT
    regexp_replace(
      regexp_replace(
        regexp_replace(
          coalesce(body, ''),
          '((?:^|[^[:alpha:]])(?:[ÉéEe]chang|troqu|troc)[^.!?;\n]*?)[[:space:]]+contre(?:[^[:alpha:]][^.!?;\n]*|$)', '\1', 'gi'),
        '(^|[^[:alpha:]])en[[:space:]]+[ÉéEe]change(?:[^[:alpha:]][^.!?;\n]*|$)', '\1', 'gi'),
      '((?:^|[^[:alpha:]])(?:swap|trad|exchang)[^.!?;\n]*?)[[:space:]]+for(?:[^[:alpha:]][^.!?;\n]*|$)', '\1', 'gi') $$;

-- A generated column's expression cannot be changed in Postgres 16 (the oldest server Relais
-- supports): the column is added again, which computes it for every existing listing, and its
-- index with it (new rows straight into the index, as 20261129232000_search_index_upkeep set).
ALTER TABLE "Listing" DROP COLUMN "searchVector";
ALTER TABLE "Listing" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (relais_document("title", "tags", relais_own_words("description"))) STORED;
CREATE INDEX "Listing_searchVector_gin" ON "Listing" USING gin ("searchVector") WITH (fastupdate = off);
