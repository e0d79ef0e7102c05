-- The tool limits names to 1000 and reasons to 2000 characters as a person sees them, each
-- character at most 8 UTF-16 code units (dev.sreladder.system.Text). H2 counts a column's length
-- in UTF-16 code units, PostgreSQL in code points (never more): these widths hold the worst case
-- on both, so the database never refuses what the tool accepted. Only column sizes change.
-- Written for H2 and PostgreSQL alike.

alter table profile_version alter column name set data type varchar(8000);

alter table decision alter column reason set data type varchar(16000);

alter table erasure alter column reason set data type varchar(16000);
