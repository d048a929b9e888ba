package org.concordance.snapshot;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Registration;
import com.esotericsoftware.kryo.SerializerFactory;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.serializers.ImmutableCollectionsSerializers;
import com.esotericsoftware.kryo.util.DefaultClassResolver;
import com.esotericsoftware.kryo.util.DefaultInstantiatorStrategy;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concordance.content.Deferred;
import org.objenesis.strategy.StdInstantiatorStrategy;

/**
 * The Kryo a snapshot is written and read with: records through their canonical constructors,
 * objects shared and strings met by value ({@link References}), values kept apart
 * ({@link DeferredValues}), and only the classes a snapshot may hold.
 */
final class Kryos {
    /** Package prefixes of the classes a snapshot may hold; arrays of them too. */
    private static final List<String> ALLOWED = List.of("org.concordance.", "java.util.", "java.time.");
    /** The values of {@code java.lang} a snapshot may hold. */
    private static final Set<Class<?>> JAVA_LANG = Set.of(String.class, Boolean.class, Byte.class, Character.class,
            Short.class, Integer.class, Long.class, Float.class, Double.class);


    private Kryos() {
    }

    /**
     * A Kryo for one write or read: not thread-safe, and cheap next to the value it copies.
     *
     * @param region the file read, for a {@link Deferred}'s value to be kept in it and read when
     *     asked for; empty when writing, and within such a value, where a {@code Deferred} is
     *     written as its value and read back made
     */
    static Kryo kryo(References references, Optional<Region> region) {
        return kryo(references, new DeferredValues(region));
    }

    /** {@link #kryo(References, Optional)} with the serializer of {@link Deferred} values given. */
    static Kryo kryo(References references, DeferredValues deferred) {
        Kryo kryo = new Kryo(new AllowedClasses(), references);
        kryo.setRegistrationRequired(false); // classes are named in the file, and checked on reading
        kryo.setReferences(true); // the library's objects are shared (mentions, works, canonical strings)
        // Classes other than records through a no-argument constructor, else without one.
        kryo.setInstantiatorStrategy(new DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
        ImmutableCollectionsSerializers.addDefaultSerializers(kryo); // List.of, Map.of, Set.of
        // Records through their canonical constructor, primitives written as such (RecordComponents).
        kryo.addDefaultSerializer(Record.class, new SerializerFactory.BaseSerializerFactory<RecordComponents<?>>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public RecordComponents<?> newSerializer(Kryo kryo, Class type) {
                return new RecordComponents<>(kryo, (Class<? extends Record>) type);
            }
        });
        kryo.addDefaultSerializer(Deferred.class, deferred);
        return kryo;
    }

    /**
     * Resolves the classes a file names as Kryo does, and refuses any a snapshot may not hold before
     * an object of it is made. (A class loader cannot do this: Kryo falls back to its own.)
     */
    private static final class AllowedClasses extends DefaultClassResolver {
        /**
         * The registrations already allowed: a file names a class once and then refers to it by
         * number, so the same registration comes back for each of its objects (millions, in a
         * large library), and checking its name each time was a tenth of a read.
         */
        private final Set<Registration> allowed = Collections.newSetFromMap(new IdentityHashMap<>());

        @Override
        public Registration readClass(Input input) {
            Registration registration = super.readClass(input);
            if (registration != null && !allowed.contains(registration)) {
                if (!allowed(registration.getType())) {
                    throw new KryoException(registration.getType().getName() + " is not a class a snapshot may hold");
                }
                allowed.add(registration);
            }
            return registration;
        }

        private static boolean allowed(Class<?> type) {
            Class<?> component = type;
            while (component.isArray()) {
                component = component.getComponentType();
            }
            if (component.isPrimitive() || JAVA_LANG.contains(component)) {
                return true;
            }
            String name = component.getName();
            return ALLOWED.stream().anyMatch(name::startsWith);
        }
    }
}
