-- The address a document was published at, when its source states it or the editor gives it
-- (front matter's `url`): what citations and exports cite. Catalogs written before have none to
-- keep: a build before this one refused the key.
ALTER TABLE document ADD COLUMN url VARCHAR;
