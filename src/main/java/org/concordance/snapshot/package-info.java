/**
 * A value kept on disk between runs under the key of what it was made from ({@link
 * org.concordance.snapshot.Snapshot}): the library and what is derived from it, so a restart on
 * unchanged content reads them back instead of reading the catalog and deriving them again. Kryo
 * copies the objects; records go through {@link org.concordance.snapshot.RecordComponents}, which
 * does less per record than Kryo's own. Knows nothing of the library's types; it depends on no
 * other package of the app.
 */
package org.concordance.snapshot;
