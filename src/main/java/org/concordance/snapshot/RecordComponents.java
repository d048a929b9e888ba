package org.concordance.snapshot;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Writes a record as its components, in the order the record declares them, and reads it back
 * through its canonical constructor, as Kryo's own {@code RecordSerializer} does, with less work
 * per record. A snapshot of a large library holds millions of records (10,003 documents: 1.1
 * million mentions, each with four numbers), and Kryo's serializer reads every primitive component
 * as an object: boxed, with a lookup of its serializer and an entry in the table of references.
 * Here a primitive component is written and read as the primitive it is; every other component
 * goes through Kryo as before (by its class when the component's type is final, else with its
 * class named), so objects the record shares with others stay shared.
 *
 * <p>A record whose constructor refuses what was read (its checks) is reported as a
 * {@link KryoException}, which {@link Snapshot#read} reports as a damaged file.
 *
 * @param <T> the record class, one serializer per class
 */
final class RecordComponents<T extends Record> extends Serializer<T> {
    /** How a component is written: a primitive as itself, an object by its final class or with its class named. */
    private enum Kind {
        BOOLEAN, BYTE, CHAR, SHORT, INT, LONG, FLOAT, DOUBLE, FINAL, ANY
    }

    private final Method[] accessors;
    private final Class<?>[] types;
    private final Kind[] kinds;
    private final Constructor<T> constructor;

    /**
     * @throws KryoException when the record's canonical constructor or an accessor cannot be opened
     */
    RecordComponents(Kryo kryo, Class<T> type) {
        super(false, true); // no nulls (a component may be null; the record itself never is), immutable
        RecordComponent[] components = type.getRecordComponents();
        accessors = new Method[components.length];
        types = new Class<?>[components.length];
        kinds = new Kind[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true); // a private nested record's accessors are public in a private class
                types[i] = components[i].getType();
                kinds[i] = kind(kryo, types[i]);
            }
            constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException | RuntimeException e) { // the JDK's refusal to open a class
            throw new KryoException("the record " + type.getName() + " cannot be copied (" + e + ")", e);
        }
    }

    private static Kind kind(Kryo kryo, Class<?> type) {
        if (type == boolean.class) {
            return Kind.BOOLEAN;
        } else if (type == byte.class) {
            return Kind.BYTE;
        } else if (type == char.class) {
            return Kind.CHAR;
        } else if (type == short.class) {
            return Kind.SHORT;
        } else if (type == int.class) {
            return Kind.INT;
        } else if (type == long.class) {
            return Kind.LONG;
        } else if (type == float.class) {
            return Kind.FLOAT;
        } else if (type == double.class) {
            return Kind.DOUBLE;
        }
        return kryo.isFinal(type) ? Kind.FINAL : Kind.ANY;
    }

    @Override
    public void write(Kryo kryo, Output output, T record) {
        for (int i = 0; i < accessors.length; i++) {
            Object value;
            try {
                value = accessors[i].invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new KryoException("the component " + accessors[i].getName() + " of " + record.getClass().getName()
                        + " cannot be read (" + e + ")", e);
            }
            switch (kinds[i]) {
                case BOOLEAN -> output.writeBoolean((Boolean) value);
                case BYTE -> output.writeByte((Byte) value);
                case CHAR -> output.writeChar((Character) value);
                case SHORT -> output.writeShort((Short) value);
                case INT -> output.writeVarInt((Integer) value, false);
                case LONG -> output.writeVarLong((Long) value, false);
                case FLOAT -> output.writeFloat((Float) value);
                case DOUBLE -> output.writeDouble((Double) value);
                case FINAL -> kryo.writeObjectOrNull(output, value, types[i]);
                case ANY -> kryo.writeClassAndObject(output, value);
            }
        }
    }

    @Override
    public T read(Kryo kryo, Input input, Class<? extends T> type) {
        Object[] values = new Object[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            values[i] = switch (kinds[i]) {
                case BOOLEAN -> input.readBoolean();
                case BYTE -> input.readByte();
                case CHAR -> input.readChar();
                case SHORT -> input.readShort();
                case INT -> input.readVarInt(false);
                case LONG -> input.readVarLong(false);
                case FLOAT -> input.readFloat();
                case DOUBLE -> input.readDouble();
                case FINAL -> kryo.readObjectOrNull(input, types[i]);
                case ANY -> kryo.readClassAndObject(input);
            };
        }
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException refused) { // the record's own checks
            throw new KryoException("a " + type.getName() + " as read is refused by its constructor ("
                    + refused.getCause() + ")", refused.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new KryoException("a " + type.getName() + " cannot be made (" + e + ")", e);
        }
    }
}
