-- Each stored profile version names the ladder it was read against (the ladder file's id), so it
-- is never read back under another ladder's levels and keys. Versions stored before ladder files
-- existed were read against the article's ladder. Written for H2 and PostgreSQL alike.

alter table profile_version add column ladder varchar(100) not null default 'article-sre';
