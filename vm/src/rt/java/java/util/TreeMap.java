package java.util;

import java.util.function.BiConsumer;

/**
 * A red-black tree (Guibas and Sedgewick 1978; the insertion and deletion fix-ups of Cormen, Leiserson and
 * Rivest), sorted by the keys' natural order or a comparator. Iteration is in key order, so it never
 * depends on the tree's shape. The sub-map and descending views are live views over the same tree.
 */
public class TreeMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, Cloneable, java.io.Serializable {
    private static final boolean RED = false;
    private static final boolean BLACK = true;

    private final Comparator<? super K> comparator;
    private transient Entry<K, V> root;
    private transient int size = 0;
    private transient int modCount = 0;

    public TreeMap() {
        comparator = null;
    }

    public TreeMap(Comparator<? super K> comparator) {
        this.comparator = comparator;
    }

    public TreeMap(Map<? extends K, ? extends V> m) {
        comparator = (m instanceof SortedMap<?, ?> sm) ? castComparator(sm.comparator()) : null;
        putAll(m);
    }

    public TreeMap(SortedMap<K, ? extends V> m) {
        comparator = m.comparator();
        putAll(m);
    }

    @SuppressWarnings("unchecked")
    private static <K> Comparator<? super K> castComparator(Comparator<?> c) {
        return (Comparator<? super K>) c;
    }

    /** A node of the tree, and the map's entry. */
    static final class Entry<K, V> implements Map.Entry<K, V> {
        K key;
        V value;
        Entry<K, V> left;
        Entry<K, V> right;
        Entry<K, V> parent;
        boolean color = BLACK;

        Entry(K key, V value, Entry<K, V> parent) {
            this.key = key;
            this.value = value;
            this.parent = parent;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            V oldValue = this.value;
            this.value = value;
            return oldValue;
        }

        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
        }

        public int hashCode() {
            return (key == null ? 0 : key.hashCode()) ^ (value == null ? 0 : value.hashCode());
        }

