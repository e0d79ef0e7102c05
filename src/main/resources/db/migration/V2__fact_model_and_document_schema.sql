-- Each rule set records the fact model its rules are written for, so a replay compiles them as
-- they were written (or refuses, naming the model, when this build no longer knows it). Each
-- evaluation records the schema of its stored document. Rows written before this migration are
-- fact model 1 and document schema 1. Written for H2 and PostgreSQL alike.

alter table rule_set add column fact_model integer not null default 1;

alter table evaluation add column document_schema integer not null default 1;
