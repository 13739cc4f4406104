package dev.lxdjava.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTest {
  @Test
  void plainNameIsKept() {
    assertThat(Downloads.contentDisposition("backup-1.tar.gz"))
        .isEqualTo("attachment; filename=\"backup-1.tar.gz\"; filename*=UTF-8''backup-1.tar.gz");
  }

  @Test
  void pathIsReducedToLastSegment() {
    String header = Downloads.contentDisposition("../../etc/passwd");

    assertThat(header).startsWith("attachment; filename=\"passwd\"");
    assertThat(header).doesNotContain("..").doesNotContain("/");
  }

  @Test
  void quotesAndLineBreaksCannotEscape() {
    String header = Downloads.contentDisposition("a\"\r\nSet-Cookie: x=1.tar");

    assertThat(header).doesNotContain("\r").doesNotContain("\n");
    assertThat(header.split("\"")).hasSize(3);
    assertThat(header).contains("filename=\"a_Set-Cookie__x_1.tar\"");
  }

  @Test
  void unicodeNameIsPercentEncoded() {
    String header = Downloads.contentDisposition("café log.txt");

    assertThat(header).contains("filename=\"caf__log.txt\"");
    assertThat(header).endsWith("filename*=UTF-8''caf%C3%A9%20log.txt");
  }

  @Test
  void dotNamesBecomeSafe() {
    assertThat(Downloads.contentDisposition("..")).startsWith("attachment; filename=\"_\"");
    assertThat(Downloads.contentDisposition("")).startsWith("attachment; filename=\"download\"");
  }
}
