-- A document's language as a BCP 47 tag ("en", "ar", "zh-Hans"), when its front matter states it.
ALTER TABLE document ADD COLUMN language VARCHAR(64);
