package nl.thuisbasis.planning.model;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A first-come-first-served queue of people as ints (who they are packed by the caller). People who join in the same
 * month are shuffled among themselves ({@link #shuffleSince}), so ties in the month of joining are broken at random.
 */
final class PersonQueue {

    private int[] people = new int[16];
    private int head;
    private int tail;
    private long joined;

    void clear() {
        head = 0;
        tail = 0;
        joined = 0;
    }

    int size() {
        return tail - head;
    }

    /** How many people have joined since the last clear, a mark for {@link #shuffleSince}. */
    long joined() {
        return joined;
    }

    void add(int person, int count) {
        if (tail + count > people.length) {
            makeRoom(count);
        }
        Arrays.fill(people, tail, tail + count, person);
        tail += count;
        joined += count;
    }

    int poll() {
        return people[head++];
    }

    /** Shuffles everyone who joined after the mark {@code joinedBefore} and is still queued (Fisher-Yates). */
    void shuffleSince(long joinedBefore, SplittableRandom random) {
        int start = (int) Math.max(head, tail - (joined - joinedBefore));
        for (int i = tail - 1; i > start; i--) {
            int j = start + random.nextInt(i - start + 1);
            int swap = people[i];
            people[i] = people[j];
            people[j] = swap;
        }
    }

    private void makeRoom(int count) {
        int size = size();
        if (head > 0 && size + count <= people.length / 2) {
            System.arraycopy(people, head, people, 0, size);
        } else {
            int[] bigger = new int[Math.max(people.length * 2, size + count + 16)];
            System.arraycopy(people, head, bigger, 0, size);
            people = bigger;
        }
        head = 0;
        tail = size;
    }
}
