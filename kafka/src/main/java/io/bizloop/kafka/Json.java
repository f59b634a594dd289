package io.bizloop.kafka;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of JSON text (RFC 8259) into maps, lists, strings, decimals, booleans and null,
 * so that the adapter carries no JSON library to the host. Any malformed text is an
 * {@link IllegalArgumentException} naming where it failed.
 */
final class Json {

  private final String text;
  private int at;

  private Json(String text) {
    this.text = text;
  }

  /** The value {@code text} holds: a {@code Map<String, Object>}, {@code List<Object>}, String, BigDecimal, Boolean or null. */
  static Object read(String text) {
    if (text == null) {
      throw new IllegalArgumentException("no JSON text (a null value)");
    }
    Json json = new Json(text);
    Object value = json.value(0);
    json.skip();
    if (json.at != text.length()) {
      throw json.error("text after the value");
    }
    return value;
  }

  private Object value(int depth) {
    if (depth > 64) {
      throw error("nested deeper than 64");
    }
    skip();
    if (at >= text.length()) {
      throw error("a value is missing");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{' -> {
        at++;
        Map<String, Object> map = new LinkedHashMap<>();
        skip();
        if (peek() == '}') {
          at++;
          return map;
        }
        while (true) {
          skip();
          String key = string();
          skip();
          expect(':');
          if (map.put(key, value(depth + 1)) != null || map.size() > 10_000) {
            throw error("duplicate or too many keys");
          }
          skip();
          if (peek() == ',') {
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
        if (peek() == ']') {
          at++;
          return list;
        }
        while (true) {
          list.add(value(depth + 1));
          skip();
          if (peek() == ',') {
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
      case 't' -> {
        word("true");
        return Boolean.TRUE;
      }
      case 'f' -> {
        word("false");
        return Boolean.FALSE;
      }
      case 'n' -> {
        word("null");
        return null;
      }
      default -> {
        return number();
      }
    }
  }

  private BigDecimal number() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    if (start == at || at - start > 100) {
      throw error("not a value");
    }
    try {
      return new BigDecimal(text.substring(start, at));
    } catch (NumberFormatException e) {
      throw error("not a number");
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error("a control character in a string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (at >= text.length()) {
        throw error("unterminated escape");
      }
      char e = text.charAt(at++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw error("short unicode escape");
          }
          try {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("bad unicode escape");
          }
          at += 4;
        }
        default -> throw error("bad escape");
      }
    }
  }

  private void word(String word) {
    if (!text.startsWith(word, at)) {
      throw error("not a value");
    }
    at += word.length();
  }

  private char peek() {
    if (at >= text.length()) {
      throw error("unexpected end");
    }
    return text.charAt(at);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    at++;
  }

  private void skip() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("malformed JSON at offset " + at + ": " + what);
  }
}
