-- Which words name an entry and which only find passages about it, and which entries a document
-- links: a concept's looser phrases are kept beside its names (phrase = TRUE), a concept named by
-- everyday words is not linked (linked = FALSE), and each mention says whether it is by name.

ALTER TABLE glossary_entry ADD COLUMN linked BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE glossary_name ADD COLUMN phrase BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE mention ADD COLUMN by_name BOOLEAN DEFAULT TRUE NOT NULL;
