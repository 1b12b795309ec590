package org.leverage.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Failed file access in plain words, for one-line messages that name no Java class. */
public final class FileAccess {

  private FileAccess() {}

  /** {@code "no/such/file.nfg: no such file or folder"}: the file, when known, and the reason. */
  public static String describe(IOException e) {
    return e instanceof FileSystemException f && f.getFile() != null
        ? f.getFile() + ": " + reason(e)
        : reason(e);
  }

  /** Why the access failed, without the file: {@code "permission denied"}. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? "input/output error" : e.getMessage();
  }
}
