package io.bizloop.examples.jdbc;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Aggregate snapshots (and events) as JSON text: records by their components, dates as ISO
 * text, decimals exactly as they are, currencies by code. Nothing else of a value's API leaks
 * into the stored text (no getters, no {@code isZero}).
 */
final class Snapshots {

  static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .visibility(PropertyAccessor.ALL, Visibility.NONE)
          .visibility(PropertyAccessor.FIELD, Visibility.ANY)
          .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
          .build();

  private Snapshots() {}

  static String write(Object snapshot) {
    try {
      return JSON.writeValueAsString(snapshot);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + snapshot.getClass().getName() + " as JSON", e);
    }
  }

  static <S> S read(String json, Class<S> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read a " + type.getName() + " from " + json, e);
    }
  }
}
