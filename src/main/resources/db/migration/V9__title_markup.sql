-- A document's title keeps the italics inside it ("Reading <i>Nexus of Global Jihad</i>"), so the
-- catalog holds it as HTML: the plain titles written before are escaped into it.
ALTER TABLE document ALTER COLUMN title RENAME TO title_html;
UPDATE document SET title_html = REPLACE(REPLACE(REPLACE(title_html, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')
    WHERE title_html IS NOT NULL;
