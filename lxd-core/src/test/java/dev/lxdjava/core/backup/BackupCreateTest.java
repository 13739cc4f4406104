package dev.lxdjava.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lxdjava.core.LxdValidationException;
import org.junit.jupiter.api.Test;

class BackupCreateTest {

  @Test
  void unnamedLeavesNameToLxd() {
    assertThat(BackupCreate.unnamed().name()).isEmpty();
  }

  @Test
  void compressionMustBeProgramName() {
    assertThatThrownBy(() -> BackupCreate.unnamed().withCompressionAlgorithm("gzip; rm -rf /"))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("compression algorithm");
  }

  @Test
  void importChecksInstanceNameAndPool() {
    assertThatThrownBy(() -> BackupImport.as("bad_name"))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("instance name");
    assertThatThrownBy(() -> BackupImport.asStored().withPool("../pool"))
        .isInstanceOf(LxdValidationException.class)
        .hasMessageContaining("storage pool name");
  }
}
