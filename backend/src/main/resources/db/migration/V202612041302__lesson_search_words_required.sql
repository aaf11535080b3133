-- Every lesson has its words now (V202612041301 filled those that existed); the app writes them
-- with the text from here on.
alter table lesson alter column search_words set not null;