        public String toString() {
            return key + "=" + value;
        }
    }

    @SuppressWarnings("unchecked")
    final int compare(Object k1, Object k2) {
        if (k1 == null && comparator == null) {
            // As HotSpot words the JDK's own ((Comparable) k1).compareTo(k2) on null.
            throw new NullPointerException("Cannot invoke \"java.lang.Comparable.compareTo(Object)\" because \"k1\" is null");
        }
        return comparator == null ? ((Comparable<? super K>) k1).compareTo((K) k2) : comparator.compare((K) k1, (K) k2);
    }

    public int size() {
        return size;
    }

    public boolean containsKey(Object key) {
        return getEntry(key) != null;
    }

    public boolean containsValue(Object value) {
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
            if (Objects.equals(value, e.value)) {
                return true;
            }
        }
        return false;
    }

    public V get(Object key) {
        Entry<K, V> p = getEntry(key);
        return p == null ? null : p.value;
    }

    public Comparator<? super K> comparator() {
        return comparator;
    }

    public K firstKey() {
        return key(getFirstEntry());
    }

    public K lastKey() {
        return key(getLastEntry());
    }

    final Entry<K, V> getEntry(Object key) {
        if (key == null && comparator == null) {
            throw new NullPointerException();
        }
        Entry<K, V> p = root;
        while (p != null) {
            int cmp = compare(key, p.key);
            if (cmp < 0) {
                p = p.left;
            } else if (cmp > 0) {
                p = p.right;
            } else {
                return p;
            }
        }
        return null;
    }

    /** The entry with the least key at least key (or greater, if not inclusive); null if none. */
    final Entry<K, V> getCeilingOrHigher(K key, boolean inclusive) {
        Entry<K, V> p = root;
        Entry<K, V> best = null;
        while (p != null) {
            int cmp = compare(key, p.key);
            if (cmp < 0 || (cmp == 0 && inclusive)) {
                if (cmp == 0) {
                    return p;
                }
                best = p;
                p = p.left;
            } else {
                p = p.right;
            }
        }
        return best;
    }

    /** The entry with the greatest key at most key (or less, if not inclusive); null if none. */
    final Entry<K, V> getFloorOrLower(K key, boolean inclusive) {
        Entry<K, V> p = root;
        Entry<K, V> best = null;
        while (p != null) {
            int cmp = compare(key, p.key);
            if (cmp > 0 || (cmp == 0 && inclusive)) {
                if (cmp == 0) {
                    return p;
                }
                best = p;
                p = p.right;
            } else {
                p = p.left;
            }
        }
        return best;
    }

    public V put(K key, V value) {
        Entry<K, V> t = root;
        if (t == null) {
            compare(key, key); // the type and null check the JDK makes on the first key
            root = new Entry<>(key, value, null);
            size = 1;
            modCount++;
            return null;
        }
        if (key == null && comparator == null) {
            throw new NullPointerException();
        }
        int cmp;
        Entry<K, V> parent;
        do {
            parent = t;
            cmp = compare(key, t.key);
            if (cmp < 0) {
                t = t.left;
            } else if (cmp > 0) {
                t = t.right;
            } else {
                return t.setValue(value);
            }
        } while (t != null);
        Entry<K, V> e = new Entry<>(key, value, parent);
        if (cmp < 0) {
            parent.left = e;
        } else {
            parent.right = e;
        }
        fixAfterInsertion(e);
        size++;
        modCount++;
        return null;
    }

    public V remove(Object key) {
        Entry<K, V> p = getEntry(key);
        if (p == null) {
            return null;
        }
        V oldValue = p.value;
        deleteEntry(p);
        return oldValue;
    }

    public void clear() {
        modCount++;
        size = 0;
        root = null;
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        TreeMap<K, V> clone;
        try {
            clone = (TreeMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        clone.root = null;
        clone.size = 0;
        clone.modCount = 0;
        clone.entrySet = null;
        clone.navigableKeySet = null;
        clone.descendingMap = null;
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
            clone.put(e.key, e.value);
        }
        return clone;
    }

    public Map.Entry<K, V> firstEntry() {
        return exportEntry(getFirstEntry());
    }

    public Map.Entry<K, V> lastEntry() {
        return exportEntry(getLastEntry());
    }

    public Map.Entry<K, V> pollFirstEntry() {
        Entry<K, V> p = getFirstEntry();
        Map.Entry<K, V> result = exportEntry(p);
        if (p != null) {
            deleteEntry(p);
        }
        return result;
    }

    public Map.Entry<K, V> pollLastEntry() {
        Entry<K, V> p = getLastEntry();
        Map.Entry<K, V> result = exportEntry(p);
        if (p != null) {
            deleteEntry(p);
        }
        return result;
    }

    public Map.Entry<K, V> lowerEntry(K key) {
        return exportEntry(getFloorOrLower(key, false));
    }

    public K lowerKey(K key) {
        return keyOrNull(getFloorOrLower(key, false));
    }

    public Map.Entry<K, V> floorEntry(K key) {
        return exportEntry(getFloorOrLower(key, true));
    }

    public K floorKey(K key) {
        return keyOrNull(getFloorOrLower(key, true));
    }

    public Map.Entry<K, V> ceilingEntry(K key) {
        return exportEntry(getCeilingOrHigher(key, true));
    }

    public K ceilingKey(K key) {
        return keyOrNull(getCeilingOrHigher(key, true));
    }

    public Map.Entry<K, V> higherEntry(K key) {
        return exportEntry(getCeilingOrHigher(key, false));
    }

    public K higherKey(K key) {
        return keyOrNull(getCeilingOrHigher(key, false));
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expectedModCount = modCount;
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
            action.accept(e.key, e.value);
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    // ---------------------------------------------------------------- views

    private transient Set<Map.Entry<K, V>> entrySet;
    private transient KeySet<K> navigableKeySet;
    private transient NavigableMap<K, V> descendingMap;

    public Set<K> keySet() {
        return navigableKeySet();
    }

    public NavigableSet<K> navigableKeySet() {
        KeySet<K> nks = navigableKeySet;
        return (nks != null) ? nks : (navigableKeySet = new KeySet<>(this));
    }

    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    public Collection<V> values() {
        Collection<V> vs = values;
        if (vs == null) {
            vs = new AbstractCollection<V>() {
                public Iterator<V> iterator() {
                    Iterator<Map.Entry<K, V>> entries = new EntryIterator<>(TreeMap.this, null, null, false);
                    return new Iterator<V>() {
                        public boolean hasNext() {
                            return entries.hasNext();
                        }

                        public V next() {
                            return entries.next().getValue();
                        }

                        public void remove() {
                            entries.remove();
                        }
                    };
                }

                public int size() {
                    return TreeMap.this.size();
                }

                public void clear() {
                    TreeMap.this.clear();
                }
            };
            values = vs;
        }
        return vs;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        return (es != null) ? es : (entrySet = new EntrySetView<>(this, null));
    }

    public NavigableMap<K, V> descendingMap() {
        NavigableMap<K, V> km = descendingMap;
        return (km != null) ? km : (descendingMap = new SubMap<>(this, true, null, true, true, null, true, true));
    }

    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return new SubMap<>(this, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return new SubMap<>(this, true, null, true, false, toKey, inclusive, false);
    }

    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return new SubMap<>(this, false, fromKey, inclusive, true, null, true, false);
    }

    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    public SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    public SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    /** Entries of a range of the tree (all of it if sub is null), in either direction. */
    static final class EntrySetView<K, V> extends AbstractSet<Map.Entry<K, V>> {
        private final TreeMap<K, V> m;
        private final SubMap<K, V> sub;

        EntrySetView(TreeMap<K, V> m, SubMap<K, V> sub) {
            this.m = m;
            this.sub = sub;
        }

        public Iterator<Map.Entry<K, V>> iterator() {
            return sub == null ? new EntryIterator<Map.Entry<K, V>>(m, null, null, false)
                    : sub.entryIterator(false);
        }

        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry<?, ?> entry)) {
                return false;
            }
            Object key = entry.getKey();
            if (sub != null && !sub.inRange(key)) {
                return false;
            }
            Entry<K, V> p = m.getEntry(key);
            return p != null && Objects.equals(p.value, entry.getValue());
        }

        public boolean remove(Object o) {
            if (!(o instanceof Map.Entry<?, ?> entry)) {
                return false;
            }
            Object key = entry.getKey();
            if (sub != null && !sub.inRange(key)) {
                return false;
            }
            Entry<K, V> p = m.getEntry(key);
            if (p != null && Objects.equals(p.value, entry.getValue())) {
                m.deleteEntry(p);
                return true;
            }
            return false;
        }

        public int size() {
            return sub == null ? m.size() : sub.size();
        }

        public void clear() {
            if (sub == null) {
                m.clear();
            } else {
                sub.clear();
            }
        }
    }

    /**
     * Iterates from first (or the tree's first entry) while the entry is before fence (null: to the end),
     * forward or backward; fail-fast. project maps each entry to what the iterator returns.
     */
    static class EntryIterator<T> implements Iterator<T> {
        final TreeMap<?, ?> m;
        Entry<?, ?> next;
        Entry<?, ?> lastReturned;
        final boolean descending;
        final SubMap<?, ?> sub;
        int expectedModCount;

        @SuppressWarnings({"unchecked", "rawtypes"})
        EntryIterator(TreeMap<?, ?> m, Entry<?, ?> first, SubMap<?, ?> sub, boolean descending) {
            this.m = m;
            this.sub = sub;
            this.descending = descending;
            this.expectedModCount = m.modCount;
            this.next = sub == null ? (descending ? m.getLastEntry() : m.getFirstEntry()) : first;
            if (next != null && sub != null && !((SubMap) sub).inRange(next.key)) {
                next = null;
            }
        }

        public final boolean hasNext() {
            return next != null;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        final Entry<?, ?> nextEntry() {
            Entry<?, ?> e = next;
            if (e == null) {
                throw new NoSuchElementException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            Entry<?, ?> n = descending ? predecessor((Entry) e) : successor((Entry) e);
            if (n != null && sub != null && !((SubMap) sub).inRange(n.key)) {
                n = null;
            }
            next = n;
            lastReturned = e;
            return e;
        }

        @SuppressWarnings("unchecked")
        public T next() {
            return (T) nextEntry();
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            // Deleting a node with two children moves its successor's key into it.
            if (!descending && lastReturned.left != null && lastReturned.right != null) {
                next = lastReturned;
            }
            ((TreeMap) m).deleteEntry(lastReturned);
            expectedModCount = m.modCount;
            lastReturned = null;
        }
    }

    /** The keys of a navigable map, as a navigable set. */
    static final class KeySet<E> extends AbstractSet<E> implements NavigableSet<E> {
        private final NavigableMap<E, ?> m;

        KeySet(NavigableMap<E, ?> map) {
            m = map;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public Iterator<E> iterator() {
            Iterator<? extends Map.Entry<E, ?>> entries = (Iterator) m.entrySet().iterator();
            return new Iterator<E>() {
                public boolean hasNext() {
                    return entries.hasNext();
                }

                public E next() {
                    return entries.next().getKey();
                }

                public void remove() {
                    entries.remove();
                }
            };
        }

        public Iterator<E> descendingIterator() {
            return descendingSet().iterator();
        }

        public int size() {
            return m.size();
        }

        public boolean isEmpty() {
            return m.isEmpty();
        }

        public boolean contains(Object o) {
            return m.containsKey(o);
        }

        public void clear() {
            m.clear();
        }

        public E lower(E e) {
            return m.lowerKey(e);
        }

        public E floor(E e) {
            return m.floorKey(e);
        }

        public E ceiling(E e) {
            return m.ceilingKey(e);
        }

        public E higher(E e) {
            return m.higherKey(e);
        }

        public E first() {
            return m.firstKey();
        }

        public E last() {
            return m.lastKey();
        }

        public Comparator<? super E> comparator() {
            return m.comparator();
        }

        public E pollFirst() {
            Map.Entry<E, ?> e = m.pollFirstEntry();
            return (e == null) ? null : e.getKey();
        }

        public E pollLast() {
            Map.Entry<E, ?> e = m.pollLastEntry();
            return (e == null) ? null : e.getKey();
        }

        public boolean remove(Object o) {
            int oldSize = size();
            m.remove(o);
            return size() != oldSize;
        }

        public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
            return new KeySet<>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
        }

        public NavigableSet<E> headSet(E toElement, boolean inclusive) {
            return new KeySet<>(m.headMap(toElement, inclusive));
        }

        public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
            return new KeySet<>(m.tailMap(fromElement, inclusive));
        }

        public SortedSet<E> subSet(E fromElement, E toElement) {
            return subSet(fromElement, true, toElement, false);
        }

        public SortedSet<E> headSet(E toElement) {
            return headSet(toElement, false);
        }

        public SortedSet<E> tailSet(E fromElement) {
            return tailSet(fromElement, true);
        }

        public NavigableSet<E> descendingSet() {
            return new KeySet<>(m.descendingMap());
        }
    }

    /**
     * A range of the tree, [lo, hi] with each end open, closed or absent, seen in ascending or descending
     * order. Keys outside the range are not in the view: put of one is an IllegalArgumentException.
     */
    static final class SubMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, java.io.Serializable {
        final TreeMap<K, V> m;
        final K lo;
        final K hi;
        final boolean fromStart;
        final boolean toEnd;
        final boolean loInclusive;
        final boolean hiInclusive;
        final boolean descending;

        SubMap(TreeMap<K, V> m, boolean fromStart, K lo, boolean loInclusive, boolean toEnd, K hi, boolean hiInclusive,
                boolean descending) {
            if (!fromStart && !toEnd) {
                if (m.compare(lo, hi) > 0) {
                    throw new IllegalArgumentException("fromKey > toKey");
                }
            } else {
                if (!fromStart) {
                    m.compare(lo, lo);
                }
                if (!toEnd) {
                    m.compare(hi, hi);
                }
            }
            this.m = m;
            this.fromStart = fromStart;
            this.lo = lo;
            this.loInclusive = loInclusive;
            this.toEnd = toEnd;
            this.hi = hi;
            this.hiInclusive = hiInclusive;
            this.descending = descending;
        }

        final boolean tooLow(Object key) {
            if (!fromStart) {
                int c = m.compare(key, lo);
                return c < 0 || (c == 0 && !loInclusive);
            }
            return false;
        }

        final boolean tooHigh(Object key) {
            if (!toEnd) {
                int c = m.compare(key, hi);
                return c > 0 || (c == 0 && !hiInclusive);
            }
            return false;
        }

        final boolean inRange(Object key) {
            return !tooLow(key) && !tooHigh(key);
        }

        final TreeMap.Entry<K, V> absLowest() {
            TreeMap.Entry<K, V> e = fromStart ? m.getFirstEntry() : m.getCeilingOrHigher(lo, loInclusive);
            return (e == null || tooHigh(e.key)) ? null : e;
        }

        final TreeMap.Entry<K, V> absHighest() {
            TreeMap.Entry<K, V> e = toEnd ? m.getLastEntry() : m.getFloorOrLower(hi, hiInclusive);
            return (e == null || tooLow(e.key)) ? null : e;
        }

        final TreeMap.Entry<K, V> absCeiling(K key, boolean inclusive) {
            if (tooLow(key)) {
                return absLowest();
            }
            TreeMap.Entry<K, V> e = m.getCeilingOrHigher(key, inclusive);
            return (e == null || tooHigh(e.key)) ? null : e;
        }

        final TreeMap.Entry<K, V> absFloor(K key, boolean inclusive) {
            if (tooHigh(key)) {
                return absHighest();
            }
            TreeMap.Entry<K, V> e = m.getFloorOrLower(key, inclusive);
            return (e == null || tooLow(e.key)) ? null : e;
        }

        Iterator<Map.Entry<K, V>> entryIterator(boolean reverse) {
            boolean down = descending != reverse;
            return new EntryIterator<>(m, down ? absHighest() : absLowest(), this, down);
        }

        public boolean containsKey(Object key) {
            return inRange(key) && m.containsKey(key);
        }

        public V put(K key, V value) {
            if (!inRange(key)) {
                throw new IllegalArgumentException("key out of range");
            }
            return m.put(key, value);
        }

        public V get(Object key) {
            return !inRange(key) ? null : m.get(key);
        }

        public V remove(Object key) {
            return !inRange(key) ? null : m.remove(key);
        }

        public int size() {
            int n = 0;
            for (Iterator<Map.Entry<K, V>> i = entryIterator(false); i.hasNext(); i.next()) {
                n++;
            }
            return n;
        }

        public boolean isEmpty() {
            return absLowest() == null;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new EntrySetView<>(m, this);
        }

        public Comparator<? super K> comparator() {
            Comparator<? super K> c = m.comparator();
            if (!descending) {
                return c;
            }
            return c == null ? castComparator(Collections.reverseOrder()) : Collections.reverseOrder(c);
        }

        private TreeMap.Entry<K, V> lowest() {
            return descending ? absHighest() : absLowest();
        }

        private TreeMap.Entry<K, V> highest() {
            return descending ? absLowest() : absHighest();
        }

        public K firstKey() {
            return key(lowest());
        }

        public K lastKey() {
            return key(highest());
        }

        public Map.Entry<K, V> firstEntry() {
            return exportEntry(lowest());
        }

        public Map.Entry<K, V> lastEntry() {
            return exportEntry(highest());
        }

        public Map.Entry<K, V> pollFirstEntry() {
            TreeMap.Entry<K, V> e = lowest();
            Map.Entry<K, V> result = exportEntry(e);
            if (e != null) {
                m.deleteEntry(e);
            }
            return result;
        }

        public Map.Entry<K, V> pollLastEntry() {
            TreeMap.Entry<K, V> e = highest();
            Map.Entry<K, V> result = exportEntry(e);
            if (e != null) {
                m.deleteEntry(e);
            }
            return result;
        }

        private TreeMap.Entry<K, V> ceiling(K key, boolean inclusive) {
            return descending ? absFloor(key, inclusive) : absCeiling(key, inclusive);
        }

        private TreeMap.Entry<K, V> floor(K key, boolean inclusive) {
            return descending ? absCeiling(key, inclusive) : absFloor(key, inclusive);
        }

        public Map.Entry<K, V> ceilingEntry(K key) {
            return exportEntry(ceiling(key, true));
        }

        public K ceilingKey(K key) {
            return keyOrNull(ceiling(key, true));
        }

        public Map.Entry<K, V> higherEntry(K key) {
            return exportEntry(ceiling(key, false));
        }

        public K higherKey(K key) {
            return keyOrNull(ceiling(key, false));
        }

        public Map.Entry<K, V> floorEntry(K key) {
            return exportEntry(floor(key, true));
        }

        public K floorKey(K key) {
            return keyOrNull(floor(key, true));
        }

        public Map.Entry<K, V> lowerEntry(K key) {
            return exportEntry(floor(key, false));
        }

        public K lowerKey(K key) {
            return keyOrNull(floor(key, false));
        }

        public NavigableSet<K> navigableKeySet() {
            return new KeySet<>(this);
        }

        public Set<K> keySet() {
            return navigableKeySet();
        }

        public NavigableSet<K> descendingKeySet() {
            return descendingMap().navigableKeySet();
        }

        public NavigableMap<K, V> descendingMap() {
            return new SubMap<>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive, !descending);
        }

        /** A narrower range, in this view's direction; bounds outside this view's are IllegalArgumentException. */
        public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
            if (descending) {
                return narrow(false, toKey, toInclusive, false, fromKey, fromInclusive);
            }
            return narrow(false, fromKey, fromInclusive, false, toKey, toInclusive);
        }

        public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
            return descending ? narrow(false, toKey, inclusive, true, null, true) : narrow(true, null, true, false, toKey, inclusive);
        }

        public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
            return descending ? narrow(true, null, true, false, fromKey, inclusive) : narrow(false, fromKey, inclusive, true, null, true);
        }

        private NavigableMap<K, V> narrow(boolean newFromStart, K newLo, boolean newLoInc, boolean newToEnd, K newHi,
                boolean newHiInc) {
            if (!newFromStart && !inRangeBound(newLo, newLoInc)) {
                throw new IllegalArgumentException("fromKey out of range");
            }
            if (!newToEnd && !inRangeBound(newHi, newHiInc)) {
                throw new IllegalArgumentException("toKey out of range");
            }
            return new SubMap<>(m, newFromStart ? fromStart : false, newFromStart ? lo : newLo,
                    newFromStart ? loInclusive : newLoInc, newToEnd ? toEnd : false, newToEnd ? hi : newHi,
                    newToEnd ? hiInclusive : newHiInc, descending);
        }

        private boolean inRangeBound(Object key, boolean inclusive) {
            if (!fromStart) {
                int c = m.compare(key, lo);
                if (c < 0 || (c == 0 && !loInclusive && inclusive)) {
                    return false;
                }
            }
            if (!toEnd) {
                int c = m.compare(key, hi);
                return !(c > 0 || (c == 0 && !hiInclusive && inclusive));
            }
            return true;
        }

        public SortedMap<K, V> subMap(K fromKey, K toKey) {
            return subMap(fromKey, true, toKey, false);
        }

        public SortedMap<K, V> headMap(K toKey) {
            return headMap(toKey, false);
        }

        public SortedMap<K, V> tailMap(K fromKey) {
            return tailMap(fromKey, true);
        }
    }

    // ---------------------------------------------------------------- the tree

    static <K, V> Map.Entry<K, V> exportEntry(TreeMap.Entry<K, V> e) {
        return (e == null) ? null : new AbstractMap.SimpleImmutableEntry<>(e);
    }

    static <K, V> K keyOrNull(TreeMap.Entry<K, V> e) {
        return (e == null) ? null : e.key;
    }

    static <K> K key(Entry<K, ?> e) {
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e.key;
    }

    final Entry<K, V> getFirstEntry() {
        Entry<K, V> p = root;
        if (p != null) {
            while (p.left != null) {
                p = p.left;
            }
        }
        return p;
    }

    final Entry<K, V> getLastEntry() {
        Entry<K, V> p = root;
        if (p != null) {
            while (p.right != null) {
                p = p.right;
            }
        }
        return p;
    }

    static <K, V> TreeMap.Entry<K, V> successor(Entry<K, V> t) {
        if (t == null) {
            return null;
        } else if (t.right != null) {
            Entry<K, V> p = t.right;
            while (p.left != null) {
                p = p.left;
            }
            return p;
        } else {
            Entry<K, V> p = t.parent;
            Entry<K, V> ch = t;
            while (p != null && ch == p.right) {
                ch = p;
                p = p.parent;
            }
            return p;
        }
    }

    static <K, V> Entry<K, V> predecessor(Entry<K, V> t) {
        if (t == null) {
            return null;
        } else if (t.left != null) {
            Entry<K, V> p = t.left;
            while (p.right != null) {
                p = p.right;
            }
            return p;
        } else {
            Entry<K, V> p = t.parent;
            Entry<K, V> ch = t;
            while (p != null && ch == p.left) {
                ch = p;
                p = p.parent;
            }
            return p;
        }
    }

    private static <K, V> boolean colorOf(Entry<K, V> p) {
        return p == null ? BLACK : p.color;
    }

    private static <K, V> Entry<K, V> parentOf(Entry<K, V> p) {
        return p == null ? null : p.parent;
    }

    private static <K, V> void setColor(Entry<K, V> p, boolean c) {
        if (p != null) {
            p.color = c;
        }
    }

    private static <K, V> Entry<K, V> leftOf(Entry<K, V> p) {
        return (p == null) ? null : p.left;
    }

    private static <K, V> Entry<K, V> rightOf(Entry<K, V> p) {
        return (p == null) ? null : p.right;
    }

    private void rotateLeft(Entry<K, V> p) {
        if (p != null) {
            Entry<K, V> r = p.right;
            p.right = r.left;
            if (r.left != null) {
                r.left.parent = p;
            }
            r.parent = p.parent;
            if (p.parent == null) {
                root = r;
            } else if (p.parent.left == p) {
                p.parent.left = r;
            } else {
                p.parent.right = r;
            }
            r.left = p;
            p.parent = r;
        }
    }

    private void rotateRight(Entry<K, V> p) {
        if (p != null) {
            Entry<K, V> l = p.left;
            p.left = l.right;
            if (l.right != null) {
                l.right.parent = p;
            }
            l.parent = p.parent;
            if (p.parent == null) {
                root = l;
            } else if (p.parent.right == p) {
                p.parent.right = l;
            } else {
                p.parent.left = l;
            }
            l.right = p;
            p.parent = l;
        }
    }

    /** After this, the tree is a red-black tree again: no red node has a red child, the root is black. */
    private void fixAfterInsertion(Entry<K, V> x) {
        x.color = RED;
        while (x != null && x != root && x.parent.color == RED) {
            if (parentOf(x) == leftOf(parentOf(parentOf(x)))) {
                Entry<K, V> y = rightOf(parentOf(parentOf(x)));
                if (colorOf(y) == RED) {
                    setColor(parentOf(x), BLACK);
                    setColor(y, BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    x = parentOf(parentOf(x));
                } else {
                    if (x == rightOf(parentOf(x))) {
                        x = parentOf(x);
                        rotateLeft(x);
                    }
                    setColor(parentOf(x), BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    rotateRight(parentOf(parentOf(x)));
                }
            } else {
                Entry<K, V> y = leftOf(parentOf(parentOf(x)));
                if (colorOf(y) == RED) {
                    setColor(parentOf(x), BLACK);
                    setColor(y, BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    x = parentOf(parentOf(x));
                } else {
                    if (x == leftOf(parentOf(x))) {
                        x = parentOf(x);
                        rotateRight(x);
                    }
                    setColor(parentOf(x), BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    rotateLeft(parentOf(parentOf(x)));
                }
            }
        }
        root.color = BLACK;
    }

    /** Removes p; a node with two children takes its successor's key and value, and the successor goes. */
    void deleteEntry(Entry<K, V> p) {
        modCount++;
        size--;
        if (p.left != null && p.right != null) {
            Entry<K, V> s = successor(p);
            p.key = s.key;
            p.value = s.value;
            p = s;
        }
        Entry<K, V> replacement = (p.left != null ? p.left : p.right);
        if (replacement != null) {
            replacement.parent = p.parent;
            if (p.parent == null) {
                root = replacement;
            } else if (p == p.parent.left) {
                p.parent.left = replacement;
            } else {
                p.parent.right = replacement;
            }
            p.left = p.right = p.parent = null;
            if (p.color == BLACK) {
                fixAfterDeletion(replacement);
            }
        } else if (p.parent == null) {
            root = null;
        } else {
            if (p.color == BLACK) {
                fixAfterDeletion(p);
            }
            if (p.parent != null) {
                if (p == p.parent.left) {
                    p.parent.left = null;
                } else if (p == p.parent.right) {
                    p.parent.right = null;
                }
                p.parent = null;
            }
        }
    }

    /** After this, every path from the root to a leaf has as many black nodes again. */
    private void fixAfterDeletion(Entry<K, V> x) {
        while (x != root && colorOf(x) == BLACK) {
            if (x == leftOf(parentOf(x))) {
                Entry<K, V> sib = rightOf(parentOf(x));
                if (colorOf(sib) == RED) {
                    setColor(sib, BLACK);
                    setColor(parentOf(x), RED);
                    rotateLeft(parentOf(x));
                    sib = rightOf(parentOf(x));
                }
                if (colorOf(leftOf(sib)) == BLACK && colorOf(rightOf(sib)) == BLACK) {
                    setColor(sib, RED);
                    x = parentOf(x);
                } else {
                    if (colorOf(rightOf(sib)) == BLACK) {
                        setColor(leftOf(sib), BLACK);
                        setColor(sib, RED);
                        rotateRight(sib);
                        sib = rightOf(parentOf(x));
                    }
                    setColor(sib, colorOf(parentOf(x)));
                    setColor(parentOf(x), BLACK);
                    setColor(rightOf(sib), BLACK);
                    rotateLeft(parentOf(x));
                    x = root;
                }
            } else {
                Entry<K, V> sib = leftOf(parentOf(x));
                if (colorOf(sib) == RED) {
                    setColor(sib, BLACK);
                    setColor(parentOf(x), RED);
                    rotateRight(parentOf(x));
                    sib = leftOf(parentOf(x));
                }
                if (colorOf(rightOf(sib)) == BLACK && colorOf(leftOf(sib)) == BLACK) {
                    setColor(sib, RED);
                    x = parentOf(x);
                } else {
                    if (colorOf(leftOf(sib)) == BLACK) {
                        setColor(rightOf(sib), BLACK);
                        setColor(sib, RED);
                        rotateLeft(sib);
                        sib = leftOf(parentOf(x));
                    }
                    setColor(sib, colorOf(parentOf(x)));
                    setColor(parentOf(x), BLACK);
                    setColor(leftOf(sib), BLACK);
                    rotateRight(parentOf(x));
                    x = root;
                }
            }
        }
        setColor(x, BLACK);
    }
}
