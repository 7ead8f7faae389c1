package io.github.patchwork4j.cli;

import io.github.patchwork4j.client.Download;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writing files the way a pipeline can rely on: whole or not at all. */
final class Files {

  private Files() {}

  /**
   * Writes a download to a file (or to stdout for {@code -}), byte for byte as the server sent
   * it, and says so on stderr.
   *
   * @param download the download
   * @param file the file name, or {@code -}
   * @param what what it is, such as "patch 12", for the message
   * @param app the run
   */
  static void save(Download download, String file, String what, Pw4j app) {
    byte[] bytes = download.bytes();
    if (file.equals("-")) {
      PrintStream out = app.out();
      out.write(bytes, 0, bytes.length);
      out.flush();
      return;
    }
    Path target = Path.of(file);
    writeAtomically(target, bytes);
    app.progress().bytes(bytes.length);
    app.progress().done();
    app.err().println("pw4j: wrote " + what + " to " + file + " (" + bytes.length + " bytes)");
  }

  /**
   * Writes a file so that a reader sees the old content or the new, never a part: the bytes go
   * to a temporary file beside it, which then replaces it.
   *
   * @param target the file
   * @param bytes its new content
   * @throws UserError when it cannot be written
   */
  static void writeAtomically(Path target, byte[] bytes) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = null;
    try {
      temp = java.nio.file.Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
      java.nio.file.Files.write(temp, bytes);
      try {
        java.nio.file.Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        java.nio.file.Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw UserError.local("cannot write " + target + ": " + describe(e));
    } finally {
      if (temp != null) {
        try {
          java.nio.file.Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // best effort: the temporary file is hidden and named after the target
        }
      }
    }
  }

  /**
   * Reads a small text file.
   *
   * @param file the file
   * @return its text (UTF-8)
   * @throws UserError when it cannot be read
   */
  static String read(Path file) {
    try {
      return java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw UserError.local("cannot read " + file + ": " + describe(e));
    }
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
