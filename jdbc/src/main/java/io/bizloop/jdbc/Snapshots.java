package io.bizloop.jdbc;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Aggregate snapshots (and events) as JSON text, by a small codec of our own (no JSON library on
 * the host's classpath): records by their components, decimals as strings exactly as they are
 * (scale kept), dates and currencies as their ISO text, enums by name, collections as arrays and
 * maps as arrays of {@code [key, value]} pairs (any key type). A record held where its declared
 * type is an interface names its class in {@code "@type"}. Nothing else of a value's API leaks
 * into the stored text.
 */
final class Snapshots {

  private Snapshots() {}

  static String write(Object snapshot) {
    StringBuilder out = new StringBuilder();
    write(out, snapshot, snapshot.getClass());
    return out.toString();
  }

  static <S> S read(String json, Class<S> type) {
    try {
      return type.cast(convert(new Parser(json).value(), type));
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot read a " + type.getName() + " from " + json, e);
    }
  }

  // ---- writing

  private static void write(StringBuilder out, Object value, Type declared) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      quote(out, s);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
        || value instanceof Short || value instanceof Byte) {
      out.append(value);
    } else if (value instanceof BigDecimal d) {
      quote(out, d.toString());
    } else if (value instanceof Enum<?> e) {
      quote(out, e.name());
    } else if (value instanceof LocalDate || value instanceof Instant || value instanceof YearMonth
        || value instanceof Character) {
      quote(out, value.toString());
    } else if (value instanceof Currency c) {
      quote(out, c.getCurrencyCode());
    } else if (value instanceof Optional<?> o) {
      write(out, o.orElse(null), argument(declared, 0));
    } else if (value instanceof Collection<?> items) {
      Type element = argument(declared, 0);
      out.append('[');
      boolean first = true;
      for (Object item : items) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(out, item, element);
      }
      out.append(']');
    } else if (value instanceof Map<?, ?> map) {
      Type key = argument(declared, 0);
      Type val = argument(declared, 1);
      out.append('[');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        out.append('[');
        write(out, entry.getKey(), key);
        out.append(',');
        write(out, entry.getValue(), val);
        out.append(']');
      }
      out.append(']');
    } else if (value instanceof Record record) {
      out.append('{');
      boolean first = true;
      if (raw(declared) != record.getClass()) {
        quote(out, "@type");
        out.append(':');
        quote(out, record.getClass().getName());
        first = false;
      }
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        quote(out, component.getName());
        out.append(':');
        Object part;
        try {
          component.getAccessor().setAccessible(true);
          part = component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + component + " of " + record.getClass().getName(), e);
        }
        write(out, part, component.getGenericType());
      }
      out.append('}');
    } else {
      throw new IllegalArgumentException("no codec for " + value.getClass().getName());
    }
  }

  private static void quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  // ---- reading

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object convert(Object node, Type type) {
    Class<?> raw = raw(type);
    if (raw == Optional.class) {
      return Optional.ofNullable(node == null ? null : convert(node, argument(type, 0)));
    }
    if (node == null) {
      if (raw.isPrimitive()) {
        throw new IllegalArgumentException("null for a " + raw);
      }
      return null;
    }
    if (raw == String.class) {
      return (String) node;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return (Boolean) node;
    }
    if (raw == int.class || raw == Integer.class) {
      return Integer.valueOf((String) number(node));
    }
    if (raw == long.class || raw == Long.class) {
      return Long.valueOf((String) number(node));
    }
    if (raw == short.class || raw == Short.class) {
      return Short.valueOf((String) number(node));
    }
    if (raw == byte.class || raw == Byte.class) {
      return Byte.valueOf((String) number(node));
    }
    if (raw == char.class || raw == Character.class) {
      return ((String) node).charAt(0);
    }
    if (raw == BigDecimal.class) {
      return new BigDecimal((String) node);
    }
    if (raw.isEnum()) {
      return Enum.valueOf((Class<Enum>) raw, (String) node);
    }
    if (raw == LocalDate.class) {
      return LocalDate.parse((String) node);
    }
    if (raw == Instant.class) {
      return Instant.parse((String) node);
    }
    if (raw == YearMonth.class) {
      return YearMonth.parse((String) node);
    }
    if (raw == Currency.class) {
      return Currency.getInstance((String) node);
    }
    if (Collection.class.isAssignableFrom(raw)) {
      Collection<Object> items = SortedSet.class.isAssignableFrom(raw) ? new TreeSet<>()
          : Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
      for (Object item : (List<Object>) node) {
        items.add(convert(item, argument(type, 0)));
      }
      return items;
    }
    if (Map.class.isAssignableFrom(raw)) {
      Map<Object, Object> map = SortedMap.class.isAssignableFrom(raw) ? new TreeMap<>() : new LinkedHashMap<>();
      for (Object pair : (List<Object>) node) {
        List<Object> kv = (List<Object>) pair;
        map.put(convert(kv.get(0), argument(type, 0)), convert(kv.get(1), argument(type, 1)));
      }
      return map;
    }
    Map<String, Object> fields = (Map<String, Object>) node;
    Class<?> recordType = raw;
    if (fields.containsKey("@type")) {
      try {
        recordType = Class.forName((String) fields.get("@type"), true, raw.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalArgumentException("unknown type " + fields.get("@type"), e);
      }
      if (!raw.isAssignableFrom(recordType)) {
        throw new IllegalArgumentException(recordType + " is not a " + raw);
      }
    }
    if (!recordType.isRecord()) {
      throw new IllegalArgumentException("no codec for " + recordType.getName());
    }
    RecordComponent[] components = recordType.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] = convert(fields.get(components[i].getName()), components[i].getGenericType());
    }
    try {
      Constructor<?> constructor = recordType.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("a stored " + recordType.getName() + " is refused: " + e.getCause(), e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build a " + recordType.getName(), e);
    }
  }

  private static Object number(Object node) {
    if (node instanceof Number n) {
      return n.toString();
    }
    return node;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  /** A minimal JSON parser: objects as maps, arrays as lists, numbers as their text, strings, booleans, null. */
  private static final class Parser {
    private final String text;
    private int at;

    Parser(String text) {
      this.text = text;
    }

    Object value() {
      skip();
      char c = text.charAt(at);
      switch (c) {
        case '{' -> {
          at++;
          Map<String, Object> map = new LinkedHashMap<>();
          skip();
          if (text.charAt(at) == '}') {
            at++;
            return map;
          }
          while (true) {
            skip();
            String key = string();
            skip();
            expect(':');
            map.put(key, value());
            skip();
            if (text.charAt(at) == ',') {
              at++;
            } else {
              expect('}');
              return map;
            }
          }
        }
        case '[' -> {
          at++;
          List<Object> list = new ArrayList<>();
          skip();
          if (text.charAt(at) == ']') {
            at++;
            return list;
          }
          while (true) {
            list.add(value());
            skip();
            if (text.charAt(at) == ',') {
              at++;
            } else {
              expect(']');
              return list;
            }
          }
        }
        case '"' -> {
          return string();
        }
        default -> {
          if (text.startsWith("null", at)) {
            at += 4;
            return null;
          }
          if (text.startsWith("true", at)) {
            at += 4;
            return Boolean.TRUE;
          }
          if (text.startsWith("false", at)) {
            at += 5;
            return Boolean.FALSE;
          }
          int start = at;
          while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
          }
          if (start == at) {
            throw new IllegalArgumentException("unexpected '" + c + "' at " + at);
          }
          return text.substring(start, at);
        }
      }
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = text.charAt(at++);
        if (c == '"') {
          return out.toString();
        }
        if (c == '\\') {
          char e = text.charAt(at++);
          switch (e) {
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'u' -> {
              out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
              at += 4;
            }
            default -> out.append(e);
          }
        } else {
          out.append(c);
        }
      }
    }

    private void expect(char c) {
      if (text.charAt(at) != c) {
        throw new IllegalArgumentException("expected '" + c + "' at " + at + ", found '" + text.charAt(at) + "'");
      }
      at++;
    }

    private void skip() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }
  }
}
