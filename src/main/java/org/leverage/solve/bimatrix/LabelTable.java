package org.leverage.solve.bimatrix;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The vertices of a polytope as a set of label sets, packed into primitive arrays: each entry holds
 * a vertex's labels (the game labels of every constraint tight at it, which identify it) and the
 * labels of the nonbasic variables of one of its feasible bases (from which it is rebuilt exactly).
 * An open-addressing hash index over the label words makes insertion idempotent and look-up O(1).
 * Polytopes of random 20 x 20 games have millions of vertices, which boxed bit sets in a hash map
 * would hold in gigabytes; this holds them in tens of bytes each.
 */
final class LabelTable {

  private final int words;
  private long[] labels;
  private long[] bases;
  private int size;

  /** Entry index + 1 per slot, 0 for empty; the length is a power of two. */
  private int[] slots = new int[1024];

  /** An empty table for label sets drawn from 0..numLabels-1. */
  LabelTable(int numLabels) {
    this.words = Math.max(1, (numLabels + 63) / 64);
    this.labels = new long[256 * words];
    this.bases = new long[256 * words];
  }

  /** How many longs hold one label set. */
  int words() {
    return words;
  }

  int size() {
    return size;
  }

  /**
   * Adds a vertex unless one with these labels is present.
   *
   * @return whether it was added
   */
  boolean add(long[] labelWords, long[] basisWords) {
    if (find(labelWords) >= 0) {
      return false;
    }
    if (2 * (size + 1) > slots.length) {
      rehash(2 * slots.length);
    }
    if ((size + 1) * words > labels.length) {
      labels = Arrays.copyOf(labels, 2 * labels.length);
      bases = Arrays.copyOf(bases, 2 * bases.length);
    }
    System.arraycopy(labelWords, 0, labels, size * words, words);
    System.arraycopy(basisWords, 0, bases, size * words, words);
    insert(size);
    size++;
    return true;
  }

  /** The entry whose labels are exactly {@code labelWords}, or -1. */
  int find(long[] labelWords) {
    int mask = slots.length - 1;
    for (int s = hash(labelWords, 0) & mask; slots[s] != 0; s = (s + 1) & mask) {
      int entry = slots[s] - 1;
      if (Arrays.equals(labels, entry * words, (entry + 1) * words, labelWords, 0, words)) {
        return entry;
      }
    }
    return -1;
  }

  /** Number of labels of an entry. */
  int cardinality(int entry) {
    int count = 0;
    for (int w = 0; w < words; w++) {
      count += Long.bitCount(labels[entry * words + w]);
    }
    return count;
  }

  boolean hasLabel(int entry, int label) {
    return (labels[entry * words + label / 64] & (1L << (label % 64))) != 0;
  }

  /** Whether the entry's labels include every label in {@code required}. */
  boolean containsAll(int entry, long[] required) {
    for (int w = 0; w < words; w++) {
      if ((required[w] & ~labels[entry * words + w]) != 0) {
        return false;
      }
    }
    return true;
  }

  /** Copies the entry's labels into {@code out}. */
  void copyLabels(int entry, long[] out) {
    System.arraycopy(labels, entry * words, out, 0, words);
  }

  BitSet labels(int entry) {
    return BitSet.valueOf(Arrays.copyOfRange(labels, entry * words, (entry + 1) * words));
  }

  BitSet basis(int entry) {
    return BitSet.valueOf(Arrays.copyOfRange(bases, entry * words, (entry + 1) * words));
  }

  private void rehash(int capacity) {
    slots = new int[capacity];
    for (int e = 0; e < size; e++) {
      insert(e);
    }
  }

  private void insert(int entry) {
    int mask = slots.length - 1;
    int s = hash(labels, entry * words) & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = entry + 1;
  }

  private int hash(long[] array, int offset) {
    long h = 0;
    for (int w = 0; w < words; w++) {
      h = (h ^ array[offset + w]) * 0x9E3779B97F4A7C15L;
    }
    return (int) (h ^ (h >>> 29) ^ (h >>> 47));
  }
}
