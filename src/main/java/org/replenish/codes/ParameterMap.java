package org.replenish.codes;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

/**
 * An unmodifiable map of a message's named parameters in their order, held in two arrays. A message has a handful of
 * parameters at most and every answer builds and renders dozens of messages, so a scan of a few names costs less
 * than a hash table per message (issue 14: building messages was most of the calculators' time).
 */
final class ParameterMap<V> extends AbstractMap<String, V> {

    private final String[] names;
    private final Object[] values;

    /** Takes the arrays as they are: the caller hands them over and keeps no reference. */
    private ParameterMap(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    /** The entries of map, in its iteration order; null values are kept, as a LinkedHashMap would. */
    static <V> ParameterMap<V> copyOf(Map<String, ? extends V> map) {
        String[] names = new String[map.size()];
        Object[] values = new Object[names.length];
        int i = 0;
        for (Map.Entry<String, ? extends V> entry : map.entrySet()) {
            names[i] = entry.getKey();
            values[i++] = entry.getValue();
        }
        return new ParameterMap<>(names, values);
    }

    /** From alternating names and values, the first of two equal names keeping its place and the later value. */
    static ParameterMap<Object> ofPairs(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must pair up");
        }
        String[] names = new String[namesAndValues.length / 2];
        Object[] values = new Object[names.length];
        int size = 0;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            int at = indexOf(names, size, name);
            if (at < 0) {
                at = size++;
                names[at] = name;
            }
            values[at] = namesAndValues[i + 1];
        }
        return size == names.length ? new ParameterMap<>(names, values)
                : new ParameterMap<>(Arrays.copyOf(names, size), Arrays.copyOf(values, size));
    }

    /** The same names with each value mapped, for the wire's text form of the parameters. */
    <W> ParameterMap<W> mapValues(Function<? super V, ? extends W> mapping) {
        Object[] mapped = new Object[values.length];
        for (int i = 0; i < mapped.length; i++) {
            mapped[i] = mapping.apply(valueAt(i));
        }
        return new ParameterMap<>(names, mapped);
    }

    private static int indexOf(String[] names, int size, Object name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private V valueAt(int index) {
        return (V) values[index];
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(names, names.length, key) >= 0;
    }

    @Override
    public V get(Object key) {
        int at = indexOf(names, names.length, key);
        return at < 0 ? null : valueAt(at);
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return names.length;
            }

            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Map.Entry<String, V> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new SimpleImmutableEntry<>(names[at], valueAt(at));
                    }
                };
            }
        };
    }
}
