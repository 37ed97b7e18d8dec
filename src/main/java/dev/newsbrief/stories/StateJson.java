package dev.newsbrief.stories;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;

/** JSON for what story detection keeps between runs: dates as ISO strings. */
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
}
