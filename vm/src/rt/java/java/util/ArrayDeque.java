package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

/** A deque in a circular array; no null elements. */
public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, java.io.Serializable {
    transient Object[] elements;
    /** Index of the first element; tail is the index after the last (both modulo the array's length). */
    transient int head;
    transient int tail;

    public ArrayDeque() {
        elements = new Object[16 + 1];
    }

    public ArrayDeque(int numElements) {
        elements = new Object[(numElements < 1) ? 1 : (numElements == Integer.MAX_VALUE) ? Integer.MAX_VALUE : numElements + 1];
    }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        for (E e : c) {
            addLast(e);
        }
    }

    /** Makes room for one more, keeping the elements' order: a larger array with the wrapped part moved. */
    private void grow() {
        int oldCapacity = elements.length;
        int newCapacity = oldCapacity + ((oldCapacity < 64) ? oldCapacity + 2 : oldCapacity >> 1);
        Object[] es = new Object[newCapacity];
        int n = size();
        for (int i = 0; i < n; i++) {
            es[i] = elements[(head + i) % oldCapacity];
        }
        elements = es;
        head = 0;
        tail = n;
    }

    private int inc(int i) {
        return ++i >= elements.length ? 0 : i;
    }

    private int dec(int i) {
        return --i < 0 ? elements.length - 1 : i;
    }

    public void addFirst(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        head = dec(head);
        elements[head] = e;
        if (head == tail) {
            head = inc(head);
            grow();
            head = dec(head);
            elements[head] = e;
        }
    }

    public void addLast(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        elements[tail] = e;
        tail = inc(tail);
        if (head == tail) {
            // Full: tail wrapped onto head. Undo, grow, redo.
            tail = dec(tail);
            grow();
            elements[tail] = e;
            tail = inc(tail);
        }
    }

    public boolean addAll(Collection<? extends E> c) {
        boolean changed = false;
        for (E e : c) {
            addLast(e);
            changed = true;
        }
        return changed;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollFirst() {
        if (head == tail) {
            return null;
        }
        E e = (E) elements[head];
        elements[head] = null;
        head = inc(head);
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollLast() {
        if (head == tail) {
            return null;
        }
        tail = dec(tail);
        E e = (E) elements[tail];
        elements[tail] = null;
        return e;
    }

    public E getFirst() {
        E e = peekFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E getLast() {
        E e = peekLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E peekFirst() {
        return head == tail ? null : (E) elements[head];
    }

    @SuppressWarnings("unchecked")
    public E peekLast() {
        return head == tail ? null : (E) elements[dec(tail)];
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            for (int i = head; i != tail; i = inc(i)) {
                if (o.equals(elements[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            for (int i = tail; i != head; ) {
                i = dec(i);
                if (o.equals(elements[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    /** Removes the element at array index i, closing the gap toward the tail. */
    void delete(int i) {
        for (int j = i, k = inc(i); k != tail; j = k, k = inc(k)) {
            elements[j] = elements[k];
        }
        tail = dec(tail);
        elements[tail] = null;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public E remove() {
        return removeFirst();
    }

    public E poll() {
        return pollFirst();
    }

    public E element() {
        return getFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    public int size() {
        int n = tail - head;
        return n < 0 ? n + elements.length : n;
    }

    public boolean isEmpty() {
        return head == tail;
    }

    public Iterator<E> iterator() {
        return new Iterator<E>() {
            /** Steps taken; the deque's size when the iteration started, to detect changes. */
            int cursor = head;
            int remaining = size();
            int lastRet = -1;

            public boolean hasNext() {
                return remaining > 0;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (remaining <= 0) {
                    throw new NoSuchElementException();
                }
                E e = (E) elements[cursor];
                if (e == null) {
                    throw new ConcurrentModificationException();
                }
                lastRet = cursor;
                cursor = inc(cursor);
                remaining--;
                return e;
            }

            public void remove() {
                if (lastRet < 0) {
                    throw new IllegalStateException();
                }
                delete(lastRet);
                cursor = lastRet;
                lastRet = -1;
            }
        };
    }

    public Iterator<E> descendingIterator() {
        return new Iterator<E>() {
            int cursor = tail;
            int remaining = size();
            int lastRet = -1;

            public boolean hasNext() {
                return remaining > 0;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (remaining <= 0) {
                    throw new NoSuchElementException();
                }
                cursor = dec(cursor);
                E e = (E) elements[cursor];
                if (e == null) {
                    throw new ConcurrentModificationException();
                }
                lastRet = cursor;
                remaining--;
                return e;
            }

            public void remove() {
                if (lastRet < 0) {
                    throw new IllegalStateException();
                }
                delete(lastRet);
                lastRet = -1;
            }
        };
    }

    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        for (int i = head; i != tail; i = inc(i)) {
            @SuppressWarnings("unchecked")
            E e = (E) elements[i];
            action.accept(e);
        }
    }

    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        boolean removed = false;
        for (Iterator<E> it = iterator(); it.hasNext(); ) {
            if (filter.test(it.next())) {
                it.remove();
                removed = true;
            }
        }
        return removed;
    }

    public boolean contains(Object o) {
        if (o != null) {
            for (int i = head; i != tail; i = inc(i)) {
                if (o.equals(elements[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public void clear() {
        for (int i = head; i != tail; i = inc(i)) {
            elements[i] = null;
        }
        head = tail = 0;
    }

    public Object[] toArray() {
        int n = size();
        Object[] a = new Object[n];
        for (int i = 0, j = head; i < n; i++, j = inc(j)) {
            a[i] = elements[j];
        }
        return a;
    }

    @SuppressWarnings("unchecked")
    public ArrayDeque<E> clone() {
        try {
            ArrayDeque<E> result = (ArrayDeque<E>) super.clone();
            result.elements = Arrays.copyOf(elements, elements.length);
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }
}
