-- The planner prices pg_trgm's word-similarity operator (`searchText %> query`) like a trivial
-- comparison, so it preferred scanning every course and computing the similarity over the whole
-- search text per row (~250 ms at 5,000 courses) to the trigram GIN index. Pricing it as the
-- costly function it is lets the catalogue search combine both GIN indexes (BitmapOr, ~30 ms).
ALTER FUNCTION word_similarity_commutator_op(text, text) COST 1000;
