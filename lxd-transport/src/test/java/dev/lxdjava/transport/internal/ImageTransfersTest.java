package dev.lxdjava.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.LxdProtocolException;
import dev.lxdjava.core.image.ImageFiles;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageTransfersTest {
  private static final String BOUNDARY = "0123456789abcdef";

  @TempDir Path temp;

  /** Binary content that also contains line breaks and the start of the boundary. */
  private static byte[] awkwardContent(int size, long seed) {
    byte[] content = new byte[size];
    new Random(seed).nextBytes(content);
    byte[] trap = ("\r\n--" + BOUNDARY.substring(0, 8)).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(trap, 0, content, size / 2, trap.length);
    return content;
  }

  /** Returns at most a few bytes per read, so parts and boundaries span many reads. */
  private static InputStream trickle(InputStream in) {
    Random random = new Random(7);
    return new FilterInputStream(in) {
      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        return super.read(buffer, offset, Math.min(length, 1 + random.nextInt(97)));
      }
    };
  }

  @Test
  void splitUploadBodyParsesBackIntoSameFiles() throws Exception {
    Path metadata = Files.write(temp.resolve("metadata.tar.gz"), awkwardContent(3_000, 1));
    Path rootfs = Files.write(temp.resolve("rootfs.tar.gz"), awkwardContent(200_000, 2));
    Path out = Files.createDirectory(temp.resolve("out"));
    InputStream body = ImageUploads.multipart(BOUNDARY, ImageFiles.split(metadata, rootfs));

    ImageFiles parsed =
        ImageExports.split(
            trickle(body),
            "multipart/form-data; boundary=" + BOUNDARY,
            out,
            "abc",
            new ArrayList<>());

    assertThat(parsed.main().getFileName().toString()).isEqualTo("metadata.tar.gz");
    assertThat(parsed.rootfs().getFileName().toString()).isEqualTo("rootfs.tar.gz");
    assertThat(Files.mismatch(parsed.main(), metadata)).isEqualTo(-1L);
    assertThat(Files.mismatch(parsed.rootfs(), rootfs)).isEqualTo(-1L);
  }

  @Test
  void virtualMachineDiskTravelsAsRootfsImg() throws Exception {
    Path metadata = Files.write(temp.resolve("metadata.tar.xz"), new byte[] {1});
    Path disk = Files.write(temp.resolve("disk.img"), new byte[] {2});

    String body =
        new String(
            ImageUploads.multipart(BOUNDARY, ImageFiles.split(metadata, disk)).readAllBytes(),
            StandardCharsets.ISO_8859_1);

    assertThat(body).contains("name=\"metadata\"; filename=\"metadata.tar.xz\"");
    assertThat(body).contains("name=\"rootfs.img\"; filename=\"disk.img\"");
    assertThat(body).endsWith("\r\n--" + BOUNDARY + "--\r\n");
  }

  @Test
  void unexpectedPartIsProtocolError() {
    String body =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--"
            + BOUNDARY
            + "--\r\n";
    InputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII));

    assertThatThrownBy(
            () ->
                ImageExports.split(
                    in,
                    "multipart/form-data; boundary=" + BOUNDARY,
                    temp,
                    "abc",
                    new ArrayList<>()))
        .isInstanceOf(LxdProtocolException.class)
        .hasMessageContaining("other");
  }

  @Test
  void exportFileNameComesFromContentDisposition() {
    assertThat(ImageExports.fileName("inline;filename=abc.tar.gz", "x")).isEqualTo("abc.tar.gz");
    assertThat(ImageExports.fileName("form-data; name=\"rootfs\"; filename=\"abc.squashfs\"", "x"))
        .isEqualTo("abc.squashfs");
  }

  @Test
  void exportFileNameFallsBackForUnsafeNames() {
    assertThat(ImageExports.fileName("inline;filename=../etc/passwd", "fp")).isEqualTo("fp");
    assertThat(ImageExports.fileName("inline;filename=.hidden", "fp")).isEqualTo("fp");
    assertThat(ImageExports.fileName("inline;filename=\"a/b\"", "fp")).isEqualTo("fp");
    assertThat(ImageExports.fileName("inline", "fp")).isEqualTo("fp");
  }

  @Test
  void uploadFileNamesAreHeaderSafe() {
    assertThat(ImageUploads.headerSafe("a\"b\\cé.tar")).isEqualTo("a_b_c_.tar");
  }
}
