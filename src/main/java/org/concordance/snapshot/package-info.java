/**
 * A value kept on disk between runs under the key of what it was made from ({@link
 * org.concordance.snapshot.Snapshot}): the library and what is derived from it, so a restart on
 * unchanged content reads them back instead of reading the catalog and deriving them again. Kryo
 * copies the objects; records go through {@link org.concordance.snapshot.RecordComponents}, which
 * does less per record than Kryo's own. Of the library's types it knows one, {@link
 * org.concordance.content.Deferred}: a value it keeps apart in the file and reads only when first
 * asked for (a document's text and notes), so a restart reads what it needs at once and nothing
 * more. {@code Snapshot} writes and checks the file; {@code Kryos} configures the Kryo it copies
 * with ({@code References}, the classes allowed), {@code DeferredValues} and {@code Region} keep
 * values apart and read them back. It depends on no other package of the app.
 */
package org.concordance.snapshot;
