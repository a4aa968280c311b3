-- relais_own_words (20261130014500_search_without_wants) left out "for …" after any word that
-- merely began like swap, trade or exchange: "Traditional oak table, perfect for a family" lost
-- "for a family" from the index. The English exchange verbs are now whole words (swap, swaps,
-- swapped, swapping, trade, trades, traded, trading, exchange, exchanges, exchanged, exchanging);
-- the French clauses are unchanged.
CREATE OR REPLACE FUNCTION "relais_own_words"(body text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT
    regexp_replace(
      regexp_replace(
        regexp_replace(
          coalesce(body, ''),
          '((?:^|[^[:alpha:]])(?:[ÉéEe]chang|troqu|troc)[^.!?;\n]*?)[[:space:]]+contre(?:[^[:alpha:]][^.!?;\n]*|$)', '\1', 'gi'),
        '(^|[^[:alpha:]])en[[:space:]]+[ÉéEe]change(?:[^[:alpha:]][^.!?;\n]*|$)', '\1', 'gi'),
      '((?:^|[^[:alpha:]])(?:swap(?:s|ped|ping)?|trad(?:e|es|ed|ing)|exchang(?:e|es|ed|ing))(?:[^[:alpha:].!?;\n][^.!?;\n]*?)?)[[:space:]]+for(?:[^[:alpha:]][^.!?;\n]*|$)', '\1', 'gi') $$;

-- A stored generated column is computed again when its row is updated: the listings whose
-- description the old function could have cut get their index entry again.
UPDATE "Listing" SET "description" = "description" WHERE "description" ~* '(swap|trad|exchang)';
