package dev.lxdjava.testkit.fake.internal.shell;

import java.io.InputStream;
import java.io.OutputStream;

/** A command's standard input, output and error. */
public record Io(InputStream in, OutputStream out, OutputStream err) {
  Io withIn(InputStream value) {
    return new Io(value, out, err);
  }

  Io withOut(OutputStream value) {
    return new Io(in, value, err);
  }

  Io withErr(OutputStream value) {
    return new Io(in, out, value);
  }
}
