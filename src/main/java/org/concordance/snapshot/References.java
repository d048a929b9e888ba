package org.concordance.snapshot;

import com.esotericsoftware.kryo.util.MapReferenceResolver;
import java.util.HashMap;
import java.util.Map;

/**
 * Kryo's table of the objects met so far, counting them as they are written, sized for them when
 * read. Strings are met by value, not only by identity: an equal string written before is
 * written as a reference to it, so it is read back as one object. A library parsed file by file
 * holds the same short strings many times over (note labels, their markers' anchors, slugs, the
 * same citation's words): at 10,003 documents, a third of its strings.
 */
final class References extends MapReferenceResolver {
    private final int expected;
    private final Map<String, Integer> strings = new HashMap<>();
    private int written;

    /** @param expected how many objects a read will meet, to make room for them at once; 0 when writing */
    References(int expected) {
        this.expected = expected;
    }

    /** How many objects were written so far, for the file to say how many a read will meet. */
    int written() {
        return written;
    }

    @Override
    @SuppressWarnings("rawtypes") // Kryo's interface takes a raw Class
    public int nextReadId(Class type) {
        if (readObjects.isEmpty()) { // Kryo may reset the table before the first object, so room is made here
            readObjects.ensureCapacity(expected);
        }
        return super.nextReadId(type);
    }

    @Override
    public int addWrittenObject(Object object) {
        written++;
        int id = super.addWrittenObject(object);
        if (object instanceof String string) {
            strings.putIfAbsent(string, id);
        }
        return id;
    }

    @Override
    public int getWrittenId(Object object) {
        if (object instanceof String string) {
            Integer id = strings.get(string);
            return id == null ? -1 : id;
        }
        return super.getWrittenId(object);
    }

    @Override
    public void reset() {
        super.reset();
        strings.clear();
    }
}
