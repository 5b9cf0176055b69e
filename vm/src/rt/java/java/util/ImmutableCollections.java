package java.util;

/**
 * The unmodifiable collections of List.of, Set.of, Map.of and their copyOf: no null elements, keys or values
 * (NullPointerException, also for contains(null)), no duplicates in sets and maps (IllegalArgumentException),
 * every mutator UnsupportedOperationException. Sets and maps iterate in the order of their arguments; the
 * JDK's order is randomised per run, so no program can depend on it.
 */
final class ImmutableCollections {
    private ImmutableCollections() {
    }

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    @SafeVarargs
    static <E> List<E> listOf(E... elements) {
        Object[] copy = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            copy[i] = Objects.requireNonNull(elements[i]);
        }
        return new ListN<>(copy);
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> listCopy(Collection<? extends E> coll) {
        if (coll instanceof ListN) {
            return (List<E>) coll;
        }
        return (List<E>) listOf(coll.toArray());
    }

    @SafeVarargs
    static <E> Set<E> setOf(E... elements) {
        SetN<E> set = new SetN<>();
        for (E e : elements) {
            if (set.map.put(Objects.requireNonNull(e), Boolean.TRUE) != null) {
                throw new IllegalArgumentException("duplicate element: " + e);
            }
        }
        return set;
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> setCopy(Collection<? extends E> coll) {
        if (coll instanceof SetN) {
            return (Set<E>) coll;
        }
        SetN<E> set = new SetN<>();
        for (E e : coll) {
            set.map.put(Objects.requireNonNull(e), Boolean.TRUE);
        }
        return set;
    }

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> mapOf(Object... kvs) {
        MapN<K, V> map = new MapN<>();
        for (int i = 0; i < kvs.length; i += 2) {
            K k = (K) Objects.requireNonNull(kvs[i]);
            V v = (V) Objects.requireNonNull(kvs[i + 1]);
            if (map.map.put(k, v) != null) {
                throw new IllegalArgumentException("duplicate key: " + k);
            }
        }
        return map;
    }

    static final class ListN<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private final Object[] elements;

        ListN(Object[] elements) {
            this.elements = elements;
        }

        public int size() {
            return elements.length;
        }

        @SuppressWarnings("unchecked")
        public E get(int index) {
            if (elements.length <= 2 && elements.length > 0 && (index < 0 || index >= elements.length)) {
                // The JDK's one- and two-element lists word it so; longer ones index their array.
                throw new IndexOutOfBoundsException("Index: " + index + " Size: " + elements.length);
            }
            return (E) elements[index];
        }

        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0; i < elements.length; i++) {
                if (o.equals(elements[i])) {
                    return i;
                }
            }
            return -1;
        }

        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = elements.length - 1; i >= 0; i--) {
                if (o.equals(elements[i])) {
                    return i;
                }
            }
            return -1;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length);
        }

        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public boolean addAll(int index, Collection<? extends E> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(java.util.function.Predicate<? super E> filter) {
            throw uoe();
        }

        public void replaceAll(java.util.function.UnaryOperator<E> operator) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }

        public void sort(Comparator<? super E> c) {
            throw uoe();
        }
    }

    static final class SetN<E> extends AbstractSet<E> implements java.io.Serializable {
        final LinkedHashMap<E, Boolean> map = new LinkedHashMap<>();

        public int size() {
            return map.size();
        }

        public boolean contains(Object o) {
            return map.containsKey(Objects.requireNonNull(o));
        }

        public Iterator<E> iterator() {
            Iterator<E> keys = map.keySet().iterator();
            return new Iterator<E>() {
                public boolean hasNext() {
                    return keys.hasNext();
                }

                public E next() {
                    return keys.next();
                }
            };
        }

        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(java.util.function.Predicate<? super E> filter) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }
    }

    static final class MapN<K, V> extends AbstractMap<K, V> implements java.io.Serializable {
        final LinkedHashMap<K, V> map = new LinkedHashMap<>();

        public int size() {
            return map.size();
        }

        public V get(Object key) {
            return map.get(Objects.requireNonNull(key));
        }

        public boolean containsKey(Object key) {
            return map.containsKey(Objects.requireNonNull(key));
        }

        public boolean containsValue(Object value) {
            return map.containsValue(Objects.requireNonNull(value));
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                public int size() {
                    return map.size();
                }

                public Iterator<Map.Entry<K, V>> iterator() {
                    Iterator<Map.Entry<K, V>> entries = map.entrySet().iterator();
                    return new Iterator<Map.Entry<K, V>>() {
                        public boolean hasNext() {
                            return entries.hasNext();
                        }

                        public Map.Entry<K, V> next() {
                            Map.Entry<K, V> e = entries.next();
                            return new KeyValueHolder<>(e.getKey(), e.getValue());
                        }
                    };
                }
            };
        }

        public V put(K key, V value) {
            throw uoe();
        }

        public V remove(Object key) {
            throw uoe();
        }

        public void putAll(Map<? extends K, ? extends V> m) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        public V computeIfAbsent(K key, java.util.function.Function<? super K, ? extends V> f) {
            throw uoe();
        }

        public V computeIfPresent(K key, java.util.function.BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        public V compute(K key, java.util.function.BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        public V merge(K key, V value, java.util.function.BiFunction<? super V, ? super V, ? extends V> f) {
            throw uoe();
        }

        public void replaceAll(java.util.function.BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }
    }
}
