package io.github.patchwork4j.cli;

import io.github.patchwork4j.client.Download;
import java.io.IOException;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writing files the way a pipeline can rely on: whole or not at all. */
final class Files {

  private Files() {}

  /**
   * Streams a download to a file (or to stdout for {@code -}), byte for byte as the server sent
   * it, showing the bytes written so far to a person at a terminal, and says so on stderr. A
   * file is replaced only once the whole download arrived.
   *
   * @param download the download
   * @param file the file name, or {@code -}
   * @param what what it is, such as "patch 12", for the message
   * @param app the run
   */
  static void save(Download download, String file, String what, Pw4j app) {
    Progress progress = app.progress();
    try (download) {
      if (file.equals("-")) {
        download.writeTo(new Counting(app.out(), progress));
        app.out().flush();
        progress.done();
        return;
      }
      long[] written = new long[1];
      writeAtomically(Path.of(file), out -> written[0] = download.writeTo(new Counting(out, progress)));
      progress.done();
      app.err().println("pw4j: wrote " + what + " to " + file + " (" + written[0] + " bytes)");
    }
  }

  /** Writes bytes to a stream. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
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
    writeAtomically(target, out -> out.write(bytes));
  }

  private static void writeAtomically(Path target, Content content) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = null;
    try {
      temp = java.nio.file.Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
      try (OutputStream out = java.nio.file.Files.newOutputStream(temp)) {
        content.writeTo(out);
      }
      try {
        java.nio.file.Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        java.nio.file.Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw UserError.local("cannot write " + target + ": " + describe(e));
    } catch (UncheckedIOException e) {
      throw UserError.local("cannot write " + target + ": " + describe(e.getCause()));
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

  /** Passes bytes on and reports how many went through. */
  private static final class Counting extends FilterOutputStream {
    private final Progress progress;
    private long count;

    Counting(OutputStream out, Progress progress) {
      super(out);
      this.progress = progress;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
      progress.bytes(count);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      progress.bytes(++count);
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
