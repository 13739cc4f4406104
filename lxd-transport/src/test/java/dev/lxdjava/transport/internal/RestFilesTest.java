package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lxdjava.core.Scope;
import dev.lxdjava.core.file.FilePush;
import dev.lxdjava.core.file.FileType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestFilesTest {
  private final RestFiles files = new RestFiles(null, Scope.DEFAULT);

  @Test
  void uploadHeadersCarryOctalModeAndOwner() {
    FilePush options = FilePush.defaults().withMode(0640).withOwner(1000, 1001);

    Map<String, String> headers = files.uploadHeaders(FileType.FILE, options);

    assertThat(headers)
        .containsEntry("X-LXD-type", "file")
        .containsEntry("X-LXD-write", "overwrite")
        .containsEntry("X-LXD-mode", "0640")
        .containsEntry("X-LXD-uid", "1000")
        .containsEntry("X-LXD-gid", "1001");
  }

  @Test
  void uploadHeadersPadSmallModes() {
    assertThat(files.uploadHeaders(FileType.FILE, FilePush.defaults().withMode(0)))
        .containsEntry("X-LXD-mode", "0000");
    assertThat(files.uploadHeaders(FileType.FILE, FilePush.defaults().withMode(07)))
        .containsEntry("X-LXD-mode", "0007");
  }

  @Test
  void uploadHeadersLeaveOutWhatLxdChooses() {
    Map<String, String> headers =
        files.uploadHeaders(FileType.DIRECTORY, FilePush.defaults().appending());

    assertThat(headers)
        .containsEntry("X-LXD-type", "directory")
        .containsEntry("X-LXD-write", "append")
        .doesNotContainKeys("X-LXD-mode", "X-LXD-uid", "X-LXD-gid");
  }
}
