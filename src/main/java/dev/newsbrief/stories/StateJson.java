package dev.newsbrief.stories;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/**
 * What story detection keeps between runs, as JSON (dates as ISO strings): one file format for
 * the command line's {@code --state} and the web app's data folder.
 */
public final class StateJson {
  private StateJson() {}

  public static ObjectMapper mapper() {
    SimpleModule dates = new SimpleModule();
    dates.addSerializer(LocalDate.class, ToStringSerializer.instance);
    dates.addDeserializer(LocalDate.class, new FromStringDeserializer<>(LocalDate.class) {
      @Override
      protected LocalDate _deserialize(String value, DeserializationContext context) {
        return LocalDate.parse(value);
      }
    });
    return new ObjectMapper().registerModule(dates).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  public static StoryDetector.State read(Path file) throws IOException {
    return mapper().readValue(file.toFile(), StoryDetector.State.class);
  }

  /** Writes {@code state} atomically: a crash leaves the old file or the new one, never half of one. */
  public static void write(Path file, StoryDetector.State state) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".state-", ".tmp");
    try {
      mapper().writeValue(tmp.toFile(), state);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
