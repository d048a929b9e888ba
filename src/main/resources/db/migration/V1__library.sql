-- The library as ingested from content/: documents, their running text and their notes.
-- Everything here is derived from the content files and rewritten in one transaction per ingest.

CREATE TABLE ingest (
    id            INT PRIMARY KEY CHECK (id = 1),
    fingerprint   VARCHAR(64) NOT NULL,
    ingested_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE document (
    slug                 VARCHAR(200) PRIMARY KEY,
    position             INT NOT NULL,
    title                VARCHAR(1000),
    label                VARCHAR(1000) NOT NULL,
    kind                 VARCHAR(40) NOT NULL,
    venue                VARCHAR(1000),
    volume               VARCHAR(40),
    issue                VARCHAR(40),
    date_text            VARCHAR(100),
    publication_year     INT,
    pages                VARCHAR(100),
    byline               VARCHAR(1000),
    summary              VARCHAR(4000) NOT NULL,
    is_excerpt           BOOLEAN NOT NULL,
    begins_mid_sentence  BOOLEAN NOT NULL,
    ends_mid_sentence    BOOLEAN NOT NULL,
    figure_caption_html  CLOB,
    figure_caption_text  CLOB,
    source_file          VARCHAR(1000) NOT NULL
);

CREATE TABLE document_author (
    document_slug  VARCHAR(200) NOT NULL REFERENCES document (slug) ON DELETE CASCADE,
    position       INT NOT NULL,
    name           VARCHAR(500) NOT NULL,
    PRIMARY KEY (document_slug, position)
);

CREATE TABLE block (
    document_slug     VARCHAR(200) NOT NULL REFERENCES document (slug) ON DELETE CASCADE,
    position          INT NOT NULL,
    kind              VARCHAR(10) NOT NULL CHECK (kind IN ('heading', 'paragraph')),
    heading_level     INT,
    anchor            VARCHAR(200) NOT NULL,
    paragraph_number  INT,
    part              VARCHAR(20),
    section_anchor    VARCHAR(200),
    html              CLOB,
    text              CLOB NOT NULL,
    PRIMARY KEY (document_slug, position),
    UNIQUE (document_slug, anchor)
);

CREATE TABLE note (
    document_slug  VARCHAR(200) NOT NULL REFERENCES document (slug) ON DELETE CASCADE,
    position       INT NOT NULL,
    label          VARCHAR(40) NOT NULL,
    html           CLOB NOT NULL,
    text           CLOB NOT NULL,
    PRIMARY KEY (document_slug, label)
);

CREATE TABLE note_reference (
    document_slug     VARCHAR(200) NOT NULL,
    label             VARCHAR(40) NOT NULL,
    occurrence        INT NOT NULL,
    anchor            VARCHAR(200) NOT NULL,
    paragraph_number  INT NOT NULL,
    marker_position   INT NOT NULL,
    PRIMARY KEY (document_slug, label, occurrence),
    FOREIGN KEY (document_slug, label) REFERENCES note (document_slug, label) ON DELETE CASCADE
);
