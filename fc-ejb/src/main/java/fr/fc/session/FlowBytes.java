package fr.fc.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flow state as compact bytes for the data grid: the fields one after the other, without the class
 * descriptions that Java serialization writes and reads (and resolves through the class loaders)
 * for every object of every entry. Strings and lists may be null; claim values are the JSON kinds
 * (string, number, boolean, object, array, null).
 */
public final class FlowBytes {

  private FlowBytes() {}

  /** Writes the fields of one entry, in the order the reader reads them. */
  public static final class Writer {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    private final DataOutputStream out = new DataOutputStream(bytes);

    public Writer string(String value) {
      try {
        if (value == null) {
          out.writeInt(-1);
        } else {
          byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
          out.writeInt(utf8.length);
          out.write(utf8);
        }
        return this;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public Writer strings(List<String> values) {
      number(values == null ? -1 : values.size());
      if (values != null) {
        values.forEach(this::string);
      }
      return this;
    }

    public Writer number(long value) {
      try {
        out.writeLong(value);
        return this;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public Writer flag(boolean value) {
      return number(value ? 1 : 0);
    }

    public Writer optionalNumber(Long value) {
      flag(value != null);
      return value == null ? this : number(value);
    }

    public Writer instant(Instant value) {
      flag(value != null);
      return value == null ? this : number(value.getEpochSecond()).number(value.getNano());
    }

    /** A JSON-like value: string, integer, boolean, map with string keys, list, or null. */
    public Writer value(Object value) {
      if (value == null) {
        return number(Kind.NULL.ordinal());
      }
      if (value instanceof String text) {
        return number(Kind.STRING.ordinal()).string(text);
      }
      if (value instanceof Long || value instanceof Integer) {
        return number(value instanceof Long ? Kind.LONG.ordinal() : Kind.INTEGER.ordinal())
            .number(((Number) value).longValue());
      }
      if (value instanceof Double real) {
        return number(Kind.DOUBLE.ordinal()).number(Double.doubleToLongBits(real));
      }
      if (value instanceof Boolean truth) {
        return number(Kind.BOOLEAN.ordinal()).flag(truth);
      }
      if (value instanceof Map<?, ?> map) {
        number(Kind.MAP.ordinal()).number(map.size());
        map.forEach((key, member) -> string((String) key).value(member));
        return this;
      }
      if (value instanceof List<?> list) {
        number(Kind.LIST.ordinal()).number(list.size());
        list.forEach(this::value);
        return this;
      }
      throw new IllegalArgumentException("no flow bytes for a " + value.getClass().getName());
    }

    public byte[] bytes() {
      return bytes.toByteArray();
    }
  }

  /** Reads the fields of one entry in the order they were written. */
  public static final class Reader {
    private final DataInputStream in;

    public Reader(byte[] bytes) {
      in = new DataInputStream(new ByteArrayInputStream(bytes));
    }

    public String string() {
      try {
        int length = in.readInt();
        if (length < 0) {
          return null;
        }
        byte[] utf8 = new byte[length];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public List<String> strings() {
      long size = number();
      if (size < 0) {
        return null;
      }
      List<String> values = new ArrayList<>((int) size);
      for (long i = 0; i < size; i++) {
        values.add(string());
      }
      return values;
    }

    public long number() {
      try {
        return in.readLong();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public boolean flag() {
      return number() != 0;
    }

    public Long optionalNumber() {
      return flag() ? number() : null;
    }

    public Instant instant() {
      return flag() ? Instant.ofEpochSecond(number(), number()) : null;
    }

    public Object value() {
      Kind kind = Kind.values()[(int) number()];
      return switch (kind) {
        case NULL -> null;
        case STRING -> string();
        case LONG -> number();
        case INTEGER -> (int) number();
        case DOUBLE -> Double.longBitsToDouble(number());
        case BOOLEAN -> flag();
        case MAP -> map();
        case LIST -> list();
      };
    }

    private LinkedHashMap<String, Object> map() {
      long size = number();
      LinkedHashMap<String, Object> map = new LinkedHashMap<>();
      for (long i = 0; i < size; i++) {
        map.put(string(), value());
      }
      return map;
    }

    private List<Object> list() {
      long size = number();
      List<Object> list = new ArrayList<>();
      for (long i = 0; i < size; i++) {
        list.add(value());
      }
      return list;
    }
  }

  private enum Kind {
    NULL, STRING, LONG, INTEGER, DOUBLE, BOOLEAN, MAP, LIST
  }
}
