package io.bizloop.examples.statements;

import io.bizloop.examples.replay.Replayer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a scenario file as {@code replay} does: at most {@link Replayer#MAX_BYTES} of strict UTF-8,
 * without trusting the file's size; a file that cannot be read gives one reason, worded as
 * {@code replay} words it.
 */
final class ScenarioFile {

  private ScenarioFile() {}

  /** The text of a file, or why it cannot be read. */
  record Read(Optional<String> text, String problem) {
    static Read of(String text) {
      return new Read(Optional.of(text), "");
    }

    static Read failed(String problem) {
      return new Read(Optional.empty(), problem);
    }
  }

  static Read read(Path file) {
    try {
      if (Files.isDirectory(file)) {
        return Read.failed("is a directory");
      }
      byte[] bytes;
      try (var in = Files.newInputStream(file)) {
        bytes = in.readNBytes(Replayer.MAX_BYTES + 1);
      }
      if (bytes.length > Replayer.MAX_BYTES) {
        return Read.failed("larger than " + (Replayer.MAX_BYTES >> 20) + " MiB");
      }
      return Read.of(StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (NoSuchFileException e) {
      return Read.failed("no such file");
    } catch (AccessDeniedException e) {
      return Read.failed("permission denied");
    } catch (CharacterCodingException e) {
      return Read.failed("not UTF-8 text");
    } catch (IOException e) {
      return Read.failed(String.valueOf(e.getMessage()));
    }
  }
}
