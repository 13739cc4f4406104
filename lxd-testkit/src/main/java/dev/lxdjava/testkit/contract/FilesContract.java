package dev.lxdjava.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.LxdNotFoundException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.file.FilePush;
import dev.lxdjava.core.file.FileType;
import dev.lxdjava.core.file.Files;
import dev.lxdjava.core.file.PulledFile;
import dev.lxdjava.testkit.TestNames;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** File push, pull and delete with owner, mode, binary content and URL-encoded paths. */
@LxdContract
public class FilesContract {
  /** Bytes with NUL bytes, high bytes and a line break, which no text conversion survives. */
  static final byte[] BINARY = {
    'a', 0, 'b', 0, 0, (byte) 0xff, (byte) 0xfe, '\n', 0x7f, (byte) 0x80
  };

  private final Lxd lxd;
  private final Files files;
  private final String name = TestNames.unique();

  public FilesContract(Lxd lxd) {
    this.lxd = lxd;
    this.files = lxd.files();
  }

  @BeforeEach
  void createInstance() {
    ContractInstances.createRunning(lxd, name);
  }

  @AfterEach
  void deleteInstance() {
    ContractInstances.deleteIfPresent(lxd, name);
  }

  @Test
  void binaryFileWithSpecialNameRoundTrips() {
    String path = "/tmp/a+b cé?.txt";
    FilePush options = FilePush.defaults().withMode(0640).withOwner(1000, 1000);

    files.push(name, path, BINARY, options);
    PulledFile pulled = files.pull(name, path);
    byte[] content = pulled.readAllBytes();

    assertThat(content).isEqualTo(BINARY);
    assertThat(pulled.type()).isEqualTo(FileType.FILE);
    assertThat(pulled.mode()).isEqualTo(0640);
    assertThat(pulled.uid()).isEqualTo(1000);
    assertThat(pulled.gid()).isEqualTo(1000);
  }

  @Test
  void directoryListingShowsExactName() {
    files.createDirectory(name, "/tmp/listing", FilePush.defaults());
    files.push(name, "/tmp/listing/a+b cé?.txt", BINARY, FilePush.defaults());

    try (PulledFile directory = files.pull(name, "/tmp/listing")) {
      assertThat(directory.type()).isEqualTo(FileType.DIRECTORY);
      assertThat(directory.entries()).containsExactly("a+b cé?.txt");
    }
  }

  @Test
  void pathCharactersSurviveUrlEncoding() {
    List<String> names = List.of("hash#1", "percent%2F", "plus+", "question?", "é ü", "amp&=x");
    files.createDirectory(name, "/tmp/chars", FilePush.defaults());

    for (String file : names) {
      files.push(
          name, "/tmp/chars/" + file, file.getBytes(StandardCharsets.UTF_8), FilePush.defaults());
    }

    try (PulledFile directory = files.pull(name, "/tmp/chars")) {
      assertThat(directory.entries()).containsExactlyInAnyOrderElementsOf(names);
    }
    for (String file : names) {
      try (PulledFile pulled = files.pull(name, "/tmp/chars/" + file)) {
        assertThat(new String(pulled.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(file);
      }
    }
  }

  @Test
  void modesRoundTrip() {
    int[] modes = {
      0, 01, 02, 04, 07, 010, 020, 040, 070, 0100, 0200, 0400, 0700, 0111, 0222, 0444, 0555, 0600,
      0640, 0644, 0666, 0700, 0750, 0755, 0775, 0777
    };
    SoftAssertions softly = new SoftAssertions();

    for (int mode : modes) {
      String path = "/tmp/mode-" + Integer.toOctalString(mode);
      files.push(name, path, new byte[] {1}, FilePush.defaults().withMode(mode));
      try (PulledFile pulled = files.pull(name, path)) {
        softly.assertThat(pulled.mode()).as("mode 0%o", mode).isEqualTo(mode);
      }
    }

    softly.assertAll();
  }

  @Test
  void appendAddsToExistingFile() {
    files.push(name, "/tmp/log", "first\n".getBytes(StandardCharsets.UTF_8), FilePush.defaults());

    files.push(
        name,
        "/tmp/log",
        "second\n".getBytes(StandardCharsets.UTF_8),
        FilePush.defaults().appending());

    try (PulledFile pulled = files.pull(name, "/tmp/log")) {
      assertThat(new String(pulled.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("first\nsecond\n");
    }
  }

  @Test
  void overwriteReplacesContent() {
    files.push(
        name,
        "/tmp/data",
        "long old content".getBytes(StandardCharsets.UTF_8),
        FilePush.defaults());

    files.push(name, "/tmp/data", "new".getBytes(StandardCharsets.UTF_8), FilePush.defaults());

    try (PulledFile pulled = files.pull(name, "/tmp/data")) {
      assertThat(new String(pulled.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("new");
    }
  }

  @Test
  void directoryGetsModeAndOwner() {
    files.createDirectory(
        name, "/tmp/dir", FilePush.defaults().withMode(0750).withOwner(1000, 1000));

    try (PulledFile directory = files.pull(name, "/tmp/dir")) {
      assertThat(directory.type()).isEqualTo(FileType.DIRECTORY);
      assertThat(directory.mode()).isEqualTo(0750);
      assertThat(directory.uid()).isEqualTo(1000);
      assertThat(directory.entries()).isEmpty();
    }
  }

  @Test
  void symlinkPointsToTarget() {
    files.push(name, "/tmp/target", BINARY, FilePush.defaults());

    files.createSymlink(name, "/tmp/link", "/tmp/target", FilePush.defaults());

    try (PulledFile link = files.pull(name, "/tmp/link")) {
      assertThat(link.type()).isEqualTo(FileType.SYMLINK);
      assertThat(new String(link.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("/tmp/target");
    }
  }

  @Test
  void deleteRemovesFile() {
    files.push(name, "/tmp/doomed", BINARY, FilePush.defaults());

    files.delete(name, "/tmp/doomed");

    assertThatThrownBy(() -> files.pull(name, "/tmp/doomed"))
        .isInstanceOf(LxdNotFoundException.class);
  }

  @Test
  void pushToMissingInstanceRaisesNotFound() {
    String missing = TestNames.unique();

    assertThatThrownBy(() -> files.push(missing, "/tmp/x", BINARY, FilePush.defaults()))
        .isInstanceOf(LxdNotFoundException.class);
  }

  @Test
  void relativePathIsRejectedBeforeAnyRequest() {
    assertThatThrownBy(() -> files.push(name, "tmp/x", BINARY, FilePush.defaults()))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("absolute");
  }
}
