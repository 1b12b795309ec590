package org.leverage.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An output file could not be written: its folder is missing, it is not writable, the disk is full.
 * Every writer turns its {@link IOException} into this, so that a failed write is never mistaken
 * for an unreadable game file. The message names the file and the reason in plain words.
 */
public final class OutputException extends RuntimeException {

  public OutputException(Path file, IOException cause) {
    super("cannot write " + file + ": " + FileAccess.reason(cause), cause);
  }
}
