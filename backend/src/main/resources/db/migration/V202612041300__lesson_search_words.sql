-- The library's search as PostgreSQL full-text search (issue 16: 20,000 lessons, p99 <= 50 ms at
-- 50 req/s). An ILIKE over every published lesson's text costs 250-420 ms at that size. The app
-- breaks the searchable text into words (ThaiWords: Thai has no spaces between words) and stores them
-- one space apart; to_tsvector('simple') indexes each word, and a search term, broken the same way,
-- is matched as a phrase. V202612041301 fills the words of the lessons that exist; V202612041302
-- makes them required.
alter table lesson add column search_words text;
alter table lesson add column search_vector tsvector
    generated always as (to_tsvector('simple', coalesce(search_words, ''))) stored;
create index lesson_search_idx on lesson using gin (search_vector);

-- True when the document holds the words as a phrase. A one-line SQL function, so PostgreSQL inlines
-- it into the query and the GIN index above serves it; HQL calls it with function('words_match', ...).
create function words_match(document tsvector, words text) returns boolean
    language sql immutable parallel safe
    as $$ select document @@ phraseto_tsquery('simple', words) $$;
